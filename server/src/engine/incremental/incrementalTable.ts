// A table checked incrementally as it is edited: the text is kept in chunks, each row's problems are kept
// with the row (positions relative to it), table constraints keep counters, and an edit re-scans only from
// the first row it touches until the rows re-synchronize with the old ones. Work that cannot be small (a
// quote that changes how the rest of the file splits, a new header) is done in resumable steps.
//
// The result equals a fresh `validateText` of the same text with a SchemaChecker of the same schema
// (test/unit/incremental/incrementalTable.property.test.ts checks it after random edits).
import { SchemaChecker } from '../checks/schemaChecker';
import { StructureChecker, terminatorRange } from '../checks/structure';
import type { TableConstraints } from '../checks/tableConstraints';
import { FileChecks } from '../core/fileChecks';
import { RowRouter } from '../core/rowRouter';
import { reportTableEnd } from '../core/tableEnd';
import type { CustomCheckFactory } from '../checks/custom/types';
import type { KeyIndex } from '../checks/keyIndex';
import { defaultSeverity } from '../problems/catalog';
import { compareProblems, type Problem, type Severity } from '../problems/problem';
import type { CellKey } from '../schema/compile';
import { compiledSchemaFor } from '../schema/compiledSchemas';
import type { TableSchema } from '../schema/tableSchema';
import type { DecodedText } from '../table/decode';
import { sniffDialect, SNIFF_CHARS, type Dialect } from '../table/dialect';
import { decodeIrregular, Terminator, type RowView } from '../table/scanner';
import { ChunkedText, detach, type ContentChange, type OffsetEdit, type TextPosition } from './chunkedText';
import { lineAfter, readRow, scanRows, STEP_CHARS, type ScanEnd } from './rowReader';
import { RowStore } from './rowStore';
import { isOnRow, ProblemShapes, type RowPlace } from './storedProblems';

export interface IncrementalOptions {
  /** Parts of the dialect known for sure (from a sidecar); the rest is sniffed, and sniffed again after edits near the top. */
  dialect?: Partial<Dialect>;
  /** The Table Schema in force (its compiled form is cached per descriptor). */
  schema?: TableSchema;
  /** Custom check factories by name (default: the Validata registry). */
  customChecks?: Record<string, CustomCheckFactory>;
  /** The table's resource name: foreign keys whose `reference.resource` names it reference the same table. */
  resourceName?: string;
  /** The year the table's data end (its sidecar's temporal coverage): see checks/geography. */
  dataYear?: number;
  /** How the bytes were decoded, when known (the CLI); an editor text is looked at for mojibake instead. */
  decoded?: Omit<DecodedText, 'text'>;
  /** Rows `applyEdits` re-checks before leaving the rest to `step` (default 1000: a few milliseconds). */
  rowBudget?: number;
  /** Chunk size of the text (tests use small chunks to meet chunk boundaries). */
  chunkSize?: number;
  /** Length from which a row inside quotes is followed without copying it (tests lower it; see `LONG_ROW`). */
  longRow?: number;
  /** First window of text the scanner reads at a time (tests lower it, with `longRow`). */
  firstWindow?: number;
}

/** What an edit did. */
export interface EditOutcome {
  /** Rows scanned and checked again by this call. */
  rowsChecked: number;
  /** Work remains (call `step` until it returns false): problems are partial meanwhile. */
  pending: boolean;
  /** Set when the edit restarted the whole check: the header, the dialect or the file-level state changed. */
  restarted?: 'header' | 'dialect' | 'file' | 'custom-check' | 'first-row';
}

/** Problems in file order, at most `limit` of them, and how many of each code were left out. */
export interface ProblemPage {
  problems: Problem[];
  total: number;
  /** Codes of the problems left out, with their counts. */
  hidden: Record<string, number>;
}

export interface ProblemTotals {
  total: number;
  byCode: Record<string, number>;
  bySeverity: Record<Severity, number>;
  /** Data rows (the header excluded). */
  rowCount: number;
  pending: boolean;
}

/** A row of the table: index 0 is the first row (the header when there is one). */
export interface RowSpan {
  row: number;
  start: number;
  /** Offset of the next row (the text's length for the last row). */
  next: number;
  line: number;
}

