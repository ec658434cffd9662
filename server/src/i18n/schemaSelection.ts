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
    en: (p) => `Schema detected from the header: “${p.title}” (${p.id}@${p.version}), ${p.matched} of ${counted(p.total, 'en', 'column', 'columns')} ${plural(p.matched, 'en', 'matches', 'match')}.`,
    fr: (p) => `Schéma détecté d'après l'en-tête : « ${p.title} » (${p.id}@${p.version}), ${counted(p.matched, 'fr', 'colonne', 'colonnes')} sur ${p.total} ${plural(p.matched, 'fr', 'correspond', 'correspondent')}.`,
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
