// Checks big documents incrementally: the schema in force is chosen as for any document (DocumentChecks),
// the engine's table is reconfigured only when that choice changes, pending work runs in time slices that
// yield to the event loop (a newer edit stops it), and the result holds the first problems with true totals.
// A document without a schema also gets the hygiene checks, which need every row in order: a whole-table
// pass run in slices once the document stands still, whose problems join the result.
import { compareProblems, type Problem } from '../engine/problems/problem';
import { planCheckers } from '../engine/plan/tablePlan';
import { makeProblem } from '../engine/problems/makeProblem';
import { TablePass } from '../engine/incremental/tablePass';
import { fieldsByColumn } from '../engine/schema/columnFields';
import { encodingVerdictProblem } from '../engine/table/fileEncoding';
import type { BigDocument } from './documentStore';
import type { DocumentChecks, DocumentResult, SchemaChoice } from './documentChecks';
import type { ServerSettings } from './settings';

/** Characters read to find the header (the schema choice depends on it only). */
const HEADER_CHARS = 1 << 20;
/** Time a slice of work takes before the event loop gets a turn (requests are answered between slices). */
const SLICE_MS = 12;
/** Rows per `step` call inside a slice. */
const STEP_ROWS = 500;

/**
 * Lets the event loop turn three times: a request read meanwhile is handled in one turn (vscode-jsonrpc
 * handles messages in immediate callbacks) and its answer written in the next (its writer waits for one
 * too). With one turn, both waited for a slice of work each: hovers took 35 ms instead of about 10.
 */
function yieldToRequests(): Promise<void> {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  return turn().then(turn).then(turn);
}

export interface SliceHooks {
  /** False once a newer version of the document arrived: the work stops (the newer check takes it over). */
  isCurrent(): boolean;
  /** Called between slices with the rows checked so far (for work-done progress). */
  progress?(rowsChecked: number, elapsedMs: number): void;
  /**
   * Called after each step while work remains (cheap checks only: it runs every few hundred rows). A
   * promise returned ends the slice: the work goes on once it settles (e.g. diagnostics were sent).
   */
  afterStep?(): Promise<void> | void;
}

/** What a schema choice was made from: while it holds, an edit below the header keeps the choice. */
interface ChoiceBasis {
  header: string;
  settings: ServerSettings;
  workspaceFolders: string[];
  choice: SchemaChoice;
}

/** The problems of a document's last whole-table pass, and what they were found with. */
interface PassResult {
  version: number;
  hygiene: ServerSettings['hygiene'];
  problems: Problem[];
}

export class BigDocumentChecks {
  private readonly configured = new WeakMap<BigDocument, string>();
  private readonly bases = new WeakMap<BigDocument, ChoiceBasis>();
  private readonly passes = new WeakMap<BigDocument, PassResult>();
  /** The settings each document's schema was last chosen with (the pass's problems follow their hygiene levels). */
  private readonly preparedWith = new WeakMap<BigDocument, ServerSettings>();

  constructor(private readonly checks: DocumentChecks) {}

  /** Chooses the schema (sidecar > setting > detection) and reconfigures the table when the choice changed. */
  prepare(document: BigDocument, settings: ServerSettings, workspaceFolders: string[]): SchemaChoice {
    this.preparedWith.set(document, settings);
    const basis = this.bases.get(document);
    const header = this.headerText(document);
    if (basis && header !== undefined && basis.header === header && basis.settings === settings && basis.workspaceFolders === workspaceFolders) return basis.choice;
    const head = document.table.text.slice(0, Math.min(document.length, HEADER_CHARS));
    const choice = this.checks.schemaFor(document.uri, head, settings, workspaceFolders);
    if (header !== undefined) this.bases.set(document, { header, settings, workspaceFolders, choice });
    else this.bases.delete(document);
    const resourceName = choice.resourceName;
    const key = JSON.stringify([choice.schema.schema ?? null, choice.usable?.dialect ?? null, resourceName ?? null]);
    const previous = this.configured.get(document);
    if (previous !== key) {
      // A fresh table is configured the first time too: it was opened without a schema.
      document.table.reconfigure({ schema: choice.schema.schema, dialect: choice.usable?.dialect, resourceName });
      this.configured.set(document, key);
    }
    return choice;
  }

