// The sidecars of a folder → the local authority's catalogue of datasets in the SCDL `catalogue` format
// (schemas/catalog/scdl/catalogue): one row per dataset — a datapackage, or a resource sidecar that no
// package lists — with vocabularies mapped to the SCDL's values.
import * as path from 'node:path';
import { walkFolderSync, type FolderWalk, type WalkOptions } from './folderWalk';
import { isPlaceholder } from './placeholders';
import { packagesAbove, readResourceRef } from './resourceRefs';
import { diskAccess, isTablePath, readSmallText, sidecarKindOf, type FileAccess } from './sidecarFiles';
import { parseSidecarYaml } from './parseSidecarYaml';
import { effectiveMetadata, isRecord, property, text, type Descriptor } from './sidecarModel';
import { findEntry, frequencies, granularities, licences } from './vocabulary';
import { isIsoDate } from './contentChecks';
import { slugOf } from './draftSidecar';

/** The SCDL catalogue's columns, in its order (scdl/catalogue 0.1.3). */
export const CATALOGUE_COLUMNS = [
  'COLL_NOM',
  'COLL_SIRET',
  'ID',
  'TITRE',
  'DESCRIPTION',
  'THEME',
  'PRODUCTEUR_NOM',
  'PRODUCTEUR_SIRET',
  'COUV_SPAT_MAILLE',
  'COUV_SPAT_NOM',
  'COUV_TEMP_DEBUT',
  'COUV_TEMP_FIN',
  'DATE_PUBL',
  'FREQ_MAJ',
  'DATE_MAJ',
  'MOTS_CLES',
  'LICENCE',
  'NOMBRE_RESSOURCES',
  'FORMAT_RESSOURCES',
  'URL',
] as const;

/** The catalogue version the export follows (the columns above) and validates against. */
export const CATALOGUE_SCHEMA_REF = 'scdl/catalogue@0.1.3';

export type CatalogueRow = Record<(typeof CATALOGUE_COLUMNS)[number], string>;

export interface CatalogueDataset {
  /** The sidecar the row comes from. */
  file: string;
  row: CatalogueRow;
  /** Columns left empty because the sidecar does not say (or still has a placeholder). */
  missing: string[];
}

export interface CatalogueExport {
  datasets: CatalogueDataset[];
  /** Sidecars that could not be read (YAML errors, not an object). */
  skipped: { file: string; reason: 'unreadable' }[];
  csv: string;
}

/** What the catalogue's folder walk looks for: sidecars (names in lower case). */
export const sidecarWalk: WalkOptions = { match: (name) => sidecarKindOf(name) !== undefined };

/** Every sidecar under a folder (node_modules and .git left out), sorted, within the walk's bounds (folderWalk.ts). */
export function findSidecarFiles(folder: string): FolderWalk {
  return walkFolderSync(folder, sidecarWalk);
}

function value(raw: unknown): string {
  const t = text(raw);
  return t === undefined || isPlaceholder(t) ? '' : t.trim();
}

function date(raw: unknown): string {
  const t = value(raw);
  return isIsoDate(t) ? t : '';
}

/** A SIRET as the catalogue writes it: 14 digits, no spaces. */
function siret(raw: unknown): string {
  return value(raw).replace(/[ .]/g, '');
}

function formatOf(resource: Descriptor): string {
  const declared = value(resource.format).toLowerCase();
  if (declared) return declared;
  const file = value(resource.path);
  return isTablePath(file) ? path.extname(file).slice(1).toLowerCase() : '';
}

function rowOf(file: string, metadata: Descriptor, resources: Descriptor[]): CatalogueDataset {
  const licence = findEntry(licences, metadata.licence) ?? licences.find((l) => Array.isArray(metadata.licenses) && isRecord(metadata.licenses[0]) && (l.value === metadata.licenses[0].name || l.dataGouv === metadata.licenses[0].name));
  const keywords = Array.isArray(metadata.mots_cles) ? metadata.mots_cles.map(value).filter(Boolean) : [];
  const organisation = isRecord(metadata.collectivite) ? 'collectivite' : 'producteur';
  const stem = sidecarKindOf(file) === 'package' ? path.basename(path.dirname(file)) : path.basename(file).replace(/\.resource\.ya?ml$/i, '');
  const row: CatalogueRow = {
    COLL_NOM: value(property(metadata, `${organisation}.nom`)),
    COLL_SIRET: siret(property(metadata, `${organisation}.siret`)),
    ID: value(metadata.name) || slugOf(stem),
    TITRE: value(metadata.title),
    DESCRIPTION: value(metadata.description),
    THEME: value(metadata.theme),
    PRODUCTEUR_NOM: value(property(metadata, 'producteur.nom')),
    PRODUCTEUR_SIRET: siret(property(metadata, 'producteur.siret')),
    COUV_SPAT_MAILLE: findEntry(granularities, property(metadata, 'couverture_spatiale.maille'))?.scdl ?? '',
    COUV_SPAT_NOM: value(property(metadata, 'couverture_spatiale.nom')),
    COUV_TEMP_DEBUT: date(property(metadata, 'couverture_temporelle.debut')),
    COUV_TEMP_FIN: date(property(metadata, 'couverture_temporelle.fin')),
    DATE_PUBL: date(metadata.date_publication),
    FREQ_MAJ: findEntry(frequencies, metadata.frequence)?.scdl ?? '',
    DATE_MAJ: date(metadata.date_mise_a_jour),
    MOTS_CLES: keywords.join(';'),
    LICENCE: licence?.scdl ?? '',
    NOMBRE_RESSOURCES: String(resources.length),
    FORMAT_RESSOURCES: [...new Set(resources.map(formatOf).filter(Boolean))].join(';'),
    URL: value(metadata.url),
  };
  const missing = CATALOGUE_COLUMNS.filter((column) => row[column] === '' || (column === 'NOMBRE_RESSOURCES' && row[column] === '0'));
  return { file, row, missing };
}

