// Which schema field each column of a file stands for: by exact name, else by name without case,
// accents and separators (hovers and completions follow the same columns the checks validate).
import { normalizeLabel } from './detect';
import type { TableSchema, TableSchemaField } from './tableSchema';

export function fieldsByColumn(labels: readonly string[], schema: TableSchema): (TableSchemaField | undefined)[] {
  const byName = new Map(schema.fields.map((field) => [field.name, field]));
  const byKey = new Map<string, TableSchemaField>();
  for (const field of schema.fields) if (!byKey.has(normalizeLabel(field.name))) byKey.set(normalizeLabel(field.name), field);
  const used = new Set<TableSchemaField>();
  const result = labels.map((label) => {
    const field = byName.get(label);
    if (field && !used.has(field)) {
      used.add(field);
      return field;
    }
    return undefined;
  });
  return result.map((field, column) => {
    if (field) return field;
    const near = byKey.get(normalizeLabel(labels[column]));
    if (near && !used.has(near)) {
      used.add(near);
      return near;
    }
    return undefined;
  });
}
