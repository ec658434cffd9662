// Code actions built from the data attached to diagnostics (never from message text).
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { NO_SCHEMA_REF, type Problem } from '../engine';
import { t, type Locale } from '../i18n';
import { ClientCommands } from '../protocol';
import type { DiagnosticData } from './diagnostics';

function problemOf(diagnostic: Diagnostic): Problem | undefined {
  const data = diagnostic.data as DiagnosticData | undefined;
  return data?.problem;
}

/**
 * A file the editor shows garbled: reopen it decoded with its encoding (preferred: nothing is written), or
 * convert it to UTF-8. A file read right but not in UTF-8: convert it.
 */
function encodingActions(uri: string, diagnostic: Diagnostic, problem: Problem, locale: Locale): CodeAction[] {
  const convert: CodeAction = {
    title: t('action.convertToUtf8', locale),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: t('action.convertToUtf8', locale), command: ClientCommands.convertToUtf8, arguments: [uri] },
  };
  if (problem.code === 'encoding-error') return problem.params.variant === 'mojibake' || !problem.params.editorEncoding ? [] : [{ ...convert, isPreferred: true }];
  const reopen: CodeAction = {
    title: t('action.reopenWithEncoding', locale, problem.params),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    command: { title: t('action.reopenWithEncoding', locale, problem.params), command: ClientCommands.reopenWithEncoding, arguments: [uri, problem.params.editorEncoding] },
  };
  return [reopen, convert];
}

export function codeActionsFor(uri: string, diagnostics: Diagnostic[], locale: Locale): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const problem = problemOf(diagnostic);
    if (!problem) continue;
    if (problem.code === 'encoding-misread' || problem.code === 'encoding-error') actions.push(...encodingActions(uri, diagnostic, problem, locale));
    if (problem.code === 'schema-detected' && problem.params.variant === 'applied') {
      // Detection applies the schema while the header matches; the user may pin it, or refuse it.
      const ref = `${problem.params.id}@${problem.params.version}`;
      actions.push(
        { title: t('action.pinSchema', locale, problem.params), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: ref, command: ClientCommands.useSchema, arguments: [uri, ref] } },
        { title: t('action.noSchema', locale), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: NO_SCHEMA_REF, command: ClientCommands.useSchema, arguments: [uri, NO_SCHEMA_REF] } },
      );
    }
    if (problem.code === 'schema-detected' && problem.params.variant !== 'applied') {
      const ref = `${problem.params.id}@${problem.params.version}`;
      actions.push({
        title: t('action.useSchema', locale, problem.params),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        command: { title: ref, command: ClientCommands.useSchema, arguments: [uri, ref] },
      });
    }
  }
  return actions;
}
