// Messages of the quick fixes: action titles (this cell, this column, the whole file), notes explaining a
// doubt or why nothing is offered, the CLI's --fix report, and the reasons the date and coordinate engines give.
import type { ProblemParams } from '../engine/problems/problem';
import { coordinateFixReasonMessages, coordinateTransformationMessages, dateFixNoteMessages, dateFixReasonMessages } from './fixReasons';
import { ioReason } from '../engine/problems/messages/ioReasons';
import { openingHoursProse } from '../engine/values/openingHoursProse';
import { isPlural, plural } from '../engine/problems/messages/plural';
import type { Locale, MessageCatalog, Template } from '../engine/problems/messages/types';

type Params = ProblemParams;

const str = (value: Params[string]): string => (value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value));
const quote = (value: Params[string], locale: Locale) => (locale === 'fr' ? `« ${str(value)} »` : `“${str(value)}”`);
const quotedList = (value: Params[string], locale: Locale) =>
  (Array.isArray(value) ? value : [str(value)]).map((item) => quote(item, locale)).join(locale === 'fr' ? ' ou ' : ' or ');

const noteLabels: Record<string, { en: string; fr: string } | undefined> = dateFixNoteMessages;
const stepLabels: Record<string, { en: string; fr: string } | undefined> = coordinateTransformationMessages;

/** Labels of note keys (date notes, coordinate steps) in one language, joined; '' when none. */
function labels(keys: Params[string], locale: Locale): string {
  const list = Array.isArray(keys) ? keys : [];
  const texts = list.map((key) => (noteLabels[key] ?? stepLabels[key])?.[locale]).filter((text): text is string => Boolean(text));
  return texts.join(', ');
}

const withLabels = (text: string, keys: Params[string], locale: Locale) => {
  const extra = labels(keys, locale);
  return extra ? `${text} (${extra})` : text;
};

/** "Convert to “…”" / "Convertir en « … »". */
function convertText(locale: Locale, params: ProblemParams): string {
  return locale === 'fr' ? `Convertir en ${quote(params.value, locale)}` : `Convert to ${quote(params.value, locale)}`;
}

/** The title of a value fix: "Convert to “…”" / "Convertir en « … »", with the notes that need a look. */
function convertTo(locale: Locale, notesParam?: string): Template {
  return (params) => {
    const base = convertText(locale, params);
    return notesParam ? withLabels(base, params[notesParam], locale) : base;
  };
}

/** "Convertir en “Mo-Fr 09:00-12:00” — du lundi au vendredi de 9 h à 12 h": the value read back in prose. */
function convertHours(locale: Locale): Template {
  return (params) => {
    const base = convertText(locale, params);
    const prose = typeof params.value === 'string' ? openingHoursProse(params.value, locale) : undefined;
    return prose === undefined ? base : `${base} — ${prose}`;
  };
}

const readingNames: Record<string, { en: string; fr: string }> = {
  'dd/mm': { en: 'day/month', fr: 'jour/mois' },
  'mm/dd': { en: 'month/day', fr: 'mois/jour' },
  first: { en: 'the first reading', fr: 'la première lecture' },
  other: { en: 'the other reading', fr: "l'autre lecture" },
};

/** What a column fix counts, per fix kind: "Fix all 12 dates in `date_maj`". */
const columnNouns: Record<string, { en: [string, string]; fr: [string, string] }> = {
  date: { en: ['date', 'dates'], fr: ['date', 'dates'] },
  'opening-hours': { en: ['opening hours value', 'opening hours values'], fr: ['horaire', 'horaires'] },
  'opening-hours-normalize': { en: ['opening hours value', 'opening hours values'], fr: ['horaire', 'horaires'] },
  coordinates: { en: ['coordinate', 'coordinates'], fr: ['coordonnée', 'coordonnées'] },
  'swap-coordinates': { en: ['swapped point', 'swapped points'], fr: ['point inversé', 'points inversés'] },
  'leading-zeros': { en: ['code missing its leading zero', 'codes missing their leading zeros'], fr: ['code sans son zéro initial', 'codes sans leur zéro initial'] },
  'phone-international': { en: ['phone number', 'phone numbers'], fr: ['numéro de téléphone', 'numéros de téléphone'] },
  boolean: { en: ['yes/no value', 'yes/no values'], fr: ['valeur oui/non', 'valeurs oui/non'] },
  number: { en: ['number', 'numbers'], fr: ['nombre', 'nombres'] },
  'number-unit': { en: ['number with a unit', 'numbers with a unit'], fr: ['nombre avec unité', 'nombres avec unité'] },
  'enum-value': { en: ['value', 'values'], fr: ['valeur', 'valeurs'] },
  'trim-spaces': { en: ['value with spaces', 'values with spaces'], fr: ['valeur avec espaces', 'valeurs avec espaces'] },
  'commune-code-fill': { en: ['missing INSEE code', 'missing INSEE codes'], fr: ['code INSEE manquant', 'codes INSEE manquants'] },
  'commune-code-current': { en: ['former commune code', 'former commune codes'], fr: ['code de commune ancienne', 'codes de communes anciennes'] },
  'commune-code-from-name': { en: ['code that is not a commune', 'codes that are not communes'], fr: ['code qui n’est pas une commune', 'codes qui ne sont pas des communes'] },
  'commune-name-official': { en: ['commune name', 'commune names'], fr: ['nom de commune', 'noms de communes'] },
  'commune-code-for-name': { en: ['commune code', 'commune codes'], fr: ['code de commune', 'codes de communes'] },
};