export interface CellSpan {
  row: number;
  /** 0-based cell, or the cell count when the offset is past the last delimiter of a short row. */
  cell: number;
  value: string;
  start: number;
  end: number;
}

interface Pending {
  /** Row start where scanning resumes; rows before it are final. */
  from: number;
  line: number;
  /** Rows may re-synchronize only at a start at or past this offset (the end of the last edit). */
  dirtyEnd: number;
  /** A huge row half read at `from` (dropped by any edit). */
  resume?: ScanEnd['resume'];
}


/** Everything that depends on the header and the dialect: thrown away and rebuilt when they change. */
class Generation {
  readonly structure = new StructureChecker();
  readonly schema: SchemaChecker | undefined;
  readonly router: RowRouter;
  /** Problems reported while checking the current row. */
  readonly reported: Problem[] = [];
  table: TableConstraints | null = null;
  keys: KeyIndex | undefined;
  /** Text of the header's cells, to tell whether a re-scanned header changed. */
  headerText: string | undefined;
  /** Problems of the schema's start without a header (reported before any row). */
  readonly setup: Problem[] = [];
  /** Problems reported by a row check about the table (a custom check that crashed). */
  readonly sticky: Problem[] = [];
  /** Custom checks report at the end, from every row. */
  wholeTableChecks = false;
  /** Without a header nor a schema, rows are measured against the first data row (StructureChecker). */
  readonly rowsMeasuredByFirst: boolean;
  /** What the structure checks read of the first non-blank data row they saw (`primingKey`). */
  primingText: string | undefined;

  constructor(
    readonly dialect: Dialect,
    schema: TableSchema | undefined,
    customChecks: Record<string, CustomCheckFactory> | undefined,
    resourceName: string | undefined,
    dataYear?: number,
  ) {
    const reported = this.reported;
    // The table's keys are indexed here (rows come and go), not by the schema checker.
    if (schema) {
      this.schema = new SchemaChecker(compiledSchemaFor(schema), { ...(customChecks ? { customChecks } : {}), resourceName, indexKeys: false, ...(dataYear !== undefined ? { dataYear } : {}) });
    }
    this.router = new RowRouter(dialect, this.schema ? [this.schema] : [], (problem) => reported.push(problem), this.structure);
    this.rowsMeasuredByFirst = !dialect.header && !this.schema?.fieldNames;
  }
}

export class IncrementalTable {
  readonly text: ChunkedText;
  private readonly store = new RowStore();
  /** What the stored problems share (see storedProblems.ts); cleared with the rows. */
  private readonly shapes = new ProblemShapes();
  /** Reused while storing a row's problems. */
  private readonly scratch: unknown[] = [];
  private readonly file: FileChecks;
  private dialectValue: Dialect;
  private generation: Generation | undefined;
  private pending: Pending | undefined;
  /** Problem counts of the rows (their own problems and the constraints they break), by code and by severity. */
  private readonly codeCounts = new Map<string, number>();
  private readonly severityCounts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  /** End-of-table problems, computed when first read after a change. */
  private lateCache: Problem[] | undefined;

  private readonly options: IncrementalOptions;

  private constructor(text: string | readonly string[], options: IncrementalOptions) {
    this.options = { ...options };
    this.text = new ChunkedText(text, { chunkSize: options.chunkSize });
    this.file = new FileChecks(options.decoded);
    this.dialectValue = this.sniff();
    this.file.checkAll(this.text);
    this.restart('file');
  }

  /** Opens a text and checks it completely. */
  static open(text: string, options: IncrementalOptions = {}): IncrementalTable {
    const table = new IncrementalTable(text, options);
    while (table.step(Infinity));
    return table;
  }

  /**
   * Opens a text (one string, or pieces in order: see `ChunkedText.setPieces`) and leaves the whole check
   * to `step` (to check a big file off the request path).
   */
  static openPending(text: string | readonly string[], options: IncrementalOptions = {}): IncrementalTable {
    return new IncrementalTable(text, options);
  }

  get dialect(): Dialect {
    return this.dialectValue;
  }

  /** Header labels as read (empty without a header). */
  get labels(): string[] {
    return this.generation?.router.labels ?? [];
  }