/**
 * The columns whose type in scdl/catalogue 0.1.3 is a number (`integer` or `number`): a value there that
 * reads as a number (a negative one included) is written as is. Dates (`date`, written YYYY-MM-DD) never
 * start with a formula character. Every other column is text and gets the formula guard.
 */
export const CATALOGUE_NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['NOMBRE_RESSOURCES']);

/**
 * Characters that make a spreadsheet read a CSV cell as a formula (OWASP, "CSV Injection"): `=`, `+`,
 * `-`, `@`, and a tab or carriage return before them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A text cell that a spreadsheet would run as a formula (`=HYPERLINK(…)` from a sidecar) is prefixed
 * with a single quote, which makes it text, and quoted (OWASP's guidance); a number in a numeric column
 * is kept (see CATALOGUE_NUMERIC_COLUMNS).
 */
export function neutraliseFormula(text: string, column: string): string {
  if (!FORMULA_START.test(text)) return text;
  if (CATALOGUE_NUMERIC_COLUMNS.has(column) && NUMBER.test(text)) return text;
  return `'${text}`;
}

/** RFC 4180 cell: quoted when it holds a comma, a quote or a line break, or was guarded against formulas. */
function csvCell(raw: string, column: string): string {
  const text = neutraliseFormula(raw, column);
  return text !== raw || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function catalogueCsv(datasets: readonly CatalogueDataset[]): string {
  const lines = [CATALOGUE_COLUMNS.join(','), ...datasets.map((d) => CATALOGUE_COLUMNS.map((c) => csvCell(d.row[c], c)).join(','))];
  return `${lines.join('\n')}\n`;
}

export function exportCatalogue(folder: string, options: { access?: FileAccess; files?: string[] } = {}): CatalogueExport {
  const access = options.access ?? diskAccess;
  const files = options.files ?? findSidecarFiles(folder).files;
  const datasets: CatalogueDataset[] = [];
  const skipped: CatalogueExport['skipped'] = [];
  const listed = new Set<string>();
  const parsedFiles: { file: string; descriptor: Descriptor }[] = [];
  for (const file of files) {
    const parsed = parseSidecarYaml(readSmallText(access, file) ?? '');
    if (parsed.problems.length > 0 || !isRecord(parsed.value)) {
      skipped.push({ file, reason: 'unreadable' });
      continue;
    }
    parsedFiles.push({ file, descriptor: parsed.value });
  }
  // Packages first: the resource files they list belong to their dataset, not to rows of their own.
  for (const { file, descriptor } of parsedFiles) {
    if (sidecarKindOf(file) !== 'package') continue;
    const items = Array.isArray(descriptor.resources) ? descriptor.resources : [];
    const resources: Descriptor[] = [];
    for (const item of items) {
      if (isRecord(item)) resources.push(item);
      else if (typeof item === 'string') {
        const ref = readResourceRef(file, item, access);
        if (ref.ok) {
          resources.push(ref.descriptor);
          listed.add(ref.file);
        }
      }
    }
    datasets.push(rowOf(file, descriptor, resources));
  }
  for (const { file, descriptor } of parsedFiles) {
    if (sidecarKindOf(file) !== 'resource' || listed.has(file)) continue;
    // A resource sidecar listed by a package outside the exported folder still inherits its metadata.
    const pkg = packagesAbove(path.dirname(file), access).find((p) =>
      (p.descriptor.resources as unknown[]).some((item) => typeof item === 'string' && path.resolve(path.dirname(p.file), item) === file),
    );
    if (pkg) continue;
    datasets.push(rowOf(file, effectiveMetadata(descriptor, undefined), [descriptor]));
  }
  datasets.sort((a, b) => a.file.localeCompare(b.file));
  return { datasets, skipped, csv: catalogueCsv(datasets) };
}
