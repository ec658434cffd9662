// Finds the schema an editor setting (`opendataLint.schemas`: glob → reference) assigns to a document:
// the engine's matching (engine/plan/projectSettings.ts) over the workspace folders.
import { fileURLToPath } from 'node:url';
import { matchSchemaSetting, type SettingMatch } from '../engine';

export type { SettingMatch };

/** Tries each glob against the file's path relative to each workspace folder; the first match wins. */
export function schemaFromSettings(documentUri: string, workspaceFolders: string[], schemas: Record<string, string>): SettingMatch | undefined {
  if (!documentUri.startsWith('file:')) return undefined;
  const folders = workspaceFolders.map((uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : uri));
  return matchSchemaSetting(fileURLToPath(documentUri), folders, schemas);
}