  /** Data rows (the header excluded). */
  get rowCount(): number {
    const rows = this.store.count;
    return this.generation && this.dialectValue.header && rows > 0 ? rows - 1 : rows;
  }

  /** True while rows remain to re-check (see `step`). */
  get isPending(): boolean {
    return this.pending !== undefined;
  }

  // ---- edits

  /**
   * Applies changes in order (each in the coordinates left by the previous one: LSP `didChange` content
   * changes, or offset edits), re-checks what they touched within the row budget, and says what remains.
   */
  applyEdits(changes: readonly (ContentChange | OffsetEdit)[], rowBudget = this.options.rowBudget ?? 1000): EditOutcome {
    let from = Infinity;
    let shortest = this.text.length;
    let replaced = false;
    for (const change of changes) {
      if (!('newText' in change) && !change.range) {
        // A whole-text replacement: start over (the rows go now, so that later changes meet none).
        this.text.setText(change.text);
        this.restart('file');
        replaced = true;
        from = 0;
      } else {
        const edit = this.toOffsets(change);
        if (edit.start === edit.end && edit.newText === '') continue;
        this.applyEdit(edit);
        from = Math.min(from, edit.start);
      }
      shortest = Math.min(shortest, this.text.length);
    }
    if (from === Infinity) return { rowsChecked: 0, pending: this.isPending };
    const wasStopped = this.file.stopped;
    this.file.afterEdits(this.text, from, shortest);
    this.restartReason = undefined;
    const dialect = from < SNIFF_CHARS || shortest <= SNIFF_CHARS ? this.sniff() : this.dialectValue;
    if (readsDifferently(dialect, this.dialectValue)) {
      this.dialectValue = dialect;
      this.restart('dialect');
    } else {
      // The dominant line terminator is reported, not used by the checks: no need to check again.
      this.dialectValue.lineTerminator = dialect.lineTerminator;
      if (replaced || wasStopped !== this.file.stopped) this.restart('file');
      else if (this.generation?.wholeTableChecks) this.restart('custom-check');
    }
    this.lateCache = undefined;
    const before = this.checkedRows;
    this.step(rowBudget);
    const restarted = this.restartReason;
    return { rowsChecked: this.checkedRows - before, pending: this.isPending, ...(restarted ? { restarted } : {}) };
  }

  /** Why the last `applyEdits` started the whole check over, if it did. */
  private restartReason: EditOutcome['restarted'];

  /** Rows checked since the table was opened (for tests and benchmarks). */
  get rowsChecked(): number {
    return this.checkedRows;
  }

  private checkedRows = 0;

  /**
   * Changes the schema, the known dialect or the custom checks (the schema in force changed: a setting,
   * a sidecar, a detection after a header edit) and schedules a whole check, keeping the text.
   */
  reconfigure(changes: Pick<IncrementalOptions, 'schema' | 'dialect' | 'customChecks' | 'resourceName' | 'dataYear'>): void {
    // The same known dialect sniffs the same (sniffing reads the first 64k characters: skip it then).
    const sameDialect = !('dialect' in changes) || JSON.stringify(changes.dialect ?? null) === JSON.stringify(this.options.dialect ?? null);
    Object.assign(this.options, changes);
    if (!sameDialect) this.dialectValue = this.sniff();
    this.restart('file');
  }

