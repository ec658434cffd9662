// ESLint (flat config): a small rule set over the TypeScript sources, the tests and the scripts; types are
// checked by `tsc` (npm run typecheck), formatting is left alone. `npm run lint`; `npm test` runs it.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.cache/**', 'test-output/**', '.vscode-test/**', 'test/fixtures/**', 'docs/**'],
  },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `any` only with a reason: `// eslint-disable-next-line @typescript-eslint/no-explicit-any -- <reason>`.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `import` everywhere in TypeScript; a `require` says why on the line before.
      '@typescript-eslint/no-require-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
    },
  },
  {
    // The bundled CommonJS entry points and helpers of Node and mocha load modules with `require`.
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The engine knows nothing of an editor: no VS Code API, no language-server protocol types.
    files: ['server/src/engine/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The engine is editor-free: the client uses the VS Code API.' }],
          patterns: [{ group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-*', 'vscode-jsonrpc', 'vscode-jsonrpc/*'], message: 'The engine is LSP-free: server/src/lsp translates its results.' }],
        },
      ],
    },
  },
);
