// Messages about which schema applies to a file (detection, unpinned versions). Reference errors are
// phrased by schemaRef.ts, which their problems name through `params.messageKey`.
import { ioReason } from './ioErrors';
import { counted, plural } from './plural';
import type { MessageCatalog } from './types';

export const schemaSelectionMessages: MessageCatalog = {
  'schema-detected': {
    en: (p) => `This file looks like “${p.title}” (${p.id}@${p.version}): ${p.matched} of its ${counted(p.total, 'en', 'column', 'columns')} ${plural(p.matched, 'en', 'matches', 'match')}. Validate against it?`,
    fr: (p) => `Ce fichier ressemble à « ${p.title} » (${p.id}@${p.version}) : ${counted(p.matched, 'fr', 'colonne', 'colonnes')} sur ${p.total} ${plural(p.matched, 'fr', 'correspond', 'correspondent')}. Le valider avec ce schéma ?`,
  },
  'schema-detected.applied': {
    en: (p) => `Schema detected from the header: “${p.title}” (${p.id}@${p.version}), ${p.matched} of ${counted(p.total, 'en', 'column', 'columns')} ${plural(p.matched, 'en', 'matches', 'match')}: it applies while the header matches. To keep it, or to check the file without a schema (“none”), record the choice in opendataLint.schemas of .vscode/settings.json.`,
    fr: (p) => `Schéma détecté d'après l'en-tête : « ${p.title} » (${p.id}@${p.version}), ${counted(p.matched, 'fr', 'colonne', 'colonnes')} sur ${p.total} ${plural(p.matched, 'fr', 'correspond', 'correspondent')} : il s'applique tant que l'en-tête correspond. Pour le garder, ou vérifier le fichier sans schéma (« none »), enregistrez ce choix dans opendataLint.schemas de .vscode/settings.json.`,
  },
  'schema-setting-not-shared': {
    en: (p) => `The schema “${p.ref}” comes from an editor setting (“${p.glob}”) that ${p.file} does not hold${p.projectRef ? ` (it says “${p.projectRef}”)` : ''}: the command line and CI would not apply it, and would give another verdict. Record it in ${p.file}: choose the schema from the status bar.`,
    fr: (p) => `Le schéma « ${p.ref} » vient d'un paramètre de l'éditeur (« ${p.glob} ») absent de ${p.file}${p.projectRef ? ` (qui indique « ${p.projectRef} »)` : ''} : la ligne de commande et la CI ne l'appliqueraient pas, et donneraient un autre verdict. Enregistrez-le dans ${p.file} : choisissez le schéma depuis la barre d'état.`,
  },
  'schema-version-not-pinned': {
    en: 'The schema “{ref}” names no version: the latest ({version}) is used, and the verdict may change when a new version is published. Write {id}@{version}.',
    fr: "Le schéma « {ref} » ne précise pas de version : la plus récente ({version}) est utilisée, et le verdict pourra changer à la publication d'une nouvelle version. Écrivez {id}@{version}.",
  },
  'schema-not-found': { en: 'Schema not found: {ref}', fr: 'Schéma introuvable : {ref}' },
  'schema-file-not-found': { en: 'Schema file not found: {path}', fr: 'Fichier de schéma introuvable : {path}' },
  'schema-read-error': { en: (p) => `Cannot read the schema ${p.path}: ${ioReason(p.reason, 'en')}.`, fr: (p) => `Impossible de lire le schéma ${p.path} : ${ioReason(p.reason, 'fr')}.` },
  'schema-invalid-json': { en: 'The schema {path} is not valid JSON or YAML (line {line}, column {column}).', fr: "Le schéma {path} n'est pas du JSON ou du YAML valide (ligne {line}, colonne {column})." },
  'schema-not-table-schema': { en: '{ref} is not a Table Schema', fr: "{ref} n'est pas un Table Schema" },
};