  /**
   * Re-checks up to `maxRows` more rows of pending work; returns true while work remains. A newer edit
   * merges into the pending work (nothing to cancel: stop calling `step` and call it again later).
   */
  step(maxRows = 5000): boolean {
    const pending = this.pending;
    const generation = this.generation;
    if (pending === undefined || generation === undefined) return false;
    const store = this.store;
    this.lateCache = undefined;
    let at = store.rowAtOffset(pending.from - 1) + 1;
    if (pending.from >= this.text.length) return this.finishPending(at);
    if (at < store.count && store.startOf(at) === pending.from && pending.from >= pending.dirtyEnd) return this.finishPending(-1);
    let done = 0;
    let outcome: 'synced' | 'budget' | 'header' | undefined;
    const onRow = (row: RowView): boolean => {
      const next = row.base + row.next;
      if (row.index === 0 && generation.dialect.header && generation.headerText !== undefined) {
        // A header moved by text inserted before it is a new header too.
        if (headerKey(row) !== generation.headerText || store.count === 0 || store.startOf(0) !== 0) {
          outcome = 'header';
          return false;
        }
        // Same header: keep its row and problems; only its terminator may differ.
        store.setTerminator(0, row.terminator);
        at = 1;
      } else {
        this.removeRowsBefore(at, next);
        this.checkRow(row, at, row.base + row.start, next);
        at++;
      }
      // Old rows this one now covers are gone.
      this.removeRowsBefore(at, next);
      done++;
      this.checkedRows++;
      pending.from = next;
      pending.line = lineAfter(row);
      if (next >= pending.dirtyEnd && at < store.count && store.startOf(at) === next) {
        outcome = 'synced';
        return false;
      }
      if (done >= maxRows) {
        outcome = 'budget';
        return false;
      }
      return true;
    };
    const resume = pending.resume;
    pending.resume = undefined;
    const end = scanRows(this.text, generation.dialect, { offset: pending.from, line: pending.line, row: at }, onRow, {
      maxChars: STEP_CHARS,
      resume,
      longRow: this.options.longRow,
      firstWindow: this.options.firstWindow,
    });
    if (end.resume) {
      pending.resume = end.resume;
      return true;
    }
    if (outcome === 'header') {
      this.restart('header');
      return true;
    }
    if (outcome === 'synced') return this.finishPending(-1);
    if (outcome === 'budget' && !end.end) return true;
    // The end of the text: rows left after the last one scanned are gone.
    return this.finishPending(at);
  }

  // ---- reading

  /** Problems sorted as `validateText` sorts them: the first `limit` in file order, and counts of the rest. */
  problems(limit = Infinity): ProblemPage {
    // Problems outside rows, in the order a single pass reports them: file-level ones before every row
    // (they win ties), end-of-table ones after (they lose ties); a stable sort keeps that order.
    const early = this.earlyProblems();
    const outside = [...early, ...this.lateProblems()].sort(compareProblems);
    const earlySet = new Set(early);
    const shown: Problem[] = [];
    let next = 0;
    if (this.generation) {
      for (let row = this.store.nextRowWithProblems(0); row >= 0 && shown.length < limit; row = this.store.nextRowWithProblems(row + 1)) {
        for (const problem of this.rowProblems(row)) {
          while (next < outside.length && shown.length < limit) {
            const order = compareProblems(outside[next], problem);
            if (order < 0 || (order === 0 && earlySet.has(outside[next]))) shown.push(outside[next++]);
            else break;
          }
          if (shown.length < limit) shown.push(problem);
        }
      }
    }
    while (next < outside.length && shown.length < limit) shown.push(outside[next++]);
    const totals = this.totals();
    const hidden: Record<string, number> = { ...totals.byCode };
    for (const problem of shown) {
      hidden[problem.code]--;
      if (hidden[problem.code] === 0) delete hidden[problem.code];
    }
    return { problems: shown, total: totals.total, hidden };
  }

  /**
   * Whether the first `limit` problems in file order are final although work is pending (always true
   * when nothing is): the rows holding them all lie before the point re-checking has reached (rows past
   * it come later in the file, or are old rows about to be checked again), and none of their checks waits
   * for later rows (same-table foreign keys, custom checks reporting at the end). A `unique` or primary
   * key mark only depends on earlier rows. What a single pass reports at the end of the table (mixed line
   * endings) may still join the page when the work ends. Cheap: counts, builds no problem.
   *
   * `textComplete: false` is for a text still arriving (appended to as it comes): its last row may be cut
   * short, so it is never final, and the page is final only when full.
   */
  firstProblemsFinal(limit: number, { textComplete = true } = {}): boolean {
    const pending = this.pending;
    const generation = this.generation;
    if ((!pending && textComplete) || !generation) return true;
    if (generation.rowsMeasuredByFirst || generation.wholeTableChecks || (generation.keys?.foreignKeys ?? 0) > 0) return false;
    const store = this.store;
    if (store.count === 0) return false;
    const frontier = Math.min(pending ? pending.from : Infinity, textComplete ? Infinity : store.startOf(store.count - 1));
    let count = 0;
    for (let row = store.nextRowWithProblems(0); row >= 0; row = store.nextRowWithProblems(row + 1)) {
      if (store.startOf(row) >= frontier) return false;
      count += store.problemCountAt(row);
      if (count >= limit) return true;
    }
    return false;
  }