  /** Forgets the schema choice of a document: its sidecar may have changed (it is chosen again at the next check). */
  invalidate(document: BigDocument): void {
    this.bases.delete(document);
  }

  /**
   * The header row's text once the table has read it, as far as the choice reads it (a header row made
   * huge by an unclosed quote is not copied whole: the choice reads its first megabyte).
   */
  private headerText(document: BigDocument): string | undefined {
    const span = document.table.isPending ? undefined : document.table.rowAt(0);
    if (!span) return undefined;
    const text = document.table.text;
    return span.next <= HEADER_CHARS ? text.slice(0, span.next) : `${text.slice(0, HEADER_CHARS)}\u0000${span.next}`;
  }

  /** Runs the table's pending work in slices; resolves true when done, false when a newer version stopped it. */
  async settle(document: BigDocument, hooks: SliceHooks): Promise<boolean> {
    const table = document.table;
    const started = Date.now();
    const firstRows = table.rowsChecked;
    while (table.isPending) {
      const sliceEnd = Date.now() + SLICE_MS;
      let wait: Promise<void> | void = undefined;
      while (table.isPending && Date.now() < sliceEnd && !wait) {
        table.step(STEP_ROWS);
        if (table.isPending) wait = hooks.afterStep?.();
      }
      if (!table.isPending) break;
      await (wait ?? yieldToRequests());
      if (!hooks.isCurrent()) return false;
      hooks.progress?.(table.rowsChecked - firstRows, Date.now() - started);
    }
    return hooks.isCurrent();
  }

  /** Whether a document checked with this choice gets the whole-table pass (the hygiene checks: no schema). */
  needsTablePass(choice: SchemaChoice): boolean {
    return choice.schema.schema === undefined;
  }

  /**
   * Runs the whole-table checks over the document's current text in slices (requests are answered
   * meanwhile); resolves true when done (its problems then join the results of this version), false when
   * a newer version stopped it.
   */
  async runTablePass(document: BigDocument, settings: ServerSettings, isCurrent: () => boolean): Promise<boolean> {
    const version = document.version;
    const table = document.table;
    if (table.isPending) return false;
    const pass = new TablePass(table.text, table.dialect, planCheckers(undefined, settings.hygiene));
    const current = () => isCurrent() && document.version === version && !table.isPending;
    for (;;) {
      const sliceEnd = Date.now() + SLICE_MS;
      let more = true;
      while (more && Date.now() < sliceEnd) more = pass.step(STEP_ROWS);
      if (!more) break;
      await yieldToRequests();
      if (!current()) return false;
    }
    this.passes.set(document, { version, hygiene: settings.hygiene, problems: pass.problems() });
    return true;
  }

  /**
   * The problems of the last whole-table pass that still hold: all of them for the version it read; for a
   * later one, those before the first offset edited since (a moment stale, until the next pass).
   */
  private passProblems(document: BigDocument, choice: SchemaChoice): Problem[] {
    const pass = this.passes.get(document);
    if (!pass || !this.needsTablePass(choice) || pass.hygiene !== this.preparedWith.get(document)?.hygiene) return [];
    if (pass.version === document.version) return pass.problems;
    const before = document.unchangedBefore(pass.version);
    return pass.problems.filter((problem) => problem.range.end.offset < before);
  }

