// Readings of a text's layout and of phrases that span several items, applied to the scanner's items in
// order: the undated one of two opposite seasons, a season word beside its dates, a days heading over dated
// lines, days listed above lines of hours per period, a school-term heading over day lines, "le soir" after "le
// matin", days spelled out in brackets, the same days of two periods, a closed half-day in brackets, a list of
// closed half-days, night closures per period, dates at the end of a closed list, empty cells of a day table,
// a summary line over a whole week's table, hours before rules that name Sunday, bars between cells, a season or
// a school-holiday closing in closing brackets, "le reste de l'année", "les autres jours", "tous les jours" before
// clauses of hours and their parts of the year, and clauses of a list of periods that name no days.

import { lastDayOfMonth, monthsBetween, oppositeSeasons, seasonName } from './datePhrases';
import { isHalfDayItem, isHardSep, sentenceAround, sepChar, timesKey, weekTableUnderFirstLine, type Item } from './items';
import type { TokenCursor } from './tokenCursor';
import { WEEKDAYS, type DateSelector, type DaySet, type MonthDay, type Weekday } from './types';

const isColon = (it: Item | undefined) => it?.kind === 'sep' && it.char === ':';
const isDash = (it: Item | undefined) => it?.kind === 'sep' && it.char === '-';
const isSep = (it: Item | undefined) => it?.kind === 'sep';
const isLineEnd = (it: Item | undefined) => it === undefined || (it.kind === 'sep' && (it.char === '\n' || it.strength === 'hard'));

/** The scanner's items read for their layout, every pass in turn. */
export function resolveLayout(c: TokenCursor, items: Item[]): Item[] {
  const passes: Array<(its: Item[]) => Item[]> = [
    periodHoursAfterHours,
    (its) => seasonOppositeDated(c, its),
    attachSeasonLabels,
    daysHeadingOverPeriods,
    daysBeforeTimedPeriods,
    daysAboveTimedPeriods,
    termHeadingDays,
    eveningAfterMorning,
    daysSpelledOut,
    sameDaysOfTwoPeriods,
    hoursOfDaysPerPeriod,
    bracketedHalfDayOff,
    (its) => halfDayOnlyInBrackets(c, its),
    exceptedHalfDay,
    everyDaySaidAgain,
    (its) => daysSentenceThenHours(c, its),
    lastHoursAfterFullStop,
    closedHalfDaysList,
    closedNightsPerPeriod,
    closingLineAfterPeriodLines,
    closeListedDates,
    (its) => closeEmptyDayCells(c, its),
    summaryOverWeekTable,
    hoursBeforeSundayRule,
    glueBars,
    (its) => seasonInClosingBrackets(c, its),
    schoolClosureInClosingBrackets,
    resolveRestOfYear,
    resolveOtherDays,
    everyDayOfItsPeriod,
  ];
  return passes.reduce((its, pass) => pass(its), items);
}

/**
 * "Lundi au vendredi 9h-12h 14h-17h (9h-12h en juillet-août)", "…, 9h-12h en juillet et août": hours followed by
 * their part of the year, in brackets or after a comma right after other hours that end the text's last rule, are
 * that part of the year's hours instead, as when the part of the year comes first ("(juillet-août : 9h-12h)"); read
 * as one rule, they were added to the hours before them (found by probing). Written period first.
 */
function periodHoursAfterHours(items: Item[]): Item[] {
  let end = items.length;
  if (sepChar(items[end - 1]) === '.') end--;
  const bracketed = sepChar(items[end - 1]) === ')';
  if (bracketed) end--;
  const scope = items[end - 1];
  if (scope?.kind !== 'scope') return items;
  // The hours before the part of the year: time ranges side by side (joined by "," too in brackets).
  let start = end - 1;
  while (items[start - 1]?.kind === 'time' || (bracketed && sepChar(items[start - 1]) === ',' && items[start - 2]?.kind === 'time')) start--;
  if (start === end - 1) return items;
  const opener = sepChar(items[start - 1]) ?? '';
  // The other hours right before the opener: "/" there may join a day's two ranges ("8h-12h / 14h-18h en août"), so
  // only after a day's ranges already given ("8h-12h 13h30-17h30 / 8h-13h en août"). ("… et de 14h à 19h en
  // juillet-août" may change one range only: left to the reading of overrides.)
  let before = 0;
  for (let b = start - 2; items[b]?.kind === 'time' || ([',', 'et'].includes(sepChar(items[b]) ?? '') && items[b - 1]?.kind === 'time'); b--) if (items[b].kind === 'time') before++;
  if (before === 0) return items;
  const opens = bracketed ? opener === '(' : [',', ';', '\n'].includes(opener) || (opener === '/' && before >= 2);
  if (!opens) return items;
  const at = scope.from;
  return [...items.slice(0, start), { ...scope }, insertedSep(':', at), ...items.slice(start, end - 1), ...items.slice(end)];
}

/**
 * "Vendredis : 10h-12h\nAutres jours : sur rendez-vous": the weekdays no other days phrase names. Stays
 * unresolved (and the text is refused) when none is named, or n-th weekdays are.
 */
function resolveOtherDays(items: Item[]): Item[] {
  if (!items.some((it) => it.kind === 'otherDays')) return items;
  const named = new Set<Weekday>();
  for (const it of items) {
    if (it.kind !== 'days') continue;
    if (it.days.nth.length > 0 || it.allDays) return items;
    it.days.plain.forEach((d) => named.add(d));
  }
  const rest = WEEKDAYS.filter((d) => !named.has(d));
  if (named.size === 0 || rest.length === 0) return items;
  return items.map((it) => (it.kind === 'otherDays' ? { ...it, kind: 'days', days: { plain: new Set(rest), nth: [], holidays: false }, allDays: false, review: [...it.review, 'named-days'] } : it));
}

const daysOfYearMemo = new Map<string, number[] | undefined>();

/**
 * The days of the year a part of the year covers (month × 32 + day), or undefined for one of no fixed dates.
 * Memoised: the reading checks ask it for every reading of a text.
 */
export function daysOfYear(selector: DateSelector): number[] | undefined {
  const key = JSON.stringify(selector);
  if (daysOfYearMemo.has(key)) return daysOfYearMemo.get(key);
  if (daysOfYearMemo.size > 2000) daysOfYearMemo.clear();
  const days = spanOfYear(selector);
  daysOfYearMemo.set(key, days);
  return days;
}

function spanOfYear(selector: DateSelector): number[] | undefined {
  const span = (from: MonthDay, to: MonthDay) => {
    const out: number[] = [];
    for (let d = from, k = 0; k < 366; k++, d = dayAfter(d)) {
      out.push(d.month * 32 + d.day);
      if (d.month === to.month && d.day === to.day) break;
    }
    return out;
  };
  const months = wholeMonths(selector);
  if (months) return months.flatMap((m) => span({ month: m, day: 1 }, { month: m, day: lastDayOfMonth(m) }));
  if (selector.kind === 'dateRange') return span(selector.from, selector.to);
  if (selector.kind === 'rangeList') return selector.ranges.flatMap((r) => span(r.from, r.to));
  if (selector.kind === 'dates') return selector.dates.map((d) => d.month * 32 + d.day);
  return undefined;
}

/** The next day of the year (29 February counted: the last day of February is the 29th, as in `lastDayOfMonth`). */
function dayAfter(d: MonthDay): MonthDay {
  if (d.day < lastDayOfMonth(d.month)) return { ...d, day: d.day + 1 };
  return { month: d.month === 12 ? 1 : d.month + 1, day: 1 };
}

/** The day before, in the same way. */
function dayBefore(d: MonthDay): MonthDay {
  if (d.day > 1) return { ...d, day: d.day - 1 };
  const month = d.month === 1 ? 12 : d.month - 1;
  return { month, day: lastDayOfMonth(month) };
}

