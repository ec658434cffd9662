// Quick fixes of JSON datasets, from each problem's code and params (never its message): a key the schema
// does not know, with the closest known name (`json-unknown-property`, param `suggestion`), is renamed; a
// value outside its enum, with the allowed value it is closest to (`json-invalid`, variant `enum`, param
// `suggestion`), is replaced. Each fix is one versioned workspace edit (refused on a stale document).
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Problem } from '../engine';
import { t, type Locale } from '../i18n';
import type { DiagnosticData } from './diagnostics';

/**
 * The edit putting `replacement` (a string value) in place of the JSON string token the problem lies on,
 * whether its range holds the quotes or only what is between them; undefined when the range holds no
 * string token (the text changed under it).
 */
function stringTokenEdit(document: TextDocument, problem: Problem, replacement: string): { edit: TextEdit; current: string } | undefined {
  let start = problem.range.start.offset;
  let end = problem.range.end.offset;
  // Only the token and a character each side are read (the document may be a 40 MB DECP).
  const around = document.getText({ start: document.positionAt(start - 1), end: document.positionAt(end + 1) });
  const before = start > 0 ? 1 : 0;
  if (end <= start || around.length < before + end - start) return undefined;
  if (around[before] !== '"') {
    // The range holds what is between the quotes: widen it to the whole token.
    if (around[before - 1] !== '"' || around[before + end - start] !== '"') return undefined;
    start--;
    end++;
  }
  const token = document.getText({ start: document.positionAt(start), end: document.positionAt(end) });
  let current: unknown;
  try {
    current = JSON.parse(token);
  } catch {
    return undefined;
  }
  if (typeof current !== 'string') return undefined;
  return { edit: { range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: JSON.stringify(replacement) }, current };
}

function fix(document: TextDocument, diagnostic: Diagnostic, title: string, edit: TextEdit): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [edit] }] },
  };
}

/** The quick fixes of a JSON document's diagnostics in force (each given its problem, see `inForce`). */
export function jsonCodeActions(document: TextDocument, diagnostics: Diagnostic[], locale: Locale): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const problem = (diagnostic.data as DiagnosticData | undefined)?.problem;
    if (!problem) continue;
    // Codes of the JSON engine, read as plain strings (declared in the engine's catalog).
    const code: string = problem.code;
    const suggestion = problem.params.suggestion;
    if (typeof suggestion !== 'string' || suggestion === '') continue;
    if (code === 'json-unknown-property') {
      const found = stringTokenEdit(document, problem, suggestion);
      if (found && found.current !== suggestion) actions.push(fix(document, diagnostic, t('action.json.renameKey', locale, { from: found.current, to: suggestion }), found.edit));
    } else if (code === 'json-invalid' && problem.params.variant === 'enum') {
      const found = stringTokenEdit(document, problem, suggestion);
      if (found && found.current !== suggestion) actions.push(fix(document, diagnostic, t('action.json.replaceValue', locale, { from: found.current, to: suggestion }), found.edit));
    }
  }
  return actions;
}
