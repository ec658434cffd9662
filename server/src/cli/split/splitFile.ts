// Checks a big lone file on two cores: this thread reads the header and the first half; a worker thread
// checks the second half, from the first line break after the middle, guessing that a row starts there
// (with the header's columns and fresh checkers, its rows numbered from 1 and its offsets from 0 there,
// its lines counted from the top by the first pass over the bytes). When this thread reaches that byte, it
// checks the guess: it must stand exactly between two rows (a quoted value with a line break across the
// point would not), on the line the first pass counted. Then the worker's report lines follow this
// thread's, shifted into place (row numbers in messages too), its counts and line-break statistics join
// this part's, and the problems found at the end are computed on the whole. Otherwise the worker's work is
// dropped and this thread reads on. Only files whose checks keep nothing from row to row are split: no
// unique, primary or foreign key, no custom check reporting at the end, no hygiene checks.
import { Worker } from 'node:worker_threads';
import type { RowChecker } from '../../engine/checks/rowChecker';
import { SchemaChecker } from '../../engine/checks/schemaChecker';
import { sniffDialect, type Dialect } from '../../engine/table/dialect';
import { CsvScanner } from '../../engine/table/scanner';
import { TerminatorStats } from '../../engine/checks/structure';
import { checkableInParts, lateSeverities } from '../lateProblems';
import { feed, finishFile, headerRead, type FileReport, type OpenFile } from '../checkFile';
import type { CheckTaskOptions } from '../checkTask';
import type { RenderPlan } from '../fileTask';
import type { OutputEvent } from '../output/events';
import type { PartShift } from '../output/spool';
import type { SeverityCounts } from '../results';
import { newRowNumberTag } from './rowNumbers';
import { SPLIT_WORKER_ROLE, type SplitTask, type SplitWorkerMessage } from './splitMessages';

/** How a file may be cut in two and its second part checked on another thread. */
export interface SplitPlan {
  /** The byte after which the first line break is the split point, for a file of this size; undefined: not worth it. */
  splitAfter(size: number): number | undefined;
  /** Once the checks are planned, before the head is read: starts the second part when the header allows it. */
  prepare(file: OpenFile, head: string): void;
  /** Checks the file from where the head ends, in two parts when the second was started and the guess holds. */
  run(file: OpenFile, headEnd: number): Promise<FileReport>;
  /** The file was checked otherwise (binary, no split point, an error): stops the worker started for it. */
  release(): void;
  /** How the last file went: checked in two parts, or on this thread and why (tests read it). */
  readonly outcome?: SplitOutcome;
}

export type SplitOutcome = 'split' | 'not-split' | 'not-between-rows' | 'part-failed';

/** Where the lines of the second part go until the first part is confirmed (the file's report outputs). */
export interface SplitHooks {
  expect(): void;
  following(event: OutputEvent): void;
  attach(shift: PartShift): void;
  drop(): void;
}

export interface SplitSettings {
  /** Files smaller than this are checked on one thread (starting a worker costs ≈ 50 ms). */
  minBytes: number;
  workerScript: string;
  options: CheckTaskOptions;
  plan: RenderPlan;
  hooks: SplitHooks;
}

/**
 * From this size a lone file is split. The second thread costs ≈ 0.5 s of CPU (loading the CLI, code
 * that is cold again, a second heap to collect) and the two threads slow each other down (on the 2-core
 * machine of 2026-11-23, interleaved runs: 50 MB 1.10 s split vs 1.13 s on one thread, 100 MB 1.40 vs
 * 1.54 s, 250 MB 3.33 vs 3.46 s and 3.52 vs 4.40 s): below ≈ 80 MB splitting gains nothing.
 */
export const SPLIT_MIN_BYTES = 80 << 20;

/**
 * Where the second part starts. The worker starts later than this thread (≈ 0.15 s to load the CLI and
 * compile the schema, and its code is cold as this thread's was), and this thread also writes every report
 * line: it takes the first half plus about what it reads in that time (`leadBytes`), at most `maxShare`.
 * `share` fixes the share instead (tests move the split point around).
 */
export const splitTuning: { share?: number; leadBytes: number; maxShare: number } = { leadBytes: 12 << 20, maxShare: 0.75 };

function splitShare(size: number): number {
  return splitTuning.share ?? Math.min(splitTuning.maxShare, 0.5 + splitTuning.leadBytes / (2 * size));
}

/** Let the worker's messages in every this many chunks read by this thread. */
const YIELD_EVERY = 16;

/**
 * The worker's heap: its objects die young (problems are formatted and posted at once) and it keeps little
 * (a row, a batch of problems). With V8's defaults the peak of a 250 MB file was 172 to 214 MB depending
 * on the report (its old generation filled with garbage before a full collection); with these limits it is
 * 155 MB (text, --quiet) and 162 MB (github), in the same time (runs on 2026-11-23). A part that needs
 * more (a quoted value of many megabytes) runs out of memory and the file is read on one thread.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 64 };

type PartResult = Extract<SplitWorkerMessage, { kind: 'done' }> | { kind: 'failed'; reason: string };

/** A worker thread started ahead (its start overlaps the first pass over the bytes), given its task later. */
class PartWorker {
  private readonly worker: Worker;
  readonly result: Promise<PartResult>;
  private settled = false;

  constructor(script: string, onEvent: (event: OutputEvent) => void) {
    this.worker = new Worker(script, { workerData: { role: SPLIT_WORKER_ROLE }, resourceLimits: WORKER_HEAP });
    this.result = new Promise<PartResult>((resolve) => {
      const settle = (result: PartResult) => {
        if (this.settled) return;
        this.settled = true;
        resolve(result);
        void this.worker.terminate();
      };
      this.worker.on('message', (message: SplitWorkerMessage) => {
        if (message.kind === 'event') onEvent(message.event);
        else settle(message);
      });
      this.worker.on('error', (error) => settle({ kind: 'failed', reason: error.message }));
      this.worker.on('exit', (code) => settle({ kind: 'failed', reason: `worker thread exited with code ${code}` }));
    });
  }

