// How much garbage the server lets pile up before V8 collects it. After each major collection V8 lets the
// old generation grow by a factor of the live heap before the next one (about ×2 for the heap of a national
// file open: 130 MB live, RSS then climbing to 450 MB while one types, as each keystroke's result and
// diagnostics, kept until the next one, are promoted and die old). A smaller factor keeps the resident memory
// near what is live, for a few more major collections (incremental, mostly on V8's helper threads).
import { setFlagsFromString } from 'node:v8';

/** The old generation grows by this percentage of the live heap before a major collection. */
export const HEAP_GROWING_PERCENT = 25;

export function applyHeapPolicy(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
