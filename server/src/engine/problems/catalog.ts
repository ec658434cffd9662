// The catalog of problem codes: each area declares its codes once (severity, tags, French and English
// messages) in codes/*.ts; this module joins them. ProblemCode, the union of the declared codes, is what
// makeProblem and the message lookup accept. Docs: docs/problems.md.
import type { CodeDeclaration, ProblemTag } from './codeDeclaration';
import { coordinatesCodes } from './codes/coordinatesCodes';
import { customCheckCodes } from './codes/customCheckCodes';
import { hygieneCodes } from './codes/hygieneCodes';
import { jsonCodes } from './codes/jsonCodes';
import { metadataCodes } from './codes/metadataCodes';
import { schemaCodes } from './codes/schemaCodes';
import { schemaSelectionCodes } from './codes/schemaSelectionCodes';
import { structureCodes } from './codes/structureCodes';
import type { MessageCatalog } from './messages/types';
import type { Severity } from './problem';

export type { CodeDeclaration, ProblemTag } from './codeDeclaration';

const declarations = {
  ...structureCodes,
  ...schemaSelectionCodes,
  ...customCheckCodes,
  ...metadataCodes,
  ...schemaCodes,
  ...hygieneCodes,
  ...coordinatesCodes,
  ...jsonCodes,
};

/** Every declared problem code: a code outside this union does not compile. */
export type ProblemCode = keyof typeof declarations;

type Declarations = typeof declarations;
type VariantKey<C extends ProblemCode> = Declarations[C] extends { variants: infer V } ? (string extends keyof V ? `${C}.${string}` : `${C}.${keyof V & string}`) : never;

/** The message keys of the problems: a code, or `code.variant` for each variant it declares. */
export type ProblemMessageKey = ProblemCode | { [C in ProblemCode]: VariantKey<C> }[ProblemCode];

const registry: Record<string, CodeDeclaration> = declarations;

export interface ProblemCodeInfo {
  severity: Severity;
  tags: readonly ProblemTag[];
}

export function isProblemCode(code: string): code is ProblemCode {
  return Object.prototype.hasOwnProperty.call(registry, code);
}

export function problemCodeInfo(code: string): ProblemCodeInfo | undefined {
  const declared = isProblemCode(code) ? registry[code] : undefined;
  return declared && { severity: declared.severity, tags: declared.tags };
}

export function allProblemCodes(): ProblemCode[] {
  return (Object.keys(registry) as ProblemCode[]).sort();
}

export function defaultSeverity(code: string): Severity {
  return (isProblemCode(code) ? registry[code].severity : undefined) ?? 'error';
}

/** The messages of every problem, keyed `code` and `code.variant`, for the translator (server/src/i18n). */
export function problemMessages(): MessageCatalog {
  const catalog: MessageCatalog = {};
  for (const [code, declared] of Object.entries(registry)) {
    if (declared.message) catalog[code] = declared.message;
    for (const [variant, messages] of Object.entries(declared.variants ?? {})) catalog[`${code}.${variant}`] = messages;
  }
  return catalog;
}

export const DOCS_BASE_URL = 'https://github.com/opendata-lint/opendata-lint/blob/main/docs/problems.md';

/** The anchor of a code's entry in docs/problems.md (each entry's heading is the code itself). */
export function problemDocUrl(code: string): string {
  return `${DOCS_BASE_URL}#${code}`;
}