  /** Whether re-checking after each edit restarts the whole check (custom checks that judge the whole table). */
  get checksWholeTable(): boolean {
    return this.generation?.wholeTableChecks ?? false;
  }

  /** Counts of problems by code and by severity. */
  totals(): ProblemTotals {
    const byCode: Record<string, number> = {};
    const bySeverity = { ...this.severityCounts };
    let total = 0;
    for (const [code, count] of this.codeCounts) {
      if (count === 0) continue;
      byCode[code] = count;
      total += count;
    }
    for (const problem of [...this.earlyProblems(), ...this.lateProblems()]) {
      byCode[problem.code] = (byCode[problem.code] ?? 0) + 1;
      bySeverity[problem.severity]++;
      total++;
    }
    return { total, byCode, bySeverity, rowCount: this.rowCount, pending: this.isPending };
  }

  /** The whole result in `validateText`'s shape (for tests and for callers that want everything). */
  report(): { dialect: Dialect; labels: string[]; rowCount: number; problems: Problem[] } {
    return { dialect: this.dialectValue, labels: this.labels, rowCount: this.generation ? this.rowCount : 0, problems: this.problems().problems };
  }

  /** The row whose span holds an offset. */
  rowAt(offset: number): RowSpan | undefined {
    if (!this.generation) return undefined;
    const row = this.store.rowAtOffset(offset);
    return row < 0 ? undefined : this.span(row);
  }

  /** The row at a 0-based line (a row with multi-line cells spans several). */
  rowAtLine(line: number): RowSpan | undefined {
    if (!this.generation) return undefined;
    const row = this.store.rowAtLine(line);
    return row < 0 ? undefined : this.span(row);
  }

  /** The cell under an offset (a position on a delimiter belongs to the cell before it, as when typing at its end). */
  cellAt(offset: number): CellSpan | undefined {
    const span = this.rowAt(offset);
    if (!span) return undefined;
    return this.readRow(span.row, (view) => {
      const base = view.base;
      for (let cell = 0; cell < view.cellCount; cell++) {
        const start = base + view.cellStart[cell];
        const end = base + view.cellEnd[cell];
        const next = cell + 1 < view.cellCount ? base + view.cellStart[cell + 1] : Infinity;
        if (offset >= start && (offset <= end || offset < next - 1)) {
          if (view.cellEnd[cell] <= view.text.length) return { row: span.row, cell, value: view.value(cell), start, end };
          // An unclosed quote running past what was read: its value is read from the text only if asked
          // for (it may be the rest of a 250 MB document).
          const text = this.text;
          const quote = view.quoteChar;
          return {
            row: span.row,
            cell,
            start,
            end,
            get value(): string {
              return decodeIrregular(text.slice(start, end), 0, end - start, quote);
            },
          };
        }
      }
      return undefined;
    });
  }

  /** Hands the scanned row `row` to `visit` (valid during the call only). */
  readRow<T>(row: number, visit: (view: RowView) => T): T {
    const span = this.span(row);
    return readRow(this.text, this.dialectValue, { offset: span.start, line: span.line, row }, span.next, visit, { longRow: this.options.longRow, firstWindow: this.options.firstWindow });
  }

  offsetAt(position: TextPosition): number {
    return this.text.offsetAt(position);
  }

  positionAt(offset: number): TextPosition {
    return this.text.positionAt(offset);
  }

  // ---- inside

  private sniff(): Dialect {
    return sniffDialect(this.text.slice(0, SNIFF_CHARS + 1), this.options.dialect);
  }

  private toOffsets(change: ContentChange | OffsetEdit): OffsetEdit {
    if ('newText' in change) return change;
    if (!change.range) return { start: 0, end: this.text.length, newText: change.text };
    let { start, end } = change.range;
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
    return { start: this.text.offsetAt(start), end: this.text.offsetAt(end), newText: change.text };
  }

