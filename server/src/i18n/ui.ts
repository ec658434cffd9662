// Interface strings of the CLI and the language server (not problems).
import type { MessageCatalog } from './types';

export const uiMessages: MessageCatalog = {
  'cli.summary.clean': { en: '{path}: no problems ({rows} rows)', fr: '{path} : aucun problème ({rows} lignes)' },
  'cli.summary.problems': {
    en: '{path}: {errors} error(s), {warnings} warning(s), {infos} info ({rows} rows)',
    fr: '{path} : {errors} erreur(s), {warnings} avertissement(s), {infos} info(s) ({rows} lignes)',
  },
  'cli.total': {
    en: '{files} file(s) checked: {errors} error(s), {warnings} warning(s)',
    fr: '{files} fichier(s) vérifié(s) : {errors} erreur(s), {warnings} avertissement(s)',
  },
  'cli.error.noFiles': { en: 'No CSV file found in: {inputs}', fr: 'Aucun fichier CSV trouvé dans : {inputs}' },
  'cli.error.read': { en: 'Cannot read {path}: {reason}', fr: 'Impossible de lire {path} : {reason}' },
  'cli.error.usage': { en: 'Usage error: {reason}', fr: "Erreur d'utilisation : {reason}" },
  'cli.error.unknownOption': { en: 'unknown option {option}', fr: 'option inconnue {option}' },
  'cli.error.missingValue': { en: 'option {option} needs a value', fr: "l'option {option} attend une valeur" },
  'cli.error.unknownCommand': { en: 'unknown command “{command}”', fr: 'commande inconnue « {command} »' },
  'cli.error.badLang': { en: '--lang takes fr or en', fr: '--lang accepte fr ou en' },
  'cli.schema': { en: '{path}: schema {title} ({ref}, {source})', fr: '{path} : schéma {title} ({ref}, {source})' },
  'cli.schemaSource.option': { en: 'from --schema', fr: 'via --schema' },
  'cli.schemaSource.detected': { en: 'detected from the header', fr: "détecté d'après l'en-tête" },
  'cli.schemaSource.sidecar': { en: 'from the metadata file', fr: 'depuis le fichier de métadonnées' },
  'cli.schemaSource.setting': { en: 'from the settings', fr: 'depuis les paramètres' },
  'cli.schemaSource.choice': { en: 'chosen', fr: 'choisi' },
  'cli.error.noInput': { en: 'no file, folder or pattern to check', fr: 'aucun fichier, dossier ou motif à vérifier' },
  'cli.error.badFormat': { en: 'unknown format “{format}” (available: text)', fr: 'format inconnu « {format} » (disponibles : text)' },
  'cli.help.short': { en: 'See: opendata-lint --help', fr: 'Voir : opendata-lint --help' },
  'cli.help': {
    en: `Open Data Lint — checks French open-data CSV files against the schemas of schema.data.gouv.fr.

Usage:
  opendata-lint check <files|folders|globs…> [options]

Options:
  --schema <ref>   schema to validate against: catalog id (etalab/schema-irve-statique[@2.3.1]),
                   schema.data.gouv.fr URL, or path to a schema.json
  --no-detect      do not apply a catalog schema detected from the header
  --lang fr|en     language of the messages (default: from LANG)
  --quiet, -q      only errors
  --color          colour the output even when not on a terminal
  --help, -h       this help

Exit codes: 0 no error, 1 errors found, 2 usage or I/O error.`,
    fr: `Open Data Lint — vérifie les fichiers CSV de données ouvertes par rapport aux schémas de schema.data.gouv.fr.

Utilisation :
  opendata-lint check <fichiers|dossiers|motifs…> [options]

Options :
  --schema <réf>   schéma de validation : identifiant du catalogue (etalab/schema-irve-statique[@2.3.1]),
                   URL schema.data.gouv.fr ou chemin d'un schema.json
  --no-detect      ne pas appliquer un schéma du catalogue détecté d'après l'en-tête
  --lang fr|en     langue des messages (par défaut : selon LANG)
  --quiet, -q      seulement les erreurs
  --color          colorer la sortie même hors d'un terminal
  --help, -h       cette aide

Codes de sortie : 0 aucune erreur, 1 erreurs trouvées, 2 erreur d'utilisation ou de lecture.`,
  },
  'field.type': { en: 'Type:', fr: 'Type :' },
  'field.required': { en: 'Required', fr: 'Obligatoire' },
  'field.unique': { en: 'Unique (no two rows with the same value)', fr: 'Unique (deux lignes ne peuvent avoir la même valeur)' },
  'field.enum': { en: 'Allowed values:', fr: 'Valeurs autorisées :' },
  'field.pattern': { en: 'Pattern:', fr: 'Motif :' },
  'field.minimum': { en: 'Minimum:', fr: 'Minimum :' },
  'field.maximum': { en: 'Maximum:', fr: 'Maximum :' },
  'field.minLength': { en: 'Minimum length:', fr: 'Longueur minimale :' },
  'field.maxLength': { en: 'Maximum length:', fr: 'Longueur maximale :' },
  'field.booleans': { en: 'True / false values:', fr: 'Valeurs vrai / faux :' },
  'field.example': { en: 'Example:', fr: 'Exemple :' },
  'hover.expected': { en: 'Expected: {form}', fr: 'Attendu : {form}' },
  'hover.problemDoc': { en: 'About `{code}`', fr: 'À propos de `{code}`' },
  'hover.column': { en: 'Column {number} of {count}', fr: 'Colonne {number} sur {count}' },
  'hover.noSchemaField': { en: 'Column “{label}” is not in the schema {schema}.', fr: 'La colonne « {label} » ne fait pas partie du schéma {schema}.' },
  'lens.schema': { en: '{title} · {errors} error(s) · {warnings} warning(s)', fr: '{title} · {errors} erreur(s) · {warnings} avertissement(s)' },
  'lens.noSchema': { en: 'No schema · {errors} error(s) · {warnings} warning(s) · choose a schema…', fr: 'Aucun schéma · {errors} erreur(s) · {warnings} avertissement(s) · choisir un schéma…' },
  'action.useSchema': {
    en: 'Validate against {title} ({id}@{version}, {matched}/{total} columns match)',
    fr: 'Valider avec {title} ({id}@{version}, {matched}/{total} colonnes correspondent)',
  },
  'type.string': { en: 'text', fr: 'texte' },
  'type.number': { en: 'number', fr: 'nombre' },
  'type.integer': { en: 'integer', fr: 'nombre entier' },
  'type.boolean': { en: 'boolean', fr: 'booléen' },
  'type.date': { en: 'date', fr: 'date' },
  'type.datetime': { en: 'date and time', fr: 'date et heure' },
  'type.time': { en: 'time', fr: 'heure' },
  'type.year': { en: 'year', fr: 'année' },
  'type.yearmonth': { en: 'year and month', fr: 'année et mois' },
  'type.duration': { en: 'duration', fr: 'durée' },
  'type.geopoint': { en: 'geographic point', fr: 'point géographique' },
  'type.geojson': { en: 'GeoJSON geometry', fr: 'géométrie GeoJSON' },
  'type.object': { en: 'JSON object', fr: 'objet JSON' },
  'type.array': { en: 'JSON array', fr: 'tableau JSON' },
  'type.any': { en: 'any value', fr: 'toute valeur' },
  'severity.error': { en: 'error', fr: 'erreur' },
  'severity.warning': { en: 'warning', fr: 'avertissement' },
  'severity.information': { en: 'info', fr: 'info' },
  'severity.hint': { en: 'hint', fr: 'indice' },
};
