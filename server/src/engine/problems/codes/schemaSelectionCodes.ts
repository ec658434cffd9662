// Problem codes about which schema applies: a reference that cannot be used, a schema detected from the
// header, an unpinned version. Each is declared once with its severity, tags and messages; a reference's
// errors are phrased by server/src/i18n/schemaRef.ts too, which the problems name by `params.messageKey`.
import type { CodeDeclaration } from '../codeDeclaration';
import { ioReason } from '../messages/ioReasons';
import { counted, plural } from '../messages/plural';

export const schemaSelectionCodes = {
  'schema-not-found': {
    severity: 'error',
    tags: ['file', 'schema'],
    message: { en: 'Schema not found: {ref}', fr: 'Schéma introuvable : {ref}' },
  },
  'schema-file-not-found': {
    severity: 'error',
    tags: ['file', 'schema'],
    message: { en: 'Schema file not found: {path}', fr: 'Fichier de schéma introuvable : {path}' },
  },
  /** A schema path read from data (a sidecar's `schema:`) that leads out of the folders it may read: not read. */
  'schema-file-outside': {
    severity: 'error',
    tags: ['file', 'schema'],
    message: {
      en: 'The schema file {path} is outside this folder (a link or “..” leads out of it): it is not read.',
      fr: 'Le fichier de schéma {path} est hors de ce dossier (un lien ou « .. » en sort) : il n’est pas lu.',
    },
  },
  'schema-read-error': {
    severity: 'error',
    tags: ['file', 'schema'],
    message: { en: (p) => `Cannot read the schema ${p.path}: ${ioReason(p.reason, 'en')}.`, fr: (p) => `Impossible de lire le schéma ${p.path} : ${ioReason(p.reason, 'fr')}.` },
  },
  'schema-invalid-json': {
    severity: 'error',
    tags: ['file', 'schema'],
    message: { en: 'The schema {path} is not valid JSON or YAML (line {line}, column {column}).', fr: "Le schéma {path} n'est pas du JSON ou du YAML valide (ligne {line}, colonne {column})." },
  },
  'schema-not-table-schema': {
    severity: 'error',
    tags: ['file', 'schema'],
    message: { en: '{ref} is not a Table Schema', fr: "{ref} n'est pas un Table Schema" },
  },
  'schema-version-not-pinned': {
    severity: 'warning',
    tags: ['file', 'schema'],
    message: {
      en: 'The schema “{ref}” names no version: the latest ({version}) is used, and the verdict may change when a new version is published. Write {id}@{version}.',
      fr: "Le schéma « {ref} » ne précise pas de version : la plus récente ({version}) est utilisée, et le verdict pourra changer à la publication d'une nouvelle version. Écrivez {id}@{version}.",
    },
  },
  'schema-detected': {
    severity: 'information',
    tags: ['header', 'schema'],
    message: {
      en: (p) => `This file looks like “${p.title}” (${p.id}@${p.version}): ${p.matched} of its ${counted(p.total, 'en', 'column', 'columns')} ${plural(p.matched, 'en', 'matches', 'match')}. Validate against it?`,
      fr: (p) => `Ce fichier ressemble à « ${p.title} » (${p.id}@${p.version}) : ${counted(p.matched, 'fr', 'colonne', 'colonnes')} sur ${p.total} ${plural(p.matched, 'fr', 'correspond', 'correspondent')}. Le valider avec ce schéma ?`,
    },
    variants: {
      applied: {
        en: (p) => `Schema detected from the header: “${p.title}” (${p.id}@${p.version}), ${p.matched} of ${counted(p.total, 'en', 'column', 'columns')} ${plural(p.matched, 'en', 'matches', 'match')}: it applies while the header matches. To keep it, or to check the file without a schema (“none”), record the choice in opendataLint.schemas of .vscode/settings.json.`,
        fr: (p) => `Schéma détecté d'après l'en-tête : « ${p.title} » (${p.id}@${p.version}), ${counted(p.matched, 'fr', 'colonne', 'colonnes')} sur ${p.total} ${plural(p.matched, 'fr', 'correspond', 'correspondent')} : il s'applique tant que l'en-tête correspond. Pour le garder, ou vérifier le fichier sans schéma (« none »), enregistrez ce choix dans opendataLint.schemas de .vscode/settings.json.`,
      },
    },
  },
  'schema-setting-not-shared': {
    severity: 'warning',
    tags: ['file', 'schema'],
    message: {
      en: (p) => `The schema “${p.ref}” comes from an editor setting (“${p.glob}”) that ${p.file} does not hold${p.projectRef ? ` (it says “${p.projectRef}”)` : ''}: the command line and CI would not apply it, and would give another verdict. Record it in ${p.file}: choose the schema from the status bar.`,
      fr: (p) => `Le schéma « ${p.ref} » vient d'un paramètre de l'éditeur (« ${p.glob} ») absent de ${p.file}${p.projectRef ? ` (qui indique « ${p.projectRef} »)` : ''} : la ligne de commande et la CI ne l'appliqueraient pas, et donneraient un autre verdict. Enregistrez-le dans ${p.file} : choisissez le schéma depuis la barre d'état.`,
    },
  },
} satisfies Record<string, CodeDeclaration>;
