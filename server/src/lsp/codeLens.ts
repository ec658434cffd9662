// Code lenses on the header line: the schema in force with the true problem totals (click to choose a schema), and the metadata sidecar (open it, or create one).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens } from 'vscode-languageserver';
import { ClientCommands } from '../protocol';
import { t, type Locale } from '../i18n';
import type { DocumentResult } from './documentChecks';
import { STOPPING_CODES } from '../engine';

export function problemTotals(result: DocumentResult): { errors: number; warnings: number } {
  if (result.totals) return { errors: result.totals.errors, warnings: result.totals.warnings };
  let errors = 0;
  let warnings = 0;
  for (const problem of result.report.problems) {
    if (problem.severity === 'error') errors++;
    else if (problem.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

export function headerCodeLenses(result: DocumentResult, locale: Locale): CodeLens[] {
  // A file that is no table (JSON, a workbook, binary, empty): its one problem says so; a schema to choose or a
  // sidecar to create would only lead astray.
  if (result.report.problems.some((problem) => STOPPING_CODES.includes(problem.code))) return [];
  const totals = problemTotals(result);
  const { schema } = result;
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const named = schema.id ? `${schema.title} (${schema.ref})` : (schema.title ?? schema.ref ?? '');
  const title = schema.schema
    ? t('lens.schema', locale, { title: schema.source === 'detected' ? `${named} · ${t('lens.detected', locale)}` : named, ...totals })
    : t('lens.noSchema', locale, totals);
  return [{ range, command: { title, command: ClientCommands.pickSchema, arguments: [result.uri] } }, ...sidecarLens(result, locale)];
}

/** Beside the schema lens: open the CSV's metadata sidecar, or create one. */
function sidecarLens(result: DocumentResult, locale: Locale): CodeLens[] {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (result.sidecar) {
    const title = t('lens.sidecar', locale, { file: path.basename(result.sidecar.file) });
    return [{ range, command: { title, command: ClientCommands.openFile, arguments: [pathToFileURL(result.sidecar.file).href, result.sidecar.line] } }];
  }
  if (!result.uri.startsWith('file:')) return [];
  return [{ range, command: { title: t('lens.noSidecar', locale), command: ClientCommands.createSidecar, arguments: [result.uri] } }];
}
