// The language server's side of JSON datasets (issue #17): what a check of an open `.json`/`.geojson` is
// given — the same inputs a CSV's plan gets (its sidecar, found the same way; the editor's schema setting,
// else the project's `.vscode/settings.json`; detection on or off) — and what is kept of its result: the
// engine's report (the map reads it: `ServerState.jsonReport`), the problems published (capped like a
// table's), and the counts. The engine (engine/json/jsonDataset.ts) decides the schema and finds the problems.
import { checkJsonDataset, type JsonDatasetInputs, type JsonDatasetReport } from '../engine/json/jsonDataset';
import { NO_SCHEMA_REF, projectSchemaSetting, type Problem, type ProjectSettings, type SidecarBinding } from '../engine';
import { capProblems } from './diagnostics';
import type { ThreadReport } from './jsonCheckThread';
import { schemaFromSettings } from './schemaSettings';
import type { ServerSettings } from './settings';
import { filePathOf } from './sidecarService';

/** The latest check of a JSON document. */
export interface JsonResult {
  uri: string;
  version: number;
  /**
   * The engine's report for that version. `value` (the parsed document) is parsed on first read when the
   * check ran off-thread (copying a 40 MB document's value across threads costs more than parsing it).
   */
  report: JsonDatasetReport;
  /** The problems published: none when no schema applies; else capped, the summary first when some are left out. */
  shown: Problem[];
  totals: { errors: number; warnings: number; total: number };
  /** The schema of the last version that parsed, while this one does not (a syntax error being typed). */
  lastSchema?: JsonDatasetReport['schema'];
}

/** Whether the inputs name a schema (a sidecar's, or a setting other than "none"): a check was asked for. */
export function namesSchema(inputs: JsonDatasetInputs): boolean {
  return Boolean((inputs.sidecar && !inputs.sidecar.unusable && inputs.sidecar.schema) || (inputs.setting && inputs.setting.ref !== NO_SCHEMA_REF));
}

/** Where the service reads the project's settings and a document's sidecar (DocumentChecks and SidecarService do it for tables). */
export interface JsonCheckContext {
  sidecarFor(uri: string): SidecarBinding | undefined;
  projectOf(file: string): ProjectSettings | undefined;
}

const BOM = '\ufeff';

export class JsonChecks {
  private readonly results = new Map<string, JsonResult>();

  constructor(private readonly context: JsonCheckContext) {}

  /** What the engine's plan is given for a document: the same sources, in the same order, as a CSV's. */
  inputsFor(uri: string, text: string, settings: ServerSettings, workspaceFolders: string[]): JsonDatasetInputs {
    const file = filePathOf(uri);
    const editorSetting = schemaFromSettings(uri, workspaceFolders, settings.schemas);
    const setting = editorSetting ?? (file ? projectSchemaSetting(file, this.context.projectOf(file)) : undefined);
    const sidecar = file ? this.context.sidecarFor(uri) : undefined;
    return {
      text: text.startsWith(BOM) ? text.slice(1) : text,
      ...(file ? { path: file } : {}),
      ...(sidecar ? { sidecar } : {}),
      ...(setting ? { setting } : {}),
      detect: settings.detectSchema,
    };
  }

  /** Checks a document on the server's thread (a small one: a few milliseconds) and keeps its result. */
  checkHere(uri: string, version: number, inputs: JsonDatasetInputs, maxProblems: number): JsonResult {
    return this.keep(uri, version, checkJsonDataset(inputs), namesSchema(inputs), maxProblems);
  }

  /**
   * Keeps the result of a check run off-thread; its value is parsed from the document's text when first
   * read (`textOf` gives it while the document is still at the checked version: the text of a version
   * gone is not held for a value nobody may ask for).
   */
  keepThreadReport(uri: string, version: number, inputs: JsonDatasetInputs, textOf: () => string | undefined, threadReport: ThreadReport, maxProblems: number): JsonResult {
    const { parsed, ...rest } = threadReport;
    const report: JsonDatasetReport = { ...rest };
    if (parsed) {
      let value: unknown;
      let read = false;
      Object.defineProperty(report, 'value', {
        enumerable: true,
        get() {
          if (!read) {
            const text = textOf();
            if (text === undefined) return undefined;
            value = JSON.parse(text.startsWith(BOM) ? text.slice(1) : text) as unknown;
            read = true;
          }
          return value;
        },
      });
    }
    return this.keep(uri, version, report, namesSchema(inputs), maxProblems);
  }

  /**
   * The problems a result shows. A JSON file no schema applies to is no dataset (package.json, a JSON
   * Schema, notes…): nothing is said about it, not even its syntax errors (the editor's JSON support shows
   * those) — unless a schema was asked for it (its sidecar or a setting names one: what stands in the way
   * is said), or it is a dataset whose text does not parse right now (a `.geojson`, or a document checked
   * against a schema before this edit broke its syntax: its syntax error replaces its other problems).
   */
  private shownProblems(uri: string, report: JsonDatasetReport, named: boolean): Problem[] {
    if (report.schema) return report.problems;
    if (report.isSchemaFile) return [];
    if (named) return report.problems;
    const syntaxOnly = report.problems.every((problem) => problem.code === 'json-syntax-error');
    const previous = this.results.get(uri);
    const wasDataset = Boolean(previous?.report.schema ?? previous?.lastSchema) || report.kind === 'geojson';
    return syntaxOnly && wasDataset ? report.problems : [];
  }

  private keep(uri: string, version: number, report: JsonDatasetReport, named: boolean, maxProblems: number): JsonResult {
    const problems = this.shownProblems(uri, report, named);
    let errors = 0;
    let warnings = 0;
    for (const problem of problems) {
      if (problem.severity === 'error') errors++;
      else if (problem.severity === 'warning') warnings++;
    }
    const result: JsonResult = { uri, version, report, shown: capProblems(problems, maxProblems), totals: { errors, warnings, total: problems.length } };
    // A dataset whose text does not parse stays one (its schema is remembered until it parses again).
    const previous = this.results.get(uri);
    if (!report.schema && !report.value && previous?.report.schema && report.problems.length > 0) result.lastSchema = previous.lastSchema ?? previous.report.schema;
    this.results.set(uri, result);
    return result;
  }

  /**
   * Keeps, without a check, the result of a big document whose start shows it is no dataset (see
   * jsonShapeGate.ts): no schema, nothing shown.
   */
  keepNoDataset(uri: string, version: number): JsonResult {
    return this.keep(uri, version, { kind: 'json', problems: [] }, false, 0);
  }

  lastResult(uri: string): JsonResult | undefined {
    return this.results.get(uri);
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }
}
