// Validates one open document with everything that applies to it (structure, the schema in force) and
// remembers the last result per URI for hovers, completions, code lenses and code actions.
import * as path from 'node:path';
import type { RowChecker } from '../engine/checks/rowChecker';
import { makeProblem } from '../engine/problems/makeProblem';
import { findProjectSettings, PROJECT_SETTINGS_FILE, projectSchemaSetting, type ProjectSettings } from '../engine/plan/projectSettings';
import { planTable } from '../engine/plan/tablePlan';
import type { SidecarBinding } from '../engine/metadata/findSidecar';
import { compareProblems } from '../engine/problems/problem';
import { fieldsByColumn } from '../engine/schema/columnFields';
import type { SchemaInForce } from '../engine/schema/schemaInForce';
import type { TableSchemaField } from '../engine/schema/tableSchema';
import { encodingVerdictProblem, type EditorEncodingVerdict } from '../engine/table/fileEncoding';
import { sniffDialect } from '../engine/table/dialect';
import { positionInText } from '../engine/table/positions';
import { validateText, type ValidationReport } from '../engine/validate';
import { schemaFromSettings } from './schemaSettings';
import { filePathOf } from './sidecarService';
import type { ServerSettings } from './settings';

export interface DocumentResult {
  uri: string;
  version: number;
  report: ValidationReport;
  schema: SchemaInForce;
  /** The schema field of each column (undefined: not in the schema, or no schema). */
  fields: (TableSchemaField | undefined)[];
  /** The metadata sidecar that describes the document, if any. */
  sidecar?: SidecarBinding;
  /** True counts when `report.problems` holds only the first ones (big documents, see bigDocumentChecks.ts). */
  totals?: { errors: number; warnings: number; total: number };
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

export class DocumentChecks {
  private readonly results = new Map<string, DocumentResult>();

  /**
   * `sidecarFor`: the sidecar of a document (its schema wins over settings and detection, its dialect over
   * sniffing); `encodingOf`: how the editor decoded the document's file.
   */
  constructor(
    private readonly sidecarFor?: (uri: string) => SidecarBinding | undefined,
    readonly encodingOf?: EncodingOf,
  ) {}

  check(uri: string, version: number, text: string, settings: ServerSettings, workspaceFolders: string[]): DocumentResult {
    const { sidecar, usable, schema, checkers } = this.schemaFor(uri, text, settings, workspaceFolders);
    const encoding = this.encodingOf?.(uri, version, () => [text]);
    const encodingProblem = encoding && encodingVerdictProblem(encoding, firstLineEnd(text), (offset) => positionInText(text, offset));
    if (encoding?.kind === 'garbled' && encodingProblem) {
      // Checks of a garbled text would report (and offer to fix) what the wrong decoding made: only the encoding is said.
      const report: ValidationReport = { dialect: sniffDialect(text, usable?.dialect), labels: [], rowCount: 0, problems: [encodingProblem] };
      const result = { uri, version, report, schema, fields: [], sidecar, encoding };
      this.results.set(uri, result);
      return result;
    }
    const report = validateText(text, { dialect: usable?.dialect, checkers: checkers(), indexRows: true });
    const fileProblem = report.problems[0]?.code === 'empty-file' || report.problems[0]?.code === 'binary-file';
    const leading = [...(encodingProblem ? [encodingProblem] : []), ...(fileProblem ? [] : schema.problems)];
    if (leading.length > 0) report.problems = [...leading, ...report.problems].sort(compareProblems);
    const fields = schema.schema ? fieldsByColumn(report.labels, schema.schema) : [];
    const result = { uri, version, report, schema, fields, sidecar, encoding };
    this.results.set(uri, result);
    return result;
  }

  /**
   * The plan of a document (engine/plan/tablePlan.ts: sidecar > project setting > detection), read from the
   * start of its text (`text` may be only the first part of it: the header is all that is read), and the
   * sidecar that applies. The schema setting is the editor's (`opendataLint.schemas`) or, without one, the
   * project file's the command line reads; an editor setting that file does not hold is said (a warning):
   * the command line and CI would not apply it.
   */
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
   * `.vscode/settings.json` of a workspace folder is edited).
   */
  private readonly projects = new Map<string, ProjectSettings | undefined>();

  private projectOf(file: string): ProjectSettings | undefined {
    const dir = path.dirname(file);
    if (!this.projects.has(dir)) this.projects.set(dir, findProjectSettings(file));
    return this.projects.get(dir);
  }

  /** Reads the project settings again at the next check (the configuration changed). */
  forgetProjectSettings(): void {
    this.projects.clear();
  }

  /** Records a result computed elsewhere (big documents, checked incrementally). */
  remember(result: DocumentResult): void {
    this.results.set(result.uri, result);
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
