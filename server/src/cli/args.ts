// Parses the command line of `opendata-lint` into a typed request, or a usage error.
import type { Locale } from '../i18n';
import { normalizeLocale } from '../i18n';

export interface CheckRequest {
  command: 'check';
  inputs: string[];
  lang?: Locale;
  schema?: string;
  format: 'text';
  quiet: boolean;
  color: boolean;
  /** Apply a catalog schema detected from the header when no --schema is given. */
  detect: boolean;
}

export interface HelpRequest {
  command: 'help' | 'version';
  lang?: Locale;
}

export type CliRequest = CheckRequest | HelpRequest;

export class UsageError extends Error {
  constructor(readonly key: string, readonly params: Record<string, string> = {}) {
    super(key);
  }
}

const valueOptions = new Set(['--lang', '--schema', '--format']);

export function parseArgs(argv: string[]): CliRequest {
  const [command, ...rest] = argv;
  const langIndex = argv.indexOf('--lang');
  const lang = langIndex >= 0 && argv[langIndex + 1] ? normalizeLangOption(argv[langIndex + 1]) : undefined;
  if (!command || command === '--help' || command === '-h' || command === 'help') return { command: 'help', lang };
  if (command === '--version' || command === '-v') return { command: 'version', lang };
  if (command !== 'check') throw new UsageError('cli.error.unknownCommand', { command });

  const request: CheckRequest = { command: 'check', inputs: [], format: 'text', quiet: false, color: false, detect: true, lang };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('-') || arg === '-') {
      request.inputs.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
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
    if (!valueOptions.has(name)) throw new UsageError('cli.error.unknownOption', { option: name });
    const value = inline ?? rest[++i];
    if (value === undefined || value === '') throw new UsageError('cli.error.missingValue', { option: name });
    if (name === '--lang') request.lang = normalizeLangOption(value);
    else if (name === '--schema') request.schema = value;
    else if (name === '--format') {
      if (value !== 'text') throw new UsageError('cli.error.badFormat', { format: value });
      request.format = value;
    }
  }
  if (request.inputs.length === 0) throw new UsageError('cli.error.noInput');
  return request;
}

function normalizeLangOption(value: string): Locale {
  if (!/^(fr|en)([-_].*)?$/i.test(value)) throw new UsageError('cli.error.badLang');
  return normalizeLocale(value);
}
