// Messages for schema references that cannot be used (engine/schema/loadSchema.ts: loadErrorMessage).
import type { ProblemParams } from '../engine/problems/problem';
import { ioReason } from '../engine/problems/messages/ioReasons';
import type { Locale, MessageCatalog } from '../engine/problems/messages/types';
import { jsonSyntaxWords, yamlSyntaxSentence } from '../engine/problems/messages/yamlSyntax';

function list(value: ProblemParams[string]): string[] {
  return Array.isArray(value) ? value : [];
}

/** " Did you mean: a, b?" / " Vouliez-vous dire : a, b ?" when there are suggestions. */
function didYouMean(params: ProblemParams, locale: 'en' | 'fr'): string {
  const suggestions = list(params.suggestions);
  if (suggestions.length === 0) return '';
  return locale === 'fr' ? ` Vouliez-vous dire : ${suggestions.join(', ')} ?` : ` Did you mean: ${suggestions.join(', ')}?`;
}

const KIND_NAMES: Record<string, { en: string; fr: string }> = {
  jsonschema: { en: 'a JSON Schema (for JSON or GeoJSON documents)', fr: 'un JSON Schema (pour des documents JSON ou GeoJSON)' },
  datapackage: { en: 'a data package', fr: 'un paquet de données (datapackage)' },
  other: { en: 'another kind of data model', fr: 'un autre type de modèle de données' },
};

function kindName(value: ProblemParams[string], locale: 'en' | 'fr'): string {
  return KIND_NAMES[String(value)]?.[locale] ?? String(value);
}

/** What is wrong in a schema file that does not parse: a YAML sentence, or JSON words made a sentence. */
function syntaxFault(p: ProblemParams, locale: Locale): string {
  if (p.format === 'yaml') return yamlSyntaxSentence(p.syntax, p, locale);
  const words = jsonSyntaxWords(p.syntax, p, locale);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

export const schemaRefMessages = {
  'schemaRef.schema-not-found': {
    en: (p) => `No schema “${p.ref}” in the bundled schema.data.gouv.fr catalog.${didYouMean(p, 'en')}`,
    fr: (p) => `Aucun schéma « ${p.ref} » dans le catalogue schema.data.gouv.fr intégré.${didYouMean(p, 'fr')}`,
  },
  'schemaRef.schema-not-found.empty-ref': {
    en: 'No schema given: write a catalog id (etalab/schema-irve-statique), a schema.data.gouv.fr URL or the path of a schema.json.',
    fr: "Aucun schéma indiqué : écrivez un identifiant du catalogue (etalab/schema-irve-statique), une URL schema.data.gouv.fr ou le chemin d'un schema.json.",
  },
  'schemaRef.schema-not-found.unknown-version': {
    en: (p) => `The schema ${p.id} has no version “${p.version}” (available: ${list(p.versions).join(', ')}).${didYouMean(p, 'en')}`,
    fr: (p) => `Le schéma ${p.id} n'a pas de version « ${p.version} » (disponibles : ${list(p.versions).join(', ')}).${didYouMean(p, 'fr')}`,
  },
  'schemaRef.schema-not-found.unknown-url': {
    en: (p) => `The URL ${p.ref} is not a schema of the bundled catalog, and schemas are never downloaded. Save the schema next to your file and give its path.${didYouMean(p, 'en')}`,
    fr: (p) => `L'URL ${p.ref} ne correspond à aucun schéma du catalogue intégré, et les schémas ne sont jamais téléchargés. Enregistrez le schéma à côté de votre fichier et indiquez son chemin.${didYouMean(p, 'fr')}`,
  },
  'schemaRef.schema-not-found.ambiguous-url': {
    en: (p) => `The URL ${p.ref} could be several schemas of the same repository: ${list(p.suggestions).join(', ')}. Give the catalog id instead.`,
    fr: (p) => `L'URL ${p.ref} peut désigner plusieurs schémas du même dépôt : ${list(p.suggestions).join(', ')}. Indiquez plutôt l'identifiant du catalogue.`,
  },
  'schemaRef.schema-file-not-found': {
    en: 'Schema file not found: {path}',
    fr: 'Fichier de schéma introuvable : {path}',
  },
  'schemaRef.schema-file-outside': {
    en: 'The schema file {path} is outside this folder (a link or “..” leads out of it): it is not read.',
    fr: 'Le fichier de schéma {path} est hors de ce dossier (un lien ou « .. » en sort) : il n’est pas lu.',
  },
  'schemaRef.schema-read-error': {
    en: (p) => `Cannot read the schema file ${p.path}: ${ioReason(p.reason, 'en')}.`,
    fr: (p) => `Impossible de lire le fichier de schéma ${p.path} : ${ioReason(p.reason, 'fr')}.`,
  },
  'schemaRef.schema-invalid-json': {
    en: (p) => `The schema file ${p.path} is not valid ${p.format === 'yaml' ? 'YAML' : 'JSON'} at line ${p.line}, column ${p.column}: ${syntaxFault(p, 'en')}`,
    fr: (p) => `Le fichier de schéma ${p.path} n'est pas du ${p.format === 'yaml' ? 'YAML' : 'JSON'} valide à la ligne ${p.line}, colonne ${p.column} : ${syntaxFault(p, 'fr')}`,
  },
  'schemaRef.schema-not-table-schema': {
    en: (p) => `“${p.ref}” is not a Table Schema but ${kindName(p.kind, 'en')}: it cannot describe the columns of a CSV file.`,
    fr: (p) => `« ${p.ref} » n'est pas un Table Schema mais ${kindName(p.kind, 'fr')} : il ne peut pas décrire les colonnes d'un fichier CSV.`,
  },
  'schemaRef.schema-not-table-schema.datapackage': {
    en: '“{ref}” is a data package grouping several tables: choose the schema of your file among {members}.',
    fr: "« {ref} » est un paquet de données qui regroupe plusieurs tables : choisissez le schéma de votre fichier parmi {members}.",
  },
} satisfies MessageCatalog;
