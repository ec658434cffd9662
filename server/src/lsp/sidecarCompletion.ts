// Completion in a sidecar: property names (with their documentation) where a key is typed; the values
// of enumerations (licences, frequencies, granularities…), catalog schemas searchable by French title,
// CSV files beside the sidecar and today's date where a value is typed.
import * as path from 'node:path';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { completionContextAt, type DescriptorKind, type FileAccess, foldText, getDefaultCatalog, isTablePath, type JsonSchema, propertyKey, RESOURCE_SUFFIXES, schemaAtPath, sidecarKindOf, vocabularyOfProperty, yamlValue } from '../engine';
import { t, type Locale } from '../i18n';
import { filePathOf } from './sidecarService';
import { enumValueMarkdown, propertyDoc } from './sidecarHover';

const DELIMITERS = [';', ',', '\t', '|'];

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function typesOf(schema: JsonSchema): string[] {
  return ([] as string[]).concat(schema.type ?? []);
}

/** What to insert after a property name: a nested block for objects and lists, else `key: `. */
function keySnippet(name: string, schema: JsonSchema | undefined, indent: string): string {
  const types = schema ? typesOf(schema) : [];
  if (types.includes('object') && !types.includes('string')) return `${name}:\n${indent}  $0`;
  if (types.includes('array')) return Array.isArray(schema?.items) ? `${name}: [$0]` : `${name}:\n${indent}  - $0`;
  return `${name}: $0`;
}

export function sidecarCompletions(document: TextDocument, position: Position, locale: Locale, access: FileAccess): CompletionList {
  const text = document.getText();
  const offset = document.offsetAt(position);
  const context = completionContextAt(text, offset);
  const file = filePathOf(document.uri) ?? document.uri;
  const kind: DescriptorKind = sidecarKindOf(file) ?? 'resource';
  const range = { start: document.positionAt(context.replaceStart), end: document.positionAt(context.replaceEnd) };
  const items: CompletionItem[] = [];
  let incomplete = false;

  const keyItems = (parentPath: (string | number)[], siblings: string[]) => {
    const at = schemaAtPath(kind, parentPath);
    const line = document.getText({ start: { line: position.line, character: 0 }, end: position });
    const indent = /^\s*/.exec(line)![0].replace(/-/g, ' ');
    const names = [...new Set((at?.alternatives ?? []).flatMap((s) => Object.keys(s.properties ?? {})))];
    names.forEach((name, index) => {
      if (siblings.includes(name)) return;
      const child = schemaAtPath(kind, [...parentPath, name]);
      const doc = propertyDoc(child?.doc, locale);
      items.push({
        label: name,
        kind: CompletionItemKind.Property,
        detail: t('sidecar.completion.property', locale),
        documentation: doc ? { kind: MarkupKind.Markdown, value: doc } : undefined,
        sortText: String(index).padStart(4, '0'),
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText: keySnippet(name, child?.alternatives.find((a) => a.type !== undefined), indent) },
      });
    });
  };

  const valueItems = (propertyPath: string[]) => {
    const at = schemaAtPath(kind, propertyPath);
    const dotted = propertyKey(propertyPath);
    const key = propertyPath[propertyPath.length - 1];
    const push = (label: string, value: string, detail?: string, documentation?: string, filterText?: string) =>
      items.push({
        label,
        kind: CompletionItemKind.Value,
        detail,
        documentation: documentation ? { kind: MarkupKind.Markdown, value: documentation } : undefined,
        sortText: String(items.length).padStart(4, '0'),
        filterText: filterText ?? value,
        textEdit: { range, newText: yamlValue(value) },
      });
    if (key === 'schema' && !propertyPath.includes('fields')) {
      const catalog = getDefaultCatalog();
      const entries = context.prefix ? catalog.search(context.prefix, { kind: 'tableschema' }) : catalog.list({ kind: 'tableschema' });
      incomplete = true;
      for (const entry of entries.slice(0, 100)) {
        const ref = `${entry.id}@${entry.latest}`;
        // Found by the server's search (title, id, description, accents ignored): keep it whatever VS Code's filter thinks.
        push(entry.title, ref, `${t('sidecar.completion.schema', locale)} · ${ref}`, entry.description, context.prefix ? context.prefix : `${entry.id} ${foldText(entry.title)}`);
      }
      return;
    }
    if (key === 'path' && propertyPath.length <= 3) {
      const dir = path.dirname(filePathOf(document.uri) ?? '.');
      for (const name of access.list(dir).filter((n) => isTablePath(n)).sort()) push(name, name, t('sidecar.completion.file', locale));
      return;
    }
    if (key === 'delimiter') {
      for (const d of DELIMITERS) push(d === '\t' ? '\\t' : d, d);
      return;
    }
    const vocabulary = vocabularyOfProperty[dotted];
    if (vocabulary) {
      for (const entry of vocabulary) push(entry.value, entry.value, entry.label[locale], enumValueMarkdown(entry, locale), `${entry.value} ${foldText(entry.label.fr)}`);
      return;
    }
    for (const schema of at?.alternatives ?? []) {
      for (const value of schema.enum ?? []) if (typeof value === 'string') push(value === '\r\n' ? '\\r\\n' : value === '\n' ? '\\n' : value === '\r' ? '\\r' : value, value);
      if (typesOf(schema).includes('boolean')) for (const value of ['true', 'false']) items.push({ label: value, kind: CompletionItemKind.Value, textEdit: { range, newText: value } });
      if (schema.format === 'date') push(today(), today());
    }
  };

  if (context.kind === 'key') keyItems(context.parentPath, context.siblingKeys);
  else if (context.kind === 'value' && context.key !== undefined) valueItems([...context.parentPath, context.key]);
  else if (context.kind === 'item') {
    const itemPath = [...context.parentPath, '*'];
    const at = schemaAtPath(kind, itemPath);
    if (context.parentPath[context.parentPath.length - 1] === 'resources') {
      const dir = path.dirname(filePathOf(document.uri) ?? '.');
      for (const name of access.list(dir).filter((n) => RESOURCE_SUFFIXES.some((s) => n.toLowerCase().endsWith(s))).sort()) {
        items.push({ label: name, kind: CompletionItemKind.File, detail: t('sidecar.completion.file', locale), textEdit: { range, newText: yamlValue(name) } });
      }
    }
    if ((at?.alternatives ?? []).some((s) => s.properties)) keyItems(itemPath, []);
    else valueItems(itemPath as string[]);
  }
  return { isIncomplete: incomplete, items };
}
