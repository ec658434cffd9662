// Problem codes of metadata sidecars (foo.resource.yaml, datapackage.yaml): YAML syntax, the sidecar's
// JSON Schema (ajv errors rephrased), the fiche descriptive's content, and the checks across the sidecar
// and its CSV. Each is declared once with its severity, tags and messages in English and French.
import type { CodeDeclaration } from '../codeDeclaration';
import type { ProblemParams } from '../problem';
import { counted, plural } from '../messages/plural';
import { listParam } from '../messages/listParam';
import type { Locale } from '../messages/types';
import { yamlSyntaxSentence, yamlSyntaxVariants } from '../messages/yamlSyntax';

const list = listParam;

const TYPE_NAMES: Record<string, Record<Locale, string>> = {
  string: { fr: 'un texte', en: 'text' },
  array: { fr: 'une liste (une valeur par ligne, précédée de « - »)', en: 'a list (one value per line, after “- ”)' },
  object: { fr: 'un groupe de propriétés (clé: valeur, en retrait)', en: 'a group of properties (key: value, indented)' },
  boolean: { fr: 'true ou false', en: 'true or false' },
  integer: { fr: 'un nombre entier', en: 'a whole number' },
  number: { fr: 'un nombre', en: 'a number' },
  null: { fr: 'vide', en: 'empty' },
};

function typeNames(value: ProblemParams[string], locale: Locale): string {
  const names = list(value).map((t) => TYPE_NAMES[t]?.[locale] ?? t);
  return names.join(locale === 'fr' ? ' ou ' : ' or ');
}

function prop(p: ProblemParams): string {
  return `\`${String(p.property)}\``;
}

function suggestion(p: ProblemParams, locale: Locale, quote = true): string {
  if (p.suggestion === undefined || p.suggestion === '') return '';
  const s = quote ? `« ${String(p.suggestion)} »` : String(p.suggestion);
  return locale === 'fr' ? ` Vouliez-vous dire ${s} ?` : ` Did you mean ${quote ? `“${String(p.suggestion)}”` : s}?`;
}

function allowed(p: ProblemParams): string {
  return list(p.allowed).join(', ');
}

const partialFr = (p: ProblemParams) => (p.partial ? ' (dans le début du fichier lu)' : '');

const partialEn = (p: ProblemParams) => (p.partial ? ' (in the part of the file read)' : '');

