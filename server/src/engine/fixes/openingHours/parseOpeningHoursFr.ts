// Converts French free-text opening hours into an OpenStreetMap opening_hours value, or says why it will not:
// tokens → items → every reading into rules → week model → canonical value, checked by the opening_hours library.

import { lostFromText } from './accountedFor';
import { addedHoursCertain, saidAddedHoursCertain } from './addedHours';
import { frenchFromEnglish } from './englishText';
import { hasOpeningDays, isHalfDayItem, sepChar, type Item } from './items';
import { tokenize, type Token } from './lexer';
import { TokenCursor } from './tokenCursor';
import { isWeekdayName } from './vocabulary';
import { foldText, type FoldedText } from './normalizeText';
import { openingHoursProblem, sameOpeningHours } from './openingHoursLibrary';
import { singleDays } from './datePhrases';
import { distributeClosedHalfDays, enumerateReadings, TooManyReadings, type Reading } from './rules';
import { exceptionToAnException, exceptionToContinuity, hyphenPairBesideChain, periodOfABracketedNote, roundTheClockBesideHours, saysTwoThings } from './refusedShapes';
import { scanPhrases } from './scanPhrases';
import { serializeModel } from './serializeModel';
import type { OpeningHoursConversion, ReviewReason } from './types';
import { buildModel, hasOpening, UnusableReading } from './weekModel';

/** Longer cells are prose, not a schedule; refusing them keeps the converter fast on any input. */
const MAX_INPUT_LENGTH = 1500;

function unparsedText(folded: FoldedText, input: string, tokens: ReturnType<typeof tokenize>, unknown: number[]): string {
  const runs: string[] = [];
  let k = 0;
  while (k < unknown.length) {
    let end = k;
    while (end + 1 < unknown.length && unknown[end + 1] === unknown[end] + 1) end++;
    const from = folded.origin[tokens[unknown[k]].start];
    const to = folded.origin[tokens[unknown[end]].end];
    runs.push(input.slice(from, to).trim());
    k = end + 1;
  }
  return runs.join(', ');
}

interface Interpretation {
  value: string;
  review: Set<ReviewReason>;
}

function interpret(reading: Reading, inputHasDays: boolean, failures: Set<string>): Interpretation | undefined {
  try {
    const model = buildModel(reading, inputHasDays);
    const value = serializeModel(model);
    if (!model.globalOff && !hasOpening(model)) model.review.add('closed-only');
    return value === undefined ? undefined : { value, review: model.review };
  } catch (error) {
    if (error instanceof UnusableReading) {
      failures.add(error.message);
      return undefined;
    }
    throw error;
  }
}

/**
 * Readings that cut the text differently may still write the same schedule in two ways ("Mo-Su 09:00-18:00;
 * Aug off" and "Mo-Su 09:00-18:00; Aug Mo-Su off"): one group per meaning, the plainest value first.
 */
function groupByMeaning(found: Interpretation[]): Interpretation[] {
  const plainest = (a: Interpretation, b: Interpretation) => a.review.size - b.review.size || a.value.length - b.value.length;
  const groups: Interpretation[] = [];
  for (const f of [...found].sort(plainest)) {
    const valid = openingHoursProblem(f.value) === undefined;
    if (!groups.some((g) => valid && openingHoursProblem(g.value) === undefined && sameOpeningHours(g.value, f.value))) groups.push(f);
  }
  return groups;
}

/**
 * Why no reading made a schedule, when the items say it: an open end ("dès 18h", which Validata refuses as
 * "18:00+"), days during school holidays (Validata refuses "SH Mo-Fr"), else the text is incomplete.
 */
function whyNoReading(content: readonly Item[], failures: ReadonlySet<string>): string {
  // Hours of one rule that overlap ("12h-5h / 19h-23h"): one of them is likely a slip, whatever the cut.
  if (failures.has('overlapping-ranges')) return 'overlapping-ranges';
  // "Vendredi de 8h à 12h et de 14h à 18h (fermé l'après-midi)": the text closes hours it gives.
  if (failures.has('half-day-contradicts')) return 'contradiction';
  const ranges = content.some((it) => it.kind === 'time');
  if (!ranges && content.some((it) => it.kind === 'openAt')) return 'open-end';
  if (content.some((it) => it.kind === 'schoolHolidays')) return 'school-holidays';
  return 'incomplete';
}

