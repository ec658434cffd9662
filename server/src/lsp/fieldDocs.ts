// Renders a schema field's documentation as Markdown (hover on a header, on a cell) in the user's language.
import type { TableSchemaField } from '../engine';
import { t, type Locale } from '../i18n';

export interface SchemaLink {
  id?: string;
  version?: string;
  title?: string;
}

/** The schema's documentation page on schema.data.gouv.fr. */
export function schemaPageUrl(link: SchemaLink): string | undefined {
  return link.id ? `https://schema.data.gouv.fr/${link.id}/${link.version ?? 'latest'}/` : undefined;
}

function code(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `\`${text.replace(/`/g, 'ˋ')}\``;
}

/** One line "type (format)" as the schema states it. */
export function expectedForm(field: TableSchemaField, locale: Locale): string {
  const type = field.type ?? 'string';
  const format = field.format && field.format !== 'default' ? ` (${field.format})` : '';
  const name = t(`type.${type}`, locale);
  return `${name.startsWith('type.') ? type : name}${format}`;
}

export function constraintLines(field: TableSchemaField, locale: Locale): string[] {
  const c = field.constraints ?? {};
  const lines: string[] = [];
  if (c.required) lines.push(t('field.required', locale));
  if (c.unique) lines.push(t('field.unique', locale));
  if (c.enum) lines.push(`${t('field.enum', locale)} ${c.enum.map(code).join(', ')}`);
  if (c.pattern) lines.push(`${t('field.pattern', locale)} ${code(c.pattern)}`);
  if (c.minimum !== undefined) lines.push(`${t('field.minimum', locale)} ${code(c.minimum)}`);
  if (c.maximum !== undefined) lines.push(`${t('field.maximum', locale)} ${code(c.maximum)}`);
  if (c.minLength !== undefined) lines.push(`${t('field.minLength', locale)} ${c.minLength}`);
  if (c.maxLength !== undefined) lines.push(`${t('field.maxLength', locale)} ${c.maxLength}`);
  if (field.type === 'boolean') {
    const trueValues = field.trueValues ?? ['true', 'True', 'TRUE', '1'];
    const falseValues = field.falseValues ?? ['false', 'False', 'FALSE', '0'];
    lines.push(`${t('field.booleans', locale)} ${trueValues.map(code).join(', ')} / ${falseValues.map(code).join(', ')}`);
  }
  return lines;
}

export function fieldMarkdown(field: TableSchemaField, schema: SchemaLink, locale: Locale): string {
  const parts: string[] = [];
  const title = field.title && field.title !== field.name ? ` — ${field.title}` : '';
  parts.push(`**${field.name}**${title}`);
  if (field.description) parts.push(field.description.trim());
  const facts = [`${t('field.type', locale)} ${expectedForm(field, locale)}`, ...constraintLines(field, locale)];
  if (field.example !== undefined) facts.push(`${t('field.example', locale)} ${code(field.example)}`);
  parts.push(facts.map((line) => `- ${line}`).join('\n'));
  const page = schemaPageUrl(schema);
  if (schema.title || page) {
    const label = schema.title ? `${schema.title}${schema.id ? ` (${schema.id}@${schema.version})` : ''}` : (schema.id ?? '');
    parts.push(page ? `[${label}](${page})` : label);
  }
  return parts.join('\n\n');
}