  /** The result of the document's current state: the first `maxProblems` problems, a summary of the rest, true totals. */
  /** `arriving`: the text is not all there yet (the summary says the rest is being checked). */
  result(document: BigDocument, choice: SchemaChoice, maxProblems: number, { arriving = false } = {}): { result: DocumentResult; shown: Problem[] } {
    const table = document.table;
    const page = table.problems(maxProblems);
    const totals = table.totals();
    const fileProblem = page.problems[0]?.code === 'empty-file' || page.problems[0]?.code === 'binary-file';
    const extra = fileProblem ? [] : choice.schema.problems;
    const passed = fileProblem ? [] : this.passProblems(document, choice);
    let found = page.problems;
    let hidden = page.hidden;
    let hiddenCount = page.total - page.problems.length;
    if (passed.length > 0) {
      // The table's page holds its first problems: the first of both are among that page and the pass's
      // (both in file order: merged, not sorted again, as this runs at every edit).
      const merged = mergeSorted(page.problems, passed);
      found = merged.slice(0, maxProblems);
      hidden = { ...hidden };
      for (let i = maxProblems; i < merged.length; i++) hidden[merged[i].code] = (hidden[merged[i].code] ?? 0) + 1;
      hiddenCount += Math.max(0, merged.length - maxProblems);
    }
    const problems = extra.length > 0 ? [...extra, ...found].sort(compareProblems) : found;
    const added = [...extra, ...passed];
    const errors = totals.bySeverity.error + added.filter((p) => p.severity === 'error').length;
    const warnings = totals.bySeverity.warning + added.filter((p) => p.severity === 'warning').length;
    const total = page.total + added.length;
    // While the check runs (a first page published early), the summary says so even when it counts none yet.
    const checking = table.isPending || arriving;
    const shown = hiddenCount > 0 || checking ? [summaryProblem(hidden, hiddenCount, maxProblems, total, checking), ...problems] : problems;
    const report = { dialect: table.dialect, labels: table.labels, rowCount: table.rowCount, problems };
    const fields = choice.schema.schema ? fieldsByColumn(report.labels, choice.schema.schema) : [];
    const result: DocumentResult = {
      uri: document.uri,
      version: document.version,
      report,
      schema: choice.schema,
      fields,
      sidecar: choice.sidecar,
      totals: { errors, warnings, total },
    };
    const withEncoding = this.withEncoding(document, result, shown);
    this.checks.remember(result);
    return { result, shown: withEncoding };
  }

  /**
   * Adds what the text says about how the editor decoded the file to a result: a garbled document's result
   * holds the encoding problem alone (shown alone); a file read right but not in UTF-8 gets the command
   * line's warning first. Returns the problems to show.
   */
  private withEncoding(document: BigDocument, result: DocumentResult, shown: Problem[]): Problem[] {
    const text = document.table.text;
    const encoding = this.checks.encodingOf?.(document.uri, document.version, () => text.pieces());
    if (!encoding) return shown;
    result.encoding = encoding;
    const lineEnd = text.length > 0 && text.lineCount > 1 ? text.lineStart(1) : text.length;
    const firstLine = text.slice(0, Math.min(lineEnd, HEADER_CHARS)).replace(/\r?\n$/, '');
    const problem = encodingVerdictProblem(encoding, firstLine.length, (offset) => {
      const line = text.lineOf(offset);
      return { offset, line, character: offset - text.lineStart(line) };
    });
    if (!problem) return shown;
    const { report } = result;
    if (encoding.kind === 'garbled') {
      report.problems = [problem];
      result.totals = { errors: 1, warnings: 0, total: 1 };
      return [problem];
    }
    report.problems = [problem, ...report.problems].sort(compareProblems);
    if (result.totals) result.totals = { ...result.totals, warnings: result.totals.warnings + 1, total: result.totals.total + 1 };
    return shown[0]?.code === 'too-many-problems' ? [shown[0], problem, ...shown.slice(1)] : [problem, ...shown];
  }
}

/** Two lists of problems in file order, as one (ties keep `a`'s first). */
function mergeSorted(a: readonly Problem[], b: readonly Problem[]): Problem[] {
  const merged: Problem[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(compareProblems(b[j], a[i]) < 0 ? b[j++] : a[i++]);
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}

/**
 * The diagnostic at the top of the file counting the problems not shown, by code (as `capProblems` writes
 * it); while the check still runs (the first page published early), a variant that says the count is not final.
 */
function summaryProblem(hidden: Record<string, number>, hiddenCount: number, limit: number, total: number, checking: boolean): Problem {
  const summary = Object.entries(hidden)
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${code} × ${count}`)
    .join(', ');
  const zero = { offset: 0, line: 0, character: 0 };
  return makeProblem('too-many-problems', { start: zero, end: zero }, { hidden: hiddenCount, limit, summary, total, ...(checking ? { variant: 'checking' } : {}) });
}