  /** Throws away every row and checker, and schedules a check of the whole text. */
  private restart(reason: NonNullable<EditOutcome['restarted']>): void {
    this.restartReason = reason;
    this.store.clear();
    this.shapes.clear();
    this.codeCounts.clear();
    for (const severity of Object.keys(this.severityCounts) as Severity[]) this.severityCounts[severity] = 0;
    this.lateCache = undefined;
    if (this.file.stopped) {
      this.generation = undefined;
      this.pending = undefined;
      return;
    }
    const generation = new Generation(this.dialectValue, this.options.schema, this.options.customChecks, this.options.resourceName, this.options.dataYear);
    this.generation = generation;
    this.pending = { from: 0, line: 0, dirtyEnd: Infinity };
    if (!this.dialectValue.header && generation.schema) {
      generation.schema.startWithoutHeader(generation.router.context);
      generation.setup.push(...generation.reported);
      generation.reported.length = 0;
      this.startTableChecks(generation);
    }
  }

  /** Once the schema checker started (header read, or no header): table keys and custom check kinds. */
  private startTableChecks(generation: Generation): void {
    const schema = generation.schema;
    if (!schema) return;
    const table = schema.tableConstraints;
    generation.table = table;
    if (table) generation.keys = table.newIndex(this.store, true);
    for (const check of schema.customChecks) {
      if (check.finishes) generation.wholeTableChecks = true;
    }
  }

  /** Applies one edit to the text and to the rows: rows after it move, rows inside it go, re-scanning is scheduled. */
  private applyEdit(edit: OffsetEdit): void {
    const text = this.text;
    const start = Math.max(0, Math.min(edit.start, text.length));
    const end = Math.max(start, Math.min(edit.end, text.length));
    const store = this.store;
    if (!this.generation || store.count === 0) {
      text.replace(start, end, edit.newText);
      if (this.pending) {
        this.pending.dirtyEnd = Infinity;
        this.pending.resume = undefined;
      }
      return;
    }
    const oldLines = text.lineCount;
    const delta = edit.newText.length - (end - start);
    // The first row the edit touches: the one holding `start`, or the one before when that row ends with a
    // lone CR (an LF typed at the start of the next row makes it a CRLF).
    // (None when text is inserted before the first row: then scanning starts at 0.)
    let first = store.rowAtOffset(start);
    if (first > 0 && store.startOf(first) === start && store.terminatorOf(first - 1) === Terminator.CR) first--;
    const from = first < 0 ? 0 : store.startOf(first);
    const fromLine = first < 0 ? 0 : store.lineOf(first);
    // Rows starting inside the replaced text are gone; rows from its end on move.
    const at = store.rowAtOffset(start);
    this.removeRowsBefore(at + 1, end);
    const shiftFrom = at >= 0 && store.startOf(at) >= end ? at : at + 1;
    text.replace(start, end, edit.newText);
    store.shift(shiftFrom, delta, text.lineCount - oldLines);
    const pending = this.pending;
    if (pending) pending.resume = undefined;
    // Rows may re-synchronize at rows that moved with the text after the edit. A row still starting at
    // `start` after a pure deletion is not one of them (its content changed): hence one past `start`.
    const editEnd = start + Math.max(edit.newText.length, end > start ? 1 : 0);
    if (!pending) {
      this.pending = { from, line: fromLine, dirtyEnd: editEnd };
      return;
    }
    let dirtyEnd = Math.max(editEnd, pending.dirtyEnd >= end ? pending.dirtyEnd + delta : pending.dirtyEnd <= start ? pending.dirtyEnd : editEnd);
    if (pending.from >= end) {
      pending.from += delta;
      pending.line += text.lineCount - oldLines;
    }
    if (from < pending.from) {
      // Scanning restarts earlier, and must get back at least to where it was: past that point, the old
      // rows it had removed left text that no row covers yet.
      dirtyEnd = Math.max(dirtyEnd, pending.from);
      pending.from = from;
      pending.line = fromLine;
    }
    pending.dirtyEnd = dirtyEnd;
  }

  /** Pending work is done: drop rows past the end (from `removeFrom`), and check the first row rows are measured by. */
  private finishPending(removeFrom: number): boolean {
    if (removeFrom >= 0) this.removeRows(removeFrom, this.store.count - removeFrom);
    this.pending = undefined;
    const generation = this.generation;
    if (generation?.rowsMeasuredByFirst && !this.sameFirstDataRow(generation)) {
      this.restart('first-row');
      return true;
    }
    return false;
  }

