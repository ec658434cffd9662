// The client's own strings (status bar, pickers, notifications, the map panel, schema inference, sidecar
// commands), in the editor's language: one table, read by the translator the server uses (its locale
// rule and template filling, server/src/i18n/translate.ts). The map page has its own (webview/strings.ts).
import * as vscode from 'vscode';
import { counted, fillTemplate, normalizeLocale } from '../../server/src/i18n/translate';

const messages = {
  'status.none': { en: 'CSV: no schema', fr: 'CSV : aucun schéma' },
  'status.schema': { en: '{title}', fr: '{title}' },
  'status.tooltip': {
    en: 'Schema in force: {ref} ({source})\n{counts}\nClick to choose another schema',
    fr: 'Schéma appliqué : {ref} ({source})\n{counts}\nCliquer pour choisir un autre schéma',
  },
  'status.tooltipNone': {
    en: 'Only structural checks apply. Click to choose a schema of schema.data.gouv.fr',
    fr: 'Seules les vérifications de structure s\'appliquent. Cliquer pour choisir un schéma de schema.data.gouv.fr',
  },
  'status.error': { en: 'CSV: schema not found', fr: 'CSV : schéma introuvable' },
  'source.sidecar': { en: 'from the metadata file', fr: 'depuis le fichier de métadonnées' },
  'source.setting': { en: 'from the settings', fr: 'depuis les paramètres' },
  'source.choice': { en: 'your choice', fr: 'votre choix' },
  'source.detected': { en: 'detected from the header', fr: "détecté d'après l'en-tête" },
  'status.detected': { en: '{title} (detected)', fr: '{title} (détecté)' },
  'choice.none': { en: '{file} is now checked without a schema (recorded in the project settings).', fr: '{file} est désormais vérifié sans schéma (enregistré dans les paramètres du projet).' },
  'source.none': { en: 'none', fr: 'aucun' },
  'source.document': { en: 'named by the file ($schema)', fr: 'indiqué par le fichier ($schema)' },
  'source.geojson': { en: 'GeoJSON specification', fr: 'spécification GeoJSON' },
  'status.tooltipJson': {
    en: 'Schema in force: {ref} ({source})\n{counts}\nClick to choose another JSON Schema of schema.data.gouv.fr',
    fr: 'Schéma appliqué : {ref} ({source})\n{counts}\nCliquer pour choisir un autre schéma JSON de schema.data.gouv.fr',
  },
  'pick.placeholder': {
    en: 'Choose the schema this file follows (type to search: subject, title, publisher)',
    fr: 'Choisissez le schéma de ce fichier (tapez pour chercher : sujet, titre, producteur)',
  },
  'pick.group.header': { en: "Sharing this file's columns", fr: 'Colonnes en commun avec ce fichier' },
  'pick.group.catalog': { en: 'schema.data.gouv.fr catalog', fr: 'Catalogue schema.data.gouv.fr' },
  'pick.detected': { en: 'detected from the header', fr: "détecté d'après l'en-tête" },
  'pick.columns.one': { en: '{matched}/{total} column matches', fr: '{matched}/{total} colonne correspond' },
  'pick.columns.other': { en: '{matched}/{total} columns match', fr: '{matched}/{total} colonnes correspondent' },
  'pick.columnsOfVersion.one': { en: '{matched}/{total} column of version {version} matches', fr: '{matched}/{total} colonne de la version {version} correspond' },
  'pick.columnsOfVersion.other': { en: '{matched}/{total} columns of version {version} match', fr: '{matched}/{total} colonnes de la version {version} correspondent' },
  'pick.none': { en: 'No schema (the checks of files without one; no detection)', fr: 'Aucun schéma (les vérifications des fichiers sans schéma ; pas de détection)' },
  'pick.version': { en: 'Version of {title}', fr: 'Version de {title}' },
  'pick.latest': { en: 'latest', fr: 'la plus récente' },
  'choice.recorded': { en: '{file} is now validated against {ref}.', fr: '{file} est désormais validé avec {ref}.' },
  'choice.noWorkspace': {
    en: 'Open the folder containing this file to record the schema in its workspace settings.',
    fr: 'Ouvrez le dossier qui contient ce fichier pour enregistrer le schéma dans les paramètres de l\'espace de travail.',
  },
  'largeFile.message': {
    en: '“{file}” is {size} MB: VS Code does not share files over 50 MB with extensions, so it cannot be checked as you type. Check it with the command line instead?',
    fr: '« {file} » fait {size} Mo : VS Code ne transmet pas aux extensions les fichiers de plus de 50 Mo, il ne peut donc pas être vérifié pendant la saisie. Le vérifier avec la ligne de commande ?',
  },
  'largeFile.action': { en: 'Check with the command line', fr: 'Vérifier en ligne de commande' },
  'largeFile.running': { en: 'opendata-lint check {file} …', fr: 'opendata-lint check {file} …' },
  'encoding.dirty': {
    en: '“{file}” has unsaved changes made on the garbled text. Revert the file (its accents are intact on disk), then try again.',
    fr: "« {file} » a des modifications non enregistrées faites sur le texte illisible. Annulez-les (les accents sont intacts sur le disque), puis réessayez.",
  },
  'encoding.revert': { en: 'Revert File', fr: 'Annuler les modifications' },
  'encoding.converted': {
    en: '“{file}” is now UTF-8 (it was {encoding}): every accent kept. The original is saved at {backup}.',
    fr: "« {file} » est maintenant en UTF-8 (il était en {encoding}) : tous les accents sont conservés. L'original est sauvegardé dans {backup}.",
  },
  'encoding.undo': { en: 'Undo the conversion', fr: 'Annuler la conversion' },
  'encoding.undone': { en: '“{file}” is back in {encoding}, byte for byte.', fr: "« {file} » est revenu en {encoding}, octet pour octet." },
  'encoding.alreadyUtf8': { en: '“{file}” is already UTF-8.', fr: '« {file} » est déjà en UTF-8.' },
  'encoding.lossy.invalid': {
    en: '“{file}” was not converted: some of its bytes are not valid {encoding}, and would be lost. Nothing was written.',
    fr: "« {file} » n'a pas été converti : certains de ses octets ne sont pas du {encoding} valide, et seraient perdus. Rien n'a été écrit.",
  },
  'encoding.lossy.round-trip': {
    en: '“{file}” was not converted: its text written back in {encoding} would not give the same bytes, so some would be lost. Nothing was written.',
    fr: "« {file} » n'a pas été converti : son texte réécrit en {encoding} ne redonnerait pas les mêmes octets, certains seraient donc perdus. Rien n'a été écrit.",
  },
  // The map panel (mapPanel.ts).
  'map.title': { en: 'Map — {file}', fr: 'Carte — {file}' },
  'map.lens': { en: '$(location) Show on map', fr: '$(location) Afficher sur la carte' },
  'map.lensTooltip': { en: 'Coordinates: {columns}', fr: 'Coordonnées : {columns}' },
  'map.lensTooltipGeoJson': { en: 'Draw the features of this GeoJSON file, with their problems', fr: 'Dessiner les entités de ce fichier GeoJSON, avec leurs problèmes' },
  'map.noDocument': { en: 'Open a CSV file to see its points on a map.', fr: 'Ouvrez un fichier CSV pour voir ses points sur une carte.' },
  'map.swapFailed': {
    en: 'The latitude and longitude of row {row} could not be swapped automatically (the file changed, or the cell cannot be split).',
    fr: 'La latitude et la longitude de la ligne {row} n\'ont pas pu être inversées automatiquement (le fichier a changé, ou la cellule ne peut pas être découpée).',
  },
  // Inferring a schema (inferSchema.ts).
  'infer.noCsv': { en: 'Open a CSV file to infer its schema.', fr: 'Ouvrez un fichier CSV pour en déduire le schéma.' },
  'infer.failed': { en: 'Cannot infer a schema from this file.', fr: 'Impossible de déduire un schéma de ce fichier.' },
  'infer.exists': { en: '{file} already exists. Replace it with the inferred schema?', fr: '{file} existe déjà. Le remplacer par le schéma déduit ?' },
  'infer.replace': { en: 'Replace', fr: 'Remplacer' },
  'infer.reference': { en: 'Reference it from the sidecar', fr: 'Le référencer dans la fiche' },
  'infer.inline': { en: 'Put it inline in the sidecar', fr: 'L’inclure dans la fiche' },
  'infer.use': { en: 'Validate against {ref}', fr: 'Valider avec {ref}' },
  'infer.sidecarFailed': { en: 'Cannot record the schema in the sidecar (is its YAML valid?).', fr: 'Impossible d’enregistrer le schéma dans la fiche (son YAML est-il valide ?).' },
  // Sidecar commands (sidecarCommands.ts).
  'sidecar.create.noCsv': { en: 'Open a CSV file to create its metadata sidecar.', fr: 'Ouvrez un fichier CSV pour créer sa fiche descriptive.' },
  'sidecar.create.exists': { en: '{file} already exists: it is opened instead.', fr: '{file} existe déjà : il est ouvert à la place.' },
  'sidecar.create.failed': { en: 'Cannot create the sidecar of this file.', fr: 'Impossible de créer la fiche descriptive de ce fichier.' },
  'sidecar.export.pickFolder': { en: 'Folder whose sidecars to export', fr: 'Dossier dont exporter les fiches' },
  'sidecar.export.none': { en: 'No sidecar (*.resource.yaml, datapackage.yaml) in {folder}.', fr: 'Aucune fiche (*.resource.yaml, datapackage.yaml) dans {folder}.' },
  'sidecar.export.saveLabel': { en: 'Export the catalogue', fr: 'Exporter le catalogue' },
  'sidecar.export.done': { en: 'Catalogue of {datasets} written to {file}.', fr: 'Catalogue de {datasets} écrit dans {file}.' },
  'sidecar.export.incomplete': {
    en: '{sidecars} without every required catalogue column: {files}. The catalogue will not validate until they are completed.',
    fr: '{sidecars} sans toutes les colonnes obligatoires du catalogue : {files}. Le catalogue ne sera valide qu’une fois complétées.',
  },
} as const;

export type MessageKey = keyof typeof messages;

export function locale(): 'en' | 'fr' {
  return normalizeLocale(vscode.env.language);
}

/** "3 errors, 1 warning" / "1 erreur, 0 avertissement": the counts with their nouns agreeing (engine/problems/messages/plural.ts). */
export function problemCounts(errors: number, warnings: number): string {
  const lang = locale();
  return lang === 'fr'
    ? `${counted(errors, 'fr', 'erreur', 'erreurs')}, ${counted(warnings, 'fr', 'avertissement', 'avertissements')}`
    : `${counted(errors, 'en', 'error', 'errors')}, ${counted(warnings, 'en', 'warning', 'warnings')}`;
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  // A file name or a reason quoted in a notification shows its control characters as escapes (a bidi
  // override would disguise the name, a line break fake a second message): fillTemplate does it.
  const lang = locale();
  return fillTemplate(messages[key][lang], params, lang);
}
