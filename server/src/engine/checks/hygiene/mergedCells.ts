// What a vertically merged cell can hold: the label of a group of rows (a commune, a service, a category),
// never a record's own value. Identifiers (codes, SIRET, RNA, UAI, e-mail, phone, URL) and per-record text
// (opening hours, comments, addresses) are told apart by the column's name and by the values' shape, so that
// an empty cell there is read as a missing value, never filled with the value of the row above.
import { looksLikePhone } from '../../values/frenchPhoneNumbers';
import { labelWords, looksLikeEmail } from './personalData';

/** Words of a label that name an identifier or a contact: one record's own value. */
const IDENTIFIER_WORDS = new Set([
  'id', 'ids', 'uid', 'uuid', 'guid', 'identifiant', 'identifiants', 'identifier', 'code', 'codes', 'cog', 'siret', 'siren', 'rna', 'uai',
  'finess', 'insee', 'nic', 'naf', 'ape', 'rne', 'rcs', 'tva', 'iban', 'bic', 'ref', 'reference', 'numero', 'num', 'no', 'n', 'matricule',
  'immatriculation', 'cle', 'key', 'email', 'mail', 'courriel', 'tel', 'telephone', 'phone', 'mobile', 'portable', 'fax', 'url', 'uri',
  'site', 'web', 'lien', 'link', 'http', 'https',
]);

/** Words of a label that name a record's own text: opening hours, comments, descriptions, addresses. */
const PER_RECORD_WORDS = new Set([
  'horaire', 'horaires', 'hours', 'opening', 'commentaire', 'commentaires', 'comment', 'comments', 'comm', 'observation', 'observations',
  'remarque', 'remarques', 'description', 'precision', 'precisions', 'note', 'notes', 'detail', 'details', 'adresse', 'address', 'adr',
]);

/** RNA (W + digits, also mistyped short), UAI (7 digits + letter), and any code mixing letters and digits with no space. */
const RNA = /^W\d{4,9}$/i;
const UAI = /^\d{7}[A-Z]$/i;
const DIGITS = /^\d[\d \u00a0]{3,}\d$/;
const MIXED_CODE = /^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9._/#-]{3,24}$/;
const URL = /^(?:https?:\/\/|www\.)\S+$/i;
/** A time of day (8h, 08:30, 14h30): opening hours, a schedule. */
const TIME_OF_DAY = /\d\s?(?:h|:)\s?\d{0,2}\b/i;

/** Share of a column's group values that must be group labels for its gaps to be read as merged cells. */
export const GROUP_LABEL_SHARE = 0.8;
/** A group label is short: a commune, a service, a category. */
const MAX_GROUP_LABEL_LENGTH = 60;

/** True for a label that names an identifier or a contact (`idBeneficiaire`, `rnaBeneficiaire`, `code_insee`, `site_web`, `beneficiaire_id`). */
export function isIdentifierLabel(label: string): boolean {
  return labelWords(label).some((word) => IDENTIFIER_WORDS.has(word));
}

/** True for a label that names a record's own text (`horaires`, `Observations`, `adresse`). */
export function isPerRecordLabel(label: string): boolean {
  return labelWords(label).some((word) => PER_RECORD_WORDS.has(word));
}

/** True for a value shaped like an identifier or a contact: `W322216459`, `52499120500013`, `0290012A`, `23X01`, an e-mail, a phone number, a URL. */
export function looksLikeIdentifier(value: string): boolean {
  const text = value.trim();
  if (text === '') return false;
  return RNA.test(text) || UAI.test(text) || DIGITS.test(text) || MIXED_CODE.test(text) || URL.test(text) || looksLikeEmail(text) || looksLikePhone(text);
}

/** True for a value that can label a group of rows: short text, no identifier, no time of day, mostly letters. */
export function isGroupLabel(value: string): boolean {
  const text = value.trim();
  if (text === '' || text.length > MAX_GROUP_LABEL_LENGTH || looksLikeIdentifier(text) || TIME_OF_DAY.test(text)) return false;
  const compact = text.replace(/\s+/g, '');
  const digits = compact.replace(/\D+/g, '').length;
  return digits * 3 <= compact.length;
}

/** True when a column may hold merged cells at all, judged by its name: not an identifier, a contact or a record's own text. */
export function mayHoldMergedCells(label: string): boolean {
  return !isIdentifierLabel(label) && !isPerRecordLabel(label);
}
