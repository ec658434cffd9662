// Reads an OpenStreetMap opening_hours value back in French or English prose ("du lundi au vendredi de 9 h à
// 12 h ; fermé les jours fériés"), and as a week grid, so that a person checks a value without knowing OSM
// syntax. Covers the rules the converters write and the common hand-written ones; anything else → undefined.
import type { Locale } from '../problems/messages/types';
import { stripAccents } from '../text/fold';

const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const OSM_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const DAY_NAMES: Record<Locale, readonly string[]> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const MONTH_NAMES: Record<Locale, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A day of a month (1-based), or a whole month when `day` is absent. */
interface MonthPoint {
  month: number;
  day?: number;
}

/** A day or range of the calendar, or a moveable feast as days from Easter Sunday ("easter +1 day"). */
type DatePart = { from: MonthPoint; to?: MonthPoint } | { easter: number; to?: MonthPoint };

/** One weekday range ("Mo-Fr"), an n-th weekday of the month ("Sa[1,3]"), or public / school holidays. */
type DayPart = { kind: 'range'; from: number; to: number } | { kind: 'nth'; day: number; nths: number[] } | { kind: 'PH' } | { kind: 'SH' };

/** Minutes since midnight; `end` may pass 24:00 ("22:00-02:00" is written with end < start); `openEnd`: "18:00+". */
interface TimeSpan {
  start: number;
  end?: number;
  openEnd: boolean;
  /** A solar event instead of a clock time ("sunrise-sunset"); `start` and `end` then hold a nominal time for ordering. */
  startEvent?: SolarEvent;
  endEvent?: SolarEvent;
}

type SolarEvent = 'sunrise' | 'sunset' | 'dawn' | 'dusk';
const SOLAR_EVENTS: readonly SolarEvent[] = ['sunrise', 'sunset', 'dawn', 'dusk'];
/** Where each event is put among clock times, for ordering only. */
const NOMINAL_MINUTES: Record<SolarEvent, number> = { dawn: 5 * 60 + 30, sunrise: 6 * 60, sunset: 21 * 60, dusk: 21 * 60 + 30 };
const SOLAR_NAMES: Record<Locale, Record<SolarEvent, { alone: string; from: string; to: string }>> = {
  fr: {
    sunrise: { alone: 'lever du soleil', from: 'du lever du soleil', to: 'au lever du soleil' },
    sunset: { alone: 'coucher du soleil', from: 'du coucher du soleil', to: 'au coucher du soleil' },
    dawn: { alone: 'aube', from: "de l'aube", to: "à l'aube" },
    dusk: { alone: 'crépuscule', from: 'du crépuscule', to: 'au crépuscule' },
  },
  en: {
    sunrise: { alone: 'sunrise', from: 'sunrise', to: 'sunrise' },
    sunset: { alone: 'sunset', from: 'sunset', to: 'sunset' },
    dawn: { alone: 'dawn', from: 'dawn', to: 'dawn' },
    dusk: { alone: 'dusk', from: 'dusk', to: 'dusk' },
  },
};

interface OpeningHoursRule {
  /** Written after ", " (an additional rule): it adds to the days earlier rules opened instead of replacing them. */
  additional?: boolean;
  dates: DatePart[];
  days: DayPart[];
  times: TimeSpan[];
  state: 'open' | 'off';
  comment?: string;
}

const MONTH = `(${OSM_MONTHS.join('|')})`;
const DATE_POINT = `${MONTH}(?: (\\d{2}))?`;
const DATE_PART = new RegExp(`^${DATE_POINT}(?:-(?:${DATE_POINT}|(\\d{2})))?$`);
const EASTER_PART = new RegExp(`^easter(?: ([+-])(\\d{1,3}) (days?))?(?:-${MONTH} (\\d{2}))?$`);
const DAY_PART = new RegExp(`^(?:(${OSM_DAYS.join('|')})(?:\\[([-\\d,]+)\\])?(?:-(${OSM_DAYS.join('|')}))?|PH|SH)$`);
const TIME_SPAN = /^(\d{2}):(\d{2})(?:-(\d{2}):(\d{2}))?(\+)?$/;
const SOLAR_POINT = `(\\d{2}:\\d{2}|${SOLAR_EVENTS.join('|')})`;
const SOLAR_SPAN = new RegExp(`^${SOLAR_POINT}-${SOLAR_POINT}$`);

