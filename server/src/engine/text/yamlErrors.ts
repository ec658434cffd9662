// What went wrong in a YAML text, as a kind of our own: the `yaml` package's error code, made finer by its
// message where one code covers several faults (MISSING_CHAR: a ":" after a key, a closing quote, a comma…).
// Sidecars and schema files phrase the kind in French and English (problems/messages/yamlSyntax.ts); the package's
// English message is never shown. The messages matched are those of yaml 2.x (compose/, parse/).
import type { YAMLError } from 'yaml';

export type YamlErrorKind =
  | 'duplicate-key'
  | 'tab-indent'
  | 'bad-indent'
  | 'unclosed-bracket'
  | 'missing-colon'
  | 'unclosed-quote'
  | 'missing-comma'
  | 'missing-space'
  | 'missing-char'
  | 'multiple-docs'
  | 'key-on-one-line'
  | 'unexpected-colon'
  | 'block-as-key'
  | 'bad-scalar-start'
  | 'extra-comma'
  | 'stray-bracket'
  | 'block-header'
  | 'unexpected-text'
  | 'bad-escape'
  | 'block-in-flow'
  | 'multiple-anchors'
  | 'multiple-tags'
  | 'alias-props'
  | 'prop-order'
  | 'bad-directive'
  | 'document-start'
  | 'key-too-long'
  | 'non-string-key'
  | 'unknown-tag'
  | 'unknown-alias'
  | 'too-deep'
  | 'syntax';

/** Codes that say it all. */
const BY_CODE: Partial<Record<YAMLError['code'], YamlErrorKind>> = {
  DUPLICATE_KEY: 'duplicate-key',
  TAB_AS_INDENT: 'tab-indent',
  MULTIPLE_DOCS: 'multiple-docs',
  MULTILINE_IMPLICIT_KEY: 'key-on-one-line',
  BAD_SCALAR_START: 'bad-scalar-start',
  BAD_DQ_ESCAPE: 'bad-escape',
  BLOCK_IN_FLOW: 'block-in-flow',
  MULTIPLE_ANCHORS: 'multiple-anchors',
  MULTIPLE_TAGS: 'multiple-tags',
  ALIAS_PROPS: 'alias-props',
  BAD_PROP_ORDER: 'prop-order',
  BAD_DIRECTIVE: 'bad-directive',
  KEY_OVER_1024_CHARS: 'key-too-long',
  NON_STRING_KEY: 'non-string-key',
  TAG_RESOLVE_FAILED: 'unknown-tag',
  BAD_COLLECTION_TYPE: 'unknown-tag',
  BAD_ALIAS: 'unknown-alias',
  RESOURCE_EXHAUSTION: 'too-deep',
};

/** A flow collection ([…] or {…}) never closed: "Flow sequence must end with a ]", "… sufficiently indented and end with a }". */
const UNCLOSED_FLOW = /must (?:be sufficiently indented and )?end with a [\]}]/;

function missingCharKind(message: string): YamlErrorKind {
  if (/^Implicit map keys need to be followed by map values/.test(message)) return 'missing-colon';
  if (/^Missing closing ["']quote/.test(message)) return 'unclosed-quote';
  if (UNCLOSED_FLOW.test(message)) return 'unclosed-bracket';
  if (/^Missing , (?:or : )?between/.test(message)) return 'missing-comma';
  if (/^Missing space after :|must be separated from (?:other tokens|the next token) by white space/.test(message)) return 'missing-space';
  if (/directives-end|doc-start/.test(message)) return 'document-start';
  return 'missing-char';
}

function unexpectedTokenKind(message: string): YamlErrorKind {
  if (/^Unexpected , in|^Unexpected empty item/.test(message)) return 'extra-comma';
  if (/flow-(?:seq|map)-end|^Unexpected [\]}] in/.test(message)) return 'stray-bracket';
  if (/^Block scalar header includes extra characters/.test(message)) return 'block-header';
  return 'unexpected-text';
}

export interface YamlErrorReading {
  kind: YamlErrorKind;
  /** The character at fault, when the message names one (a value that starts with `@`). */
  character?: string;
  /** The quote never closed: `"` or `'`. */
  quote?: string;
}

/** The kind of a `yaml` parse error, from its code and, for the codes that cover several faults, its message. */
export function readYamlError(error: Pick<YAMLError, 'code' | 'message'>): YamlErrorReading {
  const message = error.message.split('\n')[0];
  switch (error.code) {
    case 'MISSING_CHAR': {
      const kind = missingCharKind(message);
      return kind === 'unclosed-quote' ? { kind, quote: message.includes("'quote") ? "'" : '"' } : { kind };
    }
    case 'BAD_INDENT':
      return { kind: UNCLOSED_FLOW.test(message) ? 'unclosed-bracket' : 'bad-indent' };
    case 'UNEXPECTED_TOKEN':
      return { kind: unexpectedTokenKind(message) };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return { kind: /^Nested mappings/.test(message) ? 'unexpected-colon' : 'block-as-key' };
    case 'BAD_SCALAR_START': {
      // "Plain value cannot start with reserved character @" (or "… block scalar indicator |").
      const character = / (\S)$/.exec(message)?.[1];
      return character ? { kind: 'bad-scalar-start', character } : { kind: 'bad-scalar-start' };
    }
    default:
      return { kind: BY_CODE[error.code] ?? 'syntax' };
  }
}
