// How commune names are compared: `Saint-Étienne`, `ST ETIENNE`, `saint etienne` and `Etienne (Saint)`
// are one name. Accents, case, ligatures, hyphens, apostrophes, `St`/`Ste`, the INSEE's old article form
// `Havre (Le)` and a postal `CEDEX` suffix are folded away; nothing else is (a typo stays a typo).
import { stripAccentsAndForms } from '../../text/fold';

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/** The folded form two names are compared by. */
export function foldCommuneName(name: string): string {
  let text = stripAccentsAndForms(name.trim()).toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  // `Havre (Le)`, `Haÿ-les-Roses (L')`: the article written after the name, as old INSEE lists do.
  const article = /^(.*?)\s*\((le|la|les|l'|l’)\)$/.exec(text);
  if (article) text = `${article[2]} ${article[1]}`;
  text = text.replace(/\bcedex\b.*$/, '');
  const words = text.split(/[^a-z0-9]+/).filter(Boolean);
  return words.map((word) => ABBREVIATIONS[word] ?? word).join(' ');
}