/** Adjacent items: the second starts at the token where the first ends (no separator, no skipped word between). */
function adjacent(a: Item, b: Item | undefined): boolean {
  return b !== undefined && b.from === a.to;
}

/**
 * A calendar date named with its weekday ("lundi 14 novembre", "SAMEDI 24 FEVRIER 17h à 19h") is one dated
 * occasion of one year the text does not give: OSM's "Nov 14 Mo" would open that date only in the years it falls
 * on that weekday, which is not what the writer meant.
 */
function isDatedOccasion(content: readonly Item[]): boolean {
  const withWeekday = content.some((day, k) => {
    const date = content[k + 1];
    if (day.kind !== 'days' || day.allDays || day.days.plain.size + day.days.nth.length !== 1 || !adjacent(day, date)) return false;
    if (date.kind !== 'scope') return false;
    const { selector } = date;
    // "Les mardis 12 et 19 mars": each date with its weekday.
    if (selector.kind === 'dates' || selector.kind === 'feasts') return true;
    return selector.kind === 'dateRange' && selector.from.month === selector.to.month && selector.from.day === selector.to.day;
  });
  return withWeekday || datesAlone(content);
}

/**
 * "Le 12 mars de 14h à 17h", "Les 12 et 19 mars de 14h à 17h": hours on dates, with no weekday anywhere in the text,
 * are sessions of one year more likely than every year's; "Fermé le 25 décembre" stays every year's.
 */
function datesAlone(content: readonly Item[]): boolean {
  const opens = content.some((it) => it.kind === 'time' || it.kind === 'openAt' || it.kind === 'closeAt');
  const scopes = content.filter((it) => it.kind === 'scope');
  const oneDay = (it: Item) => it.kind === 'scope' && singleDays(it.selector);
  return opens && scopes.length > 0 && scopes.every(oneDay) && !content.some((it) => it.kind === 'days' || it.kind === 'except' || it.kind === 'closed');
}

const SUMMER_WORDS = new Set(['ete', 'estival', 'estivaux', 'estivale', 'estivales']);
const WINTER_WORDS = new Set(['hiver', 'hivernal', 'hivernaux', 'hivernale', 'hivernales']);
const FEAST_WITH_DAYS = /\beaster(?: [+-]\d+ days?)?(?!-| [+-])(?:,\S+)* (?:Mo|Tu|We|Th|Fr|Sa|Su|PH|SH)\b/;
const MONTH_OR_FEAST = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|easter)\b/;

/**
 * "Horaires d'été (avril-octobre) : lundi au samedi 9h-12h / 14h-19h": a season's hours named as such, and nothing
 * for the rest of the year: there are other hours, not given, and the value would close the place then (found by
 * probing). (A place open in one season only says so otherwise: "Ouvert de juin à septembre".)
 */
function seasonHoursOnly(c: TokenCursor, value: string): boolean {
  const season = (word: string | undefined) => word !== undefined && (SUMMER_WORDS.has(word) || WINTER_WORDS.has(word));
  const named = c.tokens.some((_, k) => c.isWord(k, 'horaires', 'horaire') && season(c.word(c.skipWords(k + 1, ['d', 'de']))));
  // (Both seasons named, "Horaires d'hiver (…) : …, horaires d'été : …", the other is given.)
  const words = c.tokens.map((_, k) => c.word(k) ?? '');
  const both = words.some((w) => SUMMER_WORDS.has(w)) && words.some((w) => WINTER_WORDS.has(w));
  return named && !both && value.split(';').every((rule) => MONTH_OR_FEAST.test(rule.trim()));
}

/**
 * "de 15h à 19h et sur RDV": an appointment joined by "et" to hours is another way in, besides them, not a
 * condition on them ("de 15h à 19h sur RDV"); one value cannot say both.
 */
function hasAppointmentBesideHours(items: readonly Item[]): boolean {
  return items.some((it, k) => {
    // (", et sur rendez-vous", "+ sur rendez-vous": the same, found by probing.)
    const joiner = sepChar(items[k - 1]);
    const hours = joiner === 'et' && sepChar(items[k - 2]) === ',' ? items[k - 3] : items[k - 2];
    return it.kind === 'comment' && (joiner === 'et' || joiner === '+') && hours?.kind === 'time';
  });
}

