// The one checker of open tables, whatever their size. The schema in force is chosen by the engine's plan
// (sidecar > setting > detection), the document's incremental table is reconfigured only when that choice
// changes, its pending work runs in time slices that yield to the event loop (a newer edit stops it), and
// one result builder gives the first problems, a summary of the rest and true totals. A table without a
// schema also gets the hygiene checks, which need every row in order: a whole-table pass (`TablePass`)
// whose problems join the result. The last result per URI serves hovers, completions, lenses and actions.
import * as path from 'node:path';
import { compareProblems, type EditorEncodingVerdict, encodingVerdictProblem, fieldsByColumn, findProjectSettings, makeProblem, planCheckers, planTable, type Problem, PROJECT_SETTINGS_FILE, projectSchemaSetting, type ProjectSettings, type RowChecker, type SchemaInForce, type SidecarBinding, STOPPING_CODES, TablePass, type TableSchemaField, type ValidationReport } from '../engine';
import { cappedProblems } from './diagnostics';
import { schemaFromSettings } from './schemaSettings';
import type { ServerSettings } from './settings';
import { filePathOf } from './sidecarService';
import { yieldToInput } from './inputWatch';
import { TableDocument } from './tableDocument';

export interface DocumentResult {
  uri: string;
  version: number;
  /** The first problems (as many as are shown), in file order. */
  report: ValidationReport;
  schema: SchemaInForce;
  /** The schema field of each column (undefined: not in the schema, or no schema). */
  fields: (TableSchemaField | undefined)[];
  /** The metadata sidecar that describes the document, if any. */
  sidecar?: SidecarBinding;
  /** True counts (`report.problems` holds the first problems only). */
  totals: { errors: number; warnings: number; total: number };
  /** What the text says about how the editor decoded the file (undefined: no file on disk). */
  encoding?: EditorEncodingVerdict;
}

/** Whether the editor shows the document garbled (decoded with another encoding than its file's). */
export function isGarbled(result: DocumentResult | undefined): boolean {
  return result?.encoding?.kind === 'garbled';
}

/** How a document's file was decoded, from its URI, version and text (see diskEncodings.ts). */
export type EncodingOf = (uri: string, version: number, pieces: () => Iterable<string>) => EditorEncodingVerdict | undefined;

/** The schema in force for a document and where it comes from. */
export interface SchemaChoice {
  sidecar: SidecarBinding | undefined;
  /** The sidecar when usable (its dialect and schema apply). */
  usable: SidecarBinding | undefined;
  schema: SchemaInForce;
  /** Offset where the header row ends (what the choice depends on, with the settings and the sidecar). */
  headerEnd: number;
  /** Levels of the checks of tables without a schema, and the plan's checkers (fresh at each call). */
  hygiene: ServerSettings['hygiene'];
  /** The table's resource name (a foreign key naming it references the table itself). */
  resourceName?: string;
  checkers: () => RowChecker[];
}

/** Characters read to find the header (the schema choice depends on it only). */
const HEADER_CHARS = 1 << 20;
/** Time a slice of the check takes before the event loop gets a turn (requests are answered between slices). */
const SLICE_MS = 12;
/** Time a slice of the whole-table pass takes: it runs while the document stands still, and yields to any input. */
const PASS_SLICE_MS = 4;
/** Rows per `step` call inside a slice. */
const STEP_ROWS = 500;
/** Rows per step of the whole-table pass (its slices are short). */
const PASS_STEP_ROWS = 200;

export interface SliceHooks {
  /** False once a newer version of the document arrived: the work stops (the newer check takes it over). */
  isCurrent(): boolean;
  /** Called between slices with the rows checked so far (for work-done progress). */
  progress?(rowsChecked: number, elapsedMs: number): void;
  /**
   * Called after each step while work remains (cheap checks only: it runs every few hundred rows). A
   * promise returned ends the slice: the work goes on once it settles (e.g. diagnostics were sent).
   */
  afterStep?(): Promise<void> | void;
}