/**
 * The rules of a value: split at ";" (normal rules) and at ", " before a selector (additional rules, "Mo-Th
 * 14:00-01:00, Fr,Sa 14:00-02:00"). ", " before a time continues the list of times ("09:00-12:00, 14:00-18:00").
 */
function splitRules(value: string): Array<{ text: string; additional: boolean }> | undefined {
  const rules: Array<{ text: string; additional: boolean }> = [];
  let current = '';
  let additional = false;
  let quoted = false;
  const push = (next: boolean) => {
    rules.push({ text: current.trim(), additional });
    current = '';
    additional = next;
  };
  for (let k = 0; k < value.length; k++) {
    const ch = value[k];
    if (ch === '"') quoted = !quoted;
    if (quoted || (ch !== ';' && ch !== ',')) {
      current += ch;
      continue;
    }
    if (ch === ';') {
      push(false);
      continue;
    }
    const after = /^\s+(\S)/.exec(value.slice(k + 1));
    if (!after) current += ch;
    else if (/\d/.test(after[1])) {
      current += ch;
      k += after[0].length - 1;
    } else push(true);
  }
  if (quoted) return undefined;
  push(false);
  return rules.filter((rule) => rule.text !== '');
}

function parseDates(text: string): DatePart[] | undefined {
  const parts: DatePart[] = [];
  for (const piece of text.split(',')) {
    const feast = EASTER_PART.exec(piece);
    if (feast) {
      const days = feast[2] === undefined ? 0 : Number(feast[2]);
      if (feast[2] !== undefined && (days === 1) !== (feast[3] === 'day')) return undefined;
      const easter = feast[1] === '-' ? -days : days;
      // "easter-Nov 01": from Easter to a date, read only when that date always comes after it (from 26 April).
      const to = feast[4] === undefined ? undefined : { month: OSM_MONTHS.indexOf(feast[4] as (typeof OSM_MONTHS)[number]) + 1, day: Number(feast[5]) };
      if (to && (to.month < 4 || (to.month === 4 && to.day < 26) || to.day > 31 || to.day < 1)) return undefined;
      parts.push(to ? { easter, to } : { easter });
      continue;
    }
    const m = DATE_PART.exec(piece);
    if (!m) return undefined;
    const from: MonthPoint = { month: OSM_MONTHS.indexOf(m[1] as (typeof OSM_MONTHS)[number]) + 1, ...(m[2] ? { day: Number(m[2]) } : {}) };
    if (m[3]) parts.push({ from, to: { month: OSM_MONTHS.indexOf(m[3] as (typeof OSM_MONTHS)[number]) + 1, ...(m[4] ? { day: Number(m[4]) } : {}) } });
    else if (m[5]) parts.push({ from, to: { month: from.month, day: Number(m[5]) } });
    else parts.push({ from });
  }
  return parts;
}

function parseDays(text: string): DayPart[] | undefined {
  const parts: DayPart[] = [];
  // Commas inside brackets list n-th days ("Sa[1,3]"): split on the others.
  for (const piece of text.split(/,(?![^[]*\])/)) {
    const m = DAY_PART.exec(piece);
    if (!m) return undefined;
    if (piece === 'PH' || piece === 'SH') parts.push({ kind: piece });
    else if (m[2]) {
      if (m[3]) return undefined;
      const nths = m[2].split(',').map(Number);
      if (nths.some((n) => !Number.isInteger(n) || n === 0 || n < -5 || n > 5)) return undefined;
      parts.push({ kind: 'nth', day: OSM_DAYS.indexOf(m[1] as (typeof OSM_DAYS)[number]), nths });
    } else {
      const from = OSM_DAYS.indexOf(m[1] as (typeof OSM_DAYS)[number]);
      parts.push({ kind: 'range', from, to: m[3] ? OSM_DAYS.indexOf(m[3] as (typeof OSM_DAYS)[number]) : from });
    }
  }
  return parts;
}

