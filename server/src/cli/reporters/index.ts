// The report formats by name (`--format <name>`).
import type { ReportFormat } from '../args';
import type { ReportContext, Reporter } from './context';
import { githubReporter } from './github';
import { jsonReporter } from './json';
import { markdownReporter } from './markdown';
import { sarifReporter } from './sarif';
import { textReporter } from './text';

export type { ReportContext, Reporter } from './context';

const reporters: Record<ReportFormat, (context: ReportContext) => Reporter> = {
  text: textReporter,
  json: jsonReporter,
  github: githubReporter,
  sarif: sarifReporter,
  markdown: markdownReporter,
};

export function createReporter(format: ReportFormat, context: ReportContext): Reporter {
  return reporters[format](context);
}
