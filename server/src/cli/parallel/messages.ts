// The messages between the CLI's main thread and its check workers (plain data, structured-cloned).
import type { CheckOutcome, CheckTaskOptions } from '../checkTask';

export interface WorkerData {
  role: 'opendata-lint-check';
  options: CheckTaskOptions;
}

/** Main → worker: check this file. */
export interface TaskMessage {
  index: number;
  path: string;
}

/** Worker → main: the outcome of a task. */
export interface OutcomeMessage {
  index: number;
  outcome: CheckOutcome;
}
