// How commune names are compared: `Saint-Étienne`, `ST ETIENNE`, `saint etienne` and `Etienne (Saint)`
// are one name. Accents, case, ligatures, hyphens, apostrophes, `St`/`Ste`, the INSEE's old article form
// `Havre (Le)` and a postal `CEDEX` suffix are folded away; nothing else is (a typo stays a typo). A qualifier
// in parentheses is part of some official names (`Bors (Canton de Charente-Sud)`, `Château-Chinon (Ville)`):
// it is kept, and `withoutQualifier` gives the name to try when the whole one matches nothing.
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
  text = text.replace(/\bcedex\b.*$/, '');
  const words = text.split(/[^a-z0-9]+/).filter(Boolean);
  return words.map((word) => ABBREVIATIONS[word] ?? word).join(' ');
}

/**
 * A name without the qualifier a file added after it (`Dieppe (76)`, `Saint-Denis (La Réunion)`), to try when
 * the whole name matches no commune; undefined when there is none (or it is an article: `Havre (Le)`).
 */
export function withoutQualifier(name: string): string | undefined {
  const match = /^(.*\S)\s*\(([^()]*)\)\s*$/.exec(name);
  if (!match || /^(le|la|les|l['’])$/i.test(match[2].trim())) return undefined;
  return match[1];
}
