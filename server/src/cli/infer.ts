// `opendata-lint infer <file.csv> [-o schema.json]`: a Table Schema inferred from a CSV that has none,
// written to a file or standard output; a summary and the closest catalog schema go to standard error.
// The schema is checked against its own file before it is handed over.
import { mkdirSync, writeFileSync } from 'node:fs';
import { assertRegularOutput, readRegularFile } from './read/regularFile';
import * as path from 'node:path';
import { decodeBytes, inferenceSummaryParams, isJsonDatasetPath, STOPPING_CODES, inferSchema, notATable, schemaCheckers, schemaJson, suggestionParams, suggestSchema, validateText } from '../engine';
import { problemMessage, t, type Locale } from '../i18n';
import type { CliIo } from './io';
import { parseSingleInputArgs } from './singleInputArgs';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './results';
import { jsonForLogs } from './output/workflowCommands';

export interface InferRequest {
  command: 'infer';
  lang?: Locale;
  help: boolean;
  file?: string;
  /** Output file; standard output when absent. */
  output?: string;
}

/** Raises the CLI's usage error (args.ts owns its class). */
export type InferUsageFailure = (key: string, params?: Record<string, string>) => never;

export function parseInferArgs(rest: string[], lang: Locale | undefined, fail: InferUsageFailure): InferRequest {
  const { input, output, lang: chosen, help } = parseSingleInputArgs(rest, lang, fail, 'cli.infer.noFile');
  return { command: 'infer', lang: chosen, help, file: input, output };
}

export async function runInferCommand(request: InferRequest, locale: Locale, io: CliIo): Promise<number> {
  if (request.help || request.file === undefined) {
    io.stdout(t('cli.infer.help', locale));
    return EXIT_OK;
  }
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path.resolve(io.cwd, request.file));
  } catch (error) {
    io.stderr(t('cli.error.read', locale, { path: request.file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
    return EXIT_USAGE;
  }
  const decoded = decodeBytes(bytes);
  // What `check` rejects (a binary file, an empty one) gives no schema either.
  const rejected = notATable(decoded.text, decoded);
  if (rejected) {
    // A `.json`/`.geojson` file told to be named so would read oddly: it is a dataset `check` reads.
    if (rejected.code === 'format-error' && isJsonDatasetPath(request.file)) io.stderr(t('cli.infer.jsonDataset', locale, { file: request.file }));
    else io.stderr(`${request.file}: ${problemMessage(rejected, locale)}`);
    return EXIT_PROBLEMS;
  }
  const inferred = inferSchema(decoded.text, { fileName: path.basename(request.file), locale });
  const json = schemaJson(inferred.schema);
  if (request.output) {
    const target = path.resolve(io.cwd, request.output);
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      assertRegularOutput(target);
      writeFileSync(target, json);
    } catch (error) {
      io.stderr(t('cli.infer.write', locale, { path: request.output, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
      return EXIT_USAGE;
    }
    io.stderr(t('infer.written', locale, { path: request.output }));
  } else io.stdout(jsonForLogs(json.replace(/\n$/, '')));
  io.stderr(t('infer.summary', locale, inferenceSummaryParams(inferred)));
  const suggestion = suggestSchema(inferred.schema);
  if (suggestion) io.stderr(t('infer.suggestion', locale, suggestionParams(suggestion)));

  // The promise of `infer`: the schema validates the file it came from (its data's own mistakes, such as a
  // commune code the COG does not know, are `check`'s to report).
  const errors = validateText(decoded.text, { dialect: inferred.dialect, checkers: schemaCheckers(inferred.schema, { geography: false }), decoded }).problems.filter(
    (problem) => problem.severity === 'error' && !['source-error', 'extra-cell', 'missing-cell', 'blank-row', 'blank-label', 'duplicate-label', ...STOPPING_CODES].includes(problem.code),
  );
  if (errors.length > 0) {
    io.stderr(t('infer.selfCheck', locale, { errors: errors.length }));
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}
