// Checks a big file in two parts at once (see split/README in the header comment of splitWorker.ts).
import type { FileReport, OpenFile } from '../checkFile';

/** How a file may be cut in two and its second part checked on another thread. */
export interface SplitPlan {
  /** The byte after which the first line break is the split point, for a file of this size; undefined: not worth it. */
  splitAfter(size: number): number | undefined;
  /** Checks the file from where the head ends, in two parts when it can. */
  run(file: OpenFile, head: string, headEnd: number): Promise<FileReport>;
}
