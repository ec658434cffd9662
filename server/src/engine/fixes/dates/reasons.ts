// Why a date could not be fixed, and what the notes on a fixed date mean, in English and French.

/**
 * empty: nothing to read. unrecognized: not a date we can read. bare-number: a number in a column not
 * declared as dates (it might be an Excel serial, but nobody said so), or (variant small) a number below 3000
 * that is more likely a day or an amount than a serial of 1900–1908. impossible: no such day or time
 * (31/04/2022, 29/02/2021, Excel's 1900-02-29, 25:00, the skipped spring hour). implausible-year: a year
 * outside 1000–2999. incomplete: a part the target needs is missing (no day for a date, no year).
 * unsupported-format: the schema's strptime pattern uses a directive we do not write. unknown-offset:
 * "heure de Paris" before 1946, when we do not know the offset.
 */
export type DateFixReason =
  | 'empty'
  | 'unrecognized'
  | 'bare-number'
  | 'impossible'
  | 'implausible-year'
  | 'incomplete'
  | 'unsupported-format'
  | 'unknown-offset';

type Bilingual = { en: string; fr: string };

/** Catalog entries (`reason` or `reason.variant`), in the shape of server/src/i18n catalogs, ready to be spread there. */
export const dateFixReasonMessages: Record<string, Bilingual> = {
  'date-fix.empty': { en: 'The cell is empty.', fr: 'La cellule est vide.' },
  'date-fix.unrecognized': { en: 'This is not a date that can be read safely.', fr: "Ce n'est pas une date lisible sans risque d'erreur." },
  'date-fix.bare-number': {
    en: 'A bare number: it may be an Excel serial date, but the column is not declared as dates.',
    fr: "Un nombre seul : c'est peut-être une date au format numérique d'Excel, mais la colonne n'est pas déclarée comme contenant des dates.",
  },
  'date-fix.bare-number.small': {
    en: 'A small bare number: more likely a day, a count or an amount than an Excel serial date.',
    fr: "Un petit nombre seul : plus probablement un jour, une quantité ou un montant qu'une date au format numérique d'Excel.",
  },
  'date-fix.impossible': { en: 'This date does not exist.', fr: "Cette date n'existe pas." },
  'date-fix.impossible.date': { en: 'This date does not exist in the calendar (e.g. 31 April, or 29 February of a non-leap year).', fr: "Cette date n'existe pas dans le calendrier (par exemple le 31 avril, ou le 29 février d'une année non bissextile)." },
  'date-fix.impossible.month': { en: 'There is no such month.', fr: "Ce mois n'existe pas." },
  'date-fix.impossible.time': { en: 'This time of day does not exist.', fr: "Cette heure n'existe pas." },
  'date-fix.impossible.excel-1900-02-29': {
    en: 'Excel serial 60 is 29 February 1900, a day that never existed (Excel treats 1900 as a leap year).',
    fr: "Le numéro de série Excel 60 correspond au 29 février 1900, un jour qui n'a jamais existé (Excel considère 1900 comme bissextile).",
  },
  'date-fix.impossible.skipped-hour': {
    en: 'This local time never happened in Paris: clocks jumped forward one hour that night.',
    fr: "Cette heure n'a jamais existé à Paris : cette nuit-là, les horloges ont avancé d'une heure.",
  },
  'date-fix.implausible-year': { en: 'The year is not plausible (outside 1000–2999).', fr: "L'année n'est pas plausible (hors de 1000 à 2999)." },
  'date-fix.incomplete': { en: 'Part of the date is missing.', fr: 'Une partie de la date manque.' },
  'date-fix.incomplete.no-year': { en: 'The year is missing.', fr: "L'année manque." },
  'date-fix.incomplete.no-month': { en: 'The month is missing.', fr: 'Le mois manque.' },
  'date-fix.incomplete.no-day': { en: 'The day is missing: the column wants a full date.', fr: 'Le jour manque : la colonne attend une date complète.' },
  'date-fix.unsupported-format': { en: 'The schema asks for a date format this fix cannot write ({variant}).', fr: 'Le schéma demande un format de date que cette correction ne sait pas écrire ({variant}).' },
  'date-fix.unknown-offset': { en: 'The offset of Paris time on that date is not known.', fr: "Le décalage horaire de l'heure de Paris à cette date n'est pas connu." },
};

/** Labels for the notes a code action may show next to a proposed date. */
export const dateFixNoteMessages: Record<string, Bilingual> = {
  'date-fix-note.time-dropped': { en: 'the time of day is dropped', fr: "l'heure est supprimée" },
  'date-fix-note.time-added': { en: 'midnight (00:00:00) is added', fr: 'minuit (00:00:00) est ajouté' },
  'date-fix-note.precision-reduced': { en: 'only the part the column wants is kept', fr: 'seule la partie attendue par la colonne est conservée' },
  'date-fix-note.zone-dropped': { en: 'the time zone is dropped', fr: 'le fuseau horaire est supprimé' },
  'date-fix-note.two-digit-year': { en: 'two-digit year read as Excel does (00–29 → 20xx, 30–99 → 19xx)', fr: 'année à deux chiffres lue comme le fait Excel (00–29 → 20xx, 30–99 → 19xx)' },
  'date-fix-note.excel-serial': { en: 'Excel serial date number', fr: 'numéro de série de date Excel' },
  'date-fix-note.weekday-mismatch': { en: 'the weekday written does not match this date', fr: 'le jour de la semaine indiqué ne correspond pas à cette date' },
  'date-fix-note.order-differs-from-column': { en: 'day and month read in the other order than the rest of the column, because no other reading is a valid date', fr: "jour et mois lus dans l'ordre inverse du reste de la colonne, car aucune autre lecture n'est une date valide" },
  'date-fix-note.zone-assumed-paris': { en: 'Paris time assumed', fr: 'heure de Paris supposée' },
};
