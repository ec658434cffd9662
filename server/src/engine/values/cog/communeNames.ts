// How commune names are compared: `Saint-Étienne`, `ST ETIENNE`, `saint etienne` and `Etienne (Saint)`
// are one name. Accents, case, ligatures, hyphens, apostrophes, `St`/`Ste`, the INSEE's old article form
// `Havre (Le)`, a trailing qualifier in parentheses (`Saint-Denis (La Réunion)`, `Dieppe (76)`) and a postal
// `CEDEX` suffix are folded away; nothing else is (a typo stays a typo).
import { stripAccentsAndForms } from '../../text/fold';

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/** The folded form two names are compared by. */
export function foldCommuneName(name: string): string {
  const trimmed = name.trim();
  // Most names are ASCII: Unicode normalization (the costly part of building the name index) only when needed.
  // (œ and æ have no decomposition: they are spelt out.)
  let text = (/[^\x20-\x7e]/.test(trimmed) ? stripAccentsAndForms(trimmed.replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE')) : trimmed).toLowerCase();
  // `Havre (Le)`, `Haÿ-les-Roses (L')`: the article written after the name, as old INSEE lists do.
  const article = /^(.*?)\s*\((le|la|les|l'|l’)\)$/.exec(text);
  if (article) text = `${article[2]} ${article[1]}`;
  // A qualifier after the name: the département or the island that tells homonyms apart.
  else text = text.replace(/\s*\([^()]*\)$/, '');
  text = text.replace(/\bcedex\b.*$/, '');
  const words = text.split(/[^a-z0-9]+/).filter(Boolean);
  return words.map((word) => ABBREVIATIONS[word] ?? word).join(' ');
}