/**
 * "Du 1er avril au 30 septembre :\nmercredi 14h-18h\nToute l'année :\nsamedi 10h-12h": "toute l'année" as a heading
 * after a part of the year written as one; where the first heading ends is for a person to see (found by probing).
 */
function allYearHeadingAfterPeriod(items: readonly Item[]): boolean {
  const firstScope = items.findIndex((it) => it.kind === 'scope');
  return firstScope >= 0 && items.some((it, k) => k > firstScope && it.kind === 'qualifier' && it.qualifier === 'allYear' && sepChar(items[k + 1]) === ':');
}

/** Places whose weekend goes without saying (closed): town halls, offices, desks, practices, hairdressers, leisure centres. */
const OFFICE_WORDS = new Set([
  'mairie', 'mairies', 'secretariat', 'bureau', 'bureaux', 'guichet', 'guichets', 'agence', 'administration', 'administratif',
  'administratifs', 'ccas', 'prefecture', 'sous', 'tribunal', 'cabinet', 'etude', 'notaire', 'banque', 'poste', 'caf', 'cpam', 'impots', 'tresor', 'tresorerie', 'permanence', 'permanences', 'ecole', 'college', 'lycee',
  'creche', 'creches', 'communaute', 'communes', 'intercommunalite', 'medecin', 'medecins', 'docteur', 'dentiste', 'kine',
  'kinesitherapeute', 'infirmier', 'infirmiere', 'infirmiers', 'veterinaire', 'laboratoire', 'medico', 'social', 'sociale',
  'garage', 'assurance', 'assurances', 'avocat', 'comptable', 'entreprise', 'atelier', 'france', 'urbanisme', 'etat', 'civil',
  'accueil', 'loisirs', 'coiffure', 'coiffeur', 'salon',
]);

function namesAnOffice(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && OFFICE_WORDS.has(t.text));
}

/** A weekday's name left unread right before another weekday's, nothing between ("lundi vendredi", "Lun Sam"). */
function daysSideBySide(c: TokenCursor, k: number): boolean {
  const [word, next] = [c.word(k), c.word(k + 1)];
  return word !== undefined && next !== undefined && isWeekdayName(word, true) && isWeekdayName(next, true);
}

/** Administrations, closed on Sunday as a matter of course (not a reception desk or a leisure base, open on Sunday as often). */
const ADMINISTRATION_WORDS = new Set([
  'mairie', 'mairies', 'secretariat', 'administration', 'administratif', 'administratifs', 'administrative', 'administratives',
  'prefecture', 'tribunal', 'notaire', 'banque', 'caf', 'cpam', 'impots', 'tresorerie', 'ccas', 'urbanisme', 'ecole', 'college', 'lycee',
]);

/** "Mairie : …", "Horaires de bureau (…)": an administration named, or office hours. */
function namesAnAdministration(c: TokenCursor): boolean {
  return c.tokens.some((_, k) => {
    if (ADMINISTRATION_WORDS.has(c.word(k) ?? '')) return true;
    // "heures de bureau", "horaires de bureau(x)", "heures d'ouverture des bureaux"
    return c.isWord(k, 'bureau', 'bureaux') && c.isWord(k - 1, 'de', 'des');
  });
}

/** Places open on Sunday as a rule, whose weekly closing is one weekday: bakeries, restaurants, museums, leisure… (Not "ferme", the farm: it is "fermé" folded.) */
const SUNDAY_PLACE_WORDS = new Set([
  'boulangerie', 'boulangeries', 'patisserie', 'boucherie', 'charcuterie', 'traiteur', 'fromagerie', 'poissonnerie', 'primeur',
  'restaurant', 'restaurants', 'bar', 'cafe', 'brasserie', 'creperie', 'pizzeria', 'bistrot', 'glacier', 'marche',
  'marches', 'musee', 'musees', 'exposition', 'galerie', 'chateau', 'abbaye', 'parc', 'jardin', 'jardins', 'zoo', 'aquarium',
  'piscine', 'patinoire', 'bowling', 'cinema', 'golf', 'camping', 'tourisme', 'caveau', 'cave', 'domaine', 'fleuriste',
  'presse', 'tabac', 'epicerie', 'superette', 'jardinerie', 'plage', 'hotel', 'aire',
]);