/** What a schema choice was made from: while it holds, an edit below the header keeps the choice. */
interface ChoiceBasis {
  header: string;
  settings: ServerSettings;
  workspaceFolders: string[];
  choice: SchemaChoice;
}

/**
 * What a document's last whole-table pass found, and with what: its first problems in file order (as
 * many as can be shown: a national file without a schema may have hundreds of thousands), the others
 * counted.
 */
interface PassResult {
  version: number;
  hygiene: ServerSettings['hygiene'];
  kept: number;
  problems: Problem[];
  rest: ProblemCounts;
}

/** Problems left out of a list, counted. */
interface ProblemCounts {
  count: number;
  errors: number;
  warnings: number;
  byCode: Record<string, number>;
}

const NO_PROBLEMS: ProblemCounts = Object.freeze({ count: 0, errors: 0, warnings: 0, byCode: Object.freeze({}) as Record<string, number> });

export class DocumentChecks {
  private readonly results = new Map<string, DocumentResult>();
  private readonly configured = new WeakMap<TableDocument, string>();
  private readonly bases = new WeakMap<TableDocument, ChoiceBasis>();
  private readonly passes = new WeakMap<TableDocument, PassResult>();
  /** The settings each document's schema was last chosen with (the pass's problems follow their hygiene levels). */
  private readonly preparedWith = new WeakMap<TableDocument, ServerSettings>();
  private readonly fieldsKept = new WeakMap<TableDocument, { schema: object; key: string; fields: DocumentResult['fields'] }>();

  /**
   * `sidecarFor`: the sidecar of a document (its schema wins over settings and detection, its dialect over
   * sniffing); `encodingOf`: how the editor decoded the document's file.
   */
  constructor(
    private readonly sidecarFor?: (uri: string) => SidecarBinding | undefined,
    readonly encodingOf?: EncodingOf,
  ) {}

  /**
   * Checks a whole text at once and remembers its result: every problem, no summary (tests, and callers
   * that want everything). The server checks its documents in slices instead (`settle`).
   */
  check(uri: string, version: number, text: string, settings: ServerSettings, workspaceFolders: string[]): DocumentResult {
    const document = TableDocument.open(uri, 'csv', version, text);
    const choice = this.prepare(document, settings, workspaceFolders);
    while (document.table.step(STEP_ROWS * 10));
    if (this.needsTablePass(choice)) {
      const pass = this.startPass(document, settings);
      while (pass.step(STEP_ROWS * 10));
      this.endPass(document, settings, pass, Infinity);
    }
    return this.result(document, choice, Infinity).result;
  }

  /**
   * The plan of a document (engine/plan/tablePlan.ts: sidecar > project setting > detection), read from the
   * start of its text (`text` may be only the first part of it: the header is all that is read), and the
   * sidecar that applies. The schema setting is the editor's (`opendataLint.schemas`) or, without one, the
   * project file's the command line reads; an editor setting that file does not hold is said (a warning):
   * the command line and CI would not apply it.
   */
  /** Whether the table's usable sidecar names its schema: that choice wins over any setting, and needs no plan to tell. */
  sidecarNamesSchema(uri: string): boolean {
    const sidecar = this.sidecarFor?.(uri);
    return Boolean(sidecar && !sidecar.unusable && sidecar.schema);
  }

