// `opendata-lint check` on a metadata sidecar (foo.resource.yaml, datapackage.yaml): the engine's sidecar
// checks, shaped as a file report so that every reporter prints it beside the CSV it describes.
import { statSync } from 'node:fs';
import { checkSidecar, defaultDialect, diskAccess, MAX_SIDECAR_BYTES } from '../engine';
import type { FileReport } from './checkFile';

export { sidecarKindOf } from '../engine';

/** `roots`: folders besides the sidecar's that its `schema:` may lead to (the working folder, as the editor's workspace). */
export function checkSidecarFile(path: string, options: { roots?: readonly string[] } = {}): FileReport {
  const stats = statSync(path);
  if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  // Never more than a sidecar can be: a larger file is reported as too large without being read whole.
  const bytes = Buffer.from(diskAccess.readHead(path, MAX_SIDECAR_BYTES + 1));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const report = checkSidecar(text, { file: path, roots: options.roots });
  // The rows of the CSV files the sidecar was checked against.
  const rowCount = report.resources.reduce((sum, r) => sum + (r.facts?.rowsRead ?? 0), 0);
  return { path, encoding: 'utf-8', bom, dialect: defaultDialect, labels: [], rowCount, problems: report.problems };
}