function columnTitle(locale: Locale): Template {
  return (params) => {
    const count = Number(params.count ?? 0);
    const nouns = columnNouns[str(params.kind)] ?? { en: ['value', 'values'], fr: ['valeur', 'valeurs'] };
    const noun = nouns[locale][isPlural(count, locale) ? 1 : 0];
    return locale === 'fr' ? `Corriger les ${count} ${noun} de \`${str(params.fieldName)}\`` : `Fix all ${count} ${noun} in \`${str(params.fieldName)}\``;
  };
}



const titles = {
  'fix.date': { en: convertTo('en', 'notes'), fr: convertTo('fr', 'notes') },
  'fix.date.choice': {
    en: (p) => `Read as ${readingNames[str(p.reading)]?.en ?? str(p.reading)}: ${quote(p.value, 'en')}`,
    fr: (p) => `Lire comme ${readingNames[str(p.reading)]?.fr ?? str(p.reading)} : ${quote(p.value, 'fr')}`,
  },
  'fix.openingHours': { en: convertHours('en'), fr: convertHours('fr') },
  'fix.coordinates': { en: convertTo('en', 'steps'), fr: convertTo('fr', 'steps') },
  'fix.swapCoordinates': {
    en: (p) => (p.lat === p.lon ? `Swap latitude and longitude in \`${str(p.lat)}\`` : `Swap latitude and longitude (\`${str(p.lat)}\` ↔ \`${str(p.lon)}\`)`),
    fr: (p) => (p.lat === p.lon ? `Inverser latitude et longitude dans \`${str(p.lat)}\`` : `Inverser latitude et longitude (\`${str(p.lat)}\` ↔ \`${str(p.lon)}\`)`),
  },
  'fix.splitCoordinates': {
    en: (p) => `Split \`${str(p.source)}\` into \`${str(p.lat)}\` and \`${str(p.lon)}\` (${str(p.rows)} ${plural(p.rows, 'en', 'row', 'rows')})`,
    fr: (p) => `Répartir \`${str(p.source)}\` en \`${str(p.lat)}\` et \`${str(p.lon)}\` (${str(p.rows)} ${plural(p.rows, 'fr', 'ligne', 'lignes')})`,
  },
  'fix.lambert93Columns': {
    en: (p) => `Convert \`${str(p.source)}\` from Lambert-93 into \`${str(p.lat)}\` and \`${str(p.lon)}\` (${str(p.rows)} ${plural(p.rows, 'en', 'row', 'rows')})`,
    fr: (p) => `Convertir \`${str(p.source)}\` du Lambert-93 en \`${str(p.lat)}\` et \`${str(p.lon)}\` (${str(p.rows)} ${plural(p.rows, 'fr', 'ligne', 'lignes')})`,
  },
  'fix.mergeCoordinates': {
    en: (p) => `Merge \`${str(p.source)}\` into \`${str(p.field)}\` (${str(p.rows)} ${plural(p.rows, 'en', 'row', 'rows')})`,
    fr: (p) => `Réunir \`${str(p.source)}\` dans \`${str(p.field)}\` (${str(p.rows)} ${plural(p.rows, 'fr', 'ligne', 'lignes')})`,
  },
  'fix.renameHeader': {
    en: (p) => `Rename the column to ${quote(p.value, 'en')}`,
    fr: (p) => `Renommer la colonne en ${quote(p.value, 'fr')}`,
  },
  'fix.addColumn': {
    en: (p) => `Add the missing column \`${str(p.fieldName)}\` (empty)`,
    fr: (p) => `Ajouter la colonne manquante \`${str(p.fieldName)}\` (vide)`,
  },
  'fix.leadingZeros': {
    en: (p) => `Restore the leading zero: ${quote(p.value, 'en')}`,
    fr: (p) => `Rétablir le zéro initial : ${quote(p.value, 'fr')}`,
  },
  'fix.communeCodeFill': {
    en: (p) => `Fill in INSEE code ${str(p.value)} (${str(p.name)})`,
    fr: (p) => `Renseigner le code INSEE ${str(p.value)} (${str(p.name)})`,
  },
  'fix.communeCodeCurrent': {
    en: (p) => `Replace with the current commune's code ${str(p.value)} (${str(p.name)})`,
    fr: (p) => `Remplacer par le code de la commune actuelle ${str(p.value)} (${str(p.name)})`,
  },
  'fix.communeCodeFromName': {
    en: (p) => `Replace with the INSEE code of the row's commune, ${str(p.value)} (${str(p.name)})`,
    fr: (p) => `Remplacer par le code INSEE de la commune de la ligne, ${str(p.value)} (${str(p.name)})`,
  },
  'fix.communeNameOfficial': {
    en: (p) => `Write the code's commune: ${quote(p.value, 'en')}`,
    fr: (p) => `Écrire la commune du code : ${quote(p.value, 'fr')}`,
  },
  'fix.communeCodeForName': {
    en: (p) => `Change the code to ${str(p.value)} (${str(p.name)}), the commune of this name and postcode`,
    fr: (p) => `Changer le code en ${str(p.value)} (${str(p.name)}), la commune de ce nom et de ce code postal`,
  },
  'fix.phoneInternational': {
    en: (p) => `Write in international form: ${quote(p.value, 'en')}`,
    fr: (p) => `Écrire au format international : ${quote(p.value, 'fr')}`,
  },
  'fix.boolean': { en: (p) => `Replace with ${quote(p.value, 'en')}`, fr: (p) => `Remplacer par ${quote(p.value, 'fr')}` },
  'fix.enumValue': {
    en: (p) => `Replace with the allowed value ${quote(p.value, 'en')}`,
    fr: (p) => `Remplacer par la valeur autorisée ${quote(p.value, 'fr')}`,
  },
  'fix.repairMojibake': {
    en: (p) => `Repair the garbled accents (${quote(p.from, 'en')} → ${quote(p.to, 'en')}; ${str(p.count)} ${plural(p.count, 'en', 'character', 'characters')} in the file)`,
    fr: (p) => `Réparer les accents illisibles (${quote(p.from, 'fr')} → ${quote(p.to, 'fr')} ; ${str(p.count)} ${plural(p.count, 'fr', 'caractère', 'caractères')} dans le fichier)`,
  },
  'fix.trimSpaces': {
    en: (p) => `Remove the surrounding spaces: ${quote(p.value, 'en')}`,
    fr: (p) => `Supprimer les espaces autour : ${quote(p.value, 'fr')}`,
  },
  'fix.number': { en: (p) => `Write the number as ${quote(p.value, 'en')}`, fr: (p) => `Écrire le nombre ${quote(p.value, 'fr')}` },
  'fix.numberUnit': {
    en: (p) => `Keep only the number: ${quote(p.value, 'en')} (the unit is dropped)`,
    fr: (p) => `Ne garder que le nombre : ${quote(p.value, 'fr')} (l'unité est retirée)`,
  },
  'fix.column': { en: columnTitle('en'), fr: columnTitle('fr') },
  'fix.all.safe': {
    en: (p) => `Fix all safe problems (${str(p.count)})`,
    fr: (p) => `Corriger tous les problèmes sans risque (${str(p.count)})`,
  },
  'fix.all.unsafe': {
    en: (p) => `Fix all problems with a single correction (${str(p.count)})`,
    fr: (p) => `Corriger tous les problèmes à correction unique (${str(p.count)})`,
  },
} satisfies MessageCatalog;