  schemaFor(uri: string, text: string, settings: ServerSettings, workspaceFolders: string[]): SchemaChoice {
    const sidecar = this.sidecarFor?.(uri);
    const file = filePathOf(uri);
    const editorSetting = schemaFromSettings(uri, workspaceFolders, settings.schemas);
    const project = file ? this.projectOf(file) : undefined;
    const projectSetting = file ? projectSchemaSetting(file, project) : undefined;
    const plan = planTable({ head: text, tablePath: file, sidecar, setting: editorSetting ?? projectSetting, detect: settings.detectSchema, hygiene: settings.hygiene });
    const schema = plan.schema;
    if (editorSetting && plan.schema.source === 'setting' && (!projectSetting || projectSetting.ref !== editorSetting.ref)) {
      schema.problems.push(
        makeProblem('schema-setting-not-shared', plan.headerRange, {
          ref: editorSetting.ref,
          glob: editorSetting.glob,
          file: path.join(path.basename(editorSetting.baseDir), PROJECT_SETTINGS_FILE),
          ...(projectSetting ? { projectRef: projectSetting.ref } : {}),
        }),
      );
    }
    return { sidecar, usable: plan.usable, schema, headerEnd: plan.headerRange.end.offset, hygiene: plan.hygiene, resourceName: plan.resourceName, checkers: plan.checkers };
  }

  /**
   * The project settings of a file's folder, read once per folder: a check runs at every keystroke, and
   * finding them walks up the folders. Forgotten when the configuration changes (the editor says so when
   * `.vscode/settings.json` of a workspace folder is edited). JSON datasets read them from here too.
   */
  private readonly projects = new Map<string, ProjectSettings | undefined>();

  projectOf(file: string): ProjectSettings | undefined {
    const dir = path.dirname(file);
    if (!this.projects.has(dir)) this.projects.set(dir, findProjectSettings(file));
    return this.projects.get(dir);
  }

  /** Reads the project settings again at the next check (the configuration changed). */
  forgetProjectSettings(): void {
    this.projects.clear();
  }

  /** Chooses the schema (sidecar > setting > detection) and reconfigures the table when the choice changed. */
  prepare(document: TableDocument, settings: ServerSettings, workspaceFolders: string[]): SchemaChoice {
    this.preparedWith.set(document, settings);
    const basis = this.bases.get(document);
    const header = this.headerText(document);
    if (basis && header !== undefined && basis.header === header && basis.settings === settings && basis.workspaceFolders === workspaceFolders) return basis.choice;
    const choice = this.schemaFor(document.uri, document.head(HEADER_CHARS), settings, workspaceFolders);
    if (header !== undefined) this.bases.set(document, { header, settings, workspaceFolders, choice });
    else this.bases.delete(document);
    const resourceName = choice.resourceName;
    const key = JSON.stringify([choice.schema.schema ?? null, choice.usable?.dialect ?? null, resourceName ?? null]);
    if (this.configured.get(document) !== key) {
      // A fresh table is configured the first time too: it was opened without a schema.
      document.table.reconfigure({ schema: choice.schema.schema, dialect: choice.usable?.dialect, resourceName });
      this.configured.set(document, key);
    }
    return choice;
  }

  /** Forgets the schema choice of a document: its sidecar may have changed (it is chosen again at the next check). */
  invalidate(document: TableDocument): void {
    this.bases.delete(document);
  }

  /**
   * The header row's text once the table has read it, as far as the choice reads it (a header row made
   * huge by an unclosed quote is not copied whole: the choice reads its first megabyte).
   */
  private headerText(document: TableDocument): string | undefined {
    const span = document.table.isPending ? undefined : document.table.rowAt(0);
    if (!span) return undefined;
    const text = document.table.text;
    return span.next <= HEADER_CHARS ? text.slice(0, span.next) : `${text.slice(0, HEADER_CHARS)}\u0000${span.next}`;
  }

  /** Runs the table's pending work in slices; resolves true when done, false when a newer version stopped it. */
  async settle(document: TableDocument, hooks: SliceHooks): Promise<boolean> {
    const table = document.table;
    const started = Date.now();
    const firstRows = table.rowsChecked;
    while (table.isPending) {
      const sliceEnd = Date.now() + SLICE_MS;
      let wait: Promise<void> | void = undefined;
      while (table.isPending && Date.now() < sliceEnd && !wait) {
        table.step(STEP_ROWS);
        if (table.isPending) wait = hooks.afterStep?.();
      }
      if (!table.isPending) break;
      await (wait ?? yieldToInput());
      if (!hooks.isCurrent()) return false;
      hooks.progress?.(table.rowsChecked - firstRows, Date.now() - started);
    }
    return hooks.isCurrent();
  }

