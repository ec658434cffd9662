// Checks one file the way every face of the CLI does (schema from --schema or detection, streaming
// read), and turns any failure into data so that a worker thread can send it back.
import { checkFile, type FileReport } from './checkFile';
import type { ProblemWriter } from './output/problemWriter';
import { planFile } from './planFile';
import { checkSidecarFile, sidecarKindOf } from './sidecarReport';
import type { SplitPlan } from './split/splitFile';

export { sidecarKindOf };

/** What a worker needs to check files: plain data, cloned into each thread. */
export interface CheckTaskOptions {
  schema?: string;
  detect: boolean;
  cwd: string;
}

export type CheckOutcome =
  | { report: FileReport }
  /** `io`: the file could not be read (the reason is an errno code when there is one); else the check itself failed. */
  | { failure: string; io: boolean };

/** How the problems travel: handed to a writer as rows are read (else collected), the file maybe checked in two parts. */
export interface CheckTaskStream {
  writer?: ProblemWriter;
  split?: SplitPlan;
}

export async function checkOneFile(path: string, options: CheckTaskOptions, stream: CheckTaskStream = {}): Promise<CheckOutcome> {
  try {
    // A metadata sidecar (foo.resource.yaml, datapackage.yaml) is checked as such, against its CSV.
    if (sidecarKindOf(path)) return { report: checkSidecarFile(path, { roots: [options.cwd] }) };
    const plan = (head: string) => planFile(head, { schema: options.schema, detect: options.detect, cwd: options.cwd, path });
    const report = await checkFile(path, { plan, writer: stream.writer, split: stream.split });
    return { report };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { failure: code, io: true };
    return { failure: error instanceof Error ? error.message : String(error), io: false };
  }
}
