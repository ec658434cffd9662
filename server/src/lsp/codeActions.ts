// Code actions built from the data attached to diagnostics (never from message text).
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { Problem } from '../engine/problems';
import { t, type Locale } from '../i18n';
import { ClientCommands } from '../protocol';
import type { DiagnosticData } from './diagnostics';

function problemOf(diagnostic: Diagnostic): Problem | undefined {
  const data = diagnostic.data as DiagnosticData | undefined;
  return data?.problem;
}

export function codeActionsFor(uri: string, diagnostics: Diagnostic[], locale: Locale): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const problem = problemOf(diagnostic);
    if (!problem) continue;
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
