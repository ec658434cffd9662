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
import { CsvScanner } from '../../engine/table/scanner';
import { TerminatorStats } from '../../engine/validate';
import { checkableInParts } from '../lateProblems';
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
  /** Checks the file from where the head ends, in two parts when it can. */
  run(file: OpenFile, head: string, headEnd: number): Promise<FileReport>;
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

/** Below 8 MB a file is checked in ≈ 0.15 s: a worker's start would eat most of the gain. */
export const SPLIT_MIN_BYTES = 8 << 20;

/**
 * Where the second part starts, as a share of the file: this thread also writes every report line and
 * starts ≈ 50 ms earlier than the worker, so the halves are about even. (Tests move it around.)
 */
export const splitTuning = { share: 0.5 };

/** Let the worker's messages in every this many chunks read by this thread. */
const YIELD_EVERY = 16;

type PartResult = Extract<SplitWorkerMessage, { kind: 'done' }> | { kind: 'failed'; reason: string };

/** A worker thread started ahead (its start overlaps the first pass over the bytes), given its task later. */
class PartWorker {
  private readonly worker: Worker;
  readonly result: Promise<PartResult>;
  private settled = false;

  constructor(script: string, onEvent: (event: OutputEvent) => void) {
    this.worker = new Worker(script, { workerData: { role: SPLIT_WORKER_ROLE } });
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

/** The header row's text (its line break included), read again from the head. */
function headerText(file: OpenFile, head: string): string | undefined {
  const dialect = file.validator.sniffed;
  if (!dialect) return undefined;
  let end = -1;
  new CsvScanner(dialect).scan(head, 0, false, (row) => {
    end = row.next;
    return false;
  });
  return end > 0 ? head.slice(0, end) : undefined;
}

export function splitPlan(settings: SplitSettings): SplitPlan {
  let worker: PartWorker | undefined;
  const plan: SplitPlan & { outcome?: SplitOutcome } = {
    splitAfter(size) {
      plan.outcome = 'not-split';
      if (size < settings.minBytes) return undefined;
      worker = new PartWorker(settings.workerScript, (event) => settings.hooks.following(event));
      return Math.floor(size * splitTuning.share);
    },

    release() {
      if (worker) plan.outcome = 'not-split';
      worker?.stop();
      worker = undefined;
    },

    async run(file, head, headEnd) {
      const part = worker;
      worker = undefined;
      const { validator, writer, facts } = file;
      const split = facts.split;
      const header = headerText(file, head);
      const bodyStart = facts.bom ? 3 : 0;
      const ready =
        part !== undefined &&
        split !== undefined &&
        writer !== undefined &&
        writer.started &&
        header !== undefined &&
        // The head (and with it the problems about the file as a whole: mojibake…) lies before the split.
        headEnd <= split.byte &&
        (facts.firstNonUtf8 === undefined || facts.firstNonUtf8.offset < split.byte - bodyStart) &&
        headerRead(validator) &&
        checkableInParts(validator.checkers, true);
      if (!ready || !part || !split || !writer || header === undefined) {
        plan.outcome = 'not-split';
        part?.stop();
        await feed(file, headEnd);
        return finishFile(file);
      }

      const rowNumberTag = newRowNumberTag();
      settings.hooks.expect();
      part.start({
        path: file.path,
        size: facts.size,
        encoding: facts.encoding,
        options: settings.options,
        plan: settings.plan,
        head,
        header,
        dialect: validator.sniffed as SplitTask['dialect'],
        from: split.byte,
        line: split.line,
        hold: settings.plan.streaming.map((_, output) => writer.holds(output)),
        rowNumberTag,
      });
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