  /** Whether the first non-blank data row is still the one the structure checks saw first (same text). */
  private sameFirstDataRow(generation: Generation): boolean {
    const store = this.store;
    let row = generation.dialect.header ? 1 : 0;
    while (row < store.count && store.isBlank(row)) row++;
    if (row >= store.count) return generation.primingText === undefined;
    return this.readRow(row, primingKey) === generation.primingText;
  }

  /** Checks a scanned row and inserts it at index `at`. */
  private checkRow(row: RowView, at: number, rowStart: number, next: number): void {
    const generation = this.generation as Generation;
    const { schema, reported } = generation;
    reported.length = 0;
    let keys: (CellKey | undefined)[] | undefined;
    const kind = generation.router.route(row);
    const blank = kind === 'blank';
    if (kind === 'header') {
      generation.headerText = detach(headerKey(row));
      this.startTableChecks(generation);
    } else if (kind === 'data' && schema && generation.table) keys = detachKeys(schema.rowKeys(row) as (CellKey | undefined)[]);
    const id = this.store.insert(at, rowStart, row.line, row.terminator, blank);
    if (!blank && generation.primingText === undefined && (row.index > 0 || !generation.dialect.header)) {
      generation.primingText = detach(primingKey(row));
    }
    if (reported.length > 0) {
      const rowNumber = row.index + 1;
      const place: RowPlace = { start: rowStart, line: row.line, rowNumber };
      const kept = this.scratch;
      for (const problem of reported) {
        if (isOnRow(problem, rowStart, next, rowNumber)) {
          this.shapes.store(problem, place, kept);
          this.count(problem.code, problem.severity, 1);
        } else generation.sticky.push(problem);
      }
      // A copy of the exact length (an array grown by pushes holds room for more).
      if (kept.length > 0) this.store.setProblems(at, kept.slice());
      kept.length = 0;
      reported.length = 0;
    }
    if (keys !== undefined && generation.keys) {
      this.store.setKeys(at, keys);
      this.trackMarks(() => (generation.keys as KeyIndex).addRow(id, keys as (CellKey | undefined)[]));
    }
  }

  /** Removes rows [at, at + count) with their problems and keys. */
  private removeRows(at: number, count: number): void {
    if (count <= 0) return;
    const store = this.store;
    const tableKeys = this.generation?.keys;
    if (tableKeys) {
      // While the rows are still there: a group losing its first row looks for the next one among them.
      const removals: [number, (CellKey | undefined)[]][] = [];
      store.visitRange(at, count, (id, _problems, keys) => {
        if (keys !== undefined) removals.push([id, keys as (CellKey | undefined)[]]);
      });
      if (removals.length > 0) this.trackMarks(() => removals.forEach(([id, keys]) => tableKeys.removeRow(id, keys)));
    }
    const shapes = this.shapes;
    store.visitRange(at, count, (_id, problems) => {
      if (!problems) return;
      for (let i = 0, n = ProblemShapes.count(problems); i < n; i++) this.count(shapes.codeOf(problems, i), shapes.severityOf(problems, i), -1);
    });
    store.removeRange(at, count);
  }

  /** Removes the rows from index `at` that start before `offset`. */
  private removeRowsBefore(at: number, offset: number): void {
    if (at >= this.store.count || this.store.startOf(at) >= offset) return;
    this.removeRows(at, this.store.rowAtOffset(offset - 1) - at + 1);
  }

  /** Runs a key update and counts the marks it added or removed (one problem each). */
  private trackMarks(update: () => void): void {
    const keys = this.generation?.keys;
    if (!keys) return;
    const slots = keys.slotCount;
    const before: number[] = [];
    for (let slot = 0; slot < slots; slot++) before.push(this.store.markCount(slot));
    update();
    for (let slot = 0; slot < slots; slot++) {
      const change = this.store.markCount(slot) - before[slot];
      if (change === 0) continue;
      const code = (this.generation?.table as TableConstraints).codeOfSlot(slot);
      this.codeCounts.set(code, (this.codeCounts.get(code) ?? 0) + change);
      this.severityCounts[defaultSeverity(code)] += change;
    }
  }

  private count(code: string, severity: Severity, change: number): void {
    this.codeCounts.set(code, (this.codeCounts.get(code) ?? 0) + change);
    this.severityCounts[severity] += change;
  }

