// A whole-table pass of row checkers over a chunked text, a few thousand rows at a time: for the checks
// that keep table-wide state and need every row in order (the hygiene checks of a file without a schema),
// run on a big document apart from its incremental checks, from the first row to the last.
//
// Rows reach the checkers as in a whole-text validation (the core's RowRouter and end of table); the
// problems are those the checkers report, nothing structural (the incremental table reports that).
import type { RowChecker } from '../checks/rowChecker';
import { RowRouter } from '../core/rowRouter';
import { reportTableEnd } from '../core/tableEnd';
import { compareProblems, type Problem } from '../problems/problem';
import { detachProblemStrings } from '../table/detach';
import type { Dialect } from '../table/dialect';
import type { ChunkedText } from './chunkedText';
import { scanRows, STEP_CHARS, type ScanPoint, type ScanResume } from './rowReader';

export class TablePass {
  private readonly found: Problem[] = [];
  private readonly router: RowRouter;
  private point: ScanPoint = { offset: 0, line: 0, row: 0 };
  private resume: ScanResume | undefined;
  private finished = false;

  /** The text must not change during the pass (start another one on the new text). */
  constructor(
    private readonly text: ChunkedText,
    private readonly dialect: Dialect,
    private readonly checkers: readonly RowChecker[],
  ) {
    const found = this.found;
    // A value kept in a problem is copied out of the text: it would pin a whole chunk of an old version.
    this.router = new RowRouter(dialect, checkers, (problem) => found.push(detachProblemStrings(problem)));
  }

  /** Rows read so far. */
  get rowsRead(): number {
    return this.point.row;
  }

  get done(): boolean {
    return this.finished;
  }

  /** Reads up to `maxRows` more rows; returns true while rows remain. */
  step(maxRows = 5000): boolean {
    if (this.finished) return false;
    let count = 0;
    const end = scanRows(
      this.text,
      this.dialect,
      this.point,
      (row) => {
        this.router.route(row);
        return ++count < maxRows;
      },
      { maxChars: STEP_CHARS, resume: this.resume },
    );
    this.resume = end.resume;
    this.point = { offset: end.offset, line: end.line, row: end.row };
    if (end.resume || !end.end) return true;
    reportTableEnd(this.checkers, this.router.context);
    this.finished = true;
    return false;
  }

  /** The problems found, in file order (complete once `done`). */
  problems(): Problem[] {
    return this.found.slice().sort(compareProblems);
  }
}
