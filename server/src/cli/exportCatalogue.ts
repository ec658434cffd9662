// `opendata-lint export-catalogue <folder> [-o out.csv]`: the folder's sidecars as the SCDL catalogue of
// its datasets (scdl/catalogue), written to a file or standard output, then validated against the
// bundled scdl/catalogue schema so that what is published is known to be valid.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CATALOGUE_SCHEMA_REF, exportCatalogue, findSidecarFiles, loadTableSchema, schemaCheckers, validateText, WALK_MAX_DEPTH, WALK_MAX_ENTRIES } from '../engine';
import { problemMessage, t, type Locale } from '../i18n';
import { visibleControls } from '../i18n/visibleControls';
import type { CliIo } from './io';
import { assertRegularOutput } from './read/regularFile';
import { parseSingleInputArgs, type UsageFailure } from './singleInputArgs';
import { displayPath } from './reporters/context';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './results';

export interface ExportCatalogueRequest {
  command: 'export-catalogue';
  lang?: Locale;
  help: boolean;
  folder?: string;
  /** Output file; standard output when absent. */
  output?: string;
}

/** Raises the CLI's usage error (args.ts owns its class). */
export type { UsageFailure };

export function parseExportCatalogueArgs(rest: string[], lang: Locale | undefined, fail: UsageFailure): ExportCatalogueRequest {
  const { input, output, lang: chosen, help } = parseSingleInputArgs(rest, lang, fail, 'cli.exportCatalogue.noFolder');
  return { command: 'export-catalogue', lang: chosen, help, folder: input, output };
}

export async function runExportCatalogue(request: ExportCatalogueRequest, locale: Locale, io: CliIo): Promise<number> {
  if (request.help || request.folder === undefined) {
    io.stdout(t('cli.exportCatalogue.help', locale));
    return EXIT_OK;
  }
  const folder = path.resolve(io.cwd, request.folder);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) {
    io.stderr(t('cli.exportCatalogue.notFolder', locale, { path: request.folder }));
    return EXIT_USAGE;
  }
  const walk = findSidecarFiles(folder);
  if (walk.truncated) {
    io.stderr(t('catalogueExport.tooBig', locale, { path: request.folder, entries: WALK_MAX_ENTRIES, depth: WALK_MAX_DEPTH }));
    return EXIT_USAGE;
  }
  for (const link of walk.linksOutside) io.stderr(t('catalogueExport.linkOutside', locale, { path: displayPath(link, io.cwd) }));
  const result = exportCatalogue(folder, { files: walk.files });
  for (const skipped of result.skipped) io.stderr(t('cli.exportCatalogue.skipped', locale, { path: displayPath(skipped.file, io.cwd), reason: 'YAML' }));
  if (result.datasets.length === 0) {
    io.stderr(t('cli.exportCatalogue.none', locale, { path: request.folder }));
    return EXIT_USAGE;
  }
  for (const dataset of result.datasets) {
    if (dataset.missing.length > 0) io.stderr(t('cli.exportCatalogue.incomplete', locale, { path: displayPath(dataset.file, io.cwd), missing: dataset.missing.join(', ') }));
  }

  const shownName = request.output ?? 'catalogue.csv';
  if (request.output) {
    const file = path.resolve(io.cwd, request.output);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      assertRegularOutput(file);
      writeFileSync(file, result.csv);
    } catch (error) {
      io.stderr(t('cli.error.write', locale, { path: request.output, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
      return EXIT_USAGE;
    }
    io.stderr(t('cli.exportCatalogue.written', locale, { path: request.output, rows: result.datasets.length }));
  } else io.stdout(result.csv.replace(/\n$/, ''));

  // The catalogue must itself be valid: check it as any CSV against scdl/catalogue.
  const loaded = loadTableSchema(CATALOGUE_SCHEMA_REF);
  if (!loaded.ok) return EXIT_OK;
  const errors = validateText(result.csv, { checkers: schemaCheckers(loaded.schema) }).problems.filter((p) => p.severity === 'error');
  for (const problem of errors) {
    io.stderr(`${visibleControls(shownName)}:${problem.range.start.line + 1}:${problem.range.start.character + 1} error ${problem.code} ${problemMessage(problem, locale)}`);
  }
  if (errors.length > 0) {
    io.stderr(t('cli.exportCatalogue.invalid', locale, { errors: errors.length }));
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}
