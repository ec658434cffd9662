// Messages for Validata's custom checks (`custom_checks` of schema.data.gouv.fr schemas), in Validata's
// French wording where it has one.
import type { ProblemParams } from '../engine/problems';
import type { MessageCatalog } from './types';

const list = (value: ProblemParams[string]): string => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));
/** “a”, “b” and “c” — or « a », « b » et « c » in French. */
const quotedList = (value: ProblemParams[string], and: string, locale: 'en' | 'fr' = 'en'): string => {
  const [open, close] = locale === 'fr' ? ['« ', ' »'] : ['“', '”'];
  const names = (Array.isArray(value) ? value : [String(value ?? '')]).map((name) => `${open}${name}${close}`);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
};
const quotedListFr = (value: ProblemParams[string], and = 'et'): string => quotedList(value, and, 'fr');

const operatorWords: Record<string, { en: string; fr: string }> = {
  '>': { en: 'greater than', fr: 'supérieure' },
  '>=': { en: 'greater than or equal to', fr: 'supérieure ou égale' },
  '==': { en: 'equal to', fr: 'égale' },
  '<=': { en: 'less than or equal to', fr: 'inférieure ou égale' },
  '<': { en: 'less than', fr: 'inférieure' },
};

export const customMessages: MessageCatalog = {
  // SIRET / SIREN
  'french-siret-value': {
    en: '“{value}” is not a valid French SIRET number: its check digit is wrong (INSEE’s Luhn key). Check for a mistyped digit.',
    fr: "La valeur « {value} » n'est pas un numéro SIRET français valide : sa clé de contrôle (formule de Luhn de l'INSEE) est fausse. Vérifiez qu'aucun chiffre n'a été mal saisi.",
  },
  'french-siret-value.format': {
    en: '“{value}” is not a valid French SIRET number: a SIRET is made of 14 digits only.',
    fr: "La valeur « {value} » n'est pas un numéro SIRET français valide : un SIRET ne contient que 14 chiffres.",
  },
  'french-siret-value.length': {
    en: '“{value}” is not a valid French SIRET number: it has {digitCount} digits instead of 14.',
    fr: "La valeur « {value} » n'est pas un numéro SIRET français valide : elle compte {digitCount} chiffres au lieu de 14.",
  },
  'french-siret-value.siren-instead': {
    en: '“{value}” is a SIREN (9 digits, the company), not a SIRET (14 digits, the establishment): add the 5 digits of the establishment (NIC).',
    fr: "La valeur « {value} » est un SIREN (9 chiffres, l'entreprise) et non un SIRET (14 chiffres, l'établissement) : ajoutez les 5 chiffres de l'établissement (NIC).",
  },
  'french-siret-value.leading-zero-lost': {
    en: '“{value}” is a SIRET whose leading zero was lost (the column was read as a number): write “{suggestion}” and keep the column as text.',
    fr: "La valeur « {value} » est un SIRET dont le zéro initial a été perdu (la colonne a été lue comme un nombre) : écrivez « {suggestion} » et gardez la colonne au format texte.",
  },
  'french-siret-value.scientific-notation': {
    en: '“{value}” is a SIRET turned into scientific notation by a spreadsheet: its last digits are lost. Type the number again with the column formatted as text.',
    fr: "La valeur « {value} » est un SIRET transformé en notation scientifique par un tableur : ses derniers chiffres sont perdus. Ressaisissez le numéro, la colonne étant au format texte.",
  },
  'french-siren-value': {
    en: '“{value}” is not a valid French SIREN number: its check digit is wrong (INSEE’s Luhn key). Check for a mistyped digit.',
    fr: "La valeur « {value} » n'est pas un numéro SIREN français valide : sa clé de contrôle (formule de Luhn de l'INSEE) est fausse. Vérifiez qu'aucun chiffre n'a été mal saisi.",
  },
  'french-siren-value.format': {
    en: '“{value}” is not a valid French SIREN number: a SIREN is made of 9 digits only.',
    fr: "La valeur « {value} » n'est pas un numéro SIREN français valide : un SIREN ne contient que 9 chiffres.",
  },
  'french-siren-value.length': {
    en: '“{value}” is not a valid French SIREN number: it has {digitCount} digits instead of 9 (a SIRET has 14: its first 9 are the SIREN).',
    fr: "La valeur « {value} » n'est pas un numéro SIREN français valide : elle compte {digitCount} chiffres au lieu de 9 (un SIRET en compte 14, dont les 9 premiers forment le SIREN).",
  },
  'french-siren-value.leading-zero-lost': {
    en: '“{value}” is a SIREN whose leading zero was lost (the column was read as a number): write “{suggestion}” and keep the column as text.',
    fr: "La valeur « {value} » est un SIREN dont le zéro initial a été perdu (la colonne a été lue comme un nombre) : écrivez « {suggestion} » et gardez la colonne au format texte.",
  },
  'french-siren-value.scientific-notation': {
    en: '“{value}” is a SIREN turned into scientific notation by a spreadsheet. Type the number again with the column formatted as text.',
    fr: "La valeur « {value} » est un SIREN transformé en notation scientifique par un tableur. Ressaisissez le numéro, la colonne étant au format texte.",
  },

  // Opening hours
  'opening-hours-value': {
    en: (p) => `Incorrect opening hours: the value must follow the OpenStreetMap opening_hours syntax (e.g. “Mo-Fr 08:30-12:00,14:00-17:30; Sa 09:00-12:00”). ${p.detail ?? ''}`.trim(),
    fr: (p) =>
      `Horaires d'ouverture incorrects : la valeur doit respecter la spécification OpenStreetMap opening_hours (ex. « Mo-Fr 08:30-12:00,14:00-17:30; Sa 09:00-12:00 »). ${p.detailFr ?? p.detail ?? ''}`.trim(),
  },
  'opening-hours-value.warning': {
    en: (p) => `Opening hours accepted only with corrections: ${p.detail ?? ''}${p.suggestion ? ` Suggested value: “${p.suggestion}”.` : ''}`,
    fr: (p) => `Horaires d'ouverture acceptés seulement après correction : ${p.detailFr ?? p.detail ?? ''}${p.suggestion ? ` Valeur proposée : « ${p.suggestion} ».` : ''}`,
  },

  // Phone numbers
  'phone-number-value': {
    en: 'Invalid phone number “{value}”. Accepted numbers are French 10-digit numbers (01 99 00 27 37) or international numbers with the country code (+33 1 99 00 27 37); short numbers (115, 3949) are accepted too.',
    fr: 'Numéro de téléphone invalide « {value} ». Les numéros acceptés sont les numéros français à 10 chiffres (01 99 00 27 37) ou au format international avec le préfixe du pays (+33 1 99 00 27 37) ; les numéros courts (115, 3949) sont également acceptés.',
  },
  'phone-number-value.characters': {
    en: 'Invalid phone number “{value}”: one cell holds one number, with digits, spaces, dots or hyphens only (01 99 00 27 37, +33 1 99 00 27 37).',
    fr: 'Numéro de téléphone invalide « {value} » : une cellule contient un seul numéro, fait de chiffres, espaces, points ou tirets (01 99 00 27 37, +33 1 99 00 27 37).',
  },
  'phone-number-value.length': {
    en: 'Invalid phone number “{value}”: a French number has 10 digits, this one has {digitCount}.',
    fr: 'Numéro de téléphone invalide « {value} » : un numéro français compte 10 chiffres, celui-ci en a {digitCount}.',
  },
  'phone-number-value.overseas-national': {
    en: 'Phone number “{value}” of an overseas department: Validata accepts it only in international form, “{suggestion}”.',
    fr: "Numéro de téléphone d'outre-mer « {value} » : Validata ne l'accepte qu'au format international, « {suggestion} ».",
  },

  // GPS coordinates
  'french-gps-coordinates': {
    en: 'The value {value} does not match valid French GPS coordinates: the point (latitude {lat}, longitude {lon}) is not in France, metropolitan or overseas.',
    fr: 'La valeur {value} ne correspond pas à des coordonnées GPS françaises valides : le point (latitude {lat}, longitude {lon}) ne se trouve ni en France métropolitaine ni outre-mer.',
  },
  'french-gps-coordinates.swapped': {
    en: 'The value {value} matches swapped French GPS coordinates: exchanged, latitude and longitude fall in {territoryEn}.',
    fr: 'La valeur {value} correspond à des coordonnées GPS françaises inversées : une fois échangées, latitude et longitude tombent en {territoryFr}.',
  },

  // Multi-column checks
  'one-of-required': {
    en: (p) => `At least one of the columns ${quotedList([String(p.column1), String(p.column2)], 'or')} must have a value.`,
    fr: (p) => `Au moins l'une des colonnes ${quotedListFr([String(p.column1), String(p.column2)], 'ou')} doit comporter une valeur.`,
  },
  'one-of-required.missing-columns': {
    en: (p) => `One of the two columns ${quotedList([String(p.column1), String(p.column2)], 'and')} is required: both are missing.`,
    fr: (p) => `Une des deux colonnes ${quotedListFr([String(p.column1), String(p.column2)])} est requise : elles sont toutes deux manquantes.`,
  },
  'cohesive-columns-value': {
    en: (p) => `The columns ${quotedList(p.columns, 'and')} must all have a value or all be empty (empty here: ${list(p.empty)}).`,
    fr: (p) => `Les colonnes ${quotedListFr(p.columns)} doivent toutes comporter une valeur ou toutes être vides (vides ici : ${list(p.empty)}).`,
  },
  'cohesive-columns-value.missing-columns': {
    en: (p) => `The columns ${quotedList(p.columns, 'and')} must be all present or all absent (absent: ${list(p.absent)}).`,
    fr: (p) => `Les colonnes ${quotedListFr(p.columns)} doivent être soit toutes présentes, soit toutes absentes (sont absentes : ${list(p.absent)}).`,
  },
  'compare-columns-value': {
    en: (p) => `The value of column “${p.column}” (${p.value}) should be ${operatorWords[String(p.op)]?.en ?? p.op} the value of column “${p.column2}” (${p.value2}).`,
    fr: (p) =>
      `La valeur de la colonne « ${p.column} » (${p.value}) devrait être ${operatorWords[String(p.op)]?.fr ?? p.op} à la valeur de la colonne « ${p.column2} » (${p.value2}).`,
  },
  'compare-columns-value.not-comparable': {
    en: 'The value of column “{column}” ({value}) cannot be compared with the value of column “{column2}” ({value2}).',
    fr: "La valeur de la colonne « {column} » ({value}) n'est pas comparable avec la valeur de la colonne « {column2} » ({value2}).",
  },
  'sum-columns-value': {
    en: (p) => `The sum of the columns ${quotedList(p.columns, 'and')} (${p.sum}) differs from the value of column “${p.column}” (${p.value}).`,
    fr: (p) => `La somme des valeurs des colonnes ${quotedListFr(p.columns)} (${p.sum}) est différente de la valeur de la colonne « ${p.column} » (${p.value}).`,
  },
  'sum-columns-value.not-a-number': {
    en: (p) => `The value of column “${p.notNumberColumn}” (${p.value}) is not a number: cannot check that “${p.column}” = ${list(p.columns).replace(/, /g, ' + ')}.`,
    fr: (p) =>
      `La valeur de la colonne « ${p.notNumberColumn} » (${p.value}) n'est pas un nombre : impossible de vérifier que « ${p.column} » = ${list(p.columns).replace(/, /g, ' + ')}.`,
  },

  // Year interval
  'year-interval-value': {
    en: 'Incorrect year interval “{value}”.',
    fr: "Intervalle d'années incorrect « {value} ».",
  },
  'year-interval-value.format': {
    en: 'Incorrect year interval “{value}”: expected format YYYY/YYYY (e.g. 2023/2024).',
    fr: "Intervalle d'années incorrect « {value} » : format attendu AAAA/AAAA (ex. 2023/2024).",
  },
  'year-interval-value.format-or-year': {
    en: 'Incorrect value “{value}”: expected a year (YYYY) or an interval (YYYY/YYYY).',
    fr: 'Valeur incorrecte « {value} » : format attendu année (AAAA) ou intervalle (AAAA/AAAA).',
  },
  'year-interval-value.same-years': {
    en: 'Incorrect year interval “{value}”: the two years must be different.',
    fr: "Intervalle d'années incorrect « {value} » : les deux années doivent être différentes.",
  },
  'year-interval-value.order': {
    en: 'Incorrect year interval “{value}”: the second year must be later than the first ({suggestion}).',
    fr: "Intervalle d'années incorrect « {value} » : la deuxième année doit être postérieure à la première ({suggestion}).",
  },

  // Nomenclature Actes
  'nomenclature-actes-value': {
    en: 'Invalid “nomenclature Actes” value “{value}”.',
    fr: 'Nomenclature Actes invalide « {value} ».',
  },
  'nomenclature-actes-value.missing-slash': {
    en: 'Invalid “nomenclature Actes” value “{value}”: the slash “/” after the heading is missing (e.g. “Urbanisme/Permis de construire”).',
    fr: 'Nomenclature Actes invalide « {value} » : le signe oblique « / » est manquant (ex. « Urbanisme/Permis de construire »).',
  },
  'nomenclature-actes-value.extra-space': {
    en: 'Invalid “nomenclature Actes” value “{value}”: no space before or after the slash (“{suggestion}”).',
    fr: "Nomenclature Actes invalide « {value} » : le signe oblique ne doit pas être précédé ni suivi d'espace (« {suggestion} »).",
  },
  'nomenclature-actes-value.unknown-prefix': {
    en: 'Invalid “nomenclature Actes” value “{value}”: the heading “{prefix}” is not one of the nine of the nomenclature (Commande publique, Urbanisme, Domaine et patrimoine, Fonction publique, Institutions et vie politique, Libertés publiques et pouvoirs de police, Finances locales, Domaines de compétences par thèmes, Autres domaines de compétences).',
    fr: "Nomenclature Actes invalide « {value} » : le préfixe « {prefix} » n'est pas reconnu (Commande publique, Urbanisme, Domaine et patrimoine, Fonction publique, Institutions et vie politique, Libertés publiques et pouvoirs de police, Finances locales, Domaines de compétences par thèmes, Autres domaines de compétences).",
  },

  // The schema's custom checks themselves
  'custom-check-error': {
    en: 'The custom check “{check}” of the schema could not be initialised: {reason}',
    fr: "Le custom check « {check} » du schéma n'a pas pu être correctement initialisé : {reason}",
  },
  'custom-check-error.unknown': {
    en: 'The schema uses the custom check “{check}”, which is not defined: it is ignored.',
    fr: "Le schéma utilise le custom check « {check} », qui n'est pas défini : il est ignoré.",
  },
};
