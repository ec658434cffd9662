// Code actions and code lenses of sidecars: quick fixes built from the problem's code and suggestion
// (never from the message), and a lens on each resource that opens the CSV it describes.
import * as path from 'node:path';
import { CodeActionKind, type CodeAction, type CodeLens, type Diagnostic } from 'vscode-languageserver';
import { locate, sidecarFix, type SidecarReport } from '../engine';
import { t, type Locale } from '../i18n';
import { ClientCommands } from '../protocol';
import type { DiagnosticData } from './diagnostics';
import { fileUriOf } from './sidecarService';

export function sidecarCodeActions(uri: string, diagnostics: Diagnostic[], locale: Locale): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const problem = (diagnostic.data as DiagnosticData | undefined)?.problem;
    if (!problem) continue;
    const fix = sidecarFix(problem);
    if (!fix) continue;
    const range = { start: { line: fix.range.start.line, character: fix.range.start.character }, end: { line: fix.range.end.line, character: fix.range.end.character } };
    actions.push({
      title: t(fix.kind === 'pin' ? 'sidecar.action.pin' : 'sidecar.action.replace', locale, { value: fix.value }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range, newText: fix.newText }] } },
    });
  }
  return actions;
}

export function sidecarCodeLenses(report: SidecarReport, locale: Locale): CodeLens[] {
  const lenses: CodeLens[] = [];
  const doc = report.parsed.doc;
  for (const checked of report.resources) {
    if (!checked.tablePath) continue;
    const segments = checked.resource.segments;
    const node = doc && segments.length ? locate(doc, segments).value : undefined;
    const line = node?.range ? report.parsed.positions.position(node.range[0]).line : 0;
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    const title = t('lens.sidecarTable', locale, { file: path.basename(checked.tablePath), rows: checked.facts?.rowsRead ?? 0 });
    lenses.push({ range, command: { title, command: ClientCommands.openFile, arguments: [fileUriOf(checked.tablePath), 0] } });
  }
  return lenses;
}