const notes = {
  'fix-note.date-ambiguous': {
    en: (p) => `${quote(p.value, 'en')} can be read as ${quotedList(p.readings, 'en')}, and no other value of the column decides (none has a day above 12): choose the right reading.`,
    fr: (p) => `${quote(p.value, 'fr')} peut se lire ${quotedList(p.readings, 'fr')}, et aucune autre valeur de la colonne ne permet de trancher (aucun jour au-delà de 12) : choisissez la bonne lecture.`,
  },
  'fix-note.date-rejected': {
    en: (p) => `Read as ${quote(p.candidate, 'en')}, but the field would still refuse it (another constraint fails): no fix offered.`,
    fr: (p) => `Lue comme ${quote(p.candidate, 'fr')}, mais le champ la refuserait encore (une autre contrainte échoue) : aucune correction proposée.`,
  },
  'fix-note.number-ambiguous': {
    en: (p) => `${quote(p.value, 'en')} may be ${quotedList(p.readings, 'en')} (a decimal comma or a thousands separator), and the column does not say which: choose.`,
    fr: (p) => `${quote(p.value, 'fr')} peut valoir ${quotedList(p.readings, 'fr')} (virgule décimale ou séparateur de milliers), et la colonne ne permet pas de trancher : choisissez.`,
  },
  'fix-note.coordinates-unreadable-rows': {
    en: (p) => `${str(p.count)} ${plural(p.count, 'en', 'row', 'rows')} cannot be read as coordinates and would be left empty (rows ${str(p.rows)}${Number(p.count) > 10 ? '…' : ''}).`,
    fr: (p) => `${str(p.count)} ${plural(p.count, 'fr', 'ligne ne peut', 'lignes ne peuvent')} pas être ${plural(p.count, 'fr', 'lue', 'lues')} comme des coordonnées et resteraient vides (lignes ${str(p.rows)}${Number(p.count) > 10 ? '…' : ''}).`,
  },
  'fix-note.opening-hours.unparsed-text': {
    en: (p) => `Not converted to OpenStreetMap opening_hours: these words were not understood: ${quote(p.detail, 'en')}.`,
    fr: (p) => `Non converti au format opening_hours d'OpenStreetMap : ces mots n'ont pas été compris : ${quote(p.detail, 'fr')}.`,
  },
  'fix-note.opening-hours.too-long': {
    en: 'Not converted: this text is too long to be a schedule. Write it in OpenStreetMap opening_hours syntax (e.g. Mo-Fr 09:00-12:00,14:00-18:00).',
    fr: "Non converti : ce texte est trop long pour être un horaire. Écrivez-le au format opening_hours d'OpenStreetMap (par exemple Mo-Fr 09:00-12:00,14:00-18:00).",
  },
  'fix-note.opening-hours.school-holidays': {
    en: 'Not converted: OpenStreetMap writes school holidays as SH for every day at once (Validata refuses days after SH), and "vacances" alone or "grandes / petites vacances" do not say which holidays. Write the days and dates explicitly.',
    fr: 'Non converti : OpenStreetMap écrit les vacances scolaires SH pour tous les jours à la fois (Validata refuse des jours après SH), et « vacances » seul ou « grandes / petites vacances » ne disent pas lesquelles. Indiquez les jours et les dates explicitement.',
  },
  'fix-note.opening-hours.open-end': {
    en: 'Not converted: an opening time with no closing time ("dès 18h") is written 18:00+ in OpenStreetMap, which Validata refuses. Give the closing time.',
    fr: 'Non converti : une heure d’ouverture sans heure de fermeture (« dès 18h ») s’écrit 18:00+ dans OpenStreetMap, ce que Validata refuse. Indiquez l’heure de fermeture.',
  },
  'fix-note.opening-hours.season-without-dates': {
    en: 'Not converted: a season ("summer", "winter") without dates cannot be written safely; give the months or dates.',
    fr: 'Non converti : une saison (« été », « hiver ») sans dates ne peut pas être écrite sans risque ; indiquez les mois ou les dates.',
  },
  'fix-note.opening-hours.rest-of-year': {
    en: 'Not converted: "the rest of the year" (or "off season") is the months the other periods leave, and they are not all whole months here (or none is given); write the months.',
    fr: 'Non converti : « le reste de l’année » (ou « hors saison ») désigne les mois que laissent les autres périodes, qui ne sont pas toutes des mois entiers ici (ou aucune n’est donnée) ; indiquez les mois.',
  },
  'fix-note.opening-hours.other-days': {
    en: 'Not converted: "the other days" are the days no other rule names, and no other rule names days here; write the days.',
    fr: 'Non converti : « les autres jours » sont ceux qu’aucune autre règle ne nomme, et aucune autre règle ne nomme de jours ici ; indiquez les jours.',
  },
  'fix-note.opening-hours.several-places': {
    en: 'Not converted: the text gives the hours of several places or services; one value describes one place.',
    fr: 'Non converti : le texte donne les horaires de plusieurs lieux ou services ; une valeur décrit un seul lieu.',
  },
  'fix-note.opening-hours.dated-occasion': {
    en: 'Not converted: a date given with its weekday ("lundi 14 novembre"), or hours on dates with no weekday in the text ("le 12 mars de 14h à 17h"), is one occasion of a year the text does not give; write the date with its year (e.g. 2026 Nov 14 10:00-12:00).',
    fr: 'Non converti : une date donnée avec son jour (« lundi 14 novembre »), ou des heures à des dates sans jour de la semaine dans le texte (« le 12 mars de 14h à 17h »), sont une occasion unique d’une année que le texte ne donne pas ; écrivez la date avec son année (par exemple 2026 Nov 14 10:00-12:00).',
  },
  'fix-note.opening-hours.all-year-after-period': {
    en: 'Not converted: "toute l\'année" heads hours after a part of the year written as a heading; where that first heading ends is for you to say. Write each rule with its own period (e.g. Apr-Sep We 14:00-18:00; Sa 10:00-12:00).',
    fr: 'Non converti : « toute l’année » ouvre des horaires après une partie de l’année écrite en titre ; où ce premier titre s’arrête, c’est à vous de le dire. Écrivez chaque règle avec sa période (par exemple Apr-Sep We 14:00-18:00; Sa 10:00-12:00).',
  },
  'fix-note.opening-hours.appointment-beside-hours': {
    en: 'Not converted: the text gives hours and, besides them, opening by appointment ("et sur RDV"); one value cannot say both.',
    fr: 'Non converti : le texte donne des heures et, en plus, une ouverture sur rendez-vous (« et sur RDV ») ; une seule valeur ne peut pas dire les deux.',
  },
  'fix-note.opening-hours.too-many-readings': {
    en: 'Not converted: the text can be cut into too many different schedules.',
    fr: 'Non converti : le texte peut se découper en trop d’horaires différents.',
  },
  'fix-note.opening-hours.incomplete': {
    en: 'Not converted: the text does not say enough (days without hours, or hours without days that can be placed).',
    fr: 'Non converti : le texte n’en dit pas assez (des jours sans heures, ou des heures impossibles à placer).',
  },
  'fix-note.opening-hours.contradiction': {
    en: 'Not converted: the text closes hours it also gives (e.g. "de 14h à 18h (fermé l\'après-midi)"). Check which is right, then write the value in OpenStreetMap opening_hours syntax.',
    fr: 'Non converti : le texte ferme des heures qu’il donne aussi (par exemple « de 14h à 18h (fermé l’après-midi) »). Vérifiez lesquelles sont justes, puis écrivez la valeur au format opening_hours d’OpenStreetMap.',
  },
  'fix-note.opening-hours.overlapping-ranges': {
    en: 'Not converted: hours given for the same days overlap (e.g. "12h-5h / 19h-23h"): one of them is probably a slip. Check the text, then write the value in OpenStreetMap opening_hours syntax.',
    fr: 'Non converti : des heures données pour les mêmes jours se chevauchent (par exemple « 12h-5h / 19h-23h ») : l’une d’elles est sans doute une erreur. Vérifiez le texte, puis écrivez la valeur au format opening_hours d’OpenStreetMap.',
  },
  'fix-note.opening-hours.added-or-replaced': {
    en: 'Not converted: later hours for some of the days may add to the hours given before or replace them (e.g. "9h-12h, le mercredi uniquement de 14h à 18h"), or be another service\'s. Check which, then write the value in OpenStreetMap opening_hours syntax (e.g. Mo,Tu,Th,Fr 09:00-12:00; We 09:00-12:00,14:00-18:00).',
    fr: 'Non converti : des heures données ensuite pour certains des jours peuvent s’ajouter aux heures données avant ou les remplacer (par exemple « 9h-12h, le mercredi uniquement de 14h à 18h »), ou être celles d’un autre service. Vérifiez, puis écrivez la valeur au format opening_hours d’OpenStreetMap (par exemple Mo,Tu,Th,Fr 09:00-12:00; We 09:00-12:00,14:00-18:00).',
  },
  'fix-note.opening-hours.mixed-languages': {
    en: 'Not converted: the text mixes French and English days or times, or names a time zone (e.g. "Du lundi au vendredi 9h-17h / Mon-Sat 9am-5pm"); the two may not say the same. Keep one schedule.',
    fr: 'Non converti : le texte mêle des jours ou des heures en français et en anglais, ou nomme un fuseau horaire (par exemple « Du lundi au vendredi 9h-17h / Mon-Sat 9am-5pm ») ; les deux peuvent ne pas dire la même chose. Gardez un seul horaire.',
  },
  'fix-note.opening-hours.note-period': {
    en: 'Not converted: a part of the year in brackets beside a note (e.g. "9h-18h (sur rendez-vous en juillet-août)") is the note\'s, not the hours\'; the value cannot say it. Write the note apart, or the hours of each part of the year.',
    fr: 'Non converti : une partie de l’année entre parenthèses à côté d’une remarque (par exemple « 9h-18h (sur rendez-vous en juillet-août) ») est celle de la remarque, pas des horaires ; la valeur ne peut pas le dire. Écrivez la remarque à part, ou les horaires de chaque partie de l’année.',
  },
  'fix-note.opening-hours.continuity-exception': {
    en: 'Not converted: "sauf" after continuous hours (e.g. "9h-17h sans interruption sauf le mercredi") takes out the continuity, not the day: that day\'s lunch break is not given. Write that day\'s hours.',
    fr: 'Non converti : « sauf » après des horaires sans interruption (par exemple « 9h-17h sans interruption sauf le mercredi ») retire la continuité, pas le jour : la pause de ce jour-là n’est pas donnée. Écrivez les horaires de ce jour.',
  },
  'fix-note.opening-hours.closings-only': {
    en: 'Not converted: the text gives only when the place is closed (e.g. "Fermé le lundi", "sauf jours fériés"). As a whole opening_hours value it would say the place never opens. Write the opening hours, then the closings (e.g. "du mardi au samedi de 9h à 18h, fermé les jours fériés" → Tu-Sa 09:00-18:00; PH off).',
    fr: 'Non converti : le texte ne dit que quand le lieu est fermé (par exemple « Fermé le lundi », « sauf jours fériés »). Comme valeur opening_hours complète, il dirait que le lieu n’ouvre jamais. Écrivez les horaires d’ouverture, puis les fermetures (par exemple « du mardi au samedi de 9h à 18h, fermé les jours fériés » → Tu-Sa 09:00-18:00; PH off).',
  },
  'fix-note.opening-hours.season-only': {
    en: 'Not converted: the text gives a season\'s hours (e.g. "Horaires d\'été (avril-octobre) : …") and nothing for the rest of the year. As a whole value the place would be closed then. Give the other hours too (e.g. "… ; de novembre à mars : 9h-17h").',
    fr: 'Non converti : le texte donne les horaires d’une saison (par exemple « Horaires d’été (avril-octobre) : … ») et rien pour le reste de l’année. Comme valeur complète, le lieu serait alors fermé. Donnez aussi les autres horaires (par exemple « … ; de novembre à mars : 9h-17h »).',
  },
  'fix-note.opening-hours.office-days-untold': {
    en: 'Not converted: hours without days for an administration (e.g. "Mairie : 8h30-12h", "Horaires de bureau : 9h-17h") would open it every day, Sunday included, which is unlikely. Write the days (e.g. "du lundi au vendredi de 8h30 à 12h" → Mo-Fr 08:30-12:00).',
    fr: 'Non converti : des horaires sans jours pour une administration (par exemple « Mairie : 8h30-12h », « Horaires de bureau : 9h-17h ») l’ouvriraient tous les jours, dimanche compris, ce qui est peu probable. Écrivez les jours (par exemple « du lundi au vendredi de 8h30 à 12h » → Mo-Fr 08:30-12:00).',
  },
  'fix-note.opening-hours.days-side-by-side': {
    en: 'Not converted: two days written side by side (e.g. "lundi vendredi 9h-18h") may be a range whose hyphen was lost or a list of two days. Write "du lundi au vendredi" (Mo-Fr) or "lundi et vendredi" (Mo,Fr).',
    fr: 'Non converti : deux jours écrits côte à côte (par exemple « lundi vendredi 9h-18h ») peuvent être une plage dont le tiret s’est perdu ou une liste de deux jours. Écrivez « du lundi au vendredi » (Mo-Fr) ou « lundi et vendredi » (Mo,Fr).',
  },
  'fix-note.opening-hours.weekend-untold': {
    en: 'Not converted: hours without days beside a closing day (e.g. "Mairie : 8h30-12h, fermé le mercredi") would open every other day, Sunday included; for this place the weekend is likely taken for granted. Write the days (e.g. "du lundi au vendredi de 8h30 à 12h, sauf le mercredi" → Mo,Tu,Th,Fr 08:30-12:00).',
    fr: 'Non converti : des horaires sans jours à côté d’un jour de fermeture (par exemple « Mairie : 8h30-12h, fermé le mercredi ») ouvriraient tous les autres jours, dimanche compris ; pour ce lieu, le week-end fermé va sans doute de soi. Écrivez les jours (par exemple « du lundi au vendredi de 8h30 à 12h, sauf le mercredi » → Mo,Tu,Th,Fr 08:30-12:00).',
  },
  'fix-note.opening-hours.several-readings': {
    en: (p) => `This text can mean several schedules: ${quotedList(p.readings, 'en')}. Choose the right one.`,
    fr: (p) => `Ce texte peut désigner plusieurs horaires : ${quotedList(p.readings, 'fr')}. Choisissez le bon.`,
  },
  'fix-note.opening-hours.invalid-result': {
    en: 'Not converted: the value it gives would not be accepted by the opening_hours checker.',
    fr: 'Non converti : la valeur obtenue ne serait pas acceptée par le vérificateur opening_hours.',
  },
  'fix-note.opening-hours.lost-from-text': {
    en: (p) => `Not converted: the only reading found leaves out what the text names (${str(p.detail)}), so it may say something else. Check the text, then write the value in OpenStreetMap opening_hours syntax (e.g. Mo-Fr 09:00-12:00,14:00-18:00).`,
    fr: (p) => `Non converti : la seule lecture trouvée laisse de côté ce que le texte nomme (${str(p.detail)}), elle pourrait donc dire autre chose. Vérifiez le texte, puis écrivez la valeur au format opening_hours d'OpenStreetMap (par exemple Mo-Fr 09:00-12:00,14:00-18:00).`,
  },
  'fix-note.opening-hours.empty': { en: 'Nothing to convert.', fr: 'Rien à convertir.' },
  'fix-note.opening-hours.pattern': {
    en: (p) => `Converted to ${quote(p.candidate, 'en')}, but the field's pattern refuses that value: no fix offered.`,
    fr: (p) => `Converti en ${quote(p.candidate, 'fr')}, mais le motif du champ refuse cette valeur : aucune correction proposée.`,
  },
} satisfies MessageCatalog;

