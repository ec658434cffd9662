// No third-party English reaches a French user: every problem of every fixture (tables under
// test/fixtures and examples, checked the way `opendata-lint check` checks them, and every sidecar),
// every quick-fix title and every fix note is rendered in French and searched for English fragments and
// for plurals that do not agree with their count ("1 valeurs"). Values quoted from the data are left out.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { checkOneFile } from '../../../server/src/cli/checkTask';
import { planFile } from '../../../server/src/cli/planFile';
import { FixSession } from '../../../server/src/engine/fixes';
import { findSidecarFor } from '../../../server/src/engine/metadata/findSidecar';
import { sidecarFix } from '../../../server/src/engine/metadata/sidecarFixes';
import { sidecarKindOf } from '../../../server/src/engine/metadata/sidecarFiles';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { decodeBytes } from '../../../server/src/engine/table/decode';
import { noteMessage, problemMessage, t, type Locale } from '../../../server/src/i18n';

const root = path.resolve(__dirname, '../../..');

/** A word or phrase on its own: no letter or digit (accented ones included) on either side. */
const word = (text: string) => new RegExp(`(?<![\\p{L}\\d])${text}(?![\\p{L}\\d])`, 'iu');

/**
 * English words and phrases that never occur in our French text, whole words only, so that French words
 * that contain them ("invalide", "attendu", "thé") do not match; plus the libraries' own marks.
 */
