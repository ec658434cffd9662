// Validates one open document with everything that applies to it, and remembers the last result per
// URI for hovers, code lenses and code actions.
import type { ValidationReport } from '../engine/validate';
import { validateText } from '../engine/validate';
import type { ServerSettings } from './settings';

export interface DocumentResult {
  uri: string;
  version: number;
  report: ValidationReport;
}

export class DocumentChecks {
  private readonly results = new Map<string, DocumentResult>();

  check(uri: string, version: number, text: string, settings: ServerSettings): DocumentResult {
    void settings;
    const report = validateText(text);
    const result = { uri, version, report };
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