/** The months a part of the year covers, when it is whole months; undefined otherwise. */
function wholeMonths(selector: DateSelector): number[] | undefined {
  if (selector.kind === 'months') return monthsBetween(selector.from, selector.to);
  if (selector.kind === 'monthList') return selector.months;
  const whole = (r: { from: MonthDay; to: MonthDay }) => (r.from.day === 1 && r.to.day === lastDayOfMonth(r.to.month) ? monthsBetween(r.from.month, r.to.month) : undefined);
  if (selector.kind === 'dateRange') return whole(selector);
  if (selector.kind === 'rangeList') {
    const parts = selector.ranges.map(whole);
    return parts.every((p) => p !== undefined) ? parts.flat() as number[] : undefined;
  }
  return undefined;
}

/**
 * "Juillet-Août : …\nReste de l'année : …": the rest is the months the other parts of the year leave, or the days
 * one range of dates leaves. Stays unresolved (and the text is refused) when parts are not whole months (but for
 * that one range), or none is named.
 */
function resolveRestOfYear(items: Item[]): Item[] {
  if (!items.some((it) => it.kind === 'restOfYear')) return items;
  const scopes = items.filter((it) => it.kind === 'scope');
  // Each part of the year named gives hours in its own sentence: "Camping ouvert d'avril à octobre. Accueil : …, hors
  // saison 9h-12h" is the reception's low season inside the months the campsite opens, not the months it is closed
  // (found by probing).
  // (A closing said for it is fine: "Fermé en août ; le reste de l'année …".)
  const hoursInSentence = (k: number) => {
    const [from, to] = sentenceAround(items, k);
    return items.slice(from, to).some((it) => it.kind === 'time' || it.kind === 'closed');
  };
  if (!items.every((it, k) => it.kind !== 'scope' || hoursInSentence(k))) return items;
  // "Du 15 juin au 15 septembre : …\nLe reste de l'année : …": one range of dates leaves the range from the day
  // after its end to the day before its start.
  // (Only when the range gives hours and closes nothing: "du 15 décembre au 15 mars, fermeture le lundi ; le reste
  // de l'année 9h-18h" says nothing of the other days of that range; found by probing.)
  const [only] = scopes;
  const at = items.indexOf(only);
  const restAt = items.findIndex((it) => it.kind === 'restOfYear');
  const clause = at < restAt ? items.slice(at, restAt) : items.slice(at);
  const hoursOnly = clause.some((it) => it.kind === 'time') && !clause.some((it) => it.kind === 'closed');
  if (scopes.length === 1 && hoursOnly && only.kind === 'scope' && only.selector.kind === 'dateRange' && !wholeMonths(only.selector)) {
    const selector: DateSelector = { kind: 'dateRange', from: dayAfter(only.selector.to), to: dayBefore(only.selector.from) };
    return items.map((it) => (it.kind === 'restOfYear' ? { ...it, kind: 'scope', selector, review: [...it.review, 'scope'] } : it));
  }
  const named = new Set<number>();
  for (const it of items) {
    if (it.kind !== 'scope') continue;
    const months = wholeMonths(it.selector);
    if (!months) return items;
    months.forEach((m) => named.add(m));
  }
  const rest = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => !named.has(m));
  if (named.size === 0 || rest.length === 0) return items;
  return items.map((it) => (it.kind === 'restOfYear' ? { ...it, kind: 'scope', selector: { kind: 'monthList', months: rest }, review: [...it.review, 'scope'] } : it));
}

/**
 * "Ouvert du mardi au samedi …, dimanche de 14h à 18h (ouvert du 26 avril à fin septembre)": a period in
 * brackets that end the text, said with "ouvert", is the season of every rule: it is read as a heading.
 */
function seasonInClosingBrackets(c: TokenCursor, items: Item[]): Item[] {
  let end = items.length - 1;
  const isHard = (it: Item) => it.kind === 'sep' && it.strength === 'hard';
  while (end >= 0 && isHard(items[end])) end--;
  const [open, scope, close] = [items[end - 2], items[end - 1], items[end]];
  if (open?.kind !== 'sep' || open.char !== '(' || scope?.kind !== 'scope' || close?.kind !== 'sep' || close.char !== ')') return items;
  let said = false;
  for (let k = open.to; k < scope.from; k++) if (c.isWord(k, 'ouvert', 'ouverte', 'ouverts', 'ouvertes', 'ouverture')) said = true;
  if (!said || !items.slice(0, end - 2).some((it) => it.kind === 'time')) return items;
  const colon: Item = { kind: 'sep', strength: 'glue', char: ':', from: scope.to, to: scope.to, review: [] };
  return [{ ...scope, review: [...scope.review, 'scope'] }, colon, ...items.slice(0, end - 2), ...items.slice(end + 1)];
}

/**
 * "Semaine :\n- Du 1er avril au 30 juin : 14h/18h\n- Du 1er juillet au 31 août : 10h/13h - 14h/18h": days on a
 * heading line of their own, over lines that each start with a part of the year and name no days, are the days
 * of every line; they are written after each line's period.
 */
function daysHeadingOverPeriods(items: Item[]): Item[] {
  const [heading, colon, lineEnd] = items;
  if (heading?.kind !== 'days' || !isColon(colon) || !(lineEnd?.kind === 'sep' && lineEnd.char === '\n')) return items;
  const lines: Item[][] = [[]];
  for (const it of items.slice(3)) {
    if (it.kind === 'sep' && it.char === '\n') lines.push([]);
    else lines[lines.length - 1].push(it);
  }
  const content = lines.map((line) => line.filter((it) => !(it.kind === 'sep' && it.char === '-' && line.indexOf(it) === 0))).filter((line) => line.length > 0);
  const periodLine = (line: Item[]) => line[0].kind === 'scope' && isColon(line[1]) && line.some((it) => it.kind === 'time') && !line.some((it) => it.kind === 'days');
  if (content.length < 2 || !content.every(periodLine)) return items;
  const out: Item[] = [];
  for (const line of content) {
    const [scope, lineColon, ...rest] = line;
    out.push(scope, lineColon, { ...heading, from: lineColon.to, to: lineColon.to, review: [...heading.review, 'named-days'] }, ...rest);
    out.push({ kind: 'sep', strength: 'soft', char: '\n', from: line[line.length - 1].to, to: line[line.length - 1].to, review: [] });
  }
  out.pop();
  return out;
}

/**
 * "Tous les jours de 9h à 19h d'avril à septembre et de 10h à 17h d'octobre à mars": every day first, then clauses
 * that each give hours and their part of the year (either order; "le reste de l'année" too) and name no days, are
 * the days of every clause; each clause is written as its period, a colon, the days and its hours. Nothing else in
 * the text.
 */
