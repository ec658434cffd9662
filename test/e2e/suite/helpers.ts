// Helpers for tests that run inside the VS Code extension host: open fixtures, wait for diagnostics, describe them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** `publisher.name` from package.json. */
export const EXTENSION_ID = 'opendata-lint.opendata-lint';

/** How long the language server may take to start and publish (it is a child process of the host). */
export const DEFAULT_WAIT_MS = 20_000;
const POLL_MS = 50;

/** A diagnostic range as [startLine, startCharacter, endLine, endCharacter], 0-based like the API. */
export type RangeTuple = [number, number, number, number];

export function rangeTuple(range: vscode.Range): RangeTuple {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

/** A diagnostic's code as a string, whether the server sent a plain code or `{ value, target }` (a docs link). */
export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

/** One line per diagnostic, for failure messages. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '  (no diagnostics)';
  return diagnostics
    .map((d) => `  ${diagnosticCode(d) ?? '?'} ${vscode.DiagnosticSeverity[d.severity]} [${rangeTuple(d.range).join(',')}] ${d.message}`)
    .join('\n');
}

/** The folder the host opened (a temporary copy of test/fixtures/e2e-workspace, so tests may edit files). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the extension host was started without a workspace folder');
  return folder.uri;
}

export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a file of the fixture workspace in an editor, as a user would. */
export async function openFixture(relativePath: string): Promise<{ uri: vscode.Uri; document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const uri = fixtureUri(relativePath);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  return { uri, document, editor };
}

/**
 * Polls until `check` returns a value other than undefined, or fails after `timeoutMs` with the text of
 * `explain()` (called at the time of failure, so it can show the state that was found).
 */
export async function waitFor<T>(check: () => T | undefined, explain: () => string, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms: ${explain()}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Waits until the diagnostics of `uri` satisfy `accept`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = DEFAULT_WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    () => `${what} in ${vscode.workspace.asRelativePath(uri)}; found:\n${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`,
    timeoutMs,
  );
}

/** Waits until every one of `codes` appears among the diagnostics of `uri`. */
export function waitForDiagnosticCodes(uri: vscode.Uri, codes: readonly string[], timeoutMs = DEFAULT_WAIT_MS): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(
    uri,
    (diagnostics) => {
      const present = new Set(diagnostics.map(diagnosticCode));
      return codes.every((code) => present.has(code));
    },
    `expected diagnostics with codes ${codes.join(', ')}`,
    timeoutMs,
  );
}

export interface ExpectedDiagnostic {
  code: string;
  range: RangeTuple;
  severity?: vscode.DiagnosticSeverity;
}

/** Asserts that a diagnostic with this code covers exactly this range (and has this severity, when given). */
export function assertDiagnostic(diagnostics: readonly vscode.Diagnostic[], expected: ExpectedDiagnostic): vscode.Diagnostic {
  const sameCode = diagnostics.filter((d) => diagnosticCode(d) === expected.code);
  const found = sameCode.find((d) => rangeTuple(d.range).every((n, i) => n === expected.range[i]));
  assert.ok(found, `no ${expected.code} at [${expected.range.join(',')}]; found:\n${describeDiagnostics(diagnostics)}`);
  if (expected.severity !== undefined) {
    assert.equal(
      vscode.DiagnosticSeverity[found.severity],
      vscode.DiagnosticSeverity[expected.severity],
      `severity of ${expected.code} at [${expected.range.join(',')}]`,
    );
  }
  return found;
}

/** The extension under test, as the host loaded it (not activated here: tests check that opening a file does it). */
export function extensionUnderTest(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded in the host`);
  return extension;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Polls the map page's test state (opendataLint.map.testState, see client/src/mapPanel.ts) until `accept` holds, and returns it. */
export async function waitForMapState<T>(uri: vscode.Uri, accept: (state: T) => boolean, what: string): Promise<T> {
  let last: T | null | undefined;
  const deadline = Date.now() + DEFAULT_WAIT_MS;
  for (;;) {
    last = await vscode.commands.executeCommand<T | null>('opendataLint.map.testState', uri.toString());
    if (last && accept(last)) return last;
    if (Date.now() >= deadline) throw new Error(`timed out after ${DEFAULT_WAIT_MS} ms waiting for ${what}; last state: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The titles of a document's code lenses. */
export async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return lenses.map((lens) => lens.command?.title ?? '');
}

/**
 * The quick fixes offered on a range, polled until one of them is `wanted` (the server publishes fixes after its
 * diagnostics); all of them, with the one wanted, so a test can also look at the others.
 */
export async function waitForQuickFix(uri: vscode.Uri, range: vscode.Range, wanted: (action: vscode.CodeAction) => boolean): Promise<{ actions: vscode.CodeAction[]; found?: vscode.CodeAction }> {
  let actions: vscode.CodeAction[] = [];
  for (const deadline = Date.now() + DEFAULT_WAIT_MS; Date.now() < deadline && !actions.some(wanted); ) {
    actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    if (!actions.some(wanted)) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { actions, found: actions.find(wanted) };
}

