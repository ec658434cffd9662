// What a file's check sends to the reports written as it goes (text, github): plain data, so that a
// worker thread can post it to the main thread, which writes the reports in path order.
import { type Problem, severityRank } from '../../engine';

/**
 * The sort key of each line of a piece (the problem's offset, severity rank and code, as compareProblems
 * orders problems), and each line's length: problems found at the end of the file are placed among them.
 */
export interface LineKeys {
  offsets: number[];
  ranks: number[];
  codes: string[];
  lengths: number[];
}

export interface LineKey {
  offset: number;
  rank: number;
  code: string;
}

export type OutputEvent =
  /** The file's report begins: its first text (the schema line), and whether its lines wait for the end. */
  | { kind: 'head'; output: number; text?: string; hold: boolean }
  /** Problem lines in report order, joined by line breaks; keyed when they wait for late problems. */
  | { kind: 'lines'; output: number; text: string; keys?: LineKeys }
  /** The line of a problem found once every row was read, to be placed by its key. */
  | { kind: 'late'; output: number; text: string; key: LineKey }
  /** The file's report ends (its summary line). */
  | { kind: 'tail'; output: number; text?: string };

export function keyOf(problem: Problem): LineKey {
  return { offset: problem.range.start.offset, rank: severityRank[problem.severity], code: problem.code };
}

/** compareProblems on keys. */
export function compareKeys(a: LineKey, b: LineKey): number {
  return a.offset - b.offset || a.rank - b.rank || a.code.localeCompare(b.code);
}