  start(task: SplitTask): void {
    this.worker.postMessage(task);
  }

  stop(): void {
    this.settled = true;
    void this.worker.terminate();
  }
}

function addCounts(to: SeverityCounts, from: SeverityCounts): void {
  to.errors += from.errors;
  to.warnings += from.warnings;
  to.infos += from.infos;
}

/** What the header row tells before the head is read: its text, and how the report is to be written. */
interface HeaderProbe {
  header: string;
  dialect: Dialect;
  hold: boolean[];
}

/**
 * Reads the header row with copies of the file's checkers: whether the rows can be checked in parts, and
 * which report lines will wait for problems found at the end (what the writer decides once it begins).
 */
function probeHeader(file: OpenFile, head: string): HeaderProbe | undefined {
  const { plan, writer } = file;
  if (!plan || !writer || !plan.tableSchema) return undefined;
  const dialect = plan.sniffed ?? sniffDialect(head, plan.dialect);
  if (!dialect.header) return undefined;
  const copies: RowChecker[] = [];
  for (const checker of plan.checkers) {
    if (!(checker instanceof SchemaChecker)) return undefined;
    copies.push(new SchemaChecker(checker.compiled, checker.options));
  }
  let header: string | undefined;
  new CsvScanner(dialect).scan(head, 0, false, (row) => {
    header = head.slice(row.start, row.next);
    const context = { dialect, labels: [], report: () => undefined };
    for (const copy of copies) copy.header?.(row, context);
    return false;
  });
  if (header === undefined || !checkableInParts(copies, true)) return undefined;
  return { header, dialect, hold: writer.holdsFor(lateSeverities(copies, true)) };
}

export function splitPlan(settings: SplitSettings): SplitPlan {
  /** Started with the file, given its task once the header is known. */
  let worker: PartWorker | undefined;
  /** The second part under way. */
  let started: { part: PartWorker; probe: HeaderProbe; rowNumberTag: string } | undefined;
  const plan: SplitPlan & { outcome?: SplitOutcome } = {
    splitAfter(size) {
      plan.outcome = 'not-split';
      if (size < settings.minBytes) return undefined;
      worker = new PartWorker(settings.workerScript, (event) => settings.hooks.following(event));
      return Math.floor(size * splitShare(size));
    },

    release() {
      if (worker || started) plan.outcome = 'not-split';
      worker?.stop();
      worker = undefined;
      started?.part.stop();
      started = undefined;
    },

    prepare(file, head) {
      const part = worker;
      const split = file.facts.split;
      const probe = part && split && split.byte < file.facts.size ? probeHeader(file, head) : undefined;
      if (!part || !split || !probe || !file.plan?.tableSchema) return;
      started = { part, probe, rowNumberTag: newRowNumberTag() };
      worker = undefined;
      settings.hooks.expect();
      part.start({
        path: file.path,
        size: file.facts.size,
        encoding: file.facts.encoding,
        options: settings.options,
        plan: settings.plan,
        schema: file.plan.tableSchema,
        header: probe.header,
        dialect: probe.dialect,
        from: split.byte,
        line: split.line,
        hold: probe.hold,
        rowNumberTag: started.rowNumberTag,
      });
    },

    async run(file, headEnd) {
      const current = started;
      started = undefined;
      const { validator, writer, facts } = file;
      const split = facts.split;
      const bodyStart = facts.bom ? 3 : 0;
      const ready =
        current !== undefined &&
        split !== undefined &&
        writer !== undefined &&
        writer.started &&
        // The head (and with it the problems about the file as a whole: mixed encodings…) lies before the split.
        headEnd <= split.byte &&
        (facts.firstNonUtf8 === undefined || facts.firstNonUtf8.offset < split.byte - bodyStart) &&
        headerRead(validator) &&
        // What the header row told before the head was read still holds.
        JSON.stringify(validator.sniffed) === JSON.stringify(current.probe.dialect) &&
        checkableInParts(validator.checkers, true) &&
        current.probe.hold.every((hold, output) => hold === writer.holds(output));
      if (!ready || !current || !split || !writer) {
        plan.outcome = 'not-split';
        if (current) {
          current.part.stop();
          settings.hooks.drop();
        }
        await feed(file, headEnd);
        return finishFile(file);
      }

      const { part, rowNumberTag } = current;
      const failuresBefore = writer.customCheckFailures;
      await feed(file, headEnd, split.byte, YIELD_EVERY);
      // The guess holds when this part ends exactly between two rows, on the line counted from the bytes.
      const between = validator.drain() && validator.position.line === split.line && writer.customCheckFailures === failuresBefore;
      if (between) {
        // Everything this part found lies before the split: its lines are all written before the worker's.
        writer.flushRows();
        const result = await part.result;
        if (result.kind === 'done' && result.outOfOrder === 0 && result.customCheckFailures === 0) {
          const position = validator.position;
          settings.hooks.attach({ offset: position.offset, rowNumberTag, rowNumberShift: position.rows - 1 });
          addCounts(writer.counts, result.counts);
          plan.outcome = 'split';
          return finishFile(file, { rows: result.rows, rowsBefore: position.rows, offsetBefore: position.offset, terminators: TerminatorStats.from(result.terminators) });
        }
        plan.outcome = 'part-failed';
      } else plan.outcome = 'not-between-rows';
      part.stop();
      settings.hooks.drop();
      await feed(file, split.byte);
      return finishFile(file);
    },
  };
  return plan;
}
