// Interface strings of the CLI and the language server (not problems).
import type { ProblemParams } from '../engine/problems/problem';
import { ioReason } from '../engine/problems/messages/ioReasons';
import { counted, plural } from '../engine/problems/messages/plural';
import type { Locale, MessageCatalog } from '../engine/problems/messages/types';

/** "2 errors, 1 warning" / "2 erreurs, 1 avertissement". */
function errorsAndWarnings(p: ProblemParams, locale: Locale, separator = ', '): string {
  return locale === 'fr'
    ? `${counted(p.errors, 'fr', 'erreur', 'erreurs')}${separator}${counted(p.warnings, 'fr', 'avertissement', 'avertissements')}`
    : `${counted(p.errors, 'en', 'error', 'errors')}${separator}${counted(p.warnings, 'en', 'warning', 'warnings')}`;
}

/** The rows of a table, or the records of a JSON dataset (`unit: 'records'`: contracts, features…). */
const rows = (p: ProblemParams, locale: Locale): string =>
  p.unit === 'records'
    ? locale === 'fr'
      ? counted(p.rows, 'fr', 'enregistrement', 'enregistrements')
      : counted(p.rows, 'en', 'record', 'records')
    : locale === 'fr'
      ? counted(p.rows, 'fr', 'ligne', 'lignes')
      : counted(p.rows, 'en', 'row', 'rows');


