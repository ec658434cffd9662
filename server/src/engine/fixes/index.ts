// Public face of the quick fixes: the contract and the three scopes over a validated text (fixing a whole
// text in rounds, the CLI's --fix, is the driver engine/fixText.ts). The faces reach both through engine/index.ts.
export { applyEdits, editsConflict } from './fix';
export type { CellChange, FixMessage, FixOffer, FixProposal, FixSafety, OffsetEdit } from './fix';
export type { FixInput } from './core/context';
export { FixSession, allowedIn, type CombinedFix, type FixMode } from './session';
export { fixableCodes, problemFixers } from './registry';
