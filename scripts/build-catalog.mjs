// Builds the bundled schema catalog (schemas/catalog/) from the schema.data.gouv.fr snapshot in
// ../shared/schema-catalog: every version of every schema, YAML turned into JSON, plus index.json.
// Also refreshes test/fixtures/catalog-examples/ (the snapshot's examples and lists to test against).
// Run by hand from the project root (`node scripts/build-catalog.mjs [--from <snapshot dir>]`); the
// output is committed, so neither the build nor the runtime needs the snapshot or the network.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fromArg = process.argv.indexOf('--from');
const sourceDir = fromArg !== -1 ? resolve(process.argv[fromArg + 1] ?? '') : resolve(projectRoot, '..', 'shared', 'schema-catalog');
const outDir = join(projectRoot, 'schemas', 'catalog');

if (!existsSync(join(sourceDir, 'schemas.json')) || !existsSync(join(sourceDir, 'schemas'))) {
  console.error(
    `build-catalog: the schema catalog snapshot was not found at ${sourceDir}\n` +
      '(expected schemas.json and schemas/ there). It lives in ../shared/schema-catalog next to the project,\n' +
      'which only exists on the maintainers\' machines. The generated schemas/catalog/ is committed:\n' +
      'you do not need to run this script to build, test or use the extension. Use --from <dir> to point elsewhere.',
  );
  process.exit(1);
}

const SITE = 'https://schema.data.gouv.fr/schemas';

// ---------------------------------------------------------------------------------------------
// Versions: semver-like ("0.2.8", "1.0.0", "2.0.0-beta") compared part by part, numbers as numbers.

function compareVersions(a, b) {
  const [coreA, preA] = a.replace(/^v/, '').split('-', 2);
  const [coreB, preB] = b.replace(/^v/, '').split('-', 2);
  const pa = coreA.split('.');
  const pb = coreB.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const nx = Number(x);
    const ny = Number(y);
    const diff = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
    if (diff !== 0) return Math.sign(diff);
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1; // a release sorts after its pre-releases
  if (preB === undefined) return -1;
  return preA.localeCompare(preB);
}

// ---------------------------------------------------------------------------------------------
// Provenance read from MANIFEST.md: the aggregator commit and, for the schemas its table details,
// the source repository, path and tag (checked identical to the published file by the MANIFEST's author).

const manifest = existsSync(join(sourceDir, 'MANIFEST.md')) ? readFileSync(join(sourceDir, 'MANIFEST.md'), 'utf8') : '';
const commitMatch = /at commit `([0-9a-f]+)` \(([\d-]+)\)/.exec(manifest);

/** `<id>@<version>` → { host, repoPaths, path, ref } from the MANIFEST's "Source repository" column. */
const verifiedSources = new Map();
for (const line of manifest.split('\n')) {
  const cells = line.split('|').map((c) => c.trim());
  if (cells.length < 5 || !cells[1].startsWith('`')) continue;
  const saved = /^`([^`]+)\/([^/`]+)\/([^/`]+)\/([^`]+)`$/.exec(cells[1]);
  const source = /^(github\.com|gitlab\.com)\/(\S+)(?: \(GitHub redirect: ([^)]+)\))? : `([^`]+)` @ `([^`]+)`/.exec(cells[4]);
  if (!saved || !source) continue;
  const [, publisher, name, version] = saved;
  const repoPaths = [source[2]];
  if (source[3]) repoPaths.push(source[3].trim());
  verifiedSources.set(`${publisher}/${name}@${version}`, { host: source[1], repoPaths, path: source[4], ref: source[5] });
}

/**
 * The canonical raw URL of one file of a repository at a ref. The runtime maps the other spellings
 * (github.com/…/raw|blob/…, gitlab …/raw/… without `-`, refs/tags/…) to this one before looking it up.
 */
function forgeUrls(host, repoPath, ref, filePath) {
  if (host === 'github.com') return [`https://raw.githubusercontent.com/${repoPath}/${ref}/${filePath}`];
  return [`https://${host}/${repoPath}/-/raw/${ref}/${filePath}`];
}

/** "https://github.com/etalab/schema-irve.git" → { host: 'github.com', repoPath: 'etalab/schema-irve' }. */
function parseHomepage(url) {
  const m = /^https?:\/\/([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(url ?? '');
  if (!m || !/^(github\.com|gitlab\.com|gitlab\.[\w.]+)$/.test(m[1])) return undefined;
  return { host: m[1], repoPath: m[2] };
}

// ---------------------------------------------------------------------------------------------
// Inputs.

const catalog = JSON.parse(readFileSync(join(sourceDir, 'schemas.json'), 'utf8'));
const infosPath = join(sourceDir, 'schemas', 'schema-infos.json');
const infos = existsSync(infosPath) ? JSON.parse(readFileSync(infosPath, 'utf8')) : {};

/** Every file of the snapshot under schemas/<publisher>/<name>/<version>/ (the top-level JSON files are the aggregator's lists). */
function listVersionFiles() {
  const root = join(sourceDir, 'schemas');
  const found = new Map(); // "<id>@<version>" → [relative path inside the version folder]
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const parts = relative(root, full).split(sep);
        if (parts.length < 4) continue;
        const key = `${parts[0]}/${parts[1]}@${parts[2]}`;
        if (!found.has(key)) found.set(key, []);
        found.get(key).push(parts.slice(3).join('/'));
      }
    }
  };
  walk(root);
  return found;
}
const snapshotFiles = listVersionFiles();

