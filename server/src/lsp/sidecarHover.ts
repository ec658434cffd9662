// Hover in a sidecar: a property's documentation (and its allowed values), what an enumeration value
// means (its label, SCDL and data.gouv.fr equivalents), and which catalog schema a reference names.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isScalar } from 'yaml';
import { contextAtOffset, getDefaultCatalog, type JsonSchema, propertyKey, schemaAtPath, type SidecarReport, type VocabularyEntry, vocabularyOfProperty } from '../engine';
import { t, type Locale } from '../i18n';

export function propertyDoc(schema: JsonSchema | undefined, locale: Locale): string | undefined {
  if (!schema) return undefined;
  return locale === 'fr' ? schema.description : (schema['x-description-en'] ?? schema.description);
}

export function enumValueMarkdown(entry: VocabularyEntry, locale: Locale): string {
  return [
    `**${entry.value}** — ${entry.label[locale]}`,
    `${t('sidecar.hover.scdl', locale)} : \`${entry.scdl}\` · ${t('sidecar.hover.datagouv', locale)} : \`${entry.dataGouv}\``,
  ].join('\n\n');
}

function valuesTable(values: readonly VocabularyEntry[], locale: Locale): string {
  return [`**${t('sidecar.hover.values', locale)}**`, '', ...values.map((e) => `- \`${e.value}\` — ${e.label[locale]}`)].join('\n');
}

export function sidecarHover(document: TextDocument, report: SidecarReport, position: Position, locale: Locale): Hover | null {
  const doc = report.parsed.doc;
  if (!doc) return null;
  const offset = document.offsetAt(position);
  const context = contextAtOffset(doc, offset);
  if (!context?.node.range) return null;
  const range = { start: document.positionAt(context.node.range[0]), end: document.positionAt(context.node.range[1]) };
  const dotted = propertyKey(context.path);
  const vocabulary = vocabularyOfProperty[dotted];

  if (context.on === 'key') {
    const at = schemaAtPath(report.kind, context.path);
    const doc = propertyDoc(at?.doc, locale);
    if (!doc) return null;
    const parts = [`**${String(context.path[context.path.length - 1])}**`, doc];
    if (vocabulary) parts.push(valuesTable(vocabulary, locale));
    return { range, contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') } };
  }

  const value = isScalar(context.node) ? context.node.value : undefined;
  if (vocabulary) {
    const entry = vocabulary.find((e) => e.value === value);
    return entry ? { range, contents: { kind: MarkupKind.Markdown, value: enumValueMarkdown(entry, locale) } } : null;
  }
  if (context.path[context.path.length - 1] === 'schema' && typeof value === 'string') {
    const resolved = getDefaultCatalog().resolve(value);
    if (!resolved.found) return null;
    const info = getDefaultCatalog().info(resolved.id);
    const latest = resolved.isLatest ? t('sidecar.hover.latest', locale) : t('sidecar.hover.notLatest', locale, { latest: info?.latest ?? '' });
    const parts = [
      `**${t('sidecar.hover.schema', locale, { title: resolved.title, version: resolved.version, latest })}**`,
      `\`${resolved.id}\` — https://schema.data.gouv.fr/${resolved.id}/${resolved.version}/`,
    ];
    if (info?.description) parts.push(info.description);
    return { range, contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') } };
  }
  return null;
}
