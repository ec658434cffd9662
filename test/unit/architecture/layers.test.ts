// The engine's layers, from the floor up: a module may import its own layer or a lower one, never a
// higher one, and nothing in the engine imports the faces (lsp/, cli/, server.ts) or their translations
// (i18n/). Data flows one way: text → table → values → schema → checks → (fixes | metadata | geo) → drivers.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ENGINE = path.resolve(__dirname, '../../../server/src/engine');

/**
 * Each top folder (or top file) of the engine and its layer.
 * - `problems` and `text` (folding, edit distance, YAML error kinds) are the floor; they do not import
 *   each other.
 * - `values` is French value knowledge (calendar, dates, numbers, SIREN/SIRET, phones): it reads text,
 *   not tables or schemas.
 * - `geo` reads coordinates (formats, Lambert 93, France's bounds, the coordinate columns of a table and
 *   its schema's geo fields) and computes the map's points: it sits under the checks, the fixes and the
 *   metadata, which all read coordinates through it (it used to import the date fixer's calendar, and
 *   the fixers imported it back).
 * - `fixes` and `metadata` stand side by side and do not import each other.
 * - `infer` (a schema from a table, a sidecar with that schema) uses the checks' value detectors, the
 *   coordinate columns and the sidecar drafts: it stands above them (it was schema/infer, which made
 *   schema import checks, geo and metadata).
 * - The drivers run everything else: validateText and the stream validator, the incremental table, the
 *   plan, fixText (check → fix → re-check in rounds) and the front door; they may import each other.
 *   `core` (the row router, the file-level checks and the end of a table that every driver shares, from
 *   issue #16 item 1) is the drivers' own part.
 */
const LAYERS: Record<string, number> = {
  problems: 0,
  text: 0,
  table: 1,
  values: 2,
  schema: 3,
  geo: 4,
  checks: 5,
  fixes: 6,
  metadata: 6,
  infer: 7,
  'validate.ts': 8,
  'validateStream.ts': 8,
  incremental: 8,
  plan: 8,
  core: 8,
  'fixText.ts': 8,
  'index.ts': 8,
  json: 8,
};

/** The drivers' layer: its members import each other freely. */
const DRIVERS = 8;

/** Imports allowed between two folders of one level (below the drivers). None. */
const SIDEWAYS: ReadonlySet<string> = new Set<string>([]);

/** Data files outside the engine that it may read: the JSON Schemas of the sidecars (repository's schemas/). */
const DATA_OUTSIDE = /^schemas\/[\w.-]+\.json$/;

/** Imports that break the rule and are known, each with why it stays. The goal is this list empty. */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map<string, string>([]);

interface Import {
  from: string;
  to: string;
}

function engineFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return engineFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The relative module specifiers of a file's `import … from` and `export … from` statements. */
function importsOf(file: string): Import[] {
  const source = fs.readFileSync(file, 'utf8');
  const found: Import[] = [];
  const pattern = /^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'|^\s*import\s+'([^']+)'|\brequire\('([^']+)'\)|\bimport\('([^']+)'\)/gm;
  for (const match of source.matchAll(pattern)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (!specifier.startsWith('.')) continue;
    found.push({ from: file, to: path.resolve(path.dirname(file), specifier) });
  }
  return found;
}

/** The engine folder (or top file) a path belongs to, or where outside the engine it points. */
function unitOf(target: string): string {
  const relative = path.relative(ENGINE, target);
  if (relative.startsWith('..')) return `outside:${path.relative(path.resolve(ENGINE, '..'), target).split(path.sep)[0]}`;
  const first = relative.split(path.sep)[0];
  if (relative.includes(path.sep) || fs.existsSync(path.join(ENGINE, first, 'index.ts'))) return first;
  return first.endsWith('.ts') ? first : `${first}.ts`;
}

function describe_(imp: Import): string {
  const from = path.relative(ENGINE, imp.from).split(path.sep).join('/');
  const to = path.relative(ENGINE, imp.to).split(path.sep).join('/');
  return `${from} → ${to}`;
}

/** What is wrong with one import between two engine paths (relative to the engine), or undefined when it is allowed. */
export function importFault(fromPath: string, toPath: string): string | undefined {
  const from = unitOf(path.resolve(ENGINE, fromPath));
  const to = unitOf(path.resolve(ENGINE, toPath));
  if (from === to) return undefined;
  if (to.startsWith('outside:')) {
    return DATA_OUTSIDE.test(path.relative(path.resolve(ENGINE, '../../..'), path.resolve(ENGINE, toPath)).split(path.sep).join('/')) ? undefined : 'out of the engine';
  }
  const fromLayer = LAYERS[from];
  const toLayer = LAYERS[to];
  if (fromLayer === undefined || toLayer === undefined) return `${fromLayer === undefined ? from : to} has no layer: add it to LAYERS`;
  if (toLayer > fromLayer) return `upward: ${from} is below ${to}`;
  if (toLayer === fromLayer && toLayer !== DRIVERS && !SIDEWAYS.has(`${from} → ${to}`)) return `sideways: ${from} and ${to} stand side by side`;
  return undefined;
}

/** Every import that runs upward, sideways without leave, or out of the engine. */
export function wrongImports(): string[] {
  const wrong: string[] = [];
  for (const file of engineFiles(ENGINE)) {
    for (const imp of importsOf(file)) {
      const line = describe_(imp);
      if (EXCEPTIONS.has(line)) continue;
      const fault = importFault(path.relative(ENGINE, imp.from), path.relative(ENGINE, imp.to));
      if (fault) wrong.push(`${line} (${fault})`);
    }
  }
  return wrong.sort();
}

describe('engine layers', () => {
  it('no module imports a higher layer, a sibling without leave, or the faces', () => {
    const wrong = wrongImports();
    assert.deepEqual(wrong, [], `${wrong.length} imports run the wrong way:\n${wrong.join('\n')}`);
  });

  it('tells the faults apart (the rule itself)', () => {
    assert.equal(importFault('checks/hygiene/x.ts', 'fixes/fix'), 'upward: checks is below fixes');
    assert.equal(importFault('fixes/x.ts', 'metadata/y'), 'sideways: fixes and metadata stand side by side');
    assert.equal(importFault('schema/x.ts', '../i18n/index'), 'out of the engine');
    assert.equal(importFault('metadata/x.ts', '../../../schemas/resource.schema.json'), undefined);
    assert.equal(importFault('fixes/x.ts', 'values/calendar'), undefined);
    assert.equal(importFault('validate.ts', 'incremental/tableKeys'), undefined);
    assert.equal(importFault('problems/x.ts', 'text/fold'), 'sideways: problems and text stand side by side');
  });

  it('every exception still names an import that exists', () => {
    const all = new Set(engineFiles(ENGINE).flatMap((file) => importsOf(file).map(describe_)));
    for (const line of EXCEPTIONS.keys()) assert.ok(all.has(line), `stale exception: ${line}`);
  });
});
