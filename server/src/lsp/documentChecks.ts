// Validates one open document with everything that applies to it (structure, the schema in force) and
// remembers the last result per URI for hovers, completions, code lenses and code actions.
import { compareProblems } from '../engine/problems';
import { fieldsByColumn } from '../engine/schema/columnFields';
import { schemaCheckers } from '../engine/schema/schemaCheckers';
import { resolveSchemaInForce, type SchemaInForce } from '../engine/schema/schemaInForce';
import type { TableSchemaField } from '../engine/schema/tableSchema';
import { readHeader } from '../engine/table/header';
import { validateText, type ValidationReport } from '../engine/validate';
import { schemaFromSettings } from './schemaSettings';
import type { ServerSettings } from './settings';

export interface DocumentResult {
  uri: string;
  version: number;
  report: ValidationReport;
  schema: SchemaInForce;
  /** The schema field of each column (undefined: not in the schema, or no schema). */
  fields: (TableSchemaField | undefined)[];
}

export class DocumentChecks {
  private readonly results = new Map<string, DocumentResult>();

  check(uri: string, version: number, text: string, settings: ServerSettings, workspaceFolders: string[]): DocumentResult {
    const header = readHeader(text);
    const setting = schemaFromSettings(uri, workspaceFolders, settings.schemas);
    const request = setting ? { ref: setting.ref, source: 'setting' as const, baseDir: setting.baseDir } : undefined;
    const schema = resolveSchemaInForce(header.labels, request, header.range, { detection: settings.detectSchema ? 'suggest' : 'off' });
    const report = validateText(text, { checkers: schema.schema ? schemaCheckers(schema.schema) : [], indexRows: true });
    if (schema.problems.length > 0 && report.problems[0]?.code !== 'empty-file' && report.problems[0]?.code !== 'binary-file') {
      report.problems = [...schema.problems, ...report.problems].sort(compareProblems);
    }
    const fields = schema.schema ? fieldsByColumn(report.labels, schema.schema) : [];
    const result = { uri, version, report, schema, fields };
    this.results.set(uri, result);
    return result;
  }

  lastResult(uri: string): DocumentResult | undefined {
    return this.results.get(uri);
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }
}
