// `node -r ./test/register.js scripts/audit-patterns.ts [--all]`: every `pattern` of the bundled catalog
// (schemas/catalog/**/schema.json, all versions) through engine/schema/safePattern.ts: which engine runs
// it, which are risky for a backtracking engine, and whether RE2 agrees with JavaScript on the schema's
// own examples (and those examples spoiled). Prints the counts, then the dangerous patterns.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createContext, Script } from 'node:vm';
import { compileSafePattern, compileWholePattern, type SafePattern } from '../server/src/engine/schema/safePattern';

const root = join(__dirname, '..', 'schemas', 'catalog');
const showAll = process.argv.includes('--all');

function schemaFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return schemaFiles(path);
    return name === 'schema.json' ? [path] : [];
  });
}

interface Found {
  schema: string;
  field: string;
  pattern: string;
  examples: string[];
}

function fieldsWithPatterns(file: string): Found[] {
  let schema: { fields?: unknown };
  try {
    schema = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  const found: Found[] = [];
  const visit = (field: Record<string, unknown>, name: string) => {
    const constraints = field.constraints as Record<string, unknown> | undefined;
    if (constraints && typeof constraints.pattern === 'string') {
      const examples = [field.example, ...(Array.isArray(field.examples) ? field.examples : [field.examples])]
        .filter((value) => value !== undefined && value !== null)
        .map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
      found.push({ schema: relative(root, file).replace(/\/schema\.json$/, ''), field: name, pattern: constraints.pattern, examples });
    }
    if (field.arrayItem && typeof field.arrayItem === 'object') visit(field.arrayItem as Record<string, unknown>, `${name}[]`);
  };
  for (const field of Array.isArray(schema.fields) ? schema.fields : []) {
    if (field && typeof field === 'object') visit(field as Record<string, unknown>, String((field as { name?: unknown }).name));
  }
  return found;
}

/** JavaScript's verdict under a time budget (null when it runs out): the reference RE2 is compared to. */
function nativeVerdict(regex: RegExp, value: string): boolean | null {
  try {
    return new Script('regex.test(value)').runInContext(createContext({ regex, value }), { timeout: 200 }) === true;
  } catch {
    return null;
  }
}

/** Values to compare the engines on: the examples, and each spoiled (cut, doubled, with a space, a `~`). */
function probes(examples: string[]): string[] {
  const values = new Set<string>(['', 'a', '0', ' ']);
  for (const example of examples) {
    for (const value of [example, example.slice(0, -1), example + example, example + ' ', ` ${example}`, example + '~', example.toUpperCase(), example.toLowerCase()]) values.add(value);
  }
  return [...values];
}

const counts = { fields: 0, distinct: 0, invalid: 0, native: 0, linear: 0, guarded: 0 };
const disagreements: string[] = [];
const dangerous: { found: Found; compiled: SafePattern; versions: string[] }[] = [];
const seen = new Map<string, { compiled: SafePattern | null }>();

for (const file of schemaFiles(root).sort()) {
  for (const found of fieldsWithPatterns(file)) {
    counts.fields++;
    let entry = seen.get(found.pattern);
    if (!entry) {
      entry = { compiled: compileSafePattern(found.pattern) };
      seen.set(found.pattern, entry);
      counts.distinct++;
      if (!entry.compiled) counts.invalid++;
      else counts[entry.compiled.engine]++;
    }
    const compiled = entry.compiled;
    if (!compiled) continue;
    if (compiled.engine !== 'native') {
      const regex = compileWholePattern(found.pattern)!;
      for (const value of probes(found.examples)) {
        const expected = nativeVerdict(regex, value);
        const got = compiled.test(value);
        if (expected !== null && got !== 'too-costly' && got !== expected) disagreements.push(`${found.schema} ${found.field}: ${JSON.stringify(value)} JS ${expected}, ${compiled.engine} ${got}`);
      }
      const [name, version] = [found.schema.replace(/\/[^/]+$/, ''), found.schema.replace(/^.*\//, '')];
      const strong = compiled.risks.some((risk) => risk !== 'adjacent-quantifiers');
      if (!strong && !showAll) continue;
      const same = dangerous.find((item) => item.found.pattern === found.pattern && item.found.field === found.field && item.found.schema.startsWith(name + '/'));
      if (same) same.versions.push(version);
      else dangerous.push({ found, compiled, versions: [version] });
    }
  }
}

console.log(`Patterns of the catalog: ${counts.fields} (field × version), ${counts.distinct} distinct.`);
console.log(`  JavaScript cannot compile: ${counts.invalid}`);
console.log(`  native (no risky shape):   ${counts.native}`);
console.log(`  linear (RE2):              ${counts.linear}`);
console.log(`  guarded (RE2 bounds + budget, back-references or lookarounds): ${counts.guarded}`);
console.log(`RE2 ≠ JavaScript on examples and spoiled examples: ${disagreements.length}`);
for (const line of disagreements.slice(0, 30)) console.log(`  ${line}`);
console.log(`\nDangerous patterns (nested quantifiers or alternatives under a repeat${showAll ? ', or several unbounded quantifiers' : ''}): ${dangerous.length}`);
for (const { found, compiled, versions } of dangerous) {
  const schema = found.schema.replace(/\/[^/]+$/, '');
  console.log(`- ${schema}@${versions.join(',')} · ${found.field} · ${compiled.engine} · ${compiled.risks.join('+')}\n    ${found.pattern}`);
}
