// Interface strings of the CLI and the language server (not problems).
import { ioReason } from './ioErrors';
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
  'cli.error.read': { en: (p) => `Cannot read ${String(p.path)}: ${ioReason(p.reason, 'en')}`, fr: (p) => `Impossible de lire ${String(p.path)} : ${ioReason(p.reason, 'fr')}` },
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
  'cli.error.badFormat': { en: 'unknown format “{format}” (available: {formats})', fr: 'format inconnu « {format} » (disponibles : {formats})' },
  'cli.help.short': { en: 'See: opendata-lint --help', fr: 'Voir : opendata-lint --help' },
  'cli.help': {
    en: `Open Data Lint — checks French open-data CSV files against the schemas of schema.data.gouv.fr.

Usage:
  opendata-lint check <files|folders|globs…> [options]

Options:
  --schema <ref>          schema to validate against: catalog id (etalab/schema-irve-statique[@2.3.1]),
                          schema.data.gouv.fr URL, or path to a schema.json
  --no-detect             do not apply a catalog schema detected from the header
  --format <name>[=file]  text (default), json, github, sarif or markdown; repeat it to write several
                          reports in one run, each to a file (=file) and at most one to the output
  --changed-only <rev>    report only problems on lines changed since a git revision (and problems
                          about whole files); the summary still counts the others
  --severity error|warning  lowest severity that fails the run (default: error)
  --max-warnings <n>      fail when more than n warnings are reported
  --jobs <n>              files checked at once (default: one per processor core)
  --lang fr|en            language of the messages (default: from LANG)
  --quiet, -q             list errors only
  --color                 colour the output even when not on a terminal
  --help, -h              this help

Exit codes: 0 clean, 1 problems at or above the severity threshold (or more warnings than
--max-warnings), 2 usage or I/O error.`,
    fr: `Open Data Lint — vérifie les fichiers CSV de données ouvertes par rapport aux schémas de schema.data.gouv.fr.

Utilisation :
  opendata-lint check <fichiers|dossiers|motifs…> [options]

Options :
  --schema <réf>          schéma de validation : identifiant du catalogue (etalab/schema-irve-statique[@2.3.1]),
                          URL schema.data.gouv.fr ou chemin d'un schema.json
  --no-detect             ne pas appliquer un schéma du catalogue détecté d'après l'en-tête
  --format <nom>[=fichier]  text (par défaut), json, github, sarif ou markdown ; à répéter pour écrire
                          plusieurs rapports en une fois, chacun dans un fichier (=fichier), un seul sur la sortie
  --changed-only <rév>    ne signaler que les problèmes des lignes modifiées depuis une révision git (et
                          ceux qui portent sur tout le fichier) ; le bilan compte aussi les autres
  --severity error|warning  gravité à partir de laquelle la vérification échoue (par défaut : error)
  --max-warnings <n>      échouer au-delà de n avertissements
  --jobs <n>              fichiers vérifiés en même temps (par défaut : un par cœur de processeur)
  --lang fr|en            langue des messages (par défaut : selon LANG)
  --quiet, -q             n'afficher que les erreurs
  --color                 colorer la sortie même hors d'un terminal
  --help, -h              cette aide

Codes de sortie : 0 rien à signaler, 1 problèmes au seuil de gravité ou au-delà (ou plus d'avertissements
que --max-warnings), 2 erreur d'utilisation ou de lecture.`,
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
  // `check` options for CI and its report formats (issue #7).
  'cli.summary.cleanChanged': { en: '{path}: no problems on changed lines ({rows} rows)', fr: '{path} : aucun problème sur les lignes modifiées ({rows} lignes)' },
  'cli.summary.elsewhere': {
    en: '; {count} more on unchanged lines, not reported ({errors} error(s), {warnings} warning(s))',
    fr: ' ; {count} autre(s) sur des lignes non modifiées, non signalé(s) ({errors} erreur(s), {warnings} avertissement(s))',
  },
  'cli.total.elsewhere': { en: ' ({count} more on unchanged lines, not reported)', fr: ' ({count} autre(s) sur des lignes non modifiées, non signalé(s))' },
  'cli.error.badNumber': { en: '{option} takes a whole number, not “{value}”', fr: '{option} attend un nombre entier, pas « {value} »' },
  'cli.error.badRef': { en: '--changed-only takes a git revision, not “{ref}”', fr: '--changed-only attend une révision git, pas « {ref} »' },
  'cli.error.badSeverity': { en: '--severity takes error or warning, not “{value}”', fr: '--severity accepte error ou warning, pas « {value} »' },
  'cli.error.twoStdout': {
    en: 'only one report can go to the output: write the others to files (--format sarif=results.sarif)',
    fr: 'un seul rapport peut aller sur la sortie : écrivez les autres dans des fichiers (--format sarif=resultats.sarif)',
  },
  'cli.error.git': {
    en: '--changed-only {ref}: git could not list the changes ({reason})',
    fr: '--changed-only {ref} : git n\'a pas pu lister les modifications ({reason})',
  },
  'cli.error.check': { en: 'Cannot check {path}: {reason}', fr: 'Impossible de vérifier {path} : {reason}' },
  'cli.error.write': {
    en: (p) => `Cannot write the report ${String(p.path)}: ${ioReason(p.reason, 'en')}`,
    fr: (p) => `Impossible d'écrire le rapport ${String(p.path)} : ${ioReason(p.reason, 'fr')}`,
  },
  'cli.failed.warnings': { en: 'Failed: {warnings} warning(s) with --severity warning.', fr: 'Échec : {warnings} avertissement(s) avec --severity warning.' },
  'cli.failed.maxWarnings': { en: 'Failed: {warnings} warning(s), more than --max-warnings {max}.', fr: 'Échec : {warnings} avertissement(s), plus que --max-warnings {max}.' },
  'cli.github.annotationLimit': {
    en: 'Note: GitHub shows only the first {limit} error and {limit} warning annotations of a step ({errors} error(s), {warnings} warning(s) here); the job summary and the SARIF report list them all.',
    fr: 'Remarque : GitHub n\'affiche que les {limit} premières annotations d\'erreur et {limit} d\'avertissement d\'une étape (ici {errors} erreur(s), {warnings} avertissement(s)) ; le résumé de la tâche et le rapport SARIF les listent toutes.',
  },
  'cli.sarif.seeDocs': { en: 'Details and how to fix: {url}', fr: 'Détails et correction : {url}' },
  'cli.sarif.truncated': {
    en: '{kept} of {total} problems are in this report, the most severe first: GitHub code scanning rejects more than {max} results per run. Use --changed-only, or the JSON report for all of them.',
    fr: '{kept} problèmes sur {total} figurent dans ce rapport, les plus graves d\'abord : l\'analyse de code de GitHub refuse plus de {max} résultats par exécution. Utilisez --changed-only, ou le rapport JSON pour les avoir tous.',
  },
  'cli.md.title': {
    en: 'Open Data Lint — {errors} error(s), {warnings} warning(s) in {files} file(s)',
    fr: 'Open Data Lint — {errors} erreur(s), {warnings} avertissement(s) dans {files} fichier(s)',
  },
  'cli.md.changedOnly': { en: 'Only problems on lines changed since {ref} are reported.', fr: 'Seuls les problèmes des lignes modifiées depuis {ref} sont signalés.' },
  'cli.md.elsewhere': {
    en: '{count} more on unchanged lines ({errors} error(s), {warnings} warning(s)) are not reported.',
    fr: '{count} autre(s) sur des lignes non modifiées ({errors} erreur(s), {warnings} avertissement(s)) ne sont pas signalé(s).',
  },
  'cli.md.file': { en: 'File', fr: 'Fichier' },
  'cli.md.rows': { en: 'Rows', fr: 'Lignes' },
  'cli.md.schema': { en: 'Schema', fr: 'Schéma' },
  'cli.md.errors': { en: 'Errors', fr: 'Erreurs' },
  'cli.md.warnings': { en: 'Warnings', fr: 'Avertissements' },
  'cli.md.elsewhereColumn': { en: 'Unchanged lines', fr: 'Lignes non modifiées' },
  'cli.md.code': { en: 'Code', fr: 'Code' },
  'cli.md.row': { en: 'Row', fr: 'Ligne' },
  'cli.md.column': { en: 'Column', fr: 'Colonne' },
  'cli.md.severity': { en: 'Severity', fr: 'Gravité' },
  'cli.md.message': { en: 'Message', fr: 'Message' },
  'cli.md.firstProblems': { en: 'First {count} problem(s)', fr: '{count} premier(s) problème(s)' },
  'cli.md.more': {
    en: '… and {count} more in this file: see the annotations, the SARIF report, or run opendata-lint locally.',
    fr: '… et {count} autre(s) dans ce fichier : voir les annotations, le rapport SARIF, ou lancer opendata-lint en local.',
  },
  'cli.md.noSchema': { en: 'none', fr: 'aucun' },
  'cli.md.failed': { en: (p) => `Could not be checked: ${ioReason(p.reason, 'en')}`, fr: (p) => `Vérification impossible : ${ioReason(p.reason, 'fr')}` },
  'cli.md.unreadable': { en: 'could not be checked', fr: 'vérification impossible' },
  'progress.validation.title': { en: 'Validation', fr: 'Validation' },
  'progress.validation.rows': { en: 'Validation: {checked} / {total} rows', fr: 'Validation : {checked} / {total} lignes' },
  // A problem's value too long to show whole in its message: its start, and how much is left out.
  'message.longValue': { en: '{start}… ({rest} more characters)', fr: '{start}… ({rest} caractères de plus)' },
};