  /** Whether a document checked with this choice gets the whole-table pass (the hygiene checks: no schema). */
  needsTablePass(choice: SchemaChoice): boolean {
    return choice.schema.schema === undefined;
  }

  /** Whether the document's last pass read its current version with these settings. */
  hasCurrentPass(document: TableDocument, settings: ServerSettings): boolean {
    const pass = this.passes.get(document);
    return pass !== undefined && pass.version === document.version && pass.hygiene === settings.hygiene && pass.kept >= settings.maxProblems;
  }

  private startPass(document: TableDocument, settings: ServerSettings): TablePass {
    return new TablePass(document.table.text, document.table.dialect, planCheckers(undefined, settings.hygiene));
  }

  /** Keeps the pass's first `keep` problems, and counts the others. */
  private endPass(document: TableDocument, settings: ServerSettings, pass: TablePass, keep: number): void {
    const found = pass.problems();
    const rest: ProblemCounts = { count: 0, errors: 0, warnings: 0, byCode: {} };
    for (let i = keep; i < found.length; i++) {
      const problem = found[i];
      rest.count++;
      if (problem.severity === 'error') rest.errors++;
      else if (problem.severity === 'warning') rest.warnings++;
      rest.byCode[problem.code] = (rest.byCode[problem.code] ?? 0) + 1;
    }
    const problems = found.length > keep ? found.slice(0, keep) : found;
    this.passes.set(document, { version: document.version, hygiene: settings.hygiene, kept: keep, problems, rest });
  }

  /**
   * Runs the whole-table checks over the document's current text in short slices, each followed by a turn
   * of the event loop (a message that came meanwhile is handled before the next slice); resolves true when
   * done (its problems then join the results of this version), false when a newer version stopped it.
   */
  async runTablePass(document: TableDocument, settings: ServerSettings, isCurrent: () => boolean): Promise<boolean> {
    const version = document.version;
    const table = document.table;
    if (table.isPending) return false;
    const pass = this.startPass(document, settings);
    const current = () => isCurrent() && document.version === version && !table.isPending;
    for (;;) {
      const sliceEnd = Date.now() + PASS_SLICE_MS;
      let more = true;
      while (more && Date.now() < sliceEnd) more = pass.step(PASS_STEP_ROWS);
      if (!more) break;
      await yieldToInput();
      if (!current()) return false;
    }
    this.endPass(document, settings, pass, settings.maxProblems);
    return true;
  }

  /**
   * The problems of the last whole-table pass that still hold: all of them for the version it read (those
   * kept, and the others counted); for a later one, those kept before the first offset edited since (a
   * moment stale, until the next pass).
   */
  private passProblems(document: TableDocument, choice: SchemaChoice): { problems: Problem[]; rest: ProblemCounts } {
    const pass = this.passes.get(document);
    if (!pass || !this.needsTablePass(choice) || pass.hygiene !== this.preparedWith.get(document)?.hygiene) return { problems: [], rest: NO_PROBLEMS };
    if (pass.version === document.version) return pass;
    const before = document.unchangedBefore(pass.version);
    return { problems: pass.problems.filter((problem) => problem.range.end.offset < before), rest: NO_PROBLEMS };
  }

