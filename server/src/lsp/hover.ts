// Hover: on a header label, the schema field's documentation; on a cell, the field's expected form and
// example, plus a link to the docs of any problem found in that cell.
import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type CellAt, cellAtOffset, isOpeningHoursField, openingHoursHoverParts, problemDocUrl } from '../engine';
import { t, type Locale } from '../i18n';
import type { DocumentResult } from './documentChecks';
import { expectedForm, fieldMarkdown } from './fieldDocs';

/** `cellAt`: finds the cell under an offset without the whole text (big documents, kept by the incremental engine). */
export function hoverAt(document: TextDocument, result: DocumentResult, position: Position, locale: Locale, cellAt?: (offset: number) => CellAt | undefined): Hover | null {
  const { report, schema, fields } = result;
  if (!report.rowIndex && !cellAt) return null;
  const offset = document.offsetAt(position);
  const cell = cellAt ? cellAt(offset) : report.rowIndex ? cellAtOffset(document.getText(), report.dialect, report.rowIndex, offset) : undefined;
  if (!cell) return null;
  const range = { start: document.positionAt(cell.start), end: document.positionAt(cell.end) };
  const field = fields[cell.cell];
  const link = { id: schema.id, version: schema.version, title: schema.title };
  if (cell.row === 0) {
    if (field) return { range, contents: { kind: 'markdown', value: fieldMarkdown(field, link, locale) } };
    if (schema.schema) {
      const label = report.labels[cell.cell] ?? '';
      return { range, contents: { kind: 'markdown', value: t('hover.noSchemaField', locale, { label: markdownText(label), schema: schema.title ?? schema.ref ?? '' }) } };
    }
    return null;
  }
  const parts: string[] = [];
  const problems = report.problems.filter((p) => p.range.start.offset <= cell.end && p.range.end.offset >= cell.start && p.rowNumber === cell.row + 1);
  if (field) {
    parts.push(`**${field.name}**${field.title && field.title !== field.name ? ` — ${field.title}` : ''}`);
    parts.push(t('hover.expected', locale, { form: expectedForm(field, locale) }) + (field.example !== undefined ? ` · ${t('field.example', locale)} \`${String(field.example)}\`` : ''));
    if (field.description && problems.length > 0) parts.push(field.description.trim());
    const hours = isOpeningHoursField(field.name, schema.schema?.custom_checks) ? openingHoursHoverParts(cell.value.trim(), new Date(), locale) : undefined;
    // The week table goes after the message, not through it: a message's params show their line breaks as "\n"
    // (data must not break a message), which turned the table into one line of text in the editor.
    if (hours) parts.push(t('hover.openingHours', locale, { prose: markdownText(hours.prose) }), hours.week);
  }
  for (const code of new Set(problems.map((p) => p.code))) parts.push(`[${t('hover.problemDoc', locale, { code })}](${problemDocUrl(code)})`);
  if (parts.length === 0) return null;
  return { range, contents: { kind: 'markdown', value: parts.join('\n\n') } };
}

/**
 * A header label (data from the file) inside the hover's Markdown: its punctuation escaped, so that it
 * reads as the text it is (an image would be fetched, a link followed, HTML rendered).
 */
function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, '\\$&');
}