const ENGLISH: RegExp[] = [
  ...['the', 'is', 'are', 'expected', 'must', 'should', 'token', 'use a', 'implicit', 'not allowed', 'invalid', 'unexpected', 'missing', 'please'].map(word),
  ...['cannot', 'with', 'this', 'which', 'value', 'error', 'keys?', 'indicator', 'scalar', 'flow', 'sequence', 'line', 'column'].map(word),
  ...['can', 'have', 'has', 'not', 'of', 'for', 'to', 'and', 'at', 'by', 'from', 'that', 'does', 'was', 'be', 'needs?', 'found', 'after', 'before', 'node'].map(word),
  ...['in JSON', 'no such file', 'directory', 'illegal operation', 'weekdays?', 'ambiguous', 'intended locale'].map(word),
  ...['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'EPERM', 'EMFILE'].map(word),
  /<---/,
];

/**
 * French agreement after a count: 0 and 1 take the singular ("1 valeur", "0 erreur"). A count of 0 or 1
 * followed by a word ending in s, except words that end in s in the singular too.
 */
const FRENCH_SINGULAR_IN_S = new Set(['fois', 'mois', 'pas', 'cas', 'temps', 'des', 'les', 'ses', 'sur', 'sous', 'sans', 'dans', 'plus', 'moins', 'après', 'près', 'très', 'vers', 'puis']);
const FRENCH_PLURAL_AFTER_ONE = /(?<![\d.,:/\-\u00a0\u202f])\b([01]) (\p{L}+s)(?!\p{L})/gu;
/** English: only 1 takes the singular. */
const ENGLISH_PLURAL_AFTER_ONE = /(?<![\d.,:/\-])\b1 (\p{L}+s)(?!\p{L})/gu;
const ENGLISH_SINGULAR_IN_S = new Set(['is', 'was', 'has', 'does', 'of', 'as', 'plus', 'minus', 'yes', 'this', 'its', 'his', 'us', 'thus', 'always', 'news', 'status', 'less', 'across', 'process']);

/** The text left once what the message quotes from the data (cell values, names, paths) is removed. */
function ownWords(message: string): string {
  return message
    .replace(/«[^»]*»/g, '«»')
    .replace(/“[^”]*”/g, '“”')
    .replace(/`[^`]*`/g, '``')
    .replace(/"[^"\n]*"/g, '""')
    // An encoding's name: “UTF-16 BE” is its byte order (big-endian), not the English verb.
    .replace(/UTF-16 [LB]E/g, 'UTF-16')
    .replace(/\S*[/\\]\S*/g, '/');
}

function englishIn(message: string): string[] {
  const own = ownWords(message);
  return ENGLISH.filter((fragment) => fragment.test(own)).map(String);
}

function frenchPlurals(message: string): string[] {
  return [...ownWords(message).matchAll(FRENCH_PLURAL_AFTER_ONE)].filter((m) => !FRENCH_SINGULAR_IN_S.has(m[2].toLowerCase())).map((m) => m[0]);
}

function englishPlurals(message: string): string[] {
  return [...ownWords(message).matchAll(ENGLISH_PLURAL_AFTER_ONE)].filter((m) => !ENGLISH_SINGULAR_IN_S.has(m[1].toLowerCase())).map((m) => m[0]);
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

const files = [...walk(path.join(root, 'test', 'fixtures')), ...walk(path.join(root, 'examples'))];
const tables = files.filter((file) => /\.(csv|tsv)$/i.test(file));
const sidecars = files.filter((file) => sidecarKindOf(file) !== undefined);

/** A schema kept beside fixtures that have no sidecar naming it (tests pass it with --schema). */
function schemaBeside(file: string): string | undefined {
  const dir = path.dirname(file);
  const names = readdirSync(dir).filter((name) => /(?:^|\.)schema\.json$/.test(name) && statSync(path.join(dir, name)).isFile());
  return names.length === 1 ? path.join(dir, names[0]) : undefined;
}

interface Rendered {
  /** Where the text comes from: file, row and what it is (problem code, fix title, note). */
  where: string;
  text: Record<Locale, string>;
}

function both(render: (locale: Locale) => string): Record<Locale, string> {
  return { fr: render('fr'), en: render('en') };
}

function relative(file: string): string {
  return path.relative(root, file);
}

/** Every problem of a checked file, and every fix title and note its problems get. */
function renderProblems(file: string, problems: readonly Problem[], session: FixSession | undefined, out: Rendered[]): void {
  for (const problem of problems) {
    const at = `${relative(file)}:${problem.rowNumber ?? '-'} ${problem.code}`;
    out.push({ where: at, text: both((locale) => problemMessage(problem, locale)) });
    const fix = sidecarFix(problem);
    if (fix) out.push({ where: `${at} sidecar fix`, text: both((locale) => t(`sidecar.action.${fix.kind}`, locale, { value: fix.value })) });
    if (!session) continue;
    const proposal = session.proposalFor(problem);
    for (const offer of proposal.offers) {
      out.push({ where: `${at} fix ${offer.kind}`, text: both((locale) => t(offer.title.key, locale, offer.title.params)) });
      const column = session.columnFix(problem, offer.kind);
      if (column) out.push({ where: `${at} column fix ${offer.kind}`, text: both((locale) => t(column.offer.title.key, locale, column.offer.title.params)) });
    }
    const note = proposal.note;
    if (note) out.push({ where: `${at} note ${note.key}`, text: both((locale) => noteMessage(note, locale)) });
  }
  if (!session) return;
  for (const mode of ['safe', 'unsafe'] as const) {
    const all = session.fixAll(mode);
    if (all) out.push({ where: `${relative(file)} fix all ${mode}`, text: both((locale) => t(all.offer.title.key, locale, all.offer.title.params)) });
  }
}

async function renderTable(file: string, schema: string | undefined, out: Rendered[]): Promise<void> {
  const options = { schema, detect: true, cwd: root };
  const outcome = await checkOneFile(file, options);
  if (!('report' in outcome)) {
    const key = outcome.io ? 'cli.error.read' : 'cli.error.check';
    out.push({ where: `${relative(file)} ${key}`, text: both((locale) => t(key, locale, { path: relative(file), reason: outcome.failure })) });
    return;
  }
  const decoded = decodeBytes(readFileSync(file));
  const plan = decoded.binary ? undefined : planFile(decoded.text, { ...options, path: file });
  const session = decoded.binary ? undefined : new FixSession({ text: decoded.text, problems: outcome.report.problems, schema: plan?.tableSchema, dialect: outcome.report.dialect });
  renderProblems(file, outcome.report.problems, session, out);
}

async function renderAll(): Promise<Rendered[]> {
  const out: Rendered[] = [];
  for (const file of tables) {
    await renderTable(file, undefined, out);
    // A table with no sidecar naming its schema is also checked against the schema kept beside it.
    const beside = findSidecarFor(file) ? undefined : schemaBeside(file);
    if (beside) await renderTable(file, beside, out);
  }
  for (const file of sidecars) {
    const outcome = await checkOneFile(file, { detect: true, cwd: root });
    if ('report' in outcome) renderProblems(file, outcome.report.problems, undefined, out);
  }
  return out;
}

describe('i18n: French all the way, on every fixture', function () {
  this.timeout(120_000);
  let rendered: Rendered[] = [];
  before(async () => {
    rendered = await renderAll();
  });

  it('checks every table and sidecar fixture, with their problems, fix titles and notes', () => {
    assert.ok(tables.length >= 60, `${tables.length} tables`);
    assert.ok(sidecars.length >= 20, `${sidecars.length} sidecars`);
    assert.ok(rendered.length >= 500, `${rendered.length} messages`);
    // The fixtures reach the texts this test is about: the opening_hours library, the YAML parser,
    // schema files that cannot be read or parsed, fix titles and notes.
    const codes = new Set(rendered.map((r) => r.where.split(' ')[1]));
    for (const code of ['opening-hours-value', 'metadata-yaml-syntax', 'metadata-yaml-aliases', 'schema-read-error', 'schema-invalid-json', 'mixed-formats', 'metadata-invalid']) {
      assert.ok(codes.has(code), code);
    }
    assert.ok(rendered.some((r) => r.where.includes(' fix ')));
    assert.ok(rendered.some((r) => r.where.includes(' note ')));
  });

  it('renders no English fragment in French', () => {
    const failing = rendered.filter((r) => englishIn(r.text.fr).length > 0);
    const byCode = new Map<string, number>();
    for (const r of failing) byCode.set(r.where.split(' ').slice(1).join(' '), (byCode.get(r.where.split(' ').slice(1).join(' ')) ?? 0) + 1);
    const summary = [...byCode].map(([code, count]) => `${code}: ${count}`).join(', ');
    const details = failing.map((r) => `${r.where}: ${englishIn(r.text.fr).join(' ')}\n    ${r.text.fr}`);
    assert.equal(failing.length, 0, `${failing.length} of ${rendered.length} French messages hold English (${summary}):\n${details.join('\n')}`);
  });

  it('makes French plurals agree with their count (0 and 1 take the singular)', () => {
    const failures = rendered.flatMap((r) => {
      const found = frenchPlurals(r.text.fr);
      return found.length ? [`${r.where}: ${found.join(', ')}\n    ${r.text.fr}`] : [];
    });
    assert.deepEqual(failures, [], failures.join('\n'));
  });

  it('makes English plurals agree with their count (1 takes the singular)', () => {
    const failures = rendered.flatMap((r) => {
      const found = englishPlurals(r.text.en);
      return found.length ? [`${r.where}: ${found.join(', ')}\n    ${r.text.en}`] : [];
    });
    assert.deepEqual(failures, [], failures.join('\n'));
  });

  it('writes no "(s)" plural where the count is known', () => {
    const failures = rendered.filter((r) => /\p{L}\((?:s|x|e|es)\)/u.test(ownWords(r.text.fr)) || /\p{L}\(s\)/u.test(ownWords(r.text.en)));
    assert.deepEqual(failures.map((r) => `${r.where}: ${r.text.fr} / ${r.text.en}`), []);
  });
});

describe('i18n: the fragment lists themselves', () => {
  it('catch the English that reached French users', () => {
    assert.ok(englishIn('Horaires incorrects : Token "du" is ambiguous across languages (Th (gsw)). Use a canonical abbreviation.').length > 0);
    assert.ok(englishIn('Erreur de syntaxe YAML : Implicit map keys need to be followed by map values').length > 0);
    assert.ok(englishIn('Impossible de lire le fichier de schéma x.json : EISDIR: illegal operation on a directory, read').length > 0);
    assert.deepEqual(frenchPlurals('Nombre écrit « 12,5 » : 1 valeurs contre 1.'), ['1 valeurs']);
    assert.deepEqual(frenchPlurals('0 erreurs, 1 avertissements'), ['0 erreurs', '1 avertissements']);
    assert.deepEqual(englishPlurals('1 values against 1'), ['1 values']);
  });

  it('leave legitimate French and quoted data alone', () => {
    for (const text of [
      'La valeur « the value is expected » de la colonne « must » est invalide : 1 valeur contre 2.',
      'Une clé doit tenir sur une ligne : ajoutez le « : » manquant.',
      'Le schéma `etalab/schema-irve-statique` attend une date au format AAAA-MM-JJ depuis 1 mois.',
      'Fichier test/fixtures/the/file.csv illisible : 2 lignes, 1 fois.',
    ]) {
      assert.deepEqual(englishIn(text), [], text);
      assert.deepEqual(frenchPlurals(text), [], text);
    }
  });
});
