// Entry point of the `opendata-lint` command line: parses arguments, runs the command, returns the exit code.
// Exit codes: 0 clean, 1 problems at or above the threshold (or more warnings than --max-warnings),
// 2 usage or I/O error. A new subcommand adds a parser in args.ts and a runner in `commandRunners`.
import { localeFromEnvironment, normalizeLocale, t, type Locale } from '../i18n';
import { UsageError, parseArgs, type CliRequest } from './args';
import { runCheckCommand } from './checkCommand';
import { runFixCommand } from './fixCommand';
import { runExportCatalogue } from './exportCatalogue';
import { runInferCommand } from './infer';
import type { CliIo } from './io';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './results';
import { toolVersion } from './version';

export type { CliIo } from './io';
export { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE };

type CommandRunner = (request: CliRequest, locale: Locale, io: CliIo) => Promise<number>;

/** How each command runs, by the `command` of its parsed request. */
const commandRunners: Record<string, CommandRunner> = {
  help: async (_request, locale, io) => {
    io.stdout(t('cli.help', locale));
    io.stdout(`\n${t('cli.help.fix', locale)}`);
    return EXIT_OK;
  },
  version: async (_request, _locale, io) => {
    io.stdout(toolVersion);
    return EXIT_OK;
  },
  check: (request, locale, io) =>
    request.command !== 'check' ? Promise.resolve(EXIT_USAGE) : request.fix ? runFixCommand(request, request.fix, locale, io) : runCheckCommand(request, locale, io),
  'export-catalogue': (request, locale, io) => (request.command === 'export-catalogue' ? runExportCatalogue(request, locale, io) : Promise.resolve(EXIT_USAGE)),
  infer: (request, locale, io) => (request.command === 'infer' ? runInferCommand(request, locale, io) : Promise.resolve(EXIT_USAGE)),
};

/** `--lang fr|en` (or `--lang=fr`) as written, so that even a usage error is phrased in the asked language. */
function langOption(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (value && /^(fr|en)([-_].*)?$/i.test(value)) return normalizeLocale(value);
  }
  return undefined;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let locale = langOption(argv) ?? localeFromEnvironment(io.env);
  try {
    const request = parseArgs(argv);
    locale = request.lang ?? locale;
    const run = commandRunners[request.command];
    return await run(request, locale, io);
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
