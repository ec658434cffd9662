// The messages between the main thread and the thread that checks the second part of a file (plain
// data, structured-cloned).
import type { TextEncoding } from '../../engine/table/decode';
import type { TableSchema } from '../../engine/schema/tableSchema';
import type { Dialect } from '../../engine/table/dialect';
import type { FirstTerminator } from '../../engine/checks/structure';
import type { CheckTaskOptions } from '../checkTask';
import type { RenderPlan } from '../fileTask';
import type { OutputEvent } from '../output/events';
import type { SeverityCounts } from '../results';

export const SPLIT_WORKER_ROLE = 'opendata-lint-split';

/** Main → worker: check the file from byte `from` to `size`, its rows numbered from 1 there. */
export interface SplitTask {
  path: string;
  size: number;
  encoding: TextEncoding;
  options: CheckTaskOptions;
  plan: RenderPlan;
  /** The schema in force: the worker compiles the same checks from it. */
  schema: TableSchema;
  /** The header row, its line break included. */
  header: string;
  dialect: Dialect;
  from: number;
  /** Lines before `from`. */
  line: number;
  /** Per output: whether its lines wait for the problems found at the end (then they carry their keys). */
  hold: boolean[];
  rowNumberTag: string;
}

export type SplitWorkerMessage =
  | { kind: 'event'; event: OutputEvent }
  | {
      kind: 'done';
      rows: number;
      terminators: { counts: number[]; first: (FirstTerminator | undefined)[] };
      counts: SeverityCounts;
      /** Problems the part could not place, and custom checks that failed: the part cannot be trusted to match. */
      outOfOrder: number;
      customCheckFailures: number;
    }
  | { kind: 'failed'; reason: string };