function parseTimes(text: string): TimeSpan[] | undefined {
  const spans: TimeSpan[] = [];
  for (const piece of text.split(',')) {
    const solar = SOLAR_SPAN.exec(piece);
    if (solar && (SOLAR_EVENTS.includes(solar[1] as SolarEvent) || SOLAR_EVENTS.includes(solar[2] as SolarEvent))) {
      const point = (p: string) => (SOLAR_EVENTS.includes(p as SolarEvent) ? { minutes: NOMINAL_MINUTES[p as SolarEvent], event: p as SolarEvent } : { minutes: Number(p.slice(0, 2)) * 60 + Number(p.slice(3)) });
      const [from, to] = [point(solar[1]), point(solar[2])];
      if (from.minutes > 24 * 60 || to.minutes > 24 * 60) return undefined;
      spans.push({ start: from.minutes, end: to.minutes, openEnd: false, ...(from.event ? { startEvent: from.event } : {}), ...(to.event ? { endEvent: to.event } : {}) });
      continue;
    }
    const m = TIME_SPAN.exec(piece);
    if (!m) return undefined;
    const start = Number(m[1]) * 60 + Number(m[2]);
    const end = m[3] === undefined ? undefined : Number(m[3]) * 60 + Number(m[4]);
    if (end === undefined && !m[5]) return undefined;
    if (start > 24 * 60 || (end !== undefined && end > 48 * 60)) return undefined;
    spans.push({ start, ...(end === undefined ? {} : { end }), openEnd: m[5] === '+' });
  }
  return spans;
}

/** One rule: [dates] [days] [times] [open|off|closed] ["comment"], each part optional. */
function parseRule(rule: string): OpeningHoursRule | undefined {
  if (rule === '24/7') return { dates: [], days: [], times: [{ start: 0, end: 24 * 60, openEnd: false }], state: 'open' };
  const commentMatch = /\s*"([^"]*)"$/.exec(rule);
  const comment = commentMatch ? commentMatch[1] : undefined;
  let rest = commentMatch ? rule.slice(0, commentMatch.index).trim() : rule;
  const parsed: OpeningHoursRule = { dates: [], days: [], times: [], state: 'open', ...(comment !== undefined ? { comment } : {}) };
  // Dates come first and may hold spaces ("Jul 14-Aug 25"): take the longest leading run that reads as dates.
  const words = rest === '' ? [] : rest.split(/\s+/);
  let taken = 0;
  for (let n = words.length; n > 0; n--) {
    const dates = parseDates(words.slice(0, n).join(' '));
    if (dates) {
      parsed.dates = dates;
      taken = n;
      break;
    }
  }
  rest = words.slice(taken).join(' ');
  for (const word of rest === '' ? [] : rest.split(' ')) {
    if (word === 'off' || word === 'closed') {
      if (parsed.state === 'off') return undefined;
      parsed.state = 'off';
      continue;
    }
    if (word === 'open') continue;
    if (/^(\d|sunrise|sunset|dawn|dusk)/.test(word)) {
      if (parsed.times.length > 0 || parsed.state === 'off') return undefined;
      const times = parseTimes(word);
      if (!times) return undefined;
      parsed.times = times;
      continue;
    }
    if (parsed.days.length > 0 || parsed.times.length > 0) return undefined;
    const days = parseDays(word);
    if (!days) return undefined;
    parsed.days = days;
  }
  if (parsed.dates.length === 0 && parsed.days.length === 0 && parsed.times.length === 0 && comment === undefined && parsed.state === 'open') return undefined;
  return parsed;
}

/** The rules of a value, or undefined when a rule is outside what this module reads (fallback rules, weeks, events…). */
function parseOpeningHoursRules(value: string): OpeningHoursRule[] | undefined {
  if (value.includes('||')) return undefined;
  const texts = splitRules(value.trim());
  if (!texts || texts.length === 0 || texts[0].additional) return undefined;
  const rules: OpeningHoursRule[] = [];
  for (const { text, additional } of texts) {
    const rule = parseRule(text);
    if (!rule) return undefined;
    rules.push(additional ? { ...rule, additional } : rule);
  }
  return rules;
}

// ---- prose

function clock(minutes: number, locale: Locale): string {
  const m = ((minutes % (24 * 60)) + 24 * 60) % (24 * 60);
  const h = Math.floor(m / 60);
  const min = m % 60;
  if (locale === 'fr') return min === 0 ? `${h} h` : `${h} h ${String(min).padStart(2, '0')}`;
  return `${h}:${String(min).padStart(2, '0')}`;
}

function endClock(minutes: number, locale: Locale): string {
  // 24:00 is the end of the day: "minuit" / "midnight" reads better than "0 h".
  if (minutes === 24 * 60) return locale === 'fr' ? 'minuit' : 'midnight';
  return clock(minutes, locale);
}