/** What the descriptor is, from its content (the catalog's schema_type says what it is meant to be). */
function contentKind(descriptor) {
  if (descriptor && Array.isArray(descriptor.fields)) return 'tableschema';
  if (descriptor && Array.isArray(descriptor.resources)) return 'datapackage';
  if (descriptor && (descriptor.$schema || descriptor.properties || descriptor.type || descriptor.$defs || descriptor.definitions)) return 'jsonschema';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// Schemas: catalog entries, plus the two kept outside the catalog (MANIFEST "not from catalog").

const schemas = new Map();
for (const s of catalog.schemas) {
  schemas.set(s.name, {
    id: s.name,
    title: s.title,
    description: s.description ?? '',
    schemaType: s.schema_type,
    inCatalog: true,
    homepage: s.homepage ?? infos[s.name]?.homepage ?? null,
    labels: s.labels ?? [],
    members: infos[s.name]?.schemas ?? undefined,
    latestSchemaUrl: s.schema_url ?? null,
    versions: new Map(s.versions.map((v) => [v.version_name, { schemaUrl: v.schema_url, inCatalog: true }])),
  });
}
for (const key of snapshotFiles.keys()) {
  const [id, version] = key.split('@');
  if (!schemas.has(id)) {
    // Not in the catalog at all (etalab/schema-catalogue-donnees): title, type and homepage from the file itself.
    const file = snapshotFiles.get(key)[0];
    const descriptor = JSON.parse(readFileSync(join(sourceDir, 'schemas', id, version, file), 'utf8'));
    schemas.set(id, {
      id,
      title: descriptor.title ?? id,
      description: descriptor.description ?? '',
      schemaType: contentKind(descriptor),
      inCatalog: false,
      homepage: descriptor.homepage ?? null,
      labels: [],
      members: undefined,
      latestSchemaUrl: null,
      versions: new Map(),
    });
  }
  const schema = schemas.get(id);
  if (!schema.versions.has(version)) schema.versions.set(version, { schemaUrl: null, inCatalog: false });
}

// ---------------------------------------------------------------------------------------------
// Search terms: what the catalog's own list lacks and the schema picker searches (server/src/engine/schema/catalogSearch.ts).

/** Distinct strings, trimmed, first spelling kept (compared without case). */
function distinct(values) {
  const seen = new Set();
  const out = [];
  for (const value of values) {
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(text);
  }
  return out;
}

/**
 * `keywords`: the descriptors' own keywords, newest version first (older versions' keywords still describe
 * the data). `publishers`: the organisations of their contributors; a contributor without one is named only
 * when an author (SCDL schemas credit `OpenDataFrance` that way). `multi` is SCDL's placeholder for "several".
 */
function searchTerms(descriptorsNewestFirst) {
  const keywords = distinct(descriptorsNewestFirst.flatMap((d) => (Array.isArray(d?.keywords) ? d.keywords : [])));
  const contributors = descriptorsNewestFirst.flatMap((d) => (Array.isArray(d?.contributors) ? d.contributors : []));
  const publishers = distinct(
    contributors
      .map((c) => (c?.organisation ? c.organisation : c?.role === 'author' ? c.title : undefined))
      .filter((name) => typeof name === 'string' && name.trim().toLowerCase() !== 'multi'),
  );
  return { ...(keywords.length ? { keywords } : {}), ...(publishers.length ? { publishers } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Copy and index.

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const problems = [];
const index = {
  formatVersion: 1,
  generatedBy: 'scripts/build-catalog.mjs',
  source: {
    aggregator: 'https://github.com/datagouv/schema.data.gouv.fr',
    commit: commitMatch?.[1] ?? null,
    date: commitMatch?.[2] ?? null,
  },
  schemas: {},
};
let versionCount = 0;
let fileCount = 0;

for (const schema of [...schemas.values()].sort((a, b) => a.id.localeCompare(b.id))) {
  const versionNames = [...schema.versions.keys()].sort(compareVersions);
  // Latest is the highest version the catalog lists (versions kept from outside the catalog do not count).
  const catalogued = versionNames.filter((v) => schema.versions.get(v).inCatalog);
  const latest = (catalogued.length ? catalogued : versionNames).at(-1);
  const homepage = parseHomepage(schema.homepage);
  const repoShared = homepage && [...schemas.values()].filter((o) => o !== schema && parseHomepage(o.homepage)?.repoPath === homepage.repoPath).length > 0;

  const versions = {};
  /** Descriptors of the versions, newest first, for the search terms below. */
  const descriptorsNewestFirst = [];
  for (const version of versionNames) {
    const meta = schema.versions.get(version);
    const files = snapshotFiles.get(`${schema.id}@${version}`);
    if (!files || files.length === 0) {
      problems.push(`${schema.id}@${version}: listed in schemas.json but no file in the snapshot`);
      continue;
    }
    if (files.length > 1) problems.push(`${schema.id}@${version}: several files (${files.join(', ')}), indexing the first`);
    const originalFile = files[0];
    const sourceFile = join(sourceDir, 'schemas', schema.id, version, originalFile);
    const text = readFileSync(sourceFile, 'utf8');
    const isYaml = /\.ya?ml$/i.test(originalFile);
    let descriptor;
    try {
      descriptor = isYaml ? YAML.parse(text) : JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      problems.push(`${schema.id}@${version}: cannot parse ${originalFile}: ${error.message}`);
      continue;
    }
    const content = contentKind(descriptor);
    // Table Schemas are always schema.json; other JSON keeps its published base name; YAML becomes JSON.
    const localName =
      schema.schemaType === 'tableschema'
        ? 'schema.json'
        : isYaml
          ? `${basename(originalFile, extname(originalFile))}.json`
          : basename(originalFile);
    const localRel = `${schema.id}/${version}/${localName}`;
    mkdirSync(join(outDir, schema.id, version), { recursive: true });
    if (isYaml) writeFileSync(join(outDir, localRel), `${JSON.stringify(descriptor, null, 2)}\n`);
    else writeFileSync(join(outDir, localRel), readFileSync(sourceFile)); // byte-for-byte copy of the published file

    const urls = new Set([`${SITE}/${schema.id}/${version}/${originalFile}`]);
    if (meta.schemaUrl) urls.add(meta.schemaUrl);
    if (version === latest) {
      urls.add(`${SITE}/${schema.id}/latest/${originalFile}`);
      if (schema.latestSchemaUrl) urls.add(schema.latestSchemaUrl);
    }

    // Repository URLs: exact source for the versions the MANIFEST checked; for the other versions, the same
    // path and tag convention; for single-schema repositories, the published file at the root, tags vX.Y.Z and X.Y.Z.
    const rawUrls = new Set();
    let rawUrlBasis = null;
    const verified = verifiedSources.get(`${schema.id}@${version}`);
    const sibling = [...verifiedSources.entries()].find(([key]) => key.startsWith(`${schema.id}@`))?.[1];
    if (verified) {
      for (const repoPath of verified.repoPaths) for (const u of forgeUrls(verified.host, repoPath, verified.ref, verified.path)) rawUrls.add(u);
      rawUrlBasis = 'manifest';
    } else if (sibling && meta.inCatalog && basename(sibling.path) === basename(originalFile)) {
      const ref = sibling.ref.startsWith('v') ? `v${version}` : version;
      for (const repoPath of sibling.repoPaths) for (const u of forgeUrls(sibling.host, repoPath, ref, sibling.path)) rawUrls.add(u);
      rawUrlBasis = 'manifest-convention';
    } else if (homepage && !repoShared && meta.inCatalog) {
      for (const ref of [`v${version}`, version]) for (const u of forgeUrls(homepage.host, homepage.repoPath, ref, originalFile)) rawUrls.add(u);
      rawUrlBasis = 'homepage-convention';
    }

    const entry = {
      file: localRel,
      originalFile,
      format: isYaml ? 'yaml' : 'json',
      content,
      inCatalog: meta.inCatalog,
      urls: [...urls],
      rawUrls: [...rawUrls],
    };
    if (rawUrlBasis) entry.rawUrlBasis = rawUrlBasis;
    if (content === 'tableschema') {
      entry.fields = descriptor.fields.map((f) => String(f.name));
      entry.required = descriptor.fields.filter((f) => f.constraints?.required === true).map((f) => String(f.name));
    }
    if (content !== schema.schemaType && !(schema.schemaType === 'other' && isYaml)) {
      entry.note = `catalog type ${schema.schemaType}, content looks like ${content}`;
    }
    versions[version] = entry;
    descriptorsNewestFirst.unshift(descriptor);
    versionCount++;
    fileCount++;
  }

  index.schemas[schema.id] = {
    title: schema.title,
    description: schema.description,
    schemaType: schema.schemaType,
    inCatalog: schema.inCatalog,
    homepage: schema.homepage,
    ...(homepage ? { repository: `${homepage.host}/${homepage.repoPath}` } : {}),
    labels: schema.labels,
    ...searchTerms(descriptorsNewestFirst),
    ...(schema.members ? { members: schema.members } : {}),
    latest,
    versions,
  };
}

// ---------------------------------------------------------------------------------------------
// Output: JSON with arrays of plain values on one line, so the index stays readable and diffs small.

function stringify(value, indent = '') {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return JSON.stringify(value);
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + stringify(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const inner = indent + '  ';
    const keys = Object.keys(value).filter((k) => value[k] !== undefined);
    if (keys.length === 0) return '{}';
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${stringify(value[k], inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
writeFileSync(join(outDir, 'index.json'), `${stringify(index)}\n`);

// ---------------------------------------------------------------------------------------------
// Test fixtures: the snapshot's example files (same layout), and what the tests compare the index with
// (the aggregator's schemas.json and the list of snapshot files), since ../shared is not in the repository.

const fixturesDir = join(projectRoot, 'test', 'fixtures', 'catalog-examples');
rmSync(fixturesDir, { recursive: true, force: true });
mkdirSync(join(fixturesDir, '_snapshot'), { recursive: true });
const copyTree = (from, to) => {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      mkdirSync(join(to, entry.name), { recursive: true });
      copyTree(join(from, entry.name), join(to, entry.name));
    } else writeFileSync(join(to, entry.name), readFileSync(join(from, entry.name)));
  }
};
if (existsSync(join(sourceDir, 'examples'))) copyTree(join(sourceDir, 'examples'), fixturesDir);
writeFileSync(join(fixturesDir, '_snapshot', 'schemas.json'), readFileSync(join(sourceDir, 'schemas.json')));
const snapshotList = [...snapshotFiles.entries()]
  .flatMap(([key, files]) => files.map((f) => `${key.replace('@', '/')}/${f}`))
  .sort();
writeFileSync(join(fixturesDir, '_snapshot', 'files.txt'), `${snapshotList.join('\n')}\n`);

const snapshotTotal = [...snapshotFiles.values()].reduce((n, files) => n + files.length, 0);
const ids = Object.keys(index.schemas).length;
const byType = {};
for (const s of Object.values(index.schemas)) byType[s.schemaType] = (byType[s.schemaType] ?? 0) + Object.keys(s.versions).length;
console.log(`build-catalog: ${ids} schemas, ${versionCount} versions (${JSON.stringify(byType)}), ${fileCount}/${snapshotTotal} snapshot files → ${relative(projectRoot, outDir)}`);
if (!commitMatch) console.warn('build-catalog: could not read the aggregator commit from MANIFEST.md');
for (const p of problems) console.warn(`build-catalog: ${p}`);
if (problems.length) process.exitCode = 1;
