// Big documents checked while their didOpen is still arriving. The editor sends a national file as one
// message of 50–250 MB; the message reader decodes its text into pieces as the bytes come (see
// messageReader.ts), and here the pieces are appended to a document as they come, so that its check starts
// (and its first page of problems goes out) long before the last byte is there. When the whole message is
// read, the same document, its text completed, becomes the open document: nothing is checked twice.
import { MOJIBAKE_SCAN_CHARS } from '../engine';
import { TableDocument } from './tableDocument';
import type { OpeningDocument, OpeningListener } from './messageReader';
import { trace } from './trace';

/**
 * A document is checked while it arrives once this much of its text is there: the file-level findings
 * (binary, empty, encoding, the dialect sniffed) read the first megabyte only, and the rest does not
 * change them.
 */
export const ARRIVING_MIN_CHARS = MOJIBAKE_SCAN_CHARS + 64;

/** Reading is held for the first page of an arriving document for this long at most. */
const HOLD_MAX_MS = 1000;
/** A last row longer than this stops the check of an arriving document (see `more`). */
const ARRIVING_MAX_ROW_CHARS = 1 << 20;

/** What the check of an arriving document sees of its arrival. */
export interface Arrival {
  /** True until the whole text is there (or the arrival was given up). */
  readonly arriving: boolean;
  /** The share of the message read so far, between 0 and 1 (for progress). */
  readonly share: number;
  /**
   * Adds the text that came since the last call to the document, waiting for some when none came; resolves
   * at once when the arrival ended. Text is added only when the check asks for it: each addition reads the
   * last row again, and a check that reads a long row would otherwise start it over at each piece.
   */
  more(): Promise<void>;
  /**
   * Stops reading the rest of the message while the text that came is checked, so that the first page is
   * out sooner (decoding the rest as it comes would take most of the time meanwhile); for a second at most.
   */
  hold(): void;
  /** Lets the rest of the message come (`more` and the end of the arrival call it too). */
  release(): void;
}

interface State extends Arrival {
  opening: OpeningDocument;
  /** The reader's pieces (the same array, growing). */
  pieces: readonly string[];
  appended: number;
  document: TableDocument;
  arriving: boolean;
  share: number;
  wake: (() => void) | undefined;
  held: boolean;
}

export interface ArrivalHooks {
  /** Whether a document may be checked while it arrives (a table document, the settings known…). */
  accepts(opening: OpeningDocument): boolean;
  /** Starts the check of an arriving document. */
  start(document: TableDocument, arrival: Arrival): void;
  /** Stops or restarts reading the editor's messages. */
  hold(hold: boolean): void;
}

export class ArrivingDocuments {
  private current: State | undefined;
  /** The pieces of a didOpen being watched until it is long enough, with their length so far. */
  private watched: { pieces: readonly string[]; counted: number; length: number } | undefined;
  /** Texts not checked while they arrive (refused, or given up): never taken up again. */
  private readonly passed = new WeakSet<readonly string[]>();

  constructor(private readonly hooks: ArrivalHooks) {}

  /** The message reader's listener (see `onDocumentArriving`). */
  readonly listener: OpeningListener = (opening, pieces, share) => {
    const current = this.current;
    if (current && current.pieces === pieces) {
      current.share = share;
      const wake = current.wake;
      current.wake = undefined;
      wake?.();
      return;
    }
    if (this.passed.has(pieces)) return;
    let watched = this.watched;
    if (!watched || watched.pieces !== pieces) watched = this.watched = { pieces, counted: 0, length: 0 };
    for (; watched.counted < pieces.length; watched.counted++) watched.length += pieces[watched.counted].length;
    if (watched.length < ARRIVING_MIN_CHARS) return;
    this.watched = undefined;
    this.giveUp();
    if (!this.hooks.accepts(opening)) {
      this.passed.add(pieces);
      return;
    }
    trace('document arriving', { chars: watched.length });
    const document = TableDocument.open(opening.uri, opening.languageId, opening.version, pieces.slice());
    const state: State = {
      opening,
      pieces,
      appended: pieces.length,
      document,
      arriving: true,
      share,
      wake: undefined,
      held: false,
      hold: () => {
        if (state.held || !state.arriving) return;
        state.held = true;
        this.hooks.hold(true);
        setTimeout(state.release, HOLD_MAX_MS).unref();
      },
      release: () => {
        if (!state.held) return;
        state.held = false;
        this.hooks.hold(false);
      },
      more: async () => {
        state.release();
        // A row that grows with the text (a 20 MB line, an unclosed quote) would be read again at each
        // addition, and holds no first page: the document is then checked once it is all there.
        if (lastRowChars(state) > ARRIVING_MAX_ROW_CHARS) this.giveUp();
        while (state.arriving && waitingChars(state) === 0) await new Promise<void>((resolve) => (state.wake = resolve));
        if (state.arriving) this.append(state);
      },
    };
    this.current = state;
    this.hooks.start(document, state);
  };

  /**
   * The didOpen was read whole: the document checked while it arrived, its text completed, when it is
   * that one (else undefined, and any arrival is given up).
   */
  complete(uri: string, version: number, pieces: readonly string[] | undefined): TableDocument | undefined {
    const current = this.current;
    this.watched = undefined;
    if (!current || current.pieces !== pieces || current.opening.uri !== uri || current.opening.version !== version) {
      this.giveUp();
      return undefined;
    }
    this.append(current);
    this.end(current);
    return current.document;
  }

  /** Stops following the current arrival (its check stops at its next slice). */
  giveUp(): void {
    if (this.current) this.end(this.current);
  }

  private end(state: State): void {
    this.passed.add(state.pieces);
    state.release();
    state.arriving = false;
    this.current = undefined;
    const wake = state.wake;
    state.wake = undefined;
    wake?.();
  }

  /** Appends the pieces that came since the last time (as edits at the end: the last row is read again). */
  private append(state: State): void {
    const table = state.document.table;
    let at = table.text.length;
    const edits = state.pieces.slice(state.appended).map((newText) => {
      const edit = { start: at, end: at, newText };
      at += newText.length;
      return edit;
    });
    state.appended = state.pieces.length;
    if (edits.length > 0) table.applyEdits(edits, 0);
  }
}

/** Characters that came and are not in the document yet. */
function waitingChars(state: State): number {
  let chars = 0;
  for (let i = state.appended; i < state.pieces.length; i++) chars += state.pieces[i].length;
  return chars;
}

/** Characters of the document's last row (read again when text is added). */
function lastRowChars(state: State): number {
  const table = state.document.table;
  const span = table.rowAt(table.text.length - 1);
  return span ? table.text.length - span.start : table.text.length;
}
