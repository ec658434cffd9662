// Reads a JSON document strictly: the value by JSON.parse (the fastest parser there is), and only when
// that fails, one pass of jsonc-parser's visitor to say where and why, as `json-syntax-error` problems.
// Comments and trailing commas are errors: a dataset is JSON, not JSONC.
import { ParseErrorCode, visit } from 'jsonc-parser';
import { TextPositions } from '../metadata/textPositions';
import { makeProblem } from '../problems/makeProblem';
import type { Problem } from '../problems/problem';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** Kinds after which jsonc-parser goes on reading the rest right: later faults are real ones, not echoes. */
const RECOVERABLE = new Set(['comment', 'trailing-comma', 'comma-expected']);

/** More syntax errors than this in one file are not listed: the first ones tell what to fix. */
export const MAX_SYNTAX_PROBLEMS = 100;

export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problems: syntaxProblems(text, error) };
  }
}

interface SyntaxFault {
  kind: string;
  offset: number;
  length: number;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The previous non-blank character before `offset`, and where it is. */
function previousSignificant(text: string, offset: number): { char: string; at: number } | undefined {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i];
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return { char: c, at: i };
  }
  return undefined;
}

function classify(text: string, code: ParseErrorCode, offset: number, length: number, end: number): SyntaxFault {
  const at = text[offset];
  const fault = (kind: string, o = offset, l = length): SyntaxFault => ({ kind, offset: o, length: l });
  if (end === 0) return fault('empty', 0, 0);
  if ((at === '}' || at === ']') && (code === ParseErrorCode.PropertyNameExpected || code === ParseErrorCode.ValueExpected)) {
    const before = previousSignificant(text, offset);
    if (before?.char === ',') return fault('trailing-comma', before.at, 1);
  }
  switch (code) {
    case ParseErrorCode.InvalidCommentToken:
    case ParseErrorCode.UnexpectedEndOfComment:
      return fault('comment');
    case ParseErrorCode.CommaExpected:
      // `01`: the scanner reads 0 then 1, two numbers without a comma between them.
      if (isDigit(text.charCodeAt(offset)) && isDigit(text.charCodeAt(offset - 1))) return fault('invalid-number', offset - 1, 2);
      return fault('comma-expected');
    case ParseErrorCode.UnexpectedEndOfString:
      return fault('unclosed-string');
    case ParseErrorCode.InvalidCharacter:
      return fault('invalid-string');
    case ParseErrorCode.InvalidEscapeCharacter:
    case ParseErrorCode.InvalidUnicode:
      return fault('invalid-escape');
    case ParseErrorCode.InvalidNumberFormat:
    case ParseErrorCode.UnexpectedEndOfNumber:
      return fault('invalid-number');
    case ParseErrorCode.PropertyNameExpected:
      return offset >= end ? fault('unexpected-end') : fault('property-name-expected');
    case ParseErrorCode.ValueExpected:
      return offset >= end ? fault('unexpected-end') : fault('value-expected');
    case ParseErrorCode.ColonExpected:
      return fault('colon-expected');
    case ParseErrorCode.CloseBraceExpected:
      return offset >= end ? fault('unexpected-end') : fault('close-brace-expected');
    case ParseErrorCode.CloseBracketExpected:
      return offset >= end ? fault('unexpected-end') : fault('close-bracket-expected');
    case ParseErrorCode.EndOfFileExpected:
      return fault('end-expected');
    case ParseErrorCode.InvalidSymbol:
      return fault('invalid-symbol');
    default:
      return fault('other');
  }
}

/** V8's "… in JSON at position 12": where JSON.parse stopped, for a fault jsonc-parser lets through. */
function positionInError(error: unknown): number {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return match ? Number(match[1]) : 0;
}

function syntaxProblems(text: string, parseError: unknown): Problem[] {
  const end = text.trimEnd().length;
  const faults: SyntaxFault[] = [];
  let derailed = false;
  visit(
    text,
    {
      onError: (code, offset, length) => {
        if (derailed || faults.length >= MAX_SYNTAX_PROBLEMS) return;
        const fault = classify(text, code, offset, length, end);
        const last = faults[faults.length - 1];
        if (last && (fault.offset === last.offset || (last.kind === 'trailing-comma' && fault.offset <= last.offset + 1))) return;
        if (last && fault.kind === 'unexpected-end' && last.kind === 'unexpected-end') return;
        faults.push(fault);
        if (!RECOVERABLE.has(fault.kind)) derailed = true;
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  if (faults.length === 0) faults.push({ kind: 'other', offset: positionInError(parseError), length: 1 });
  const positions = new TextPositions(text);
  return faults.map((f) => makeProblem('json-syntax-error', positions.range(f.offset, f.offset + Math.max(f.length, f.offset < text.length ? 1 : 0)), { variant: f.kind, kind: f.kind }));
}
