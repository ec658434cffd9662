// The editor's and the CLI's strings of the sidecar features (lenses, hovers, completion, actions, the
// catalogue export); the sidecars' problem messages are declared with their codes
// (engine/problems/codes/metadataCodes.ts).
import { counted } from '../engine/problems/messages/plural';
import type { MessageCatalog } from '../engine/problems/messages/types';

export const metadataMessages = {
  // Editor
  'lens.sidecar': { en: 'Metadata: {file}', fr: 'Fiche descriptive : {file}' },
  'lens.noSidecar': { en: 'Create the metadata sidecar…', fr: 'Créer la fiche descriptive…' },
  'lens.sidecarTable': {
    en: (p) => `Describes ${String(p.file)} · ${counted(p.rows, 'en', 'row', 'rows')} read`,
    fr: (p) => `Décrit ${String(p.file)} · ${counted(p.rows, 'fr', 'ligne lue', 'lignes lues')}`,
  },
  'sidecar.action.replace': { en: 'Replace with “{value}”', fr: 'Remplacer par « {value} »' },
  'sidecar.action.pin': { en: 'Pin the version: {value}', fr: 'Fixer la version : {value}' },
  'sidecar.hover.values': { en: 'Allowed values', fr: 'Valeurs possibles' },
  'sidecar.hover.scdl': { en: 'SCDL catalogue', fr: 'Catalogue SCDL' },
  'sidecar.hover.datagouv': { en: 'data.gouv.fr', fr: 'data.gouv.fr' },
  'sidecar.hover.schema': { en: 'Schema {title} — version {version}{latest}', fr: 'Schéma {title} — version {version}{latest}' },
  'sidecar.hover.latest': { en: ' (latest)', fr: ' (la plus récente)' },
  'sidecar.hover.notLatest': { en: ' (latest: {latest})', fr: ' (la plus récente : {latest})' },
  'sidecar.completion.schema': { en: 'Schema of schema.data.gouv.fr', fr: 'Schéma de schema.data.gouv.fr' },
  'sidecar.completion.file': { en: 'File beside this sidecar', fr: 'Fichier à côté de cette fiche' },
  'sidecar.completion.property': { en: 'Property', fr: 'Propriété' },
  // CLI: export-catalogue
  'cli.exportCatalogue.help': {
    en: `opendata-lint export-catalogue <folder> [-o catalogue.csv] [--lang fr|en]

Writes the SCDL catalogue (scdl/catalogue) of the datasets described by the sidecars of a folder
(*.resource.yaml, datapackage.yaml): one row per dataset. Without -o the CSV goes to standard output.
The catalogue is then checked against the bundled scdl/catalogue schema; its problems are printed
on standard error. Exit codes: 0 valid, 1 the catalogue has errors (incomplete sidecars), 2 usage error.`,
    fr: `opendata-lint export-catalogue <dossier> [-o catalogue.csv] [--lang fr|en]

Écrit le catalogue SCDL (scdl/catalogue) des jeux de données décrits par les fiches d'un dossier
(*.resource.yaml, datapackage.yaml) : une ligne par jeu de données. Sans -o, le CSV part sur la sortie
standard. Le catalogue est ensuite vérifié avec le schéma scdl/catalogue intégré ; ses problèmes sont
affichés sur la sortie d'erreur. Codes de sortie : 0 valide, 1 le catalogue a des erreurs (fiches
incomplètes), 2 erreur d'utilisation.`,
  },
  'cli.exportCatalogue.noFolder': { en: 'give the folder whose sidecars to export', fr: 'indiquez le dossier dont exporter les fiches' },
  'cli.exportCatalogue.notFolder': { en: '{path} is not a folder', fr: '{path} n’est pas un dossier' },
  'lsp.catalogueExport.outsideWorkspace': {
    en: '{path} is not in a folder of the workspace: only the workspace’s folders are exported.',
    fr: '{path} n’est pas dans un dossier de l’espace de travail : seuls les dossiers de l’espace de travail sont exportés.',
  },
  'catalogueExport.tooBig': {
    en: (p) => `${String(p.path)} is too big to walk (over ${counted(p.entries, 'en', 'entry', 'entries')}, or ${counted(p.depth, 'en', 'level', 'levels')} of folders): choose the folder of the data.`,
    fr: (p) => `${String(p.path)} est trop grand pour être parcouru (au-delà de ${counted(p.entries, 'fr', 'entrée', 'entrées')}, ou de ${counted(p.depth, 'fr', 'niveau', 'niveaux')} de dossiers) : choisissez le dossier des données.`,
  },
  'catalogueExport.linkOutside': {
    en: '{path}: a symbolic link out of the folder, not read.',
    fr: '{path} : lien symbolique hors du dossier, non lu.',
  },
  'cli.exportCatalogue.none': { en: 'No sidecar (*.resource.yaml, datapackage.yaml) in {path}.', fr: 'Aucune fiche (*.resource.yaml, datapackage.yaml) dans {path}.' },
  'cli.exportCatalogue.written': {
    en: (p) => `${String(p.path)}: ${counted(p.rows, 'en', 'dataset', 'datasets')} exported.`,
    fr: (p) => `${String(p.path)} : ${counted(p.rows, 'fr', 'jeu de données exporté', 'jeux de données exportés')}.`,
  },
  'cli.exportCatalogue.skipped': { en: '{path}: skipped ({reason}).', fr: '{path} : ignoré ({reason}).' },
  'cli.exportCatalogue.invalid': {
    en: (p) => `The catalogue does not validate against scdl/catalogue: ${counted(p.errors, 'en', 'error', 'errors')}. Complete the sidecars listed above.`,
    fr: (p) => `Le catalogue n’est pas valide selon scdl/catalogue : ${counted(p.errors, 'fr', 'erreur', 'erreurs')}. Complétez les fiches signalées ci-dessus.`,
  },
  'cli.exportCatalogue.incomplete': { en: '{path}: to complete: {missing}', fr: '{path} : à compléter : {missing}' },
} satisfies MessageCatalog;
