// Arguments of the subcommands that take one input and an optional output file:
// `<input> [-o|--output file] [--lang fr|en] [--help]`.
import { normalizeLocale, type Locale } from '../i18n';

export interface SingleInputArgs {
  input?: string;
  output?: string;
  lang?: Locale;
  help: boolean;
}

/** Raises the CLI's usage error (args.ts owns its class). */
export type UsageFailure = (key: string, params?: Record<string, string>) => never;

/** Parses the arguments after the subcommand; `missingInputKey` is the message when no input is named. */
export function parseSingleInputArgs(rest: string[], lang: Locale | undefined, fail: UsageFailure, missingInputKey: string): SingleInputArgs {
  const parsed: SingleInputArgs = { lang, help: false };
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    // POSIX: `--` ends the options; what follows is the input, even `-x.csv`.
    if (arg === '--' && !optionsEnded) {
      optionsEnded = true;
      continue;
    }
    if (optionsEnded) {
      if (parsed.input === undefined) parsed.input = arg;
      else fail('cli.error.unknownOption', { option: arg });
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [name, inline] = equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
    if (name === '--help' || name === '-h') parsed.help = true;
    else if (name === '-o' || name === '--output' || name === '--lang') {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '') fail('cli.error.missingValue', { option: name });
      if (name === '--lang') parsed.lang = normalizeLocale(value);
      else parsed.output = value;
    } else if (name.startsWith('-') && name !== '-') fail('cli.error.unknownOption', { option: name });
    else if (parsed.input === undefined) parsed.input = arg;
    else fail('cli.error.unknownOption', { option: arg });
  }
  if (!parsed.help && parsed.input === undefined) fail(missingInputKey);
  return parsed;
}
