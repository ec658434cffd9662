// Footnotes marked by asterisks: "Lundi, Mardi*, … : 8h30-12h30 … *Fermé le mardi matin". A day marked with
// stars has a note, after the hours, that starts with the same stars and says more about that day. The note is
// read as a sentence of its own: the marks are blanked and the note's stars end the sentence before it.
// Works on the folded text and keeps its length, so every position still points at the same input character.

const WEEKDAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
/** A weekday's full name (or its plural) and the stars right after it, one space allowed: "mardi*", "vendredi **". */
const MARKED_DAY = new RegExp(`(?<![a-z])(${WEEKDAY_NAMES.join('|')})s? ?(\\*+)`, 'g');
const STARS = /\*+/g;
/** A note starts with its stars then (a space and) a letter. */
const NOTE_START = /^\*+ ?[a-z]/;
/**
 * What a note must hold besides its day to say something about part of it: hours, a half-day, a month. "Mardi* …
 * *Fermé le mardi" would close the day the list opens: a contradiction, not a note.
 */
const PART_OF_DAY_OR_YEAR = /\d|(?<![a-z])(?:matin|matinee|apres-midi|apres midi|soir|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?![a-z])/;

interface Mark {
  day: string;
  stars: string;
  start: number;
}

interface Note {
  stars: string;
  start: number;
  /** Where the note's text ends: the next note, or the end of the text. */
  end: number;
}

function markedDays(text: string): Mark[] {
  return [...text.matchAll(MARKED_DAY)].map((m) => ({ day: m[1], stars: m[2], start: (m.index ?? 0) + m[0].length - m[2].length }));
}

function starRuns(text: string): Array<{ stars: string; start: number }> {
  return [...text.matchAll(STARS)].map((m) => ({ stars: m[0], start: m.index ?? 0 }));
}

/** The weekdays a note names (full names, singular or plural). */
function weekdaysNamed(note: string): Set<string> {
  const named = new Set<string>();
  for (const day of WEEKDAY_NAMES) if (new RegExp(`(?<![a-z])${day}s?(?![a-z])`).test(note)) named.add(day);
  return named;
}

/**
 * The notes, when every star run is a day's mark or a note, each mark has exactly one note with the same stars
 * and each note one mark, every note comes after every mark and after some hours, and names its marked day and
 * no other; otherwise undefined (the stars then stay, and the text is refused).
 */
function matchedNotes(text: string, marks: readonly Mark[]): Note[] | undefined {
  const markStarts = new Set(marks.map((m) => m.start));
  const others = starRuns(text).filter((r) => !markStarts.has(r.start));
  const lastMark = Math.max(...marks.map((m) => m.start));
  if (others.length !== marks.length || others.some((r) => r.start < lastMark || !NOTE_START.test(text.slice(r.start)))) return undefined;
  const notes = others.map((r, k) => ({ stars: r.stars, start: r.start, end: others[k + 1]?.start ?? text.length }));
  const distinct = (stars: string[]) => new Set(stars).size === stars.length;
  if (!distinct(marks.map((m) => m.stars)) || !distinct(notes.map((n) => n.stars))) return undefined;
  // Footnotes follow the schedule: hours come between the last mark and the first note.
  if (!/\d/.test(text.slice(lastMark, notes[0].start))) return undefined;
  for (const mark of marks) {
    const note = notes.find((n) => n.stars === mark.stars);
    if (!note) return undefined;
    const said = text.slice(note.start, note.end);
    const named = weekdaysNamed(said);
    if (named.size !== 1 || !named.has(mark.day) || !PART_OF_DAY_OR_YEAR.test(said)) return undefined;
  }
  return notes;
}

/**
 * "*sauf le 1er jeudi de chaque mois 8h30 - 12h30": in a note on a day, "sauf" before other days and their own
 * hours says those days have these hours instead, which the note says without it. Without hours after the days
 * ("*sauf le 1er jeudi du mois"), "sauf" closes them and stays.
 */
const EXCEPT_WITH_HOURS = /^(\*+ ?)(sauf)(?= [^*]*\d{1,2} ?(?:h|:))/;

function blank(text: string, start: number, length: number): string {
  return text.slice(0, start) + ' '.repeat(length) + text.slice(start + length);
}

/** The text with its footnote marks blanked and each note made a sentence of its own; unchanged when they do not match. */
export function readFootnotes(text: string): string {
  if (!text.includes('*')) return text;
  const marks = markedDays(text);
  if (marks.length === 0) return text;
  const notes = matchedNotes(text, marks);
  if (!notes) return text;
  let out = text;
  for (const mark of marks) out = blank(out, mark.start, mark.stars.length);
  for (const note of notes) {
    const except = EXCEPT_WITH_HOURS.exec(text.slice(note.start, note.end));
    if (except) out = blank(out, note.start + except[1].length, except[2].length);
    out = `${out.slice(0, note.start)}.${out.slice(note.start + 1)}`;
    out = blank(out, note.start + 1, note.stars.length - 1);
  }
  return out;
}
