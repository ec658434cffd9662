// Writes a new sidecar for a CSV, prefilled with what the engine knows — the schema in force or
// detected, the dialect and encoding, the temporal coverage from the date columns, the extent and the
// place from the coordinates, today's date — and clear placeholders where only a human knows.
import * as path from 'node:path';
import { stringify } from 'yaml';
import { getDefaultCatalog, type SchemaCatalog } from '../schema/catalog';
import { bestSchemaCandidate } from '../schema/detect';
import { loadTableSchema } from '../schema/loadSchema';
import type { TableSchema } from '../schema/tableSchema';
import { placeholder } from './placeholders';
import { diskAccess, resourceSidecarPathFor, type FileAccess } from './sidecarFiles';
import { factsOfText, readTableText, type TableFacts } from './tableFacts';
import { stripAccents } from '../text/fold';

export interface DraftOptions {
  access?: FileAccess;
  catalog?: SchemaCatalog;
  /** The schema already in force for the CSV (editor settings, a choice); else one is detected from the header. */
  schemaRef?: string;
  /** YYYY-MM-DD; today by default. */
  today?: string;
  locale?: 'fr' | 'en';
}

export interface SidecarDraft {
  /** Where the sidecar is to be written (`foo.resource.yaml` beside `foo.csv`). */
  file: string;
  content: string;
  schemaRef?: string;
}

type Bilingual = { fr: string; en: string };

const COMMENTS: Record<string, Bilingual> = {
  header: {
    fr: '# Fiche descriptive de {file} (ressource Frictionless), vérifiée par Open Data Lint.',
    en: '# Descriptive record of {file} (Frictionless resource), checked by Open Data Lint.',
  },
  fill: {
    fr: '# Remplacez chaque « À compléter » : ils restent signalés tant qu’ils ne sont pas remplis.',
    en: '# Replace each “À compléter” (to be completed): they are reported until filled.',
  },
  detected: { fr: '# Schéma détecté d’après l’en-tête ({matched}/{total} colonnes) : {title}', en: '# Schema detected from the header ({matched}/{total} columns): {title}' },
  inForce: { fr: '# Schéma appliqué : {title}', en: '# Schema in force: {title}' },
  dates: { fr: '# D’après les dates de la colonne « {column} »{partial}', en: '# From the dates of column “{column}”{partial}' },
  partial: { fr: ' (début du fichier seulement)', en: ' (start of the file only)' },
  bbox: { fr: '# Emprise des {count} points du fichier : [ouest, sud, est, nord]', en: '# Extent of the file’s {count} points: [west, south, east, north]' },
  publication: { fr: '# À corriger si le jeu de données est déjà publié', en: '# Correct it if the dataset is already published' },
};

const HINTS: Record<string, Bilingual> = {
  title: { fr: 'titre du jeu de données (avec le territoire et l’année)', en: 'title of the dataset (with the area and the year)' },
  description: { fr: 'description en quelques phrases', en: 'a few sentences describing the data' },
  theme: { fr: 'thème (ex. Mobilité, Environnement)', en: 'theme (e.g. Mobilité, Environnement)' },
  producerName: { fr: 'nom officiel du producteur', en: 'official name of the producer' },
  siret: { fr: 'SIRET du producteur (14 chiffres)', en: 'SIRET of the producer (14 digits)' },
  granularity: { fr: 'communale, intercommunale, departementale, regionale…', en: 'communale, intercommunale, departementale, regionale…' },
  place: { fr: 'nom du territoire couvert', en: 'name of the area covered' },
  date: { fr: 'AAAA-MM-JJ', en: 'YYYY-MM-DD' },
  frequency: { fr: 'annuelle, mensuelle, quotidienne, ponctuelle…', en: 'annuelle, mensuelle, quotidienne, ponctuelle…' },
  licence: { fr: 'etalab-2.0 (Licence Ouverte) ou odbl-1.0', en: 'etalab-2.0 (Licence Ouverte) or odbl-1.0' },
  keyword: { fr: 'mot-clé en minuscules sans accents', en: 'keyword, lower case without accents' },
  url: { fr: 'adresse de la page du jeu de données', en: 'address of the dataset’s page' },
};

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A YAML scalar as the library would write it (quoted only when needed). */
function scalar(value: string | number | boolean): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** `Bornes IRVE 2024.csv` → `bornes-irve-2024`: a Frictionless name (lower case, digits, - _ .). */
export function slugOf(text: string): string {
  return (
    stripAccents(text)
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'donnees'
  );
}

const DELIMITER_TEXT: Record<string, string> = { '\t': '"\\t"' };