function daysBeforeTimedPeriods(all: Item[]): Item[] {
  // ("Jardin : ouvert tous les jours …": past a place's heading.)
  const items = isColon(all[0]) ? all.slice(1) : all;
  if (items !== all && items[0]?.kind !== 'days') return all;
  const heading = items[0];
  // (Every day only: other days may or may not carry on to the clauses after the first, "Du lundi au vendredi de 9h
  // à 12h en juillet, de 14h à 18h en août".)
  if (heading?.kind !== 'days' || !heading.allDays) return all;
  let k = isColon(items[1]) ? 2 : 1;
  const isTime = (it: Item | undefined) => it?.kind === 'time';
  // A part of the year, or "le reste de l'année" (resolved later).
  const isPeriod = (it: Item | undefined) => it?.kind === 'scope' || it?.kind === 'restOfYear';
  // Time ranges joined by "," or "et" from k: the index after the last one.
  const timesFrom = (at: number) => {
    let j = at;
    if (!isTime(items[j])) return at;
    j++;
    while (items[j]?.kind === 'sep' && (sepChar(items[j]) === ',' || sepChar(items[j]) === 'et') && isTime(items[j + 1])) j += 2;
    return j;
  };
  const clauses: Array<{ scope: Item; times: Item[] }> = [];
  while (k < items.length) {
    if (clauses.length > 0) {
      // Between clauses: "," "et" ";" or a new line (one or two of them), and a full stop only at the end.
      let j = k;
      while (items[j]?.kind === 'sep' && [',', 'et', ';', '\n'].includes(sepChar(items[j]) ?? '') && j - k < 2) j++;
      if (j === k) {
        if (k === items.length - 1 && sepChar(items[k]) === '.') break;
        return all;
      }
      k = j;
    }
    const scopeFirst = isPeriod(items[k]);
    if (scopeFirst) {
      const at = isColon(items[k + 1]) ? k + 2 : k + 1;
      const end = timesFrom(at);
      if (end === at) return all;
      clauses.push({ scope: items[k], times: items.slice(at, end) });
      k = end;
    } else {
      const end = timesFrom(k);
      if (end === k || !isPeriod(items[end])) return all;
      clauses.push({ scope: items[end], times: items.slice(k, end) });
      k = end + 1;
    }
  }
  if (clauses.length < 2) return all;
  // Parts of the year that share a day say two hours for it ("de mai à août et … d'avril à septembre"): left alone.
  if (!periodsApart(clauses.map(({ scope }) => scope))) return all;
  const out: Item[] = [];
  for (const { scope, times } of clauses) {
    const at = scope.to;
    out.push(scope, insertedSep(':', at), { ...heading, from: at, to: at }, ...times, insertedSep(';', times[times.length - 1].to));
  }
  out.pop();
  return out;
}

/** A separator the layout writes in (a colon after a period, a semicolon between rules), at token `at`. */
function insertedSep(char: ':' | ';', at: number): Item {
  return { kind: 'sep', strength: char === ':' ? 'glue' : 'hard', char, from: at, to: at, review: [] };
}

/**
 * The days of the year the periods cover together, or undefined when two share a day or one has no fixed days
 * ("le reste de l'année" covers none until it is resolved).
 */
function periodsApart(periods: readonly Item[]): Set<number> | undefined {
  const seen = new Set<number>();
  for (const period of periods) {
    const days = period.kind === 'scope' ? daysOfYear(period.selector) : [];
    if (days === undefined || days.some((d) => seen.has(d))) return undefined;
    days.forEach((d) => seen.add(d));
  }
  return seen;
}

/**
 * "De 9h30 à 12h30 et de 14h à 18h, tous les jours de mai à octobre et du lundi au vendredi de novembre à avril":
 * one block of hours, before or after clauses that each name days and their part of the year (either order; "le
 * reste de l'année" too) and no hours, are every clause's hours. Each clause is written as its period, a colon, its
 * days and the hours. The parts of the year must not share a day; after "toute l'année" they must make the whole
 * year. Nothing else in the text.
 */
function hoursOfDaysPerPeriod(items: Item[]): Item[] {
  const body = sepChar(items[items.length - 1]) === '.' ? items.slice(0, -1) : items;
  const allYear = body[0]?.kind === 'qualifier' && body[0].qualifier === 'allYear';
  const rest = allYear ? body.slice(1) : body;
  const isTime = (it: Item | undefined) => it?.kind === 'time';
  const joins = (it: Item | undefined) => it?.kind === 'sep' && (sepChar(it) === ',' || sepChar(it) === 'et');
  // The block of hours: time ranges joined by "," or "et", first or last.
  const block = (from: number, step: 1 | -1) => {
    let j = from;
    if (!isTime(rest[j])) return from;
    while (joins(rest[j + step]) && isTime(rest[j + 2 * step])) j += 2 * step;
    return j + step;
  };
  const first = block(0, 1);
  const hoursFirst = first > 0;
  const last = hoursFirst ? rest.length : block(rest.length - 1, -1);
  if (!hoursFirst && last === rest.length - 1) return items;
  const times = hoursFirst ? rest.slice(0, first) : rest.slice(last + 1);
  let clauseItems = hoursFirst ? rest.slice(first) : rest.slice(0, last + 1);
  // Between the hours and the clauses, a comma or a colon sets them apart from the nearest clause ("les mercredis de
  // juillet et les samedis d'août de 9h à 12h" may be August's hours only).
  const between = hoursFirst ? clauseItems[0] : clauseItems[clauseItems.length - 1];
  if (between?.kind !== 'sep' || (sepChar(between) !== ',' && sepChar(between) !== ':')) return items;
  clauseItems = hoursFirst ? clauseItems.slice(1) : clauseItems.slice(0, -1);
  const isPeriod = (it: Item | undefined) => it?.kind === 'scope' || it?.kind === 'restOfYear';
  const clauses: Array<{ scope: Item; days: Item }> = [];
  for (let k = 0; k < clauseItems.length; ) {
    if (clauses.length > 0) {
      if (!joins(clauseItems[k]) && sepChar(clauseItems[k]) !== ';') return items;
      k++;
    }
    const [a, b] = [clauseItems[k], clauseItems[k + 1]];
    if (a?.kind === 'days' && isPeriod(b)) clauses.push({ scope: b, days: a });
    else if (isPeriod(a) && b?.kind === 'days') clauses.push({ scope: a, days: b });
    else return items;
    k += 2;
  }
  if (clauses.length < 2 || times.length === 0) return items;
  const seen = periodsApart(clauses.map(({ scope }) => scope));
  if (!seen) return items;
  const whole = clauses.some(({ scope }) => scope.kind === 'restOfYear') || seen.size >= 366;
  if (allYear && !whole) return items;
  const out: Item[] = [];
  for (const { scope, days } of clauses) {
    const at = scope.to;
    out.push({ ...scope }, insertedSep(':', at), { ...days, from: at, to: at }, ...times.map((t) => ({ ...t })), insertedSep(';', at));
  }
  out.pop();
  return out;
}

/** Separators that may join the days of a list written over lines ("Lundi / Mercredi\n- Samedi + Jours fériés"). */
const isListSep = (it: Item): it is Item & { kind: 'sep' } => it.kind === 'sep' && it.strength === 'soft';

/**
 * A line that gives hours for one part of the year and names no days: "De 9h à 18h d'octobre à mai",
 * "9h-19h Juin, Juillet, Août, Septembre", "Juillet-août : 10h-19h". Its items without the leading dash, or
 * undefined when the line says anything else.
 */
function timedPeriodLine(line: Item[]): Item[] | undefined {
  const items = isDash(line[0]) ? line.slice(1) : line;
  const scopeAt = items.findIndex((it) => it.kind === 'scope');
  if (scopeAt !== 0 && scopeAt !== items.length - 1) return undefined;
  const times = scopeAt === 0 ? items.slice(isColon(items[1]) ? 2 : 1) : items.slice(0, -1);
  // The hours are one block: time ranges, joined by commas or "et" only.
  const block = times.length > 0 && times[0].kind === 'time' && times[times.length - 1].kind === 'time';
  if (!block || !times.every((it) => it.kind === 'time' || (isListSep(it) && it.char !== '\n'))) return undefined;
  return items;
}

/**
 * "- Lundi / Mercredi / Vendredi\n- Samedi / Dimanche / Jours fériés\n- De 9h à 18h d'octobre à mai\n- De 9h à
 * 19h de juin à septembre": days listed first, alone on their lines, over lines that each give the hours of one
 * part of the year and name no days, are the days of every line. Each line is written as a heading period, its
 * colon, the days and its hours.
 */
