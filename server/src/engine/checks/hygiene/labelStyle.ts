// Header labels machines handle badly (accents, spaces, punctuation, capitals) and the consistent
// snake_case ASCII name each one becomes: `Date d'ouverture` → `date_d_ouverture`, `codeINSEE` → `code_insee`.
import { stripAccentsAndForms } from '../../text/fold';

export type LabelStyleReason = 'accents' | 'spaces' | 'punctuation' | 'case' | 'leading-digit';

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** Letters NFD does not decompose into a base letter and an accent. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };
/** Signs that carry meaning in a label: keep it as a word. */
const SIGN_WORDS: Record<string, string> = { '%': ' pct ', '€': ' eur ', '&': ' et ', '@': ' at ', '+': ' plus ' };

export function isSnakeCaseLabel(label: string): boolean {
  return SNAKE_CASE.test(label);
}

/**
 * The snake_case ASCII form of a label: accents dropped, words split at spaces, punctuation and
 * lower-to-upper case changes, lower case, joined with `_`. Empty when nothing of the label is usable.
 */
export function toSnakeCase(label: string): string {
  let text = label.replace(/^\uFEFF/, '');
  text = stripAccentsAndForms(text);
  text = text.replace(/[%€&@+]/g, (c) => SIGN_WORDS[c] ?? ' ');
  // dateMaj → date Maj; codeINSEE → code INSEE; INSEECode → INSEE Code; adresse2 stays whole.
  text = text.replace(/(\p{Ll}|\d)(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1 ');
  text = text.toLowerCase().replace(/[œæßøłđ]/g, (c) => LIGATURES[c] ?? c);
  let name = text.split(/[^a-z0-9]+/).filter(Boolean).join('_');
  if (/^\d/.test(name)) name = `col_${name}`;
  return name;
}

/** Why a label is not a portable name (empty when it is one). Surrounding spaces are left to `label-whitespace`. */
export function labelStyleReasons(label: string): LabelStyleReason[] {
  const text = label.replace(/^\uFEFF/, '').trim();
  if (text === '' || isSnakeCaseLabel(text)) return [];
  const reasons: LabelStyleReason[] = [];
  if (/[^\x00-\x7f]/.test(text)) reasons.push('accents');
  if (/\s/.test(text)) reasons.push('spaces');
  if (/[^\p{L}\p{N}\s_]/u.test(text) || /__|^_|_$/.test(text)) reasons.push('punctuation');
  if (/\p{Lu}/u.test(text)) reasons.push('case');
  if (/^\d/.test(text)) reasons.push('leading-digit');
  return reasons;
}

/**
 * New names for a whole header: each label's snake_case form, made unique (`nom`, `nom_2`) and never a
 * blank (`colonne_3`). Labels already fine keep their name; they are placed first so they keep it, after
 * the labels `keep` marks (the fields of a catalog schema the header matches), which keep theirs as written.
 */
export function snakeCaseHeader(labels: readonly string[], keep: readonly boolean[] = []): string[] {
  const taken = new Set<string>();
  labels.forEach((label, index) => {
    if (keep[index]) taken.add(label.replace(/^\uFEFF/, '').trim());
  });
  const names: (string | undefined)[] = labels.map((label, index) => {
    const trimmed = label.replace(/^\uFEFF/, '').trim();
    if (keep[index]) return trimmed;
    if (isSnakeCaseLabel(trimmed) && !taken.has(trimmed)) {
      taken.add(trimmed);
      return trimmed;
    }
    return undefined;
  });
  return names.map((name, index) => {
    if (name !== undefined) return name;
    const base = toSnakeCase(labels[index]) || `colonne_${index + 1}`;
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}_${n}`;
    taken.add(candidate);
    return candidate;
  });
}
