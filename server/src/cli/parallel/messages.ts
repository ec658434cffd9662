// The messages between the CLI's main thread and its check workers (plain data, structured-cloned).
import type { ChangedLines } from '../changedLines';
import type { CheckTaskOptions } from '../checkTask';
import type { FileOutcome, RenderPlan } from '../fileTask';
import type { OutputEvent } from '../output/events';

export interface WorkerData {
  role: 'opendata-lint-check';
  options: CheckTaskOptions;
  plan: RenderPlan;
}

/** Main → worker: check this file. */
export interface TaskMessage {
  index: number;
  path: string;
  changed?: ChangedLines;
}

/** Worker → main: the outcome of a task (after its events). */
export interface OutcomeMessage {
  index: number;
  outcome: FileOutcome;
}

/** Worker → main: a piece of a file's reports, while it is checked. */
export interface EventMessage {
  index: number;
  event: OutputEvent;
}

export type WorkerMessage = OutcomeMessage | EventMessage;
