// Completion inside a cell: the field's allowed values (enum) and its true/false values, replacing the
// whole cell and quoting a value that needs it.
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type CellAt, cellAtOffset, type Dialect } from '../engine';
import { t, type Locale } from '../i18n';
import type { DocumentResult } from './documentChecks';

/** Writes a value as a CSV cell of this dialect (quoted only when it must be). */
export function csvCellText(value: string, dialect: Dialect): string {
  const q = dialect.quoteChar || '"';
  const needsQuotes = value.includes(dialect.delimiter) || value.includes(q) || /[\r\n]/.test(value) || (dialect.skipInitialSpace && value.startsWith(' '));
  return needsQuotes ? `${q}${value.split(q).join(q + q)}${q}` : value;
}

/** `cellAt`: finds the cell under an offset without the whole text (big documents, kept by the incremental engine). */
export function completionsAt(document: TextDocument, result: DocumentResult, position: Position, locale: Locale, cellAt?: (offset: number) => CellAt | undefined): CompletionItem[] {
  const { report, fields } = result;
  const offset = document.offsetAt(position);
  const cell = cellAt ? cellAt(offset) : report.rowIndex ? cellAtOffset(document.getText(), report.dialect, report.rowIndex, offset) : undefined;
  if (!cell || cell.row === 0) return [];
  const field = fields[cell.cell];
  if (!field) return [];
  const range = { start: document.positionAt(cell.start), end: document.positionAt(cell.end) };
  const values: { value: string; detail: string }[] = [];
  if (field.constraints?.enum) {
    for (const value of field.constraints.enum) values.push({ value: String(value), detail: t('field.enum', locale) });
  } else if (field.type === 'boolean') {
    values.push({ value: field.trueValues?.[0] ?? 'true', detail: t('type.boolean', locale) });
    values.push({ value: field.falseValues?.[0] ?? 'false', detail: t('type.boolean', locale) });
  }
  return values.map(({ value, detail }, index) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    detail: `${field.name} · ${detail}`,
    sortText: String(index).padStart(4, '0'),
    filterText: value,
    textEdit: { range, newText: csvCellText(value, report.dialect) },
  }));
}