function daysAboveTimedPeriods(items: Item[]): Item[] {
  const firstTimeLine = items.findIndex((it) => it.kind === 'time' || it.kind === 'scope');
  if (firstTimeLine <= 0) return items;
  let headStart = firstTimeLine;
  while (headStart > 0 && isSep(items[headStart - 1]) && !isLineEnd(items[headStart - 1])) headStart--;
  // (Punctuation before the first days is the start of the text: "Ouverture : Lundi …" once its heading is set aside.)
  const head = items.slice(items.findIndex((it) => !isSep(it)), headStart);
  const listed = head.filter((it) => it.kind === 'days');
  if (listed.length === 0 || !head.every((it) => it.kind === 'days' || isListSep(it)) || !head.some((it) => isListSep(it) && it.char === '\n')) return items;
  if (listed.some((it) => it.kind === 'days' && (it.allDays || it.days.nth.length > 0))) return items;
  const lines: Item[][] = [[]];
  for (const it of items.slice(headStart)) {
    if (it.kind === 'sep' && it.char === '\n') lines.push([]);
    else lines[lines.length - 1].push(it);
  }
  const periodLines = lines.filter((line) => line.length > 0).map(timedPeriodLine);
  if (periodLines.length < 2 || periodLines.some((line) => line === undefined)) return items;
  // Days on several lines, as many as the lines of hours, could be a table's column beside them ("Lundi\nMardi\n
  // 9h-12h juillet\n14h-18h août"): only a blank line between the two lists says they are not.
  const dayLines = head.filter((it) => isListSep(it) && it.char === '\n').length;
  const lastDays = head.lastIndexOf(listed[listed.length - 1]);
  const blankLine = head.slice(lastDays).filter((it) => isListSep(it) && it.char === '\n').length >= 2;
  if (dayLines > 1 && !blankLine) return items;
  const days = { plain: new Set<Weekday>(), nth: [], holidays: false };
  for (const it of listed) {
    if (it.kind !== 'days') continue;
    it.days.plain.forEach((d) => days.plain.add(d));
    days.holidays ||= it.days.holidays;
  }
  const [first] = listed;
  const last = listed[listed.length - 1];
  const out: Item[] = [];
  for (const line of periodLines as Item[][]) {
    const scope = line[0].kind === 'scope' ? line[0] : line[line.length - 1];
    const times = line.filter((it) => it !== scope && !isColon(it));
    const at = (k: number): Item => ({ kind: 'sep', strength: 'glue', char: ':', from: k, to: k, review: [] });
    out.push(scope, at(scope.to), { kind: 'days', days, allDays: false, from: first.from, to: last.to, review: ['named-days'] }, ...times);
    out.push({ kind: 'sep', strength: 'soft', char: '\n', from: line[line.length - 1].to, to: line[line.length - 1].to, review: [] });
  }
  out.pop();
  return out;
}

/**
 * "tous les jours de la semaine (lundi, mardi, mercredi, jeudi, vendredi et dimanche)": every day, then in
 * brackets the days meant, which are the ones to read.
 */
function daysSpelledOut(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    const [open, inner, close] = [items[k + 1], items[k + 2], items[k + 3]];
    const spelled = it.kind === 'days' && it.allDays && open?.kind === 'sep' && open.char === '(' && inner?.kind === 'days' && !inner.allDays && close?.kind === 'sep' && close.char === ')';
    if (!spelled) {
      out.push(it);
      continue;
    }
    let days = inner.days;
    let to = close.to;
    k += 3;
    // "… et dimanche) et les jours fériés": the list goes on after the brackets, as it would without them.
    const [sep, more] = [items[k + 1], items[k + 2]];
    if (sep?.kind === 'sep' && (sep.char === 'et' || sep.char === ',') && more?.kind === 'days' && !more.allDays) {
      days = { plain: new Set([...days.plain, ...more.days.plain]), nth: [...days.nth, ...more.days.nth], holidays: days.holidays || more.days.holidays };
      to = more.to;
      k += 2;
    }
    out.push({ ...inner, days, from: it.from, to, review: [...inner.review, 'named-days'] });
  }
  return out;
}

/**
 * "Vendredi de 13 h à 19 h (fermé le matin)": a half-day closed in brackets, with no day, is the half-day of the
 * days just before it on the same line; those days are written into the brackets.
 */
function bracketedHalfDayOff(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    out.push(it);
    const [closed, half, end] = [items[k + 1], items[k + 2], items[k + 3]];
    const isBracket = (x: Item | undefined, char: string) => x?.kind === 'sep' && x.char === char;
    if (!isBracket(it, '(') || closed?.kind !== 'closed' || half?.kind !== 'qualifier' || (half.qualifier !== 'morning' && half.qualifier !== 'afternoon') || !isBracket(end, ')')) continue;
    let d = k - 1;
    while (d >= 0 && items[d].kind !== 'days' && !isLineEnd(items[d])) d--;
    const days = items[d];
    if (d < 0 || days.kind !== 'days') continue;
    out.push(closed, { ...days, from: closed.to, to: closed.to, review: [...days.review, 'named-days'] });
    k++;
  }
  return out;
}

/**
 * "Du lundi au vendredi de 9h à 17h30 sauf le mercredi après-midi", "Tous les jours sauf le dimanche après-midi, de
 * 9h à 12h et de 14h à 18h": one day excepted for a half-day only is that half-day closed. After the hours, the
 * exception becomes "fermé le mercredi après-midi"; in the heading before them, it is moved to the sentence's end
 * as a closing of its own; in brackets after hours ("(sauf le samedi après-midi)"), it is said of them. The week model then takes the half-day out of that day's hours (or refuses when they
 * do not fit it). A list of days excepted ("sauf le lundi et le mercredi après-midi") is left as it is: the
 * half-day may be the last day's alone.
 */
function exceptedHalfDay(items: Item[]): Item[] {
  const k = items.findIndex((it, j) => {
    const half = items[j + 1];
    return it.kind === 'except' && it.days !== undefined && !it.listed && it.days.plain.size === 1 && it.days.nth.length === 0 && !it.days.holidays
      && isHalfDayItem(half) && it.to === half.from;
  });
  if (k < 0) return items;
  const except = items[k] as Item & { kind: 'except' };
  const [start, end] = sentenceAround(items, k);
  // Nothing else before it in the sentence may close or except (the two would have to be read together).
  if (items.slice(start, k).some((it) => it.kind === 'except' || it.kind === 'closed')) return items;
  const timesBefore = items.slice(start, k).some((it) => it.kind === 'time');
  const timesAfter = items.slice(k + 2, end).some((it) => it.kind === 'time');
  // After the hours, then a separator and other days ("… sauf le dimanche soir\nLundi fermé", "…, lundi fermé"): the
  // exception ends there (the half-day word was taken for the next day's).
  const days = { kind: 'days' as const, days: except.days as DaySet, allDays: false, from: except.from, to: except.to, review: except.review };
  const closed: Item = { kind: 'closed', from: except.from, to: except.from, review: [] };
  const sep = items[k + 2];
  const nextDays = sep?.kind === 'sep' && sep.strength !== 'hard' && sepChar(sep) !== '(' && items[k + 3]?.kind === 'days';
  if (timesBefore && nextDays) return [...items.slice(0, k), closed, days, items[k + 1], { ...sep, strength: 'hard', char: ';' }, ...items.slice(k + 3)];
  const bracketed = sepChar(items[k - 1]) === '(' && sepChar(items[k + 2]) === ')';
  // In brackets after the hours, the exception is said of them alone, whatever follows.
  if (timesBefore && (bracketed || (!timesAfter && isSentenceEnd(items, k + 2)))) {
    return [...items.slice(0, k), closed, days, ...items.slice(k + 1)];
  }
  // The heading: days, then the exception, then (after a comma at most) the hours.
  const heading = k > start && items[k - 1].kind === 'days' && items.slice(start, k - 1).every((it) => it.kind !== 'time');
  if (!timesBefore && timesAfter && heading) {
    let next = k + 2;
    if (sepChar(items[next]) === ',') next++;
    if (items[next]?.kind !== 'time') return items;
    const at = items[end - 1].to;
    const stop: Item = { kind: 'sep', strength: 'hard', char: ';', from: at, to: at, review: [] };
    return [...items.slice(0, k), ...items.slice(next, end), stop, closed, days, items[k + 1], ...items.slice(end)];
  }
  return items;
}

