// Public face of the quick fixes: the contract, the three scopes over a validated text, and fixing a whole
// text in rounds (the CLI's --fix). The language server and the CLI use only what is exported here.
export { applyEdits, editsConflict } from './fix';
export type { CellChange, FixMessage, FixOffer, FixProposal, FixSafety, OffsetEdit } from './fix';
export type { FixInput } from './core/context';
export { FixSession, allowedIn, type CombinedFix, type FixMode } from './session';
export { fixText, DEFAULT_MAX_ROUNDS, type FixTextOptions, type FixTextResult } from './fixText';
export { fixableCodes, problemFixers } from './registry';