function joinList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${locale === 'fr' ? 'et' : 'and'} ${items[items.length - 1]}`;
}

function timesProse(times: readonly TimeSpan[], locale: Locale): string {
  if (times.length === 1 && times[0].start === 0 && times[0].end === 24 * 60) return locale === 'fr' ? '24 h sur 24' : 'around the clock';
  const one = (t: TimeSpan) => {
    if (t.startEvent !== undefined || t.endEvent !== undefined) return solarSpanProse(t, locale);
    if (t.end === undefined) return locale === 'fr' ? `à partir de ${clock(t.start, locale)}` : `from ${clock(t.start, locale)}`;
    const more = t.openEnd ? (locale === 'fr' ? ' (ou plus tard)' : ' (or later)') : '';
    return locale === 'fr' ? `de ${clock(t.start, locale)} à ${endClock(t.end, locale)}${more}` : `${clock(t.start, locale)}–${endClock(t.end, locale)}${more}`;
  };
  return joinList(times.map(one), locale);
}

/** "du lever au coucher du soleil", "de 8 h au coucher du soleil", "sunrise–sunset". */
function solarSpanProse(t: TimeSpan, locale: Locale): string {
  const names = SOLAR_NAMES[locale];
  if (locale === 'fr' && t.startEvent === 'sunrise' && t.endEvent === 'sunset') return 'du lever au coucher du soleil';
  const from = t.startEvent ? names[t.startEvent].from : locale === 'fr' ? `de ${clock(t.start, locale)}` : clock(t.start, locale);
  const to = t.endEvent ? names[t.endEvent].to : locale === 'fr' ? `à ${endClock(t.end ?? 0, locale)}` : endClock(t.end ?? 0, locale);
  return locale === 'fr' ? `${from} ${to}` : `${from}–${to}`;
}

/** One end of a span in the week grid: a clock time or a solar event's name. */
function gridPoint(minutes: number, event: SolarEvent | undefined, locale: Locale, end: boolean): string {
  if (event) return SOLAR_NAMES[locale][event].alone;
  return end ? endClock(minutes, locale) : clock(minutes, locale);
}

function ordinal(n: number, locale: Locale): string {
  if (n === -1) return locale === 'fr' ? 'dernier' : 'last';
  if (n < 0) return locale === 'fr' ? `${-n}e en partant de la fin` : `${-n}th from last`;
  if (locale === 'fr') return n === 1 ? '1er' : `${n}e`;
  return `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
}

function dayPartProse(part: DayPart, locale: Locale): string {
  const names = DAY_NAMES[locale];
  switch (part.kind) {
    case 'PH':
      return locale === 'fr' ? 'les jours fériés' : 'public holidays';
    case 'SH':
      return locale === 'fr' ? 'pendant les vacances scolaires' : 'during school holidays';
    case 'nth': {
      const nths = part.nths.map((n) => ordinal(n, locale));
      return locale === 'fr' ? `le ${joinList(nths, locale).replace(/ et /, ' et le ')} ${names[part.day]} du mois` : `the ${joinList(nths, locale)} ${names[part.day]} of the month`;
    }
    case 'range': {
      if (part.from === 0 && part.to === 6) return locale === 'fr' ? 'tous les jours' : 'every day';
      if (part.from === part.to) return locale === 'fr' ? `le ${names[part.from]}` : names[part.from];
      return locale === 'fr' ? `du ${names[part.from]} au ${names[part.to]}` : `${names[part.from]} to ${names[part.to]}`;
    }
  }
}

function daysProse(days: readonly DayPart[], locale: Locale): string {
  // Single days side by side read as one list: "le lundi, le mercredi et le vendredi" / "Monday, Wednesday and Friday".
  return joinList(days.map((d) => dayPartProse(d, locale)), locale);
}

function monthPointProse(p: MonthPoint, locale: Locale): string {
  const month = MONTH_NAMES[locale][p.month - 1];
  if (p.day === undefined) return month;
  if (locale === 'fr') return `${p.day === 1 ? '1er' : p.day} ${month}`;
  return `${p.day} ${month}`;
}

/** "de" before a word, elided before a vowel: "de mai", "d'avril", "d'août", "d'octobre". */
function elidedDe(word: string): string {
  return /^[aeiouyâäàéèêëîïôöûüœ]/i.test(word) ? `d'${word}` : `de ${word}`;
}