/**
 * "Ouvert du lundi au vendredi. Horaires : 9h-12h / 14h-17h": a text of two sentences, the first naming only days,
 * the second only hours: the hours are those days'. The full stop (and the heading's colon) are dropped.
 */
function daysSentenceThenHours(c: TokenCursor, items: Item[]): Item[] {
  const stop = items.findIndex(isHardSep);
  if (stop !== 1 || items[0].kind !== 'days') return items;
  // Only "Horaires :" and the like between: "Standard : 9h-17h", "Cantine : 11h30-13h30" are hours of something else.
  for (let t = items[stop].to; t < (items.find((it, j) => j > stop && it.kind === 'time')?.from ?? t); t++) {
    const w = c.word(t);
    if (w !== undefined && !['horaires', 'horaire', 'ouverture', 'heures', 'd', 'de', 'l', 'les', 'des'].includes(w)) return items;
  }
  let k = stop + 1;
  if (isColon(items[k])) k++;
  const rest = items.slice(k);
  const hours = rest.filter((it) => it.kind === 'time');
  if (hours.length === 0 || !rest.every((it) => it.kind === 'time' || (it.kind === 'sep' && it.strength === 'soft') || (isHardSep(it) && it === items[items.length - 1]))) return items;
  // (Joined across a full stop: for review.)
  return [items[0], ...rest.map((it) => (it === hours[0] ? { ...it, review: [...it.review, 'loose-times' as const] } : it))];
}

/**
 * "Lundi au vendredi : 9h-12h. 14h-17h.": the last sentence giving only hours, after a sentence with days and hours,
 * goes on that sentence's list of hours (alone it would have no days).
 */
function lastHoursAfterFullStop(items: Item[]): Item[] {
  let end = items.length;
  while (end > 0 && isSep(items[end - 1])) end--;
  let stop = end - 1;
  while (stop >= 0 && !isHardSep(items[stop])) stop--;
  if (stop <= 0) return items;
  const last = items.slice(stop + 1, end);
  if (last.length === 0 || !last.every((it) => it.kind === 'time' || (it.kind === 'sep' && it.strength === 'soft' && it.char !== '\n'))) return items;
  let start = stop - 1;
  while (start > 0 && !isHardSep(items[start - 1])) start--;
  const before = items.slice(start, stop);
  if (items[stop - 1]?.kind !== 'time' || !before.some((it) => it.kind === 'days') || before.some((it) => it.kind === 'closed' || it.kind === 'except' || it.kind === 'scope' || it.kind === 'comment')) return items;
  const comma: Item = { kind: 'sep', strength: 'soft', char: ',', from: items[stop].from, to: items[stop].to, review: [] };
  return [...items.slice(0, stop), comma, ...last.map((it, k) => (k === 0 ? { ...it, review: [...it.review, 'loose-times' as const] } : it)), ...items.slice(end)];
}

/**
 * "Lun - Dim : 24h/24 et 7j/7": every day said again at the end of a sentence whose days are already every day
 * adds nothing; it and the word joining it are dropped (read as a rule of its own, it had no hours).
 */
function everyDaySaidAgain(items: Item[]): Item[] {
  const k = items.findIndex((it, j) => it.kind === 'days' && it.allDays && j >= 2 && isSentenceEnd(items, j + 1) && isSep(items[j - 1]) && ['et', ','].includes(sepChar(items[j - 1]) ?? ''));
  if (k < 0) return items;
  let start = k - 1;
  while (start > 0 && !isHardSep(items[start - 1])) start--;
  const before = items.slice(start, k - 1);
  const everyDayBefore = before.some((it) => it.kind === 'days' && it.allDays) && !before.some((it) => it.kind === 'days' && !it.allDays) && before.some((it) => it.kind === 'time');
  if (!everyDayBefore || before.some((it) => it.kind === 'except' || it.kind === 'closed' || it.kind === 'scope')) return items;
  return [...items.slice(0, k - 1), ...items.slice(k + 1)];
}

/**
 * "Lundi au samedi 9h-12h 14h-18h (samedi matin uniquement)": a day's half said to be its only one, in brackets
 * after the hours, closes the day's other half (read as "(fermé le samedi après-midi)").
 */
function halfDayOnlyInBrackets(c: TokenCursor, items: Item[]): Item[] {
  const k = items.findIndex((it, j) => {
    const half = items[j + 1];
    return sepChar(items[j - 1]) === '(' && it.kind === 'days' && half?.kind === 'qualifier' && (half.qualifier === 'morning' || half.qualifier === 'afternoon') && sepChar(items[j + 2]) === ')';
  });
  // (After hours with days of their own: "Permanence 9h-12h (samedi matin uniquement)" is Saturday's only.)
  if (k < 1 || !items.slice(0, k - 1).some((it) => it.kind === 'time') || !items.slice(0, k - 1).some((it) => it.kind === 'days')) return items;
  const half = items[k + 1] as Item & { kind: 'qualifier' };
  let only = false;
  for (let t = half.to; t < items[k + 2].from; t++) if (c.isWord(t, 'uniquement', 'seulement')) only = true;
  if (!only) return items;
  const days = items[k];
  const closed: Item = { kind: 'closed', from: days.from, to: days.from, review: [] };
  const other: Item = { ...half, qualifier: half.qualifier === 'morning' ? 'afternoon' : 'morning' };
  return [...items.slice(0, k), closed, days, other, ...items.slice(k + 2)];
}

/**
 * "Fermé les dimanches, jours fériés et du 1er au 15 août": a part of the year at the end of a list of days after
 * "fermé" is closed too (it says nothing else: only separators come between it and the sentence's end).
 */
function closeListedDates(items: Item[]): Item[] {
  const out: Item[] = [];
  let closing = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'closed') closing = true;
    else if (it.kind === 'sep' && it.strength === 'hard') closing = false;
    else if (it.kind !== 'days' && it.kind !== 'sep' && it.kind !== 'scope') closing = false;
    const before = items[k - 1];
    const listed = before?.kind === 'sep' && before.strength === 'soft' && items[k - 2]?.kind === 'days';
    if (closing && it.kind === 'scope' && listed && isSentenceEnd(items, k + 1)) out.push({ kind: 'closed', from: it.from, to: it.from, review: [] });
    out.push(it);
  }
  return out;
}

/** Whether only separators (none glueing: no ":" or bracket) come from k to the end of the sentence. */
function isSentenceEnd(items: readonly Item[], k: number): boolean {
  for (let j = k; j < items.length; j++) {
    const it = items[j];
    if (it.kind !== 'sep' || it.strength === 'glue') return false;
    if (it.strength === 'hard' || it.char === '\n') return true;
  }
  return true;
}

/**
 * A table of one day per line ("Lundi : 18h15 - 21h00\nJeudi :\nVendredi : 18h00 - 19h30"): a day whose cell is
 * empty, or only dashes ("Mardi : ---------"), has no hours: it is closed. Only in a table, where another
 * line gives a day, its colon and hours.
 */