export const metadataCodes = {
  'metadata-yaml-syntax': {
    severity: 'error',
    tags: ['file', 'metadata'],
    // YAML syntax
    // The YAML syntax: one message per kind of fault, `metadata-yaml-syntax.<kind>` (../messages/yamlSyntax.ts).
    message: {
      en: (p) => yamlSyntaxSentence(p.kind, p, 'en'),
      fr: (p) => yamlSyntaxSentence(p.kind, p, 'fr'),
    },
    variants: {
      ...yamlSyntaxVariants,
    },
  },
  'metadata-yaml-aliases': {
    severity: 'error',
    tags: ['file', 'metadata'],
    message: {
      en: 'The aliases (*name) of this YAML cannot be expanded: write the values out.',
      fr: 'Les alias (*nom) de ce YAML ne peuvent pas être développés : écrivez les valeurs en clair.',
    },
    variants: {
      count: {
        en: 'Too many aliases (*name) are expanded ({limit} at most): this YAML would grow without bound (a “YAML bomb”). Write the values out.',
        fr: 'Trop d’alias (*nom) sont développés ({limit} au plus) : ce YAML grossirait sans limite (une « bombe YAML »). Écrivez les valeurs en clair.',
      },
      circular: {
        en: 'This alias (*{alias}) refers to a block that contains it: the value would be infinite.',
        fr: 'Cet alias (*{alias}) désigne un bloc qui le contient : la valeur serait infinie.',
      },
    },
  },
  'metadata-too-large': {
    severity: 'error',
    tags: ['file', 'metadata'],
    message: {
      en: (p) => `This file is too large to be a sidecar (${counted(p.size, 'en', 'character', 'characters')}, ${p.limit} at most): it is not read.`,
      fr: (p) => `Ce fichier est trop volumineux pour une fiche descriptive (${counted(p.size, 'fr', 'caractère', 'caractères')}, ${p.limit} au plus) : il n’est pas lu.`,
    },
  },
  'metadata-invalid': {
    severity: 'error',
    tags: ['metadata'],
    message: {
      en: (p) => `${prop(p)} does not follow the sidecar's schema (its \`${String(p.keyword ?? '')}\` rule)${p.value === undefined ? '' : `: “${String(p.value)}”`}.`,
      fr: (p) => `${prop(p)} ne respecte pas le schéma de la fiche (sa règle \`${String(p.keyword ?? '')}\`)${p.value === undefined ? '' : ` : « ${String(p.value)} »`}.`,
    },
    variants: {
      // The sidecar's JSON Schema (ajv), rephrased
      required: {
        en: (p) => `Missing required property in ${prop(p)}: \`${String(p.missing)}\`.`,
        fr: (p) => `Propriété obligatoire manquante dans ${prop(p)} : \`${String(p.missing)}\`.`,
      },
      'required-root': {
        en: (p) => `Missing required property: \`${String(p.missing)}\`${p.missing === 'path' ? ' (the CSV file this sidecar describes, e.g. `path: bornes.csv`)' : p.missing === 'resources' ? ' (the list of the folder’s files)' : ''}.`,
        fr: (p) => `Propriété obligatoire manquante : \`${String(p.missing)}\`${p.missing === 'path' ? ' (le fichier CSV que décrit cette fiche, par ex. `path: bornes.csv`)' : p.missing === 'resources' ? ' (la liste des fichiers du dossier)' : ''}.`,
      },
      enum: {
        en: (p) => `${prop(p)} must be one of: ${allowed(p)} (not “${String(p.value)}”).${suggestion(p, 'en')}`,
        fr: (p) => `${prop(p)} doit être l’une des valeurs : ${allowed(p)} (et non « ${String(p.value)} »).${suggestion(p, 'fr')}`,
      },
      type: {
        en: (p) => `${prop(p)} must be ${typeNames(p.expected, 'en')}, not ${typeNames(p.actual, 'en')}.${list(p.expected).includes('string') && p.actual !== 'null' ? ' Put the value in quotes.' : ''}`,
        fr: (p) => `${prop(p)} doit être ${typeNames(p.expected, 'fr')}, et non ${typeNames(p.actual, 'fr')}.${list(p.expected).includes('string') && p.actual !== 'null' ? ' Mettez la valeur entre guillemets.' : ''}`,
      },
      'type-root': {
        en: 'A sidecar must be a group of properties (`key: value` lines), starting with `path: yourfile.csv`.',
        fr: 'Une fiche doit être un groupe de propriétés (lignes `clé: valeur`), à commencer par `path: votrefichier.csv`.',
      },
      'format-date': {
        en: (p) => `${prop(p)} must be a date written YYYY-MM-DD (e.g. 2024-03-31), not “${String(p.value)}”.`,
        fr: (p) => `${prop(p)} doit être une date au format AAAA-MM-JJ (par ex. 2024-03-31), et non « ${String(p.value)} ».`,
      },
      'format-uri': {
        en: (p) => `${prop(p)} must be a full web address starting with https:// (not “${String(p.value)}”).`,
        fr: (p) => `${prop(p)} doit être une adresse web complète commençant par https:// (et non « ${String(p.value)} »).`,
      },
      'format-email': {
        en: (p) => `${prop(p)} must be an e-mail address (not “${String(p.value)}”).`,
        fr: (p) => `${prop(p)} doit être une adresse électronique (et non « ${String(p.value)} »).`,
      },
      pattern: {
        en: (p) => `${prop(p)} does not have the expected form (${String(p.pattern)}): “${String(p.value)}”.`,
        fr: (p) => `${prop(p)} n’a pas la forme attendue (${String(p.pattern)}) : « ${String(p.value)} ».`,
      },
      'pattern-name': {
        en: (p) => `\`name\` is an identifier: lower-case letters, digits, “-”, “_” and “.” only, no spaces or accents (not “${String(p.value)}”).`,
        fr: (p) => `\`name\` est un identifiant : minuscules, chiffres, « - », « _ » et « . » seulement, sans espaces ni accents (et non « ${String(p.value)} »).`,
      },
      empty: {
        en: (p) => `${prop(p)} is empty: fill it in or remove the line.`,
        fr: (p) => `${prop(p)} est vide : remplissez-la ou supprimez la ligne.`,
      },
      minLength: {
        en: (p) => `${prop(p)} must have at least ${counted(p.limit, 'en', 'character', 'characters')}.`,
        fr: (p) => `${prop(p)} doit compter au moins ${counted(p.limit, 'fr', 'caractère', 'caractères')}.`,
      },
      maxLength: {
        en: (p) => `${prop(p)} must have at most ${counted(p.limit, 'en', 'character', 'characters')}.`,
        fr: (p) => `${prop(p)} doit compter au plus ${counted(p.limit, 'fr', 'caractère', 'caractères')}.`,
      },
      minItems: {
        en: (p) => `${prop(p)} must list at least ${counted(p.limit, 'en', 'value', 'values')}.`,
        fr: (p) => `${prop(p)} doit contenir au moins ${counted(p.limit, 'fr', 'valeur', 'valeurs')}.`,
      },
      maxItems: {
        en: (p) => `${prop(p)} must list at most ${counted(p.limit, 'en', 'value', 'values')}.`,
        fr: (p) => `${prop(p)} doit contenir au plus ${counted(p.limit, 'fr', 'valeur', 'valeurs')}.`,
      },
      minimum: {
        en: (p) => `${prop(p)} must be at least ${String(p.limit)} (not ${String(p.value)}).`,
        fr: (p) => `${prop(p)} doit valoir au moins ${String(p.limit)} (et non ${String(p.value)}).`,
      },
      maximum: {
        en: (p) => `${prop(p)} must be at most ${String(p.limit)} (not ${String(p.value)}).`,
        fr: (p) => `${prop(p)} doit valoir au plus ${String(p.limit)} (et non ${String(p.value)}).`,
      },
      uniqueItems: {
        en: (p) => `${prop(p)} lists the same value twice (items ${String(p.first)} and ${String(p.second)}).`,
        fr: (p) => `${prop(p)} contient deux fois la même valeur (éléments ${String(p.first)} et ${String(p.second)}).`,
      },
    },
  },
  'metadata-unknown-property': {
    severity: 'warning',
    tags: ['metadata'],
    message: {
      en: (p) => `Unknown property \`${String(p.property)}\`${p.parent ? ` in \`${String(p.parent)}\`` : ''}: it is ignored.${p.suggestion ? ` Did you mean \`${String(p.suggestion)}\`?` : ' Custom properties start with “x-”.'}`,
      fr: (p) => `Propriété inconnue \`${String(p.property)}\`${p.parent ? ` dans \`${String(p.parent)}\`` : ''} : elle est ignorée.${p.suggestion ? ` Vouliez-vous dire \`${String(p.suggestion)}\` ?` : ' Les propriétés personnelles commencent par « x- ».'}`,
    },
  },
  'metadata-placeholder': {
    severity: 'warning',
    tags: ['metadata'],
    // The fiche descriptive
    message: {
      en: (p) => `\`${String(p.property)}\` is still to be completed.`,
      fr: (p) => `\`${String(p.property)}\` reste à compléter.`,
    },
  },
  'metadata-incomplete': {
    severity: 'warning',
    tags: ['metadata'],
    message: {
      en: (p) => `The descriptive record lacks what the SCDL catalogue requires: ${list(p.missing).map((m) => `\`${m}\``).join(', ')}.`,
      fr: (p) => `Il manque à la fiche descriptive ce qu’exige le catalogue SCDL : ${list(p.missing).map((m) => `\`${m}\``).join(', ')}.`,
    },
  },
  'metadata-path-not-found': {
    severity: 'error',
    tags: ['metadata'],
    // Across the sidecar and its CSV
    message: {
      en: (p) => `No file “${String(p.path)}” beside this sidecar.${p.suggestion ? ` Did you mean “${String(p.suggestion)}”?` : list(p.available).length ? ` Files here: ${list(p.available).join(', ')}.` : ''}`,
      fr: (p) => `Aucun fichier « ${String(p.path)} » à côté de cette fiche.${p.suggestion ? ` Vouliez-vous dire « ${String(p.suggestion)} » ?` : list(p.available).length ? ` Fichiers présents : ${list(p.available).join(', ')}.` : ''}`,
    },
  },
  'metadata-path-unsafe': {
    severity: 'error',
    tags: ['metadata'],
    variants: {
      absolute: {
        en: '`path` must be relative to this sidecar’s folder (Frictionless forbids absolute paths): “{path}” is not read.',
        fr: '`path` doit être relatif au dossier de cette fiche (Frictionless interdit les chemins absolus) : « {path} » n’est pas lu.',
      },
      parent: {
        en: '`path` must not leave this sidecar’s folder with “..” (Frictionless rule): “{path}” is not read. Move the sidecar next to its file.',
        fr: '`path` ne doit pas sortir du dossier de cette fiche avec « .. » (règle Frictionless) : « {path} » n’est pas lu. Placez la fiche à côté de son fichier.',
      },
      link: {
        en: '“{path}” is a symbolic link to a file outside this sidecar’s folder: it is not read. Copy the file here.',
        fr: '« {path} » est un lien symbolique vers un fichier hors du dossier de cette fiche : il n’est pas lu. Copiez le fichier ici.',
      },
      'schema-absolute': {
        en: '`schema` must be a schema of the catalog, a web address or a path relative to this sidecar’s folder: “{path}” is not read.',
        fr: '`schema` doit être un schéma du catalogue, une adresse web ou un chemin relatif au dossier de cette fiche : « {path} » n’est pas lu.',
      },
      'schema-outside': {
        en: '`schema` leads out of this sidecar’s folder and of the workspace (with “..” or a symbolic link): “{path}” is not read.',
        fr: '`schema` sort du dossier de cette fiche et de l’espace de travail (par « .. » ou un lien symbolique) : « {path} » n’est pas lu.',
      },
    },
  },
  'metadata-path-not-table': {
    severity: 'error',
    tags: ['metadata'],
    variants: {
      special: {
        en: '“{path}” is not a regular file (a device, a pipe or a socket): it is not read.',
        fr: '« {path} » n’est pas un fichier ordinaire (un périphérique, un tube ou une socket) : il n’est pas lu.',
      },
      directory: {
        en: '“{path}” is a folder: `path` names the CSV file this sidecar describes.',
        fr: '« {path} » est un dossier : `path` désigne le fichier CSV que décrit cette fiche.',
      },
      extension: {
        en: '“{path}” is not a CSV or TSV file: `path` names the data file this sidecar describes.',
        fr: '« {path} » n’est pas un fichier CSV ou TSV : `path` désigne le fichier de données que décrit cette fiche.',
      },
    },
  },
  'metadata-path-remote': {
    severity: 'information',
    tags: ['metadata'],
    message: {
      en: '“{path}” is a web address: it is not downloaded, so the file is not checked.',
      fr: '« {path} » est une adresse web : elle n’est pas téléchargée, le fichier n’est donc pas vérifié.',
    },
  },
  'metadata-duplicate-path': {
    severity: 'error',
    tags: ['metadata'],
    message: {
      en: '“{path}” is already described by resource {first}: describe each file once.',
      fr: '« {path} » est déjà décrit par la ressource {first} : décrivez chaque fichier une seule fois.',
    },
  },
  'metadata-resource-ref': {
    severity: 'error',
    tags: ['metadata'],
    variants: {
      'not-found': {
        en: 'No resource file “{ref}”.',
        fr: 'Aucun fichier de ressource « {ref} ».',
      },
      circular: {
        en: '“{ref}” is a data package (here, possibly this very file): a package lists resources, not packages, so this would go round in circles.',
        fr: '« {ref} » est un paquet de données (peut-être ce fichier même) : un paquet liste des ressources, pas des paquets, sinon on tournerait en rond.',
      },
      'not-resource': {
        en: '“{ref}” is not a resource sidecar: list `.resource.yaml` files, or write the resource here (`- path: file.csv`).',
        fr: '« {ref} » n’est pas une fiche de ressource : listez des fichiers `.resource.yaml`, ou écrivez la ressource ici (`- path: fichier.csv`).',
      },
      unsafe: {
        en: '“{ref}” must be a relative path inside this folder (no “..”, no absolute path, no URL).',
        fr: '« {ref} » doit être un chemin relatif dans ce dossier (ni « .. », ni chemin absolu, ni URL).',
      },
      invalid: {
        en: '“{ref}” cannot be read as a resource (YAML errors): open it to see them.',
        fr: '« {ref} » ne peut pas être lu comme une ressource (erreurs YAML) : ouvrez-le pour les voir.',
      },
    },
  },
  'metadata-dialect-mismatch': {
    severity: 'error',
    tags: ['metadata'],
    variants: {
      delimiter: {
        en: (p) => `The CSV is separated by “${String(p.actual)}” (${counted(p.columns, 'en', 'column', 'columns')}), not by “${String(p.declared)}”: with this setting its header is one single column.`,
        fr: (p) => `Le CSV est séparé par « ${String(p.actual)} » (${counted(p.columns, 'fr', 'colonne', 'colonnes')}), et non par « ${String(p.declared)} » : avec ce réglage, son en-tête ne forme qu’une colonne.`,
      },
      header: {
        en: (p) => `The first row of the CSV holds the column names (${p.matched} of the ${counted(p.total, 'en', 'field', 'fields')} of the schema): write \`header: true\`, or they are read as data.`,
        fr: (p) =>
          `La première ligne du CSV contient les noms de colonnes (${p.matched} ${plural(p.total, 'fr', 'du', 'des')} ${counted(p.total, 'fr', 'champ', 'champs')} du schéma) : écrivez \`header: true\`, sinon ils sont lus comme des données.`,
      },
      lineTerminator: {
        en: 'Most lines of the CSV end with {actual}, not with {declared}.',
        fr: 'La plupart des lignes du CSV se terminent par {actual}, et non par {declared}.',
      },
    },
  },
  'metadata-encoding-mismatch': {
    severity: 'warning',
    tags: ['metadata'],
    message: {
      en: 'The CSV is encoded in {actual}, not {declared}.',
      fr: 'Le CSV est encodé en {actual}, et non en {declared}.',
    },
  },
  'metadata-temporal-coverage': {
    severity: 'warning',
    tags: ['metadata'],
    variants: {
      before: {
        en: (p) => `The CSV has a date before the start of the coverage (${String(p.bound)}): ${String(p.date)} in column “${String(p.column)}”, row ${String(p.row)}${partialEn(p)}.`,
        fr: (p) => `Le CSV contient une date antérieure au début de la couverture (${String(p.bound)}) : ${String(p.date)} dans la colonne « ${String(p.column)} », ligne ${String(p.row)}${partialFr(p)}.`,
      },
      after: {
        en: (p) => `The CSV has a date after the end of the coverage (${String(p.bound)}): ${String(p.date)} in column “${String(p.column)}”, row ${String(p.row)}${partialEn(p)}.`,
        fr: (p) => `Le CSV contient une date postérieure à la fin de la couverture (${String(p.bound)}) : ${String(p.date)} dans la colonne « ${String(p.column)} », ligne ${String(p.row)}${partialFr(p)}.`,
      },
    },
  },
  'metadata-date-order': {
    severity: 'error',
    tags: ['metadata'],
    variants: {
      coverage: {
        en: 'The temporal coverage ends ({later}) before it starts ({earlier}).',
        fr: 'La couverture temporelle se termine ({later}) avant de commencer ({earlier}).',
      },
      update: {
        en: 'The last update ({later}) is before the first publication ({earlier}).',
        fr: 'La dernière mise à jour ({later}) est antérieure à la première publication ({earlier}).',
      },
    },
  },
  'metadata-siret': {
    severity: 'error',
    tags: ['metadata'],
    message: {
      en: '“{value}” is not a valid SIRET: its check digit is wrong (INSEE’s Luhn key). Check for a mistyped digit.',
      fr: '« {value} » n’est pas un SIRET valide : sa clé de contrôle (formule de Luhn de l’INSEE) est fausse. Vérifiez qu’aucun chiffre n’a été mal saisi.',
    },
    variants: {
      format: {
        en: '“{value}” is not a valid SIRET: a SIRET is made of 14 digits only.',
        fr: '« {value} » n’est pas un SIRET valide : un SIRET ne contient que 14 chiffres.',
      },
      length: {
        en: (p) => `“${String(p.value)}” is not a valid SIRET: it has ${counted(p.digitCount, 'en', 'digit', 'digits')} instead of 14.`,
        fr: (p) => `« ${String(p.value)} » n’est pas un SIRET valide : il compte ${counted(p.digitCount, 'fr', 'chiffre', 'chiffres')} au lieu de 14.`,
      },
      'siren-instead': {
        en: '“{value}” is a SIREN (9 digits, the organisation), not a SIRET (14 digits, the establishment): add the 5 digits of the establishment (NIC).',
        fr: '« {value} » est un SIREN (9 chiffres, l’organisme) et non un SIRET (14 chiffres, l’établissement) : ajoutez les 5 chiffres de l’établissement (NIC).',
      },
      'leading-zero-lost': {
        en: '“{value}” is a SIRET whose leading zero was lost: write "{suggestion}", in quotes.',
        fr: '« {value} » est un SIRET dont le zéro initial a été perdu : écrivez "{suggestion}", entre guillemets.',
      },
      'scientific-notation': {
        en: '“{value}” is a SIRET turned into scientific notation: its last digits are lost. Type it again, in quotes.',
        fr: '« {value} » est un SIRET transformé en notation scientifique : ses derniers chiffres sont perdus. Ressaisissez-le, entre guillemets.',
      },
    },
  },
  'metadata-keyword-format': {
    severity: 'warning',
    tags: ['metadata'],
    message: {
      en: 'The SCDL writes keywords in lower case without accents: “{suggestion}”, not “{value}”.',
      fr: 'Le SCDL écrit les mots-clés en minuscules non accentuées : « {suggestion} » et non « {value} ».',
    },
    variants: {
      separator: {
        en: '“{value}” holds several keywords: write one per line (the catalogue joins them with “;”).',
        fr: '« {value} » contient plusieurs mots-clés : écrivez-en un par ligne (le catalogue les joint par « ; »).',
      },
    },
  },
  'metadata-fields-mismatch': {
    severity: 'warning',
    tags: ['metadata'],
    variants: {
      missing: {
        en: (p) => `Field “${String(p.field)}” is not a column of the CSV.${p.suggestion ? ` The header has “${String(p.suggestion)}”.` : ''}`,
        fr: (p) => `Le champ « ${String(p.field)} » n’est pas une colonne du CSV.${p.suggestion ? ` L’en-tête contient « ${String(p.suggestion)} ».` : ''}`,
      },
      extra: {
        en: (p) => `The CSV has columns this field list lacks: ${list(p.labels).join(', ')}.`,
        fr: (p) => `Le CSV a des colonnes absentes de cette liste de champs : ${list(p.labels).join(', ')}.`,
      },
      order: {
        en: (p) => `The fields are not in the order of the CSV’s header: ${list(p.header).join(', ')}.`,
        fr: (p) => `Les champs ne sont pas dans l’ordre de l’en-tête du CSV : ${list(p.header).join(', ')}.`,
      },
    },
  },
  'metadata-licence-conflict': {
    severity: 'error',
    tags: ['metadata'],
    message: {
      en: '`licenses` names “{listed}” but `licence` says {licence}: keep one licence.',
      fr: '`licenses` indique « {listed} » mais `licence` indique {licence} : gardez une seule licence.',
    },
  },
  'metadata-licence-not-approved': {
    severity: 'information',
    tags: ['metadata'],
    message: {
      en: '{licence} is not one of the two licences French administrations may use without approval (décret n° 2017-638): Licence Ouverte 2.0 (etalab-2.0) and ODbL (odbl-1.0).',
      fr: '{licence} ne fait pas partie des deux licences que les administrations peuvent utiliser sans homologation (décret n° 2017-638) : Licence Ouverte 2.0 (etalab-2.0) et ODbL (odbl-1.0).',
    },
  },
  'metadata-sidecar-unusable': {
    severity: 'warning',
    tags: ['file', 'metadata'],
    message: {
      en: 'The metadata sidecar {file} cannot be read (see its problems): its schema and dialect are not applied.',
      fr: 'La fiche de métadonnées {file} ne peut pas être lue (voir ses problèmes) : son schéma et son dialecte ne sont pas appliqués.',
    },
    variants: {
      link: {
        en: 'The metadata sidecar {file} is a link to a file outside this folder: it is not read, and its schema and dialect are not applied.',
        fr: 'La fiche de métadonnées {file} est un lien vers un fichier hors de ce dossier : elle n\'est pas lue, et son schéma et son dialecte ne sont pas appliqués.',
      },
    },
  },
} satisfies Record<string, CodeDeclaration>;
