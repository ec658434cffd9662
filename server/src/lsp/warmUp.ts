// Warms the checking code while the server waits for its first document. The first rows a fresh process
// checks run in V8's interpreter: the first page of a national file took 130–170 ms there against 35 ms
// once the code is compiled, and the editor spends 0.3 s (100k rows) to 1.3 s (500k rows) serializing such
// a file before its first byte reaches the server. So, right after initialization, a small table made of
// the examples of the schemas the settings name (a generic one without them) is checked in slices of a
// few milliseconds, with its first page turned into diagnostics; the descriptors and compiled schemas are
// cached on the way. The work stops as soon as a document arrives.
import { getDefaultCatalog, IncrementalTable, loadTableSchema, type TableSchema } from '../engine';
import type { Locale } from '../i18n';
import { toDiagnostic } from './diagnostics';
import { trace } from './trace';

/** Rows of the warm-up table per schema: enough for V8 to compile the hot functions. */
const ROWS = 3000;
/** Rows checked per slice (a few milliseconds, even in the interpreter). */
const SLICE_ROWS = 100;

/** A schema without settings: the common types, formats and constraints of the catalog's schemas. */
const GENERIC: TableSchema = {
  fields: [
    { name: 'id', type: 'string', constraints: { required: true, unique: true, pattern: '^[A-Z]{3}[0-9]+$' } },
    { name: 'nom', type: 'string' },
    { name: 'nombre', type: 'integer', constraints: { minimum: 0 } },
    { name: 'valeur', type: 'number' },
    { name: 'actif', type: 'boolean' },
    { name: 'date', type: 'date' },
    { name: 'courriel', type: 'string', format: 'email' },
    { name: 'coordonnees', type: 'geopoint', format: 'array' },
    { name: 'choix', type: 'string', constraints: { enum: ['Oui', 'Non'] } },
  ],
};

/** A CSV cell holding a value (quoted when it must be). */
function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table of the schema's examples, every third row with values that break it (so that problems are built too). */
function exampleTable(schema: TableSchema): string {
  const fields = schema.fields ?? [];
  const lines = [fields.map((field) => cell(field.name)).join(',')];
  const good = fields.map((field) => cell(field.example)).join(',');
  for (let row = 0; row < ROWS; row++) {
    if (row % 3 !== 2) lines.push(good);
    else lines.push(fields.map((_, index) => cell(index % 2 === 0 ? `x${row}` : '')).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** The schemas the settings name (`opendataLint.schemas`), as the checks will load them; the generic one when none loads. */
function settingSchemas(refs: string[], baseDir: string): TableSchema[] {
  const catalog = getDefaultCatalog();
  const schemas: TableSchema[] = [];
  for (const ref of new Set(refs)) {
    const loaded = loadTableSchema(ref, { baseDir, catalog });
    if (loaded.ok) schemas.push(loaded.schema);
  }
  return schemas.length > 0 ? schemas : [GENERIC];
}

/**
 * Warms up in slices; `stop()` is asked between slices (a document arrived). `refs`: the schema references
 * of the settings, relative to `baseDir` when they are paths.
 */
export async function warmUp(refs: string[], baseDir: string, locale: Locale, stop: () => boolean): Promise<void> {
  const started = Date.now();
  let rows = 0;
  try {
    for (const schema of settingSchemas(refs, baseDir)) {
      if (stop()) break;
      const table = IncrementalTable.openPending(exampleTable(schema), { schema });
      while (table.isPending) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (stop()) break;
        table.step(SLICE_ROWS);
        rows += SLICE_ROWS;
      }
      if (!table.isPending) JSON.stringify(table.problems(1000).problems.map((problem) => toDiagnostic(problem, locale)));
    }
  } catch {
    // A warm-up that fails costs nothing but its time: the checks report their own errors.
  }
  trace('warm-up done', { ms: Date.now() - started, rows, stopped: stop() });
}