function closeEmptyDayCells(c: TokenCursor, items: Item[]): Item[] {
  const filledCell = items.some((it, k) => it.kind === 'days' && isColon(items[k + 1]) && items[k + 2]?.kind === 'time');
  if (!filledCell) return items;
  // "Lundi: 9h-12h, Mardi: -, Mercredi: 9h-12h": a table on one line, every day written with its colon, its cells
  // ended by a comma, a semicolon or a bar; there one dash is an empty cell too.
  const dayItems = items.filter((it) => it.kind === 'days');
  const inline = dayItems.length >= 3 && items.every((it, k) => it.kind !== 'days' || isColon(items[k + 1]));
  const cellEnd = (it: Item | undefined) => isLineEnd(it) || (inline && it?.kind === 'sep' && [',', ';', '|'].includes(it.char));
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    out.push(it);
    if (it.kind !== 'days' || !isColon(items[k + 1]) || (k > 0 && !cellEnd(items[k - 1]))) continue;
    let end = k + 2;
    while (isDash(items[end])) end++;
    const dashes = end - (k + 2);
    if (!cellEnd(items[end]) || (dashes > 0 && dashes < 3 && !(inline && dashes === 1))) continue;
    // A cell with words read as saying nothing is not empty: "JF : ouvert" was read as closed (found by probing:
    // "PH off", at "safe").
    const cellTo = items[end]?.from ?? c.tokens.length;
    if (cellTo > items[end - 1].to) continue;
    // The next line starts another day's cell (or the table ends): "Lundi :\n9h-12h" has its hours below.
    let after = end;
    while (items[after]?.kind === 'sep') after++;
    if (after < items.length && items[after].kind !== 'days') continue;
    const colon = items[k + 1];
    out.push(colon, { kind: 'closed', from: colon.to, to: items[end - 1].to, review: [] });
    k = end - 1;
  }
  return out;
}

/**
 * "Ouvert de 7h30 à 20h30\nLundi : 7h30-20h30\nMardi : fermé\n…\nDimanche : 7h30-20h30": a first line of hours
 * with no days, over a table whose lines give every day of the week once (hours or closed), sums the table up:
 * the table says it all, the line is dropped. Only when one of the table's days has exactly the line's hours (a
 * line that matches no day, or a table that leaves days out, is for a person to read).
 */
function summaryOverWeekTable(items: Item[]): Item[] {
  const week = weekTableUnderFirstLine(items);
  if (!week) return items;
  const summary = week.firstLine;
  if (!summary.every((it) => it.kind === 'time' || (it.kind === 'sep' && it.strength === 'soft')) || !summary.some((it) => it.kind === 'time')) return items;
  if (![...week.cells.values()].includes(timesKey(summary))) return items;
  return items.slice(summary.length + 1);
}

/**
 * "Ouvert de 10h à 19h, le dimanche de 10h à 13h": hours first, with no days, then rules of days with their hours
 * that name Sunday are every day's hours, the days named after them taking theirs (as after "tous les jours"):
 * nothing is left for the writer to have taken for granted. Without Sunday named ("de 9h à 18h, le samedi de 9h à
 * 12h"), whether Sunday opens is not said: left alone (refused).
 */
function hoursBeforeSundayRule(items: Item[]): Item[] {
  const firstDays = items.findIndex((it) => it.kind === 'days');
  if (firstDays < 1 || items[0].kind !== 'time') return items;
  if (!items.slice(0, firstDays).every((it) => it.kind === 'time' || isSep(it)) || !isSep(items[firstDays - 1])) return items;
  // Every days item is followed by hours of its own ("de 9h à 18h du lundi au dimanche" is hours and their days).
  const ownHours = (k: number) => {
    let j = k + 1;
    while (isSep(items[j]) && sepChar(items[j]) !== ',' && sepChar(items[j]) !== ';') j++;
    return items[j]?.kind === 'time';
  };
  if (items.some((it, k) => it.kind === 'days' && !ownHours(k))) return items;
  if (items.some((it) => it.kind !== 'time' && it.kind !== 'days' && !isSep(it))) return items;
  const named = new Set<Weekday>();
  for (const it of items) if (it.kind === 'days') it.days.plain.forEach((d) => named.add(d));
  if (!named.has(6) || named.size === 7 || items.some((it) => it.kind === 'days' && (it.allDays || it.days.nth.length > 0))) return items;
  const every: Item = { kind: 'days', days: { plain: new Set(WEEKDAYS), nth: [], holidays: false }, allDays: true, from: items[0].from, to: items[0].from, review: ['implicit-days'] };
  return [every, ...items];
}

/**
 * "Dimanche | 17h-20h", "Du lundi au vendredi : | 7h00 – 13h00 | 14h00 – 18h00 |": a bar between days (or their
 * colon) and their hours is a table's column, and a bar between two time ranges separates them like a comma;
 * elsewhere a bar ends a rule.
 */
function glueBars(items: Item[]): Item[] {
  return items.map((it, k) => {
    if (it.kind !== 'sep' || it.char !== '|') return it;
    const before = items[k - 1];
    const after = items[k + 1];
    const afterColon = before?.kind === 'sep' && before.char === ':';
    if ((before?.kind === 'days' || afterColon) && after?.kind === 'time') return { ...it, strength: 'glue' };
    if (before?.kind === 'time' && after?.kind === 'time') return { ...it, strength: 'soft', char: ',' };
    return it;
  });
}

/**
 * "Été (du 1er avril au 30 septembre)": a season word beside explicit dates is only a label for them.
 * A season with no dates stays, and makes the text ambiguous.
 */
function attachSeasonLabels(items: Item[]): Item[] {
  const out: Item[] = [];
  // A heading line "HAUTE SAISON" above "Du 1er juillet au 31 août" labels the dates too.
  const isGlue = (it: Item | undefined) => it !== undefined && it.kind === 'sep' && (it.strength === 'glue' || it.char === '\n');
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'season') {
      out.push(it);
      continue;
    }
    let j = k + 1;
    while (isGlue(items[j])) j++;
    if (items[j]?.kind === 'scope') continue;
    let b = out.length - 1;
    while (isGlue(out[b])) b--;
    if (out[b]?.kind === 'scope') continue;
    out.push(it);
  }
  return out;
}

/** The dates beside a season word ("Été (du 1er juin au 30 septembre)", "juillet-août (haute saison)"), if any. */
function seasonDates(items: readonly Item[], k: number): Item | undefined {
  const isGlue = (it: Item | undefined) => it !== undefined && it.kind === 'sep' && (it.strength === 'glue' || it.char === '\n');
  let j = k + 1;
  while (isGlue(items[j])) j++;
  if (items[j]?.kind === 'scope') return items[j];
  let b = k - 1;
  while (isGlue(items[b])) b--;
  return items[b]?.kind === 'scope' ? items[b] : undefined;
}

const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** The rest of the year after a part of it: whole months, or one date range. */
function restOfYearAfter(selector: DateSelector): DateSelector | undefined {
  const months = wholeMonths(selector);
  if (months) {
    const rest = ALL_MONTHS.filter((m) => !months.includes(m));
    if (rest.length === 0) return undefined;
    const starts = rest.filter((m) => !rest.includes(m === 1 ? 12 : m - 1));
    const ends = rest.filter((m) => !rest.includes((m % 12) + 1));
    // One run of months, maybe over the new year ("Oct-May"), else the list.
    if (starts.length === 1 && ends.length === 1) return { kind: 'months', from: starts[0], to: ends[0] };
    return { kind: 'monthList', months: rest };
  }
  if (selector.kind !== 'dateRange') return undefined;
  const after = (d: MonthDay): MonthDay => (d.day < lastDayOfMonth(d.month) ? { month: d.month, day: d.day + 1 } : { month: (d.month % 12) + 1, day: 1 });
  const before = (d: MonthDay): MonthDay => (d.day > 1 ? { month: d.month, day: d.day - 1 } : { month: d.month === 1 ? 12 : d.month - 1, day: lastDayOfMonth(d.month === 1 ? 12 : d.month - 1) });
  const [from, to] = [after(selector.to), before(selector.from)];
  // (A range ending on 28 or 29 February leaves a rest that starts on a day not every year has.)
  if (from.month === 2 && from.day === 29) return undefined;
  return { kind: 'dateRange', from, to };
}

