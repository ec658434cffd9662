// Checks one file the way every face of the CLI does (schema from --schema or detection, streaming
// read), and turns any failure into data so that a worker thread can send it back.
import { checkFile, type FileReport } from './checkFile';
import type { ProblemWriter } from './output/problemWriter';
import type { ReadSizes } from './read/textChunks';
import { checkJsonFile, isJsonDatasetPath } from './jsonFile';
import { planFile } from './planFile';
import { checkSidecarFile, sidecarKindOf } from './sidecarReport';

export { sidecarKindOf };

/** What a worker needs to check files: plain data, cloned into each thread. */
export interface CheckTaskOptions {
  schema?: string;
  detect: boolean;
  cwd: string;
  /** How much of a file is read at once (tests make it small). */
  read?: ReadSizes;
}

export type CheckOutcome =
  | { report: FileReport }
  /** `io`: the file could not be read (the reason is an errno code when there is one); else the check itself failed. */
  | { failure: string; io: boolean };

/** `writer`: the problems are handed to it as rows are read (else collected in the report). */
export async function checkOneFile(path: string, options: CheckTaskOptions, writer?: ProblemWriter): Promise<CheckOutcome> {
  try {
    // A metadata sidecar (foo.resource.yaml, datapackage.yaml) is checked as such, against its CSV.
    if (sidecarKindOf(path)) return { report: checkSidecarFile(path, { roots: [options.cwd] }) };
    // A JSON or GeoJSON dataset is checked against a JSON Schema, read whole.
    if (isJsonDatasetPath(path)) return { report: checkJsonFile(path, options) };
    const plan = (head: string) => planFile(head, { schema: options.schema, detect: options.detect, cwd: options.cwd, path });
    const report = await checkFile(path, { plan, writer, read: options.read });
    return { report };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { failure: code, io: true };
    return { failure: error instanceof Error ? error.message : String(error), io: false };
  }
}