/** Moveable feasts by their distance from Easter Sunday. */
const FEAST_NAMES: Record<Locale, ReadonlyMap<number, string>> = {
  fr: new Map([[-2, 'le vendredi saint'], [0, 'le dimanche de Pâques'], [1, 'le lundi de Pâques'], [39, "le jeudi de l'Ascension"], [49, 'le dimanche de Pentecôte'], [50, 'le lundi de Pentecôte']]),
  en: new Map([[-2, 'Good Friday'], [0, 'Easter Sunday'], [1, 'Easter Monday'], [39, 'Ascension Day'], [49, 'Whit Sunday'], [50, 'Whit Monday']]),
};

/** "de Pâques au 1er novembre", "from Easter Monday to 30 September". */
function fromEasterProse(days: number, to: MonthPoint, locale: Locale): string {
  const name = FEAST_NAMES[locale].get(days);
  if (locale === 'fr') return `${days === 0 ? 'de Pâques' : `du ${(name ?? feastProse(days, locale)).replace(/^le /, '')}`} au ${monthPointProse(to, locale)}`;
  return `from ${days === 0 ? 'Easter' : feastProse(days, locale).replace(/^on /, '')} to ${monthPointProse(to, locale)}`;
}

function feastProse(days: number, locale: Locale): string {
  const name = FEAST_NAMES[locale].get(days);
  const nth = ordinal(Math.abs(days), locale);
  if (locale === 'fr') return name ?? `le ${nth} jour ${days > 0 ? 'après' : 'avant'} Pâques`;
  return `on ${name ?? `the ${nth} day ${days > 0 ? 'after' : 'before'} Easter`}`;
}

function datePartProse(part: DatePart, locale: Locale): string {
  if ('easter' in part) return part.to ? fromEasterProse(part.easter, part.to, locale) : feastProse(part.easter, locale);
  const { from, to } = part;
  if (!to) {
    if (from.day === undefined) return locale === 'fr' ? `en ${monthPointProse(from, locale)}` : `in ${monthPointProse(from, locale)}`;
    return locale === 'fr' ? `le ${monthPointProse(from, locale)}` : `on ${monthPointProse(from, locale)}`;
  }
  const whole = from.day === undefined && to.day === undefined;
  if (locale === 'fr') return whole ? `${elidedDe(monthPointProse(from, locale))} à ${monthPointProse(to, locale)}` : `du ${monthPointProse(from, locale)} au ${monthPointProse(to, locale)}`;
  return `from ${monthPointProse(from, locale)} to ${monthPointProse(to, locale)}`;
}

function ruleProse(rule: OpeningHoursRule, locale: Locale): string {
  const dates = rule.dates.length > 0 ? joinList(rule.dates.map((d) => datePartProse(d, locale)), locale) : '';
  const days = rule.days.length > 0 ? daysProse(rule.days, locale) : '';
  const comment = rule.comment !== undefined ? ` (${rule.comment})` : '';
  if (rule.state === 'off') {
    const what = [dates, days].filter((p) => p !== '').join(locale === 'fr' ? ', ' : ', ');
    const closed = locale === 'fr' ? 'fermé' : 'closed';
    if (what === '') return `${closed}${comment}`;
    // "fermé les jours fériés", "fermé en août", "closed on public holidays", "closed in August".
    return locale === 'fr' ? `${closed} ${what}${comment}` : `${closed} ${/^(in|on|from|during) /.test(what) ? what : `on ${what}`}${comment}`;
  }
  const times = rule.times.length > 0 ? timesProse(rule.times, locale) : '';
  const dayText = days === '' && times !== '' && rule.dates.length === 0 && locale === 'fr' ? 'tous les jours' : days === '' && times !== '' && rule.dates.length === 0 ? 'every day' : days;
  const when = [dates, dayText].filter((p) => p !== '').join(', ');
  if (times === '') {
    const open = locale === 'fr' ? 'ouvert' : 'open';
    if (when === '') return comment.trim().replace(/^\(|\)$/g, '');
    return `${open} ${when}${comment}`;
  }
  return `${when} ${times}${comment}`.trim();
}

/**
 * The value as prose, rules joined by " ; " (French) or "; " (English): "du lundi au vendredi de 9 h à 12 h et
 * de 14 h à 18 h ; le samedi de 9 h à 12 h ; fermé les jours fériés". Undefined for a value it does not read.
 */