/**
 * "de 10h à 17h en hiver et de 10h à 18h en été (du 1er juin au 30 septembre)": of two opposite seasons, one
 * given its dates, the other is the rest of the year. Any other season word stays, and the text is refused.
 */
function seasonOppositeDated(c: TokenCursor, items: Item[]): Item[] {
  const seasons = items.flatMap((it, k) => (it.kind === 'season' ? [k] : []));
  if (seasons.length !== 2) return items;
  const [a, b] = seasons.map((k) => ({ k, name: seasonName(c, items[k].from), dates: seasonDates(items, k) }));
  if (!a.name || !b.name || !oppositeSeasons(a.name, b.name) || (a.dates === undefined) === (b.dates === undefined)) return items;
  const [dated, undated] = a.dates ? [a, b] : [b, a];
  const scope = dated.dates;
  const rest = scope?.kind === 'scope' ? restOfYearAfter(scope.selector) : undefined;
  if (!rest) return items;
  const season = items[undated.k];
  return items.map((it, k) => (k === undated.k ? { kind: 'scope', selector: rest, from: season.from, to: season.to, review: [...season.review, 'scope'] } : it));
}

/**
 * "En semaine hors vacances scolaires :\n- Lundi et mardi : Fermé\n- Mercredi : 14h-18h …": the days of a school-term
 * heading are said again, line by line, by the lines below it (each starts with some of those days): they add
 * nothing, and the heading is the school term alone. Lines naming other days keep the heading as it is.
 */
function termHeadingDays(items: Item[]): Item[] {
  const [first, second, colon, lineEnd] = items;
  const heading = first?.kind === 'days' ? first : second;
  const school = first?.kind === 'days' ? second : first;
  if (heading?.kind !== 'days' || school?.kind !== 'schoolHolidays' || school.when !== 'outside' || !isColon(colon) || !(lineEnd?.kind === 'sep' && lineEnd.char === '\n')) return items;
  if (heading.days.nth.length > 0 || heading.days.holidays) return items;
  const lines: Item[][] = [[]];
  for (const it of items.slice(4)) {
    if (it.kind === 'sep' && it.char === '\n') lines.push([]);
    else lines[lines.length - 1].push(it);
  }
  const lineStarts = lines.map((line) => line.find((it) => !isDash(it))).filter((it) => it !== undefined);
  const within = (it: Item) => it.kind === 'days' && !it.allDays && it.days.nth.length === 0 && !it.days.holidays && [...it.days.plain].every((d) => heading.days.plain.has(d));
  if (lineStarts.length === 0 || !lineStarts.every(within)) return items;
  return items.filter((it) => it !== heading);
}

/**
 * "…; samedi, de 10 à 12 heures (fermeture pendant les vacances scolaires).": brackets that end a text of several
 * rules and say only that it closes during the school holidays are about the place, like a sentence of their own
 * ("SH off"). Elsewhere ("lundi 14h-18h (fermé pendant les vacances scolaires), mardi …") they stay a question.
 */
function schoolClosureInClosingBrackets(items: Item[]): Item[] {
  let end = items.length - 1;
  while (end >= 0 && isHardSep(items[end])) end--;
  const [open, a, b, close] = items.slice(end - 3, end + 1);
  const isBracket = (it: Item | undefined, char: string) => it?.kind === 'sep' && it.char === char;
  if (!isBracket(open, '(') || !isBracket(close, ')')) return items;
  const closed = [a, b].find((it) => it.kind === 'closed');
  const school = [a, b].find((it) => it.kind === 'schoolHolidays');
  if (!closed || school?.kind !== 'schoolHolidays' || school.when !== 'during') return items;
  const before = items.slice(0, end - 3);
  // Several rules before: hours given more than once (one rule alone takes the brackets as it is).
  if (before.filter((it) => it.kind === 'time').length < 2) return items;
  const stop: Item = { kind: 'sep', strength: 'hard', char: '.', from: open.from, to: open.to, review: [] };
  return [...before, stop, a, b, ...items.slice(end + 1)];
}

/**
 * "le matin de 8h45 à 11h45, le soir de 13h30 à 16h": after "le matin" on the same line, "le soir" is the other
 * half of the day (a school's day ends at 16h), not only the evening. Not in a text that says "après-midi" too.
 */
function eveningAfterMorning(items: Item[]): Item[] {
  if (items.some((it) => it.kind === 'qualifier' && it.qualifier === 'afternoon')) return items;
  let morning = false;
  return items.map((it) => {
    if (isLineEnd(it)) morning = false;
    if (it.kind !== 'qualifier') return it;
    if (it.qualifier === 'morning') morning = true;
    // (A word read in a looser sense than its own: the value deserves a look.)
    return morning && it.qualifier === 'evening' ? { ...it, qualifier: 'afternoon', review: [...it.review, 'fuzzy-word'] } : it;
  });
}

/** One clause of a list of periods: [days] hours period, or period [days] hours; undefined for anything else. */
function periodClause(clause: Item[]): { scope: Item; days?: Item; firstTime: Item } | undefined {
  const content = clause.filter((it) => !isSep(it));
  const scopeAt = content.findIndex((it) => it.kind === 'scope');
  if (scopeAt !== 0 && scopeAt !== content.length - 1) return undefined;
  const rest = scopeAt === 0 ? content.slice(1) : content.slice(0, -1);
  const days = rest[0]?.kind === 'days' ? rest[0] : undefined;
  const times = days ? rest.slice(1) : rest;
  if (times.length === 0 || !times.every((it) => it.kind === 'time')) return undefined;
  // The hours are one block: "de 10h à 12h et de 14h à 18h", nothing else between them.
  const between = clause.slice(clause.indexOf(times[0]), clause.indexOf(times[times.length - 1]) + 1);
  if (!between.every((it) => it.kind === 'time' || sepChar(it) === 'et')) return undefined;
  return { scope: content[scopeAt], days, firstTime: times[0] };
}

/**
 * "de 9h30 à 19h30 en juillet et août, de 14h à 18h en avril et octobre, le week-end de 14h à 18h en mars et
 * novembre": a list of clauses, each the hours of its own part of the year (no two share a month), the last ones
 * naming days: a clause before them that names none is every day of its part (days do not reach back).
 */
function everyDayOfItsPeriod(items: Item[]): Item[] {
  const clauses: Item[][] = [[]];
  for (const it of items) {
    if (isSep(it) && (sepChar(it) === ',' || isHardSep(it))) clauses.push([]);
    else clauses[clauses.length - 1].push(it);
  }
  // (A colon before the first clause is the end of a heading set aside: "Visites : …".)
  const nonEmpty = clauses.map((cl) => (isColon(cl[0]) ? cl.slice(1) : cl)).filter((cl) => cl.length > 0);
  const parsed = nonEmpty.map(periodClause);
  if (parsed.length < 2 || parsed.some((p) => p === undefined)) return items;
  const clausesRead = parsed as Array<NonNullable<ReturnType<typeof periodClause>>>;
  // Days named in a clause may carry on to the clauses after it ("Du lundi au vendredi de 9h à 12h en juillet, de
  // 14h à 18h en août"): only clauses before the first that names days are read alone.
  const firstDays = clausesRead.findIndex((p) => p.days);
  if (firstDays <= 0 || clausesRead.slice(firstDays).some((p) => !p.days)) return items;
  const seen = new Set<number>();
  for (const { scope } of clausesRead) {
    const months = scope.kind === 'scope' ? wholeMonths(scope.selector) : undefined;
    if (!months || months.some((m) => seen.has(m))) return items;
    months.forEach((m) => seen.add(m));
  }
  const out: Item[] = [];
  for (const it of items) {
    const undated = clausesRead.find((p) => p.firstTime === it && !p.days);
    if (undated) out.push({ kind: 'days', days: { plain: new Set(WEEKDAYS), nth: [], holidays: false }, allDays: true, from: it.from, to: it.from, review: ['implicit-days'] });
    out.push(it);
  }
  return out;
}

