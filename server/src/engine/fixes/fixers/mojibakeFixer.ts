// Text that was UTF-8, read once as Windows-1252 and saved again ("double-encoded"): `Ã©` for é, `â€™` for ’.
// Each such sequence is the Windows-1252 reading of one UTF-8 character; the repair writes that character
// back, everywhere in the file (the `encoding-error` problem names the first sequence only). Unsafe: a text
// may mean `Ã©` (rarely), so the repair deserves a look before it is applied.
import { encodeText } from '../../table/decode';
import type { Problem } from '../../problems/problem';
import type { FixContext } from '../core/context';
import type { ProblemFixer } from '../core/fixer';
import type { FixProposal, OffsetEdit } from '../fix';

/** Windows-1252 readings of the bytes 0x80–0xBF (UTF-8 continuation bytes): U+0080–U+00BF and € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ. */
const CONTINUATION = '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';
/** A lead byte read as Windows-1252 (Â–ß: two bytes, à–ï: three, ð–ô: four) and its continuation bytes. */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The character a mojibake sequence stands for, or undefined when its bytes are not one UTF-8 character. */
function repairSequence(sequence: string): string | undefined {
  try {
    const character = utf8.decode(encodeText(sequence, 'windows-1252'));
    return [...character].length === 1 && character.codePointAt(0)! >= 0x80 ? character : undefined;
  } catch {
    return undefined;
  }
}

/** The edits that write back every double-encoded character of a text, with an example of the first. */
export function mojibakeRepairs(text: string): { edits: OffsetEdit[]; example?: { from: string; to: string } } {
  const edits: OffsetEdit[] = [];
  let example: { from: string; to: string } | undefined;
  SEQUENCE.lastIndex = 0;
  for (let match = SEQUENCE.exec(text); match; match = SEQUENCE.exec(text)) {
    const character = repairSequence(match[0]);
    if (!character) continue;
    edits.push({ start: match.index, end: match.index + match[0].length, newText: character });
    example ??= { from: match[0], to: character };
  }
  return { edits, example };
}

function propose(problem: Problem, context: FixContext): FixProposal | undefined {
  if (problem.params.variant !== 'mojibake') return undefined;
  const { edits, example } = context.memo('mojibake-repairs', () => mojibakeRepairs(context.text));
  if (!example) return undefined;
  return {
    offers: [{ kind: 'repair-mojibake', safety: 'unsafe', title: { key: 'fix.repairMojibake', params: { count: edits.length, from: example.from, to: example.to } }, edits }],
  };
}

export const mojibakeFixer: ProblemFixer = { kinds: ['repair-mojibake'], codes: ['encoding-error'], propose };