export function draftSidecar(tablePath: string, options: DraftOptions = {}): SidecarDraft {
  const access = options.access ?? diskAccess;
  const catalog = options.catalog ?? getDefaultCatalog();
  const locale = options.locale ?? 'fr';
  const say = (key: string, params: Record<string, string | number> = {}) => fill(COMMENTS[key][locale], params);
  const hint = (key: string) => scalar(placeholder(HINTS[key][locale]));
  const file = resourceSidecarPathFor(tablePath);
  const fileName = path.basename(tablePath);

  // The disk tells the encoding; the editor's text (unsaved edits) is used only for a file not yet saved.
  const read = readTableText({ ...access, openText: () => undefined, openTextHead: undefined }, tablePath) ?? readTableText(access, tablePath);
  let facts: TableFacts | undefined = read && !read.binary ? factsOfText(read, { points: true }) : undefined;

  let schemaRef = options.schemaRef;
  let schemaComment: string | undefined;
  let schema: TableSchema | undefined;
  if (!schemaRef && facts) {
    const candidate = bestSchemaCandidate(facts.labels, { catalog });
    if (candidate) {
      schemaRef = `${candidate.id}@${candidate.version}`;
      schemaComment = say('detected', { matched: candidate.matched, total: candidate.total, title: candidate.title });
    }
  }
  if (schemaRef) {
    const loaded = loadTableSchema(schemaRef, { baseDir: path.dirname(tablePath), catalog });
    if (loaded.ok) {
      schema = loaded.schema;
      if (loaded.source.type === 'catalog') schemaRef = `${loaded.source.id}@${loaded.source.version}`;
      schemaComment ??= say('inForce', { title: loaded.source.type === 'catalog' ? loaded.source.title : (loaded.schema.title ?? schemaRef) });
      if (read && !read.binary) facts = factsOfText(read, { schema, points: true });
    }
  }

  const lines: string[] = [say('header', { file: fileName }), say('fill'), ''];
  lines.push(`name: ${scalar(slugOf(path.basename(tablePath, path.extname(tablePath))))}`);
  lines.push(`path: ${scalar(fileName)}`);
  lines.push(`title: ${hint('title')}`);
  lines.push(`description: ${hint('description')}`);
  if (schemaRef) {
    if (schemaComment) lines.push(schemaComment);
    lines.push(`schema: ${scalar(schemaRef)}`);
  }
  lines.push(`format: ${path.extname(tablePath).toLowerCase() === '.tsv' ? 'tsv' : 'csv'}`);
  lines.push(`encoding: ${facts?.encoding ?? 'utf-8'}`);
  if (facts) {
    const d = facts.sniffed;
    lines.push('dialect:');
    lines.push(`  delimiter: ${DELIMITER_TEXT[d.delimiter] ?? JSON.stringify(d.delimiter)}`);
    lines.push(`  quoteChar: ${JSON.stringify(d.quoteChar)}`);
    lines.push(`  header: ${d.header}`);
  }
  lines.push('', `theme: ${hint('theme')}`);
  lines.push('producteur:', `  nom: ${hint('producerName')}`, `  siret: ${hint('siret')}`);

  lines.push('couverture_spatiale:');
  const place = facts?.communeName ?? facts?.points?.territory?.name.fr;
  lines.push(`  maille: ${facts?.communeName ? 'communale' : hint('granularity')}`);
  lines.push(`  nom: ${place ? scalar(place) : hint('place')}`);
  if (facts?.points) {
    lines.push(`  ${say('bbox', { count: facts.points.count })}`);
    lines.push(`  bbox: [${facts.points.bbox.join(', ')}]`);
  }

  lines.push('couverture_temporelle:');
  const ranges = facts?.dateRanges ?? [];
  if (ranges.length > 0) {
    const earliest = [...ranges].sort((a, b) => a.min.localeCompare(b.min))[0];
    const latest = [...ranges].sort((a, b) => b.max.localeCompare(a.max))[0];
    const partial = facts?.truncated ? say('partial') : '';
    lines.push(`  ${say('dates', { column: earliest.label, partial })}`, `  debut: ${earliest.min}`);
    if (latest.label !== earliest.label) lines.push(`  ${say('dates', { column: latest.label, partial })}`);
    lines.push(`  fin: ${latest.max}`);
  } else lines.push(`  debut: ${hint('date')}`, `  fin: ${hint('date')}`);

  const day = options.today ?? today();
  lines.push(say('publication'), `date_publication: ${day}`, `date_mise_a_jour: ${day}`);
  lines.push(`frequence: ${hint('frequency')}`);
  lines.push(`licence: ${hint('licence')}`);
  lines.push('mots_cles:', `  - ${hint('keyword')}`);
  lines.push(`url: ${hint('url')}`);
  return { file, content: `${lines.join('\n')}\n`, schemaRef };
}