export function openingHoursProse(value: string, locale: Locale): string | undefined {
  if (value.trim() === 'off' || value.trim() === 'closed') return locale === 'fr' ? 'fermé' : 'closed';
  const rules = parseOpeningHoursRules(value);
  if (!rules) return undefined;
  // An additional rule for days an earlier rule names adds to them: said so ("en plus, le mercredi de 14 h à 18 h").
  const also = (rule: OpeningHoursRule, k: number) => rule.additional === true && rule.state === 'open' && rules.slice(0, k).some((r) => sharesDays(r, rule));
  return rules.map((rule, k) => `${also(rule, k) ? (locale === 'fr' ? 'en plus, ' : 'also ') : ''}${ruleProse(rule, locale)}`).join(locale === 'fr' ? ' ; ' : '; ');
}

/** Whether two rules select some weekday in common (every day when a rule names none). */
function sharesDays(a: OpeningHoursRule, b: OpeningHoursRule): boolean {
  const selects = (r: OpeningHoursRule, weekday: number) => r.days.length === 0 || r.days.some((part) => (part.kind === 'range' ? rangeHas(part, weekday) : part.kind === 'nth' && part.day === weekday));
  return OSM_DAYS.some((_, weekday) => selects(a, weekday) && selects(b, weekday));
}

/** Whether a weekday range ("Mo-Fr", or "Fr-Mo" through the weekend) holds a weekday. */
function rangeHas(part: { from: number; to: number }, weekday: number): boolean {
  return part.from <= part.to ? weekday >= part.from && weekday <= part.to : weekday >= part.from || weekday <= part.to;
}

// ---- week grid

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, as in Meeus). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(year, month - 1, day);
}

function inDates(parts: readonly DatePart[], date: Date): boolean {
  if (parts.length === 0) return true;
  const key = (month: number, day: number) => month * 100 + day;
  const today = key(date.getMonth() + 1, date.getDate());
  return parts.some((part) => {
    if ('easter' in part) {
      const easter = easterSunday(date.getFullYear());
      const feast = new Date(easter.getFullYear(), easter.getMonth(), easter.getDate() + part.easter);
      if (!part.to) return feast.getMonth() === date.getMonth() && feast.getDate() === date.getDate();
      return today >= key(feast.getMonth() + 1, feast.getDate()) && today <= key(part.to.month, part.to.day ?? 31);
    }
    const { from, to } = part;
    const start = key(from.month, from.day ?? 1);
    const endPoint = to ?? from;
    const end = key(endPoint.month, endPoint.day ?? 31);
    return start <= end ? today >= start && today <= end : today >= start || today <= end;
  });
}

function nthOfMonth(date: Date): { fromStart: number; fromEnd: number } {
  const fromStart = Math.floor((date.getDate() - 1) / 7) + 1;
  const daysInMonth = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
  return { fromStart, fromEnd: -(Math.floor((daysInMonth - date.getDate()) / 7) + 1) };
}

function inDays(parts: readonly DayPart[], weekday: number, date: Date): boolean {
  if (parts.length === 0) return true;
  return parts.some((part) => {
    if (part.kind === 'range') return rangeHas(part, weekday);
    if (part.kind === 'nth') {
      const { fromStart, fromEnd } = nthOfMonth(date);
      return part.day === weekday && part.nths.some((n) => n === fromStart || n === fromEnd);
    }
    return false;
  });
}

/** Hours of one day in the grid (none: open, hours not given) and the comment of the rule that gave them. */
type GridSpan = { time?: TimeSpan; comment?: string };

export interface WeekGridRow {
  /** Monday = 0. */
  weekday: number;
  date: Date;
  /** The hours of that day as prose ("9 h – 12 h, 14 h – 18 h"), or "fermé" / "closed". */
  hours: string;
}

/**
 * The seven days of the week that starts on the Monday on or before `reference`, as the rules say (later rules
 * override earlier ones, as in OSM). Public and school holidays are not days of a plain week: left out.
 */
