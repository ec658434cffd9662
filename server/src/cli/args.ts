// Parses the command line of `opendata-lint` into a typed request, or a usage error. Each command has
// its own option parser in `commandParsers`; a new subcommand adds one entry there and one in main.ts.
import type { Locale } from '../i18n';
import { normalizeLocale } from '../i18n';
import { fixFlags, withFixFlag, type FixRequest } from './fixArgs';
import { parseExportCatalogueArgs, type ExportCatalogueRequest } from './exportCatalogue';
import { parseInferArgs, type InferRequest } from './infer';

export const reportFormats = ['text', 'json', 'github', 'sarif', 'markdown'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** One report to write: to standard output, or to a file (`--format sarif=results.sarif`). */
export interface ReportTarget {
  format: ReportFormat;
  /** Path of the file to write, relative to the working directory; absent for standard output. */
  file?: string;
}

/** The lowest severity that makes the run fail (exit code 1). */
export type SeverityThreshold = 'error' | 'warning';

export interface CheckRequest {
  command: 'check';
  inputs: string[];
  lang?: Locale;
  schema?: string;
  /** The reports to write; at most one goes to standard output. */
  outputs: ReportTarget[];
  quiet: boolean;
  color: boolean;
  /** Apply a catalog schema detected from the header when no --schema is given. */
  detect: boolean;
  /** Report only problems on lines changed since this git revision (plus file-level problems). */
  changedOnly?: string;
  /** Fail when more warnings than this are reported. */
  maxWarnings?: number;
  severity: SeverityThreshold;
  /** Files checked at once (worker threads); undefined: one per available core. */
  jobs?: number;
  /** --fix, --unsafe-fixes, --fix-dry-run: fix the files first (see fixCommand.ts). */
  fix?: FixRequest;
}

export interface HelpRequest {
  command: 'help' | 'version';
  lang?: Locale;
}

export type CliRequest = CheckRequest | HelpRequest | ExportCatalogueRequest | InferRequest;

export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

/** Splits `--name=value` into its parts. */
function splitOption(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
}

function normalizeLangOption(value: string): Locale {
  if (!/^(fr|en)([-_].*)?$/i.test(value)) throw new UsageError('cli.error.badLang');
  return normalizeLocale(value);
}

function parseCount(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError('cli.error.badNumber', { option, value });
  return Number(value);
}

function parseReportTarget(value: string): ReportTarget {
  const [name, file] = splitOption(value);
  if (!(reportFormats as readonly string[]).includes(name)) {
    throw new UsageError('cli.error.badFormat', { format: name, formats: reportFormats.join(', ') });
  }
  if (file === '') throw new UsageError('cli.error.badFormat', { format: value, formats: reportFormats.join(', ') });
  return { format: name as ReportFormat, file };
}

/** Options of `check` that take a value. */
const checkValueOptions = new Set(['--lang', '--schema', '--format', '--changed-only', '--max-warnings', '--severity', '--jobs']);

function parseCheckArgs(rest: string[], lang: Locale | undefined): CheckRequest | HelpRequest {
  const request: CheckRequest = { command: 'check', inputs: [], outputs: [], quiet: false, color: false, detect: true, severity: 'error', lang };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    // POSIX: `--` ends the options; what follows are inputs, even `-x.csv`.
    if (arg === '--') {
      request.inputs.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      request.inputs.push(arg);
      continue;
    }
    const [name, inline] = splitOption(arg);
    if (name === '--help' || name === '-h') return { command: 'help', lang };
    if (name === '--quiet' || name === '-q') {
      request.quiet = true;
      continue;
    }
    if (name === '--no-detect') {
      request.detect = false;
      continue;
    }
    if (name === '--color') {
      request.color = true;
      continue;
    }
    if (fixFlags.has(name)) {
      request.fix = withFixFlag(request.fix, name);
      continue;
    }
    if (!checkValueOptions.has(name)) throw new UsageError('cli.error.unknownOption', { option: name });
    const value = inline ?? rest[++i];
    if (value === undefined || value === '') throw new UsageError('cli.error.missingValue', { option: name });
    switch (name) {
      case '--lang':
        request.lang = normalizeLangOption(value);
        break;
      case '--schema':
        request.schema = value;
        break;
      case '--format':
        request.outputs.push(parseReportTarget(value));
        break;
      case '--changed-only':
        // A revision starting with '-' would be read by git as an option.
        if (value.startsWith('-')) throw new UsageError('cli.error.badRef', { ref: value });
        request.changedOnly = value;
        break;
      case '--max-warnings':
        request.maxWarnings = parseCount(name, value);
        break;
      case '--severity':
        if (value !== 'error' && value !== 'warning') throw new UsageError('cli.error.badSeverity', { value });
        request.severity = value;
        break;
      case '--jobs': {
        const jobs = parseCount(name, value);
        if (jobs < 1) throw new UsageError('cli.error.badNumber', { option: name, value });
        request.jobs = jobs;
        break;
      }
    }
  }
  if (request.inputs.length === 0) throw new UsageError('cli.error.noInput');
  if (request.outputs.length === 0) request.outputs.push({ format: 'text' });
  if (request.outputs.filter((output) => output.file === undefined).length > 1) throw new UsageError('cli.error.twoStdout');
  return request;
}

/** Each command's option parser; `help` and `version` are answered before. */
const commandParsers: Record<string, (rest: string[], lang: Locale | undefined) => CliRequest> = {
  check: parseCheckArgs,
  'export-catalogue': (rest, lang) =>
    parseExportCatalogueArgs(rest, lang, (key, params) => {
      throw new UsageError(key, params);
    }),
  infer: (rest, lang) =>
    parseInferArgs(rest, lang, (key, params) => {
      throw new UsageError(key, params);
    }),
};

export function parseArgs(argv: string[]): CliRequest {
  const [command, ...rest] = argv;
  const langIndex = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const langValue = langIndex < 0 ? undefined : argv[langIndex].startsWith('--lang=') ? argv[langIndex].slice(7) : argv[langIndex + 1];
  const lang = langValue ? normalizeLangOption(langValue) : undefined;
  if (!command || command === '--help' || command === '-h' || command === 'help') return { command: 'help', lang };
  if (command === '--version' || command === '-v') return { command: 'version', lang };
  const parse = Object.hasOwn(commandParsers, command) ? commandParsers[command] : undefined;
  if (!parse) throw new UsageError('cli.error.unknownCommand', { command });
  return parse(rest, lang);
}