  /**
   * The result of the document's current state, remembered: the first `maxProblems` problems, true totals,
   * and the problems to show (those, after a summary of the rest when some are left out or the check still
   * runs). `arriving`: the text is not all there yet (the summary says the rest is being checked).
   */
  result(document: TableDocument, choice: SchemaChoice, maxProblems: number, { arriving = false } = {}): { result: DocumentResult; shown: Problem[] } {
    const table = document.table;
    const page = table.problems(maxProblems);
    const totals = table.totals();
    const fileProblem = page.problems[0] !== undefined && STOPPING_CODES.includes(page.problems[0].code);
    // Problems the table does not know: the plan's (schema choice, sidecar) and the whole-table pass's.
    const passed = fileProblem ? { problems: [], rest: NO_PROBLEMS } : this.passProblems(document, choice);
    const added = fileProblem ? [] : [...choice.schema.problems, ...passed.problems];
    let errors = totals.bySeverity.error + passed.rest.errors;
    let warnings = totals.bySeverity.warning + passed.rest.warnings;
    for (const problem of added) {
      if (problem.severity === 'error') errors++;
      else if (problem.severity === 'warning') warnings++;
    }
    const capped = cappedProblems(page, added.length > 0 ? [...added].sort(compareProblems) : [], maxProblems, passed.rest);
    const report: ValidationReport = { dialect: table.dialect, labels: table.labels, rowCount: table.rowCount, problems: capped.problems };
    const result: DocumentResult = {
      uri: document.uri,
      version: document.version,
      report,
      schema: choice.schema,
      fields: this.fieldsOf(document, choice, report.labels),
      sidecar: choice.sidecar,
      totals: { errors, warnings, total: page.total + added.length + passed.rest.count },
    };
    // While the check runs (a first page published early), the summary says so even when it counts none yet.
    const checking = table.isPending || arriving;
    const summary = capped.hiddenCount > 0 || checking ? capped.summary(result.totals.total, checking) : undefined;
    const shown = this.withEncoding(document, result, summary ? [summary, ...capped.problems] : capped.problems);
    this.results.set(document.uri, result);
    return { result, shown };
  }

  /** The schema field of each column, kept while the labels and the schema stay (a result is built at every keystroke). */
  private fieldsOf(document: TableDocument, choice: SchemaChoice, labels: string[]): DocumentResult['fields'] {
    const schema = choice.schema.schema;
    if (!schema) return [];
    const key = labels.join('\u0000');
    const known = this.fieldsKept.get(document);
    if (known?.schema === schema && known.key === key) return known.fields;
    const fields = fieldsByColumn(labels, schema);
    this.fieldsKept.set(document, { schema, key, fields });
    return fields;
  }

  /**
   * Adds what the text says about how the editor decoded the file to a result: a garbled document's result
   * holds the encoding problem alone (shown alone: the other checks would report, and offer to fix, what
   * the wrong decoding made); a file read right but not in UTF-8 gets the command line's warning first.
   * Returns the problems to show.
   */
  private withEncoding(document: TableDocument, result: DocumentResult, shown: Problem[]): Problem[] {
    const text = document.table.text;
    const encoding = this.encodingOf?.(document.uri, document.version, () => text.pieces());
    if (!encoding) return shown;
    result.encoding = encoding;
    const lineEnd = text.length > 0 && text.lineCount > 1 ? text.lineStart(1) : text.length;
    const firstLine = text.slice(0, Math.min(lineEnd, HEADER_CHARS)).replace(/\r?\n$/, '');
    const problem = encodingVerdictProblem(encoding, firstLine.length, (offset) => {
      const line = text.lineOf(offset);
      return { offset, line, character: offset - text.lineStart(line) };
    });
    if (!problem) return shown;
    if (encoding.kind === 'garbled') {
      result.report = { dialect: result.report.dialect, labels: [], rowCount: 0, problems: [problem] };
      result.totals = { errors: 1, warnings: 0, total: 1 };
      return [problem];
    }
    const { report } = result;
    report.problems = [problem, ...report.problems].sort(compareProblems);
    result.totals = { ...result.totals, warnings: result.totals.warnings + 1, total: result.totals.total + 1 };
    return shown[0]?.code === 'too-many-problems' ? [shown[0], problem, ...shown.slice(1)] : [problem, ...shown];
  }

  lastResult(uri: string): DocumentResult | undefined {
    return this.results.get(uri);
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }
}

/** Offset where the first line of a text ends (before its line break). */
export function firstLineEnd(text: string): number {
  const end = text.search(/\r|\n/);
  return end < 0 ? text.length : end;
}