export function openingHoursWeek(value: string, reference: Date, locale: Locale): WeekGridRow[] | undefined {
  const rules = value.trim() === 'off' ? [] : parseOpeningHoursRules(value);
  if (!rules) return undefined;
  const monday = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate() - ((reference.getDay() + 6) % 7));
  const rows: WeekGridRow[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    const date = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + weekday);
    // Each span keeps the comment of the rule that gave it (an additional rule may say "sur rendez-vous" of its own hours).
    let state: { open: boolean; spans: GridSpan[] } = { open: false, spans: [] };
    for (const rule of rules) {
      const holidaysOnly = rule.days.length > 0 && rule.days.every((d) => d.kind === 'PH' || d.kind === 'SH');
      if (holidaysOnly || !inDates(rule.dates, date) || !inDays(rule.days, weekday, date)) continue;
      const spans: GridSpan[] = rule.times.length > 0 ? rule.times.map((time) => ({ time, comment: rule.comment })) : [{ comment: rule.comment }];
      if (rule.state === 'off') state = { open: false, spans: [] };
      // An additional rule adds its hours to the day's ("Mo-Fr 09:00-12:00, We 14:00-18:00": Wednesday has both).
      else if (rule.additional && state.open) state = { open: true, spans: [...state.spans, ...spans].sort((x, y) => (x.time?.start ?? 0) - (y.time?.start ?? 0)) };
      else state = { open: true, spans };
    }
    const closed = locale === 'fr' ? 'fermé' : 'closed';
    const span = (t: TimeSpan) =>
      t.end === undefined ? `${clock(t.start, locale)} +` : `${gridPoint(t.start, t.startEvent, locale, false)} – ${gridPoint(t.end, t.endEvent, locale, true)}${t.openEnd ? ' +' : ''}`;
    const comments = new Set(state.spans.map((s) => s.comment));
    const oneComment = comments.size === 1 ? [...comments][0] : undefined;
    const withComment = (text: string, comment: string | undefined) => (comment !== undefined ? `${text} (${comment})` : text);
    const timed = state.spans.filter((s) => s.time !== undefined);
    const hours = !state.open
      ? closed
      : timed.length === 0
        ? withComment(locale === 'fr' ? 'ouvert' : 'open', oneComment)
        : comments.size === 1
          ? withComment(timed.map((s) => span(s.time as TimeSpan)).join(', '), oneComment)
          : timed.map((s) => withComment(span(s.time as TimeSpan), s.comment)).join(', ');
    rows.push({ weekday, date, hours });
  }
  return rows;
}

/**
 * What the hover of an opening-hours cell adds: the value in prose and the week of `reference` as a grid
 * (Markdown), or undefined when the value is not one this module reads.
 */
export function openingHoursHoverParts(value: string, reference: Date, locale: Locale): { prose: string; week: string } | undefined {
  const prose = openingHoursProse(value, locale);
  const week = openingHoursWeekMarkdown(value, reference, locale);
  return prose !== undefined && week !== undefined ? { prose, week } : undefined;
}

/** The week grid as a Markdown table: one row per day, its hours beside it. */
export function openingHoursWeekMarkdown(value: string, reference: Date, locale: Locale): string | undefined {
  const rows = openingHoursWeek(value, reference, locale);
  if (!rows) return undefined;
  const escape = (text: string) => text.replace(/[\\|*_`[\]<>]/g, '\\$&');
  const names = DAY_NAMES[locale];
  const header = locale === 'fr' ? '| Jour | Horaires |' : '| Day | Hours |';
  const lines = rows.map((row) => `| ${names[row.weekday].charAt(0).toUpperCase()}${names[row.weekday].slice(1)} | ${escape(row.hours)} |`);
  return [header, '| --- | --- |', ...lines].join('\n');
}

/** Column names that say opening hours: horaires, horaires_ouverture, heures_ouverture, opening_hours… */
const OPENING_HOURS_NAME = /horaire|heures?[\s_-]*d?['’]?[\s_-]*ouverture|opening[\s_-]*hours|^oh$/i;

/**
 * Whether a schema field holds opening hours: the `opening-hours-value` custom check names its column, or the
 * field's name says so.
 */
export function isOpeningHoursField(fieldName: string, customChecks: ReadonlyArray<{ name?: unknown; params?: unknown }> = []): boolean {
  const checked = customChecks.some((check) => {
    if (check.name !== 'opening-hours-value' || typeof check.params !== 'object' || check.params === null) return false;
    return (check.params as { column?: unknown }).column === fieldName;
  });
  return checked || OPENING_HOURS_NAME.test(stripAccents(fieldName));
}
