// How a problem code is declared: once, with its default severity, its tags and its messages in French
// and English (problems/codes/*.ts). The catalog (catalog.ts) joins the declarations; the ProblemCode
// type comes from their keys, so a code that is not declared does not compile.
import type { Messages } from './messages/types';
import type { Severity } from './problem';

/** Where a problem is (frictionless-py's tags): what reports, docs and filters group by. */
export type ProblemTag = 'file' | 'header' | 'row' | 'cell' | 'table' | 'schema' | 'metadata';

export interface CodeDeclaration {
  severity: Severity;
  tags: readonly ProblemTag[];
  /**
   * The message of a problem naming no variant (or a variant without a message of its own). A code all of
   * whose problems name a variant, or phrase themselves by `params.messageKey`, has none.
   */
  message?: Messages;
  /** The messages of variants: a problem whose `params.variant` names one is phrased by it (key `code.variant`). */
  variants?: Record<string, Messages>;
}
