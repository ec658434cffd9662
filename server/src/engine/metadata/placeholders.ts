// Placeholders of a generated sidecar: text values a human must replace ("À compléter : …"), recognised
// in any case and with or without accents so that they are reported until filled.
import { stripAccents } from '../text/fold';

export const PLACEHOLDER_PREFIX = 'À compléter';

/** "À compléter : titre du jeu de données" — what a draft writes where only a human knows the answer. */
export function placeholder(hint: string): string {
  return `${PLACEHOLDER_PREFIX} : ${hint}`;
}

export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const folded = stripAccents(value).trim().toLowerCase();
  return folded.startsWith('a completer') || folded.startsWith('todo') || folded === '...' || folded === '…';
}
