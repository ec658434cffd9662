// Entry point of the `opendata-lint` command line: parses arguments, checks files, prints, exits.
// Exit codes: 0 no error, 1 errors found, 2 usage or I/O error.
import { localeFromEnvironment, t, type Locale } from '../i18n';
import { UsageError, parseArgs, type CheckRequest } from './args';
import { checkFile, type FileReport } from './checkFile';
import { findTableFiles } from './findFiles';
import { planFile } from './planFile';
import { countSeverities, displayPath, formatTextReport } from './reporters/text';

declare const __VERSION__: string | undefined;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

async function runCheck(request: CheckRequest, locale: Locale, io: CliIo): Promise<number> {
  const { files, unmatched } = findTableFiles(request.inputs, io.cwd);
  let exit = EXIT_OK;
  for (const input of unmatched) {
    io.stderr(t('cli.error.noFiles', locale, { inputs: input }));
    exit = EXIT_USAGE;
  }
  if (files.length === 0) return EXIT_USAGE;
  let errors = 0;
  let warnings = 0;
  let checked = 0;
  const color = request.color || (io.isTTY && !io.env.NO_COLOR);
  for (const file of files) {
    let report: FileReport;
    try {
      report = await checkFile(file, { plan: (head) => planFile(head, { schema: request.schema, detect: request.detect, cwd: io.cwd }) });
    } catch (error) {
      const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
      io.stderr(t('cli.error.read', locale, { path: displayPath(file, io.cwd), reason }));
      exit = EXIT_USAGE;
      continue;
    }
    checked++;
    const counts = countSeverities(report);
    errors += counts.errors;
    warnings += counts.warnings;
    io.stdout(formatTextReport(report, { locale, color, quiet: request.quiet, cwd: io.cwd }));
  }
  if (files.length > 1) io.stdout(t('cli.total', locale, { files: checked, errors, warnings }));
  if (exit === EXIT_USAGE) return exit;
  return errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let locale = localeFromEnvironment(io.env);
  try {
    const request = parseArgs(argv);
    locale = request.lang ?? locale;
    if (request.command === 'help') {
      io.stdout(t('cli.help', locale));
      return EXIT_OK;
    }
    if (request.command !== 'check') {
      io.stdout(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
      return EXIT_OK;
    }
    return await runCheck(request, locale, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(t('cli.error.usage', locale, { reason: t(error.key, locale, error.params) }));
      io.stderr(t('cli.help.short', locale));
      return EXIT_USAGE;
    }
    io.stderr(String(error instanceof Error ? (error.stack ?? error.message) : error));
    return EXIT_USAGE;
  }
}
