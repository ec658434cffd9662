// Every fixer, in the order their offers are listed (and tried by fix-all): structural fixes first, then the
// specific value fixers, then the generic ones that only apply when nothing more specific did.
import { hygieneFixer } from './fixers/hygieneFixer';
import type { Problem } from '../problems/problem';
import type { FixContext } from './core/context';
import type { ProblemFixer } from './core/fixer';
import type { FixMessage, FixOffer, FixProposal } from './fix';
import { coordinateColumnsFixer } from './fixers/coordinateColumnsFixer';
import { coordinateSwapFixer } from './fixers/coordinateSwapFixer';
import { coordinateValueFixer } from './fixers/coordinateValueFixer';
import { dateFixer } from './fixers/dateFixer';
import { geographyFixer } from './fixers/geographyFixer';
import { addColumnFixer, renameHeaderFixer } from './fixers/headerFixers';
import { leadingZerosFixer } from './fixers/leadingZerosFixer';
import { mojibakeFixer } from './fixers/mojibakeFixer';
import { numberFixer } from './fixers/numberFixer';
import { openingHoursFixer } from './fixers/openingHoursFixer';
import { booleanFixer, enumFixer, trimFixer } from './fixers/valueFixers';

interface Entry {
  fixer: ProblemFixer;
  /** Only asked when no fixer before it made an offer for the problem. */
  fallback?: boolean;
}

const entries: readonly Entry[] = [
  { fixer: mojibakeFixer },
  { fixer: renameHeaderFixer },
  { fixer: coordinateColumnsFixer },
  // An empty column only when the coordinates could not be brought in from other columns.
  { fixer: addColumnFixer, fallback: true },
  { fixer: coordinateSwapFixer },
  { fixer: coordinateValueFixer },
  { fixer: dateFixer },
  { fixer: openingHoursFixer },
  { fixer: leadingZerosFixer },
  // Commune codes, names and postcodes against the COG.
  { fixer: geographyFixer },
  { fixer: booleanFixer },
  { fixer: numberFixer },
  { fixer: enumFixer },
  // Tables without a schema: labels, mixed formats, spreadsheet leftovers, personal data.
  { fixer: hygieneFixer },
  { fixer: trimFixer, fallback: true },
];

export const problemFixers: readonly ProblemFixer[] = entries.map((entry) => entry.fixer);

/** Problem codes some fixer looks at. */
export const fixableCodes: ReadonlySet<string> = new Set(entries.flatMap((entry) => entry.fixer.codes));

function editsKey(offer: FixOffer): string {
  return offer.edits.map((edit) => `${edit.start}:${edit.end}:${edit.newText}`).join('|');
}

/**
 * What can be done about one problem: every fixer's offers (duplicates removed, the first kept), and the
 * first note a fixer gave. A fixer that throws is skipped: a bug in one fix must not hide the others.
 */
export function proposeFixes(problem: Problem, context: FixContext): FixProposal {
  const offers: FixOffer[] = [];
  let note: FixMessage | undefined;
  if (!fixableCodes.has(problem.code)) return { offers };
  const seen = new Set<string>();
  for (const { fixer, fallback } of entries) {
    if (!fixer.codes.includes(problem.code) || (fallback && offers.length > 0)) continue;
    let proposal: FixProposal | undefined;
    try {
      proposal = fixer.propose(problem, context);
    } catch {
      continue;
    }
    if (!proposal) continue;
    for (const offer of proposal.offers) {
      const key = editsKey(offer);
      if (offer.edits.length === 0 || seen.has(key)) continue;
      seen.add(key);
      offers.push(offer);
    }
    note ??= proposal.note;
  }
  return note ? { offers, note } : { offers };
}