/**
 * A bakery, a museum… named first (the kind of place heads its name: "Restaurant Le Garage", not "Pharmacie du
 * Parc" or "Mairie de Château-Gontier"; found by probing), or a restaurant's services said ("fermé dimanche soir").
 */
function namesASundayPlace(tokens: readonly Token[]): boolean {
  const words = tokens.flatMap((t) => (t.kind === 'word' ? [t.text] : []));
  const head = words.findIndex((w) => !['le', 'la', 'les', 'l', 'notre', 'au', 'a'].includes(w));
  const first = words[head];
  const children = first === 'jardin' && words[head + 2] === 'enfants';
  const tourism = first === 'office' && words.includes('tourisme');
  return (first !== undefined && SUNDAY_PLACE_WORDS.has(first) && !children) || tourism || words.some((w) => w === 'soir' || w === 'soirs');
}

export function parseOpeningHoursFr(input: string): OpeningHoursConversion {
  if (input.trim() === '') return { ok: false, reason: 'empty' };
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, reason: 'unparsed-text', detail: 'too-long' };
  const { folded, english, mixed } = frenchFromEnglish(foldText(input));
  if (mixed) return { ok: false, reason: 'ambiguous', detail: 'mixed-languages' };
  const tokens = tokenize(folded.text);
  const cursor = new TokenCursor(tokens);
  const scan = scanPhrases(tokens);
  if (scan.unknown.length > 0) {
    // "lundi vendredi 9h-18h": two days side by side left unread, a range or a list? Said so rather than as a word not understood.
    if (scan.unknown.some((k) => daysSideBySide(cursor, k))) return { ok: false, reason: 'ambiguous', detail: 'days-side-by-side' };
    return { ok: false, reason: 'unparsed-text', detail: unparsedText(folded, input, tokens, scan.unknown) };
  }
  const content = scan.items.filter((it) => it.kind !== 'sep');
  if (content.length === 0) return { ok: false, reason: 'empty' };
  if (content.some((it) => it.kind === 'schoolHolidays' && it.when === 'unsure')) return { ok: false, reason: 'ambiguous', detail: 'school-holidays' };
  if (content.some((it) => it.kind === 'season')) return { ok: false, reason: 'ambiguous', detail: 'season-without-dates' };
  if (content.some((it) => it.kind === 'restOfYear')) return { ok: false, reason: 'ambiguous', detail: 'rest-of-year' };
  if (content.some((it) => it.kind === 'otherDays')) return { ok: false, reason: 'ambiguous', detail: 'other-days' };
  if (scan.severalPlaces) return { ok: false, reason: 'ambiguous', detail: 'several-places' };
  if (hyphenPairBesideChain(tokens)) return { ok: false, reason: 'ambiguous', detail: 'incomplete' };
  if (exceptionToAnException(scan.items)) return { ok: false, reason: 'ambiguous', detail: 'incomplete' };
  if (exceptionToContinuity(scan.items)) return { ok: false, reason: 'ambiguous', detail: 'continuity-exception' };
  if (periodOfABracketedNote(scan.items, tokens)) return { ok: false, reason: 'ambiguous', detail: 'note-period' };
  if (saysTwoThings(scan.items, tokens)) return { ok: false, reason: 'ambiguous', detail: 'incomplete' };
  if (roundTheClockBesideHours(tokens)) return { ok: false, reason: 'ambiguous', detail: 'incomplete' };
  if (isDatedOccasion(content)) return { ok: false, reason: 'ambiguous', detail: 'dated-occasion' };
  if (hasAppointmentBesideHours(scan.items)) return { ok: false, reason: 'ambiguous', detail: 'appointment-beside-hours' };
  if (allYearHeadingAfterPeriod(scan.items)) return { ok: false, reason: 'ambiguous', detail: 'all-year-after-period' };

  let readings: Reading[];
  try {
    readings = enumerateReadings(scan.items, tokens.length);
  } catch (error) {
    if (error instanceof TooManyReadings) return { ok: false, reason: 'ambiguous', detail: 'too-many-readings' };
    throw error;
  }
  // (After "fermé" is written again before each day of a closed list, as the readings see it: "fermé le mercredi
  // après-midi et le samedi" names no day open.)
  const inputHasDays = hasOpeningDays(distributeClosedHalfDays(scan.items));
  const byValue = new Map<string, Interpretation>();
  const failures = new Set<string>();
  for (const reading of readings) {
    const found = interpret(reading, inputHasDays, failures);
    if (!found) continue;
    const seen = byValue.get(found.value);
    // Readings that agree differ only in how rules were cut: keep the plainest one's reasons for review.
    if (!seen || found.review.size < seen.review.size) byValue.set(found.value, found);
  }
  if (byValue.size === 0) return { ok: false, reason: 'ambiguous', detail: whyNoReading(content, failures) };
  const meanings = groupByMeaning([...byValue.values()]);
  if (meanings.length > 1) {
    const candidates = meanings.map((m) => m.value).filter((v) => openingHoursProblem(v) === undefined);
    return { ok: false, reason: 'ambiguous', detail: 'several-readings', candidates };
  }
  const [only] = meanings;
  if (only.review.has('added-hours') && !addedHoursCertain(tokens, content)) return { ok: false, reason: 'ambiguous', detail: 'added-or-replaced' };
  if (only.review.has('added-hours-said') && !saidAddedHoursCertain(tokens, scan.items)) return { ok: false, reason: 'ambiguous', detail: 'added-or-replaced' };
  // "Mairie : 8h30-12h, fermé le mercredi", "Coiffeur : 9h-19h, fermé le lundi": the weekly closing day of an office, or
  // of a place named that does not open on Sunday as a rule, says nothing of its weekend (found by probing). Unnamed,
  // or a bakery, a museum, a restaurant…, the other days are open, as written.
  // (A "service" alone is a restaurant's as often as a town hall's: the office words say which.)
  const placeNamed = namesAnOffice(tokens) || scan.label || scan.subject || [...scan.places].some((place) => place !== 'service');
  if (only.review.has('weekly-closing') && placeNamed && !namesASundayPlace(tokens)) return { ok: false, reason: 'ambiguous', detail: 'weekend-untold' };
  // "Mairie : 8h30-12h", "Horaires de bureau (9h-17h)": hours with no day at all for an office would open it on
  // Sunday too (found by probing); the weekend is taken for granted there.
  if (only.review.has('implicit-days') && !inputHasDays && namesAnAdministration(cursor)) return { ok: false, reason: 'ambiguous', detail: 'office-days-untold' };
  // "Fermé le lundi", "sauf jours fériés", "Congés annuels en août" alone: a value of closings only says the place never
  // opens (OSM reads what no rule opens as closed), which the text does not (found by probing). "Fermé" alone is.
  if (only.review.has('closed-only')) return { ok: false, reason: 'ambiguous', detail: 'closings-only' };
  if (seasonHoursOnly(cursor, only.value)) return { ok: false, reason: 'ambiguous', detail: 'season-only' };
  // "easter +1 day Tu-Sa": a feast given weekdays too comes only when it falls on them, never for most.
  if (only.value.split(';').some((rule) => FEAST_WITH_DAYS.test(rule))) return { ok: false, reason: 'ambiguous', detail: 'incomplete' };
  const problem = openingHoursProblem(only.value);
  if (problem !== undefined) return { ok: false, reason: 'invalid-result', detail: problem };
  const lost = lostFromText(scan.items, only.value);
  if (lost.length > 0) return { ok: false, reason: 'lost-from-text', detail: lost.join(', ') };
  if (scan.places.size > 0 || scan.subject) only.review.add('subject-noun');
  if (scan.label) only.review.add('label');
  if (scan.items.some((it, k) => it.kind === 'days' && it.listed && isHalfDayItem(scan.items[k + 1]) && scan.items[k + 1].from === it.to)) only.review.add('half-day-after-list');
  if (english) only.review.add('english');
  // ('weekly-closing' only marks a reading the office check above looks at: it asks no look of its own.)
  const asksALook = [...only.review].some((reason) => reason !== 'weekly-closing');
  return { ok: true, value: only.value, confidence: asksALook ? 'review' : 'safe' };
}
