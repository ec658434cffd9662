// Knows when the editor sent something: work done while a document stands still (the whole-table pass,
// fix notes) runs in short slices and, between them, gives the event loop a turn; when bytes came in
// meanwhile (the next keystroke, a request), it lets them be handled before it goes on: a newer edit then
// stops it (its `isCurrent` turns false), and a request is answered first.
//
// The stdio reader (messageReader.ts) counts what it reads; other transports count nothing, and the work
// then yields one turn per slice only.

let arrivals = 0;

/** Called by the message reader for every chunk of bytes read. */
export function inputArrived(): void {
  arrivals++;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Gives the event loop a turn (input waiting in the pipe is read in it); when input came, three more
 * turns: a message read is handled in one turn (vscode-jsonrpc handles messages in immediate callbacks)
 * and its answer written in the next (its writer waits for one too).
 */
export async function yieldToInput(): Promise<void> {
  const before = arrivals;
  await turn();
  if (arrivals !== before) {
    await turn();
    await turn();
    await turn();
  }
}