/**
 * "les mercredis du mois de juillet et les mercredis du mois d'août": the same days of two parts of the year
 * joined by "et" (over line breaks too) are those days of both, one phrase ("les mercredis de juillet et août").
 * Only whole months that do not overlap, with nothing but the joining word between.
 */
function sameDaysOfTwoPeriods(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const [days, scope] = [items[k], items[k + 1]];
    let j = k + 2;
    while (sepChar(items[j]) === '\n') j++;
    const join = items[j];
    j++;
    while (sepChar(items[j]) === '\n') j++;
    const [days2, scope2] = [items[j], items[j + 1]];
    // ("de 9h à 12h le samedi en juillet et le samedi en août de 14h à 18h": each day and period has its hours.)
    const joined = join?.kind === 'sep' && join.char === 'et' && items[k - 1]?.kind !== 'time';
    if (!joined || days?.kind !== 'days' || scope?.kind !== 'scope' || days2?.kind !== 'days' || scope2?.kind !== 'scope' || days.allDays || days2.allDays) {
      out.push(items[k]);
      continue;
    }
    const sameDays = JSON.stringify([[...days.days.plain], days.days.nth, days.days.holidays]) === JSON.stringify([[...days2.days.plain], days2.days.nth, days2.days.holidays]);
    const [m1, m2] = [wholeMonths(scope.selector), wholeMonths(scope2.selector)];
    if (!sameDays || !m1 || !m2 || m1.some((m) => m2.includes(m))) {
      out.push(items[k]);
      continue;
    }
    out.push(days, { ...scope, selector: { kind: 'monthList', months: [...m1, ...m2].sort((a, b) => a - b) }, to: scope2.to, review: [...scope.review, ...scope2.review] });
    k = j + 1;
  }
  return out;
}

/**
 * "Fermé le jeudi matin et (le) dimanche après-midi": after "fermé", days each with their own half-day, joined by
 * "et" or a comma, are as many closed half-days; "fermé" is written again before each. (Days with no half-day
 * of their own, "fermé le lundi et le mercredi matin", are left as they are.)
 */
function closedHalfDaysList(items: Item[]): Item[] {
  const isHalf = isHalfDayItem;
  const out: Item[] = [];
  let closing = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'closed') closing = true;
    else if (it.kind === 'sep' && it.strength === 'hard') closing = false;
    const [join, days, half] = [items[k - 1], it, items[k + 1]];
    // Nothing skipped between ("fermé le jeudi matin et ouvert le dimanche après-midi" says the opposite).
    const listed = join?.kind === 'sep' && (join.char === 'et' || join.char === ',') && isHalf(items[k - 2]) && items[k - 3]?.kind === 'days' && items[k - 2].to === join.from && join.to === it.from;
    if (closing && listed && days.kind === 'days' && isHalf(half)) out.push({ kind: 'closed', from: days.from, to: days.from, review: [] });
    out.push(it);
  }
  return out;
}

/** A range that runs past midnight ("de 22h à 7h"). */
function isNightRange(it: Item | undefined): boolean {
  if (it?.kind !== 'time' || it.range.start.kind !== 'clock' || it.range.end.kind !== 'clock') return false;
  return it.range.end.minutes < it.range.start.minutes;
}

/**
 * "Fermé de 22h à 7h du 1er avril au 30 septembre et de 20h à 8h du 1er octobre au 31 mars": a sentence that
 * starts with "fermé" and lists night ranges, each with its part of the year, closes each of them: "fermé" is
 * written again before every range after the first (the week model then opens the rest of each day).
 */
function closedNightsPerPeriod(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    out.push(it);
    const startsSentence = k === 0 || isHardSep(items[k - 1]);
    if (it.kind !== 'closed' || !startsSentence || !isNightRange(items[k + 1]) || items[k + 2]?.kind !== 'scope') continue;
    let j = k + 3;
    const more: number[] = [];
    // (Nothing skipped between the separator and the range: "… et ouvert de 20h à 8h" says the opposite.)
    while (items[j] !== undefined && isListSep(items[j]) && sepChar(items[j]) !== '\n' && isNightRange(items[j + 1]) && items[j].to === items[j + 1].from && items[j + 2]?.kind === 'scope') {
      more.push(j + 1);
      j += 3;
    }
    if (more.length === 0 || !(j >= items.length || isHardSep(items[j]))) continue;
    // The parts of the year share the whole year (each month once): outside them the text would say nothing.
    const months = [k + 2, ...more.map((m) => m + 1)].map((m) => items[m]).flatMap((it) => (it.kind === 'scope' ? wholeMonths(it.selector) ?? [0] : [0]));
    if (months.length !== 12 || new Set(months).size !== 12 || months.includes(0)) continue;
    for (let m = k + 1; m < j; m++) {
      if (more.includes(m)) out.push({ kind: 'closed', from: items[m].from, to: items[m].from, review: [] });
      out.push(items[m]);
    }
    k = j - 1;
  }
  return out;
}

/**
 * "D'octobre à mai : 10h-17h\nDe juin à septembre : 10h-18h\nFermé le mardi": a last line that only closes days,
 * under lines that each give a part of the year and its hours, is not the last line's: it ends that list like a
 * sentence of its own (the week model then closes the days in every part).
 */
function closingLineAfterPeriodLines(items: Item[]): Item[] {
  const breaks = items.flatMap((it, k) => (it.kind === 'sep' && it.char === '\n' ? [k] : []));
  if (breaks.length === 0) return items;
  const cut = breaks[breaks.length - 1];
  const last = items.slice(cut + 1).filter((it) => !isSep(it) || isHardSep(it));
  const closes = last[0]?.kind === 'closed' && last.length >= 2 && last.slice(1).every((it) => it.kind === 'days' || isSep(it));
  if (!closes) return items;
  const lines: Item[][] = [[]];
  for (const it of items.slice(0, cut)) {
    if (it.kind === 'sep' && it.char === '\n') lines.push([]);
    else lines[lines.length - 1].push(it);
  }
  // ("Été (avril-septembre) : 9h-19h": the season's brackets around its dates, its name already set aside.)
  const bare = (line: Item[]) => line.filter((it) => !isDash(it) && !(it.kind === 'sep' && (it.char === '(' || it.char === ')')));
  const periodLine = (line: Item[]) => {
    const content = bare(line);
    return content[0]?.kind === 'scope' && isColon(content[1]) && content.slice(2).some((it) => it.kind === 'time') && content.filter((it) => it.kind === 'scope').length === 1;
  };
  // ("Horaires d'été (1er avril - 31 octobre) :⏎Lundi au samedi : 9h-12h / 14h-18h": a heading line of a part of the
  // year and the line of hours under it are one period line.)
  const headingOnly = (line: Item[]) => {
    const content = bare(line);
    return content.length === 2 && content[0].kind === 'scope' && isColon(content[1]);
  };
  const filled: Item[][] = [];
  for (const line of lines.filter((l) => l.length > 0)) {
    const previous = filled[filled.length - 1];
    if (previous && headingOnly(previous) && !line.some((it) => it.kind === 'scope')) filled[filled.length - 1] = [...previous, ...line];
    else filled.push(line);
  }
  if (filled.length < 2 || !filled.every(periodLine)) return items;
  const stop: Item = { kind: 'sep', strength: 'hard', char: '.', from: items[cut].from, to: items[cut].to, review: [] };
  return [...items.slice(0, cut), stop, ...items.slice(cut + 1)];
}