export const uiMessages = {
  'cli.summary.clean': { en: (p) => `${p.path}: no problems (${rows(p, 'en')})`, fr: (p) => `${p.path} : aucun problème (${rows(p, 'fr')})` },
  'cli.summary.problems': {
    en: (p) => `${p.path}: ${errorsAndWarnings(p, 'en')}, ${p.infos} info (${rows(p, 'en')})`,
    fr: (p) => `${p.path} : ${errorsAndWarnings(p, 'fr')}, ${counted(p.infos, 'fr', 'info', 'infos')} (${rows(p, 'fr')})`,
  },
  'cli.total': {
    en: (p) => `${counted(p.files, 'en', 'file', 'files')} checked: ${errorsAndWarnings(p, 'en')}`,
    fr: (p) => `${counted(p.files, 'fr', 'fichier vérifié', 'fichiers vérifiés')} : ${errorsAndWarnings(p, 'fr')}`,
  },
  'cli.warning.linkOutside': {
    en: '{path}: a symbolic link out of the folder checked, not followed (name the file itself to check it).',
    fr: '{path} : lien symbolique qui sort du dossier vérifié, non suivi (nommez le fichier lui-même pour le vérifier).',
  },
  'cli.warning.walkTruncated': {
    en: (p) => `${String(p.path)}: too big to walk whole (over ${counted(p.entries, 'en', 'entry', 'entries')}, or ${counted(p.depth, 'en', 'level', 'levels')} of folders): only part of it is checked.`,
    fr: (p) => `${String(p.path)} : trop grand pour être parcouru en entier (au-delà de ${counted(p.entries, 'fr', 'entrée', 'entrées')}, ou de ${counted(p.depth, 'fr', 'niveau', 'niveaux')} de dossiers) : seule une partie est vérifiée.`,
  },
  'cli.error.noFiles': { en: 'No CSV or JSON dataset found in: {inputs}', fr: 'Aucun fichier CSV ni jeu de données JSON trouvé dans : {inputs}' },
  'cli.error.read': { en: (p) => `Cannot read ${String(p.path)}: ${ioReason(p.reason, 'en')}`, fr: (p) => `Impossible de lire ${String(p.path)} : ${ioReason(p.reason, 'fr')}` },
  'cli.error.usage': { en: 'Usage error: {reason}', fr: "Erreur d'utilisation : {reason}" },
  'cli.error.unknownOption': { en: 'unknown option {option}', fr: 'option inconnue {option}' },
  'cli.error.missingValue': { en: 'option {option} needs a value', fr: "l'option {option} attend une valeur" },
  'cli.error.unknownCommand': { en: 'unknown command “{command}”', fr: 'commande inconnue « {command} »' },
  'cli.error.badLang': { en: '--lang takes fr or en', fr: '--lang accepte fr ou en' },
  'cli.schema': { en: '{path}: schema {title} ({ref}, {source})', fr: '{path} : schéma {title} ({ref}, {source})' },
  'cli.schemaSource.option': { en: 'from --schema', fr: 'via --schema' },
  'cli.schemaSource.detected': { en: 'detected from the header', fr: "détecté d'après l'en-tête" },
  'cli.schemaSource.detected-shape': { en: 'detected from its content', fr: "détecté d'après son contenu" },
  'cli.schemaSource.dollar-schema': { en: 'from its $schema', fr: 'via son $schema' },
  'cli.schemaSource.geojson': { en: 'no dataset schema applies: checked as plain GeoJSON', fr: 'aucun schéma de jeu de données ne s’applique : vérifié comme GeoJSON simple' },
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
  'hover.openingHours': { en: '**In words:** {prose}\n\nThis week:', fr: '**En clair :** {prose}\n\nCette semaine :' },
  'hover.column': { en: 'Column {number} of {count}', fr: 'Colonne {number} sur {count}' },
  'hover.noSchemaField': { en: 'Column “{label}” is not in the schema {schema}.', fr: 'La colonne « {label} » ne fait pas partie du schéma {schema}.' },
  'lens.schema': { en: (p) => `${p.title} · ${errorsAndWarnings(p, 'en', ' · ')}`, fr: (p) => `${p.title} · ${errorsAndWarnings(p, 'fr', ' · ')}` },
  'lens.detected': { en: 'detected from the header', fr: "détecté d'après l'en-tête" },
  'lens.noSchema': {
    en: (p) => `No schema · ${errorsAndWarnings(p, 'en', ' · ')} · choose a schema…`,
    fr: (p) => `Aucun schéma · ${errorsAndWarnings(p, 'fr', ' · ')} · choisir un schéma…`,
  },
  'action.pinSchema': {
    en: 'Pin {title} ({id}@{version}) for this file, in the project settings',
    fr: 'Fixer {title} ({id}@{version}) pour ce fichier, dans les paramètres du projet',
  },
  'action.noSchema': { en: 'Check this file without a schema', fr: 'Vérifier ce fichier sans schéma' },
  'action.reopenWithEncoding': {
    en: 'Reopen the file with its encoding ({encoding})',
    fr: "Rouvrir le fichier avec son encodage ({encoding})",
  },
  'action.convertToUtf8': {
    en: 'Convert the file to UTF-8 (accents kept)',
    fr: 'Convertir le fichier en UTF-8 (accents conservés)',
  },
  'encoding.garbledNoDerived': {
    en: 'The editor shows this file garbled (it is in {encoding}, read as UTF-8): reopen it with its encoding or convert it to UTF-8 first, so that nothing is written from garbled text.',
    fr: "L'éditeur affiche ce fichier de façon illisible (il est en {encoding}, lu comme de l'UTF-8) : rouvrez-le avec son encodage ou convertissez-le en UTF-8 d'abord, pour que rien ne soit écrit à partir d'un texte illisible.",
  },
  'action.useSchema': {
    en: (p) => `Validate against ${p.title} (${p.id}@${p.version}, ${p.matched}/${p.total} ${plural(p.matched, 'en', 'column matches', 'columns match')})`,
    fr: (p) => `Valider avec ${p.title} (${p.id}@${p.version}, ${p.matched}/${p.total} ${plural(p.matched, 'fr', 'colonne correspond', 'colonnes correspondent')})`,
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
  'cli.summary.cleanChanged': {
    en: (p) => `${p.path}: no problems on changed lines (${rows(p, 'en')})`,
    fr: (p) => `${p.path} : aucun problème sur les lignes modifiées (${rows(p, 'fr')})`,
  },
  'cli.summary.elsewhere': {
    en: (p) => `; ${p.count} more on unchanged lines, not reported (${errorsAndWarnings(p, 'en')})`,
    fr: (p) => ` ; ${counted(p.count, 'fr', 'autre', 'autres')} sur des lignes non modifiées, non ${plural(p.count, 'fr', 'signalé', 'signalés')} (${errorsAndWarnings(p, 'fr')})`,
  },
  'cli.total.elsewhere': {
    en: ' ({count} more on unchanged lines, not reported)',
    fr: (p) => ` (${counted(p.count, 'fr', 'autre', 'autres')} sur des lignes non modifiées, non ${plural(p.count, 'fr', 'signalé', 'signalés')})`,
  },
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
  'cli.failed.warnings': {
    en: (p) => `Failed: ${counted(p.warnings, 'en', 'warning', 'warnings')} with --severity warning.`,
    fr: (p) => `Échec : ${counted(p.warnings, 'fr', 'avertissement', 'avertissements')} avec --severity warning.`,
  },
  'cli.failed.maxWarnings': {
    en: (p) => `Failed: ${counted(p.warnings, 'en', 'warning', 'warnings')}, more than --max-warnings ${p.max}.`,
    fr: (p) => `Échec : ${counted(p.warnings, 'fr', 'avertissement', 'avertissements')}, plus que --max-warnings ${p.max}.`,
  },
  'cli.github.annotationLimit': {
    en: (p) => `Note: GitHub shows only the first ${p.limit} error and ${p.limit} warning annotations of a step (${errorsAndWarnings(p, 'en')} here); the job summary and the SARIF report list them all.`,
    fr: (p) =>
      `Remarque : GitHub n'affiche que les ${p.limit} premières annotations d'erreur et ${p.limit} d'avertissement d'une étape (ici ${errorsAndWarnings(p, 'fr')}) ; le résumé de la tâche et le rapport SARIF les listent toutes.`,
  },
  'cli.sarif.seeDocs': { en: 'Details and how to fix: {url}', fr: 'Détails et correction : {url}' },
  'cli.sarif.truncated': {
    en: (p) =>
      `${p.kept} of ${counted(p.total, 'en', 'problem', 'problems')} ${plural(p.kept, 'en', 'is', 'are')} in this report, the most severe first: GitHub code scanning rejects more than ${counted(p.max, 'en', 'result', 'results')} per run. Use --changed-only, or the JSON report for all of them.`,
    fr: (p) =>
      `${counted(p.kept, 'fr', 'problème', 'problèmes')} sur ${p.total} ${plural(p.kept, 'fr', 'figure', 'figurent')} dans ce rapport, les plus graves d'abord : l'analyse de code de GitHub refuse plus de ${counted(p.max, 'fr', 'résultat', 'résultats')} par exécution. Utilisez --changed-only, ou le rapport JSON pour les avoir tous.`,
  },
  'cli.md.title': {
    en: (p) => `Open Data Lint — ${errorsAndWarnings(p, 'en')} in ${counted(p.files, 'en', 'file', 'files')}`,
    fr: (p) => `Open Data Lint — ${errorsAndWarnings(p, 'fr')} dans ${counted(p.files, 'fr', 'fichier', 'fichiers')}`,
  },
  'cli.md.changedOnly': { en: 'Only problems on lines changed since {ref} are reported.', fr: 'Seuls les problèmes des lignes modifiées depuis {ref} sont signalés.' },
  'cli.md.elsewhere': {
    en: (p) => `${p.count} more on unchanged lines (${errorsAndWarnings(p, 'en')}) ${plural(p.count, 'en', 'is', 'are')} not reported.`,
    fr: (p) =>
      `${counted(p.count, 'fr', 'autre', 'autres')} sur des lignes non modifiées (${errorsAndWarnings(p, 'fr')}) ${plural(p.count, 'fr', "n'est pas signalé", 'ne sont pas signalés')}.`,
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
  'cli.md.firstProblems': {
    en: (p) => (Number(p.count) === 1 ? 'First problem' : `First ${p.count} problems`),
    fr: (p) => (plural(p.count, 'fr', 'one', 'many') === 'one' ? 'Premier problème' : `${p.count} premiers problèmes`),
  },
  'cli.md.more': {
    en: '… and {count} more in this file: see the annotations, the SARIF report, or run opendata-lint locally.',
    fr: (p) => `… et ${counted(p.count, 'fr', 'autre', 'autres')} dans ce fichier : voir les annotations, le rapport SARIF, ou lancer opendata-lint en local.`,
  },
  'cli.md.noSchema': { en: 'none', fr: 'aucun' },
  'cli.md.failed': { en: (p) => `Could not be checked: ${ioReason(p.reason, 'en')}`, fr: (p) => `Vérification impossible : ${ioReason(p.reason, 'fr')}` },
  'cli.md.unreadable': { en: 'could not be checked', fr: 'vérification impossible' },
  // The editor shows a progress as "title: message": the message does not repeat the title.
  'progress.validation.title': { en: 'Open Data Lint', fr: 'Open Data Lint' },
  'progress.validation.rows': {
    en: (p) => `checking, ${p.checked} / ${counted(p.total, 'en', 'row', 'rows')}`,
    fr: (p) => `vérification, ${p.checked} / ${counted(p.total, 'fr', 'ligne', 'lignes')}`,
  },
  // A problem's value too long to show whole in its message: its start, and how much is left out.
  'message.longValue': {
    en: (p) => `${p.start}… (${p.rest} more ${plural(p.rest, 'en', 'character', 'characters')})`,
    fr: (p) => `${p.start}… (${counted(p.rest, 'fr', 'caractère', 'caractères')} de plus)`,
  },
} satisfies MessageCatalog;