  private span(row: number): RowSpan {
    const store = this.store;
    return { row, start: store.startOf(row), next: row + 1 < store.count ? store.startOf(row + 1) : this.text.length, line: store.lineOf(row) };
  }

  /** A row's problems with absolute positions, those of the constraints it breaks after its own, sorted. */
  private rowProblems(row: number): Problem[] {
    const store = this.store;
    const span = this.span(row);
    const place: RowPlace = { start: span.start, line: span.line, rowNumber: row + 1 };
    const problems: Problem[] = [];
    const stored = store.problemsAt(row);
    if (stored) for (let i = 0, n = ProblemShapes.count(stored); i < n; i++) problems.push(this.shapes.read(stored, i, place));
    const marks = store.marksAt(row);
    const generation = this.generation as Generation;
    if (marks && generation.table && generation.keys) {
      const table = generation.table;
      const tableKeys = generation.keys;
      const keys = store.keysAt(row) as (CellKey | undefined)[];
      this.readRow(row, (view) => {
        for (const slot of marks) {
          const first = slot < tableKeys.groupSlots ? store.indexOfId(tableKeys.firstHolder(slot, keys[slot] as CellKey) as number) + 1 : 0;
          problems.push(table.problemOfMark(slot, view, first));
        }
      });
    }
    return problems.sort(compareProblems);
  }

  /** File-level problems reported before any row (encoding, and the schema's start without a header). */
  private earlyProblems(): Problem[] {
    const file = this.file.problems(this.text);
    return this.generation ? [...file, ...this.generation.setup] : file;
  }

  /** Problems reported at the end of the table, sorted. */
  private lateProblems(): Problem[] {
    if (this.lateCache) return this.lateCache;
    const generation = this.generation;
    const late: Problem[] = [];
    if (generation) {
      late.push(...generation.sticky);
      const store = this.store;
      // The schema's end-of-table reports are its custom checks' (the keys are indexed here).
      const finishing = generation.schema && generation.wholeTableChecks ? [generation.schema] : [];
      reportTableEnd(finishing, { ...generation.router.context, report: (problem) => late.push(problem) }, {
        terminatorCounts: [0, 1, 2, 3].map((t) => store.terminatorCount(t as Terminator)),
        firstWith: (terminator) => {
          const row = store.firstWithTerminator(terminator);
          return row < 0 ? undefined : { rowNumber: row + 1, range: this.readRow(row, terminatorRange) };
        },
        headerOnly: generation.dialect.header && store.count === 1,
      });
    }
    this.lateCache = late.sort(compareProblems);
    return this.lateCache;
  }
}

/**
 * What the checks read of a row: its text (up to `end`), or, when its last cell's quote is never closed,
 * the text before that cell and where the row ends (problems about the whole row span it): the cell is
 * not read, and may run past the row's `text`.
 */
function readText(row: RowView, end: number): string {
  if (row.readableCells === row.cellCount) return row.text.slice(row.start, end);
  const last = row.cellCount - 1;
  const extent = `${row.end - row.start}:${row.cellEndLine[last] - row.line}:${row.cellEnd[last] - row.cellEndLineOffset[last]}`;
  return `${row.text.slice(row.start, row.cellStart[row.readableCells])}\u0000unclosed:${extent}`;
}

/** What the structure checks read of the first data row, to tell whether it changed. */
function primingKey(row: RowView): string {
  return readText(row, row.next);
}

/** What the header checks read of the header row (its line break aside), to tell whether it changed. */
function headerKey(row: RowView): string {
  return readText(row, row.end);
}

/** A row's keys with long strings copied out of the text (undefined when the row holds none). */
function detachKeys(keys: (CellKey | undefined)[]): (CellKey | undefined)[] | undefined {
  let held = false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === undefined) continue;
    held = true;
    if (typeof key === 'string') keys[i] = detach(key);
  }
  return held ? keys : undefined;
}

/** Whether two dialects split a text differently (the line terminator is only reported). */
function readsDifferently(a: Dialect, b: Dialect): boolean {
  return a.delimiter !== b.delimiter || a.quoteChar !== b.quoteChar || a.skipInitialSpace !== b.skipInitialSpace || a.header !== b.header;
}