const cli = {
  'cli.fix.applied': {
    en: (p) => `${str(p.path)}: ${str(p.count)} ${plural(p.count, 'en', 'fix', 'fixes')} applied`,
    fr: (p) => `${str(p.path)} : ${str(p.count)} ${plural(p.count, 'fr', 'correction appliquée', 'corrections appliquées')}`,
  },
  'cli.fix.wouldApply': {
    en: (p) => `${str(p.path)}: ${str(p.count)} ${plural(p.count, 'en', 'fix', 'fixes')} would be applied`,
    fr: (p) => `${str(p.path)} : ${str(p.count)} ${plural(p.count, 'fr', 'correction serait appliquée', 'corrections seraient appliquées')}`,
  },
  'cli.fix.change': {
    en: (p) => `  row ${str(p.row)}, ${str(p.column)}: ${quote(p.before, 'en')} → ${quote(p.after, 'en')} [${str(p.kind)}]`,
    fr: (p) => `  ligne ${str(p.row)}, ${str(p.column)} : ${quote(p.before, 'fr')} → ${quote(p.after, 'fr')} [${str(p.kind)}]`,
  },
  'cli.fix.action': { en: (p) => `  ${str(p.title)} [${str(p.kind)}]`, fr: (p) => `  ${str(p.title)} [${str(p.kind)}]` },
  'cli.fix.more': {
    en: (p) => `  … and ${str(p.count)} more`,
    fr: (p) => `  … et ${str(p.count)} ${plural(p.count, 'fr', 'autre', 'autres')}`,
  },
  'cli.fix.unsafeLeft': {
    en: (p) => `${str(p.path)}: ${str(p.count)} more ${plural(p.count, 'en', 'fix is', 'fixes are')} available with --unsafe-fixes`,
    fr: (p) => `${str(p.path)} : ${str(p.count)} ${plural(p.count, 'fr', 'autre correction est disponible', 'autres corrections sont disponibles')} avec --unsafe-fixes`,
  },
  'cli.fix.sidecar': {
    en: (p) => `${str(p.path)}: original labels of the renamed columns recorded`,
    fr: (p) => `${str(p.path)} : noms d'origine des colonnes renommées conservés`,
  },
  'cli.fix.sidecarWould': {
    en: (p) => `${str(p.path)}: original labels of the renamed columns would be recorded`,
    fr: (p) => `${str(p.path)} : les noms d'origine des colonnes renommées seraient conservés`,
  },
  'cli.fix.encodeError': {
    en: (p) => `${str(p.path)}: not written: the fixed text has characters ${str(p.encoding)} cannot hold (${quote(p.sample, 'en')})`,
    fr: (p) => `${str(p.path)} : non écrit : le texte corrigé contient des caractères que ${str(p.encoding)} ne sait pas représenter (${quote(p.sample, 'fr')})`,
  },
  'cli.fix.jsonNotSupported': {
    en: (p) => `${str(p.path)}: JSON datasets have no automatic fixes yet: checked, not written.`,
    fr: (p) => `${str(p.path)} : les jeux de données JSON n'ont pas encore de corrections automatiques : vérifié, non modifié.`,
  },
  'cli.fix.tooBig': {
    en: (p) => `${str(p.path)}: ${str(p.size)} MB is more than the ${str(p.limit)} MB a fix works on in memory: checked, not fixed. Fix it in smaller parts, or in the editor.`,
    fr: (p) => `${str(p.path)} : ${str(p.size)} Mo, c'est plus que les ${str(p.limit)} Mo qu'une correction traite en mémoire : vérifié, non corrigé. Corrigez-le par parties, ou dans l'éditeur.`,
  },
  'cli.fix.in-place-hard-link': {
    en: (p) => `${str(p.path)}: has other names (hard links): written in place, so that every name sees the fix`,
    fr: (p) => `${str(p.path)} : a d'autres noms (liens physiques) : écrit sur place, pour que chaque nom voie la correction`,
  },
  'cli.fix.in-place-owner': {
    en: (p) => `${str(p.path)}: belongs to another user, which a new file could not keep: written in place (owner kept)`,
    fr: (p) => `${str(p.path)} : appartient à un autre utilisateur, qu'un nouveau fichier ne pouvait garder : écrit sur place (propriétaire gardé)`,
  },
  'cli.fix.writeError': {
    en: (p) => `${str(p.path)}: could not write the fixed file (${ioReason(p.reason, 'en')})`,
    fr: (p) => `${str(p.path)} : impossible d'écrire le fichier corrigé (${ioReason(p.reason, 'fr')})`,
  },
  'cli.help.fix': {
    en: `Fixing (options of check):
  --fix                   apply the safe fixes (certain ones) to the files, then check them
  --unsafe-fixes          also apply fixes with a single candidate that deserve a look (opening hours
                          converted from French text, latitude/longitude swapped, units dropped…);
                          implies --fix unless --fix-dry-run is given
  --fix-dry-run           print the fixes as a unified diff and write nothing
  A value with several readings (03/04/2022 with no clue in its column) is never applied.
  Files keep their encoding, BOM, delimiter, quoting and line endings; writes are atomic.`,
    fr: `Corrections (options de check) :
  --fix                   applique aux fichiers les corrections sans risque, puis les vérifie
  --unsafe-fixes          applique aussi les corrections à candidat unique qui méritent un coup d'œil
                          (horaires convertis depuis le français, latitude et longitude inversées,
                          unités retirées…) ; implique --fix sauf avec --fix-dry-run
  --fix-dry-run           affiche les corrections sous forme de diff unifié sans rien écrire
  Une valeur qui a plusieurs lectures (03/04/2022 sans indice dans sa colonne) n'est jamais appliquée.
  Les fichiers gardent leur encodage, leur BOM, leur séparateur, leurs guillemets et leurs fins de ligne ;
  l'écriture est atomique.`,
  },
} satisfies MessageCatalog;

export const fixMessages = {
  ...dateFixReasonMessages,
  ...dateFixNoteMessages,
  ...coordinateFixReasonMessages,
  ...coordinateTransformationMessages,
  ...titles,
  ...notes,
  ...cli,
} satisfies MessageCatalog;
