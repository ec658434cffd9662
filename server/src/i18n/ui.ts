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
  --lang fr|en     langue des messages (par défaut : selon LANG)
  --quiet, -q      seulement les erreurs
  --color          colorer la sortie même hors d'un terminal
  --help, -h       cette aide

Codes de sortie : 0 aucune erreur, 1 erreurs trouvées, 2 erreur d'utilisation ou de lecture.`,
  },
  'severity.error': { en: 'error', fr: 'erreur' },
  'severity.warning': { en: 'warning', fr: 'avertissement' },
  'severity.information': { en: 'info', fr: 'info' },
  'severity.hint': { en: 'hint', fr: 'indice' },
};
