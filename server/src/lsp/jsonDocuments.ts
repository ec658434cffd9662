// Which open documents are JSON datasets the server checks (a DECP `.json`, a ZFE `.geojson`), and which
// JSON files it never looks into: an editor opens many JSON files that are no data (package.json,
// tsconfig.json, the project's own `.vscode/settings.json`), and those must cost nothing and show nothing.
import * as path from 'node:path';
import { isJsonDatasetPath } from '../engine/json/jsonDataset';
import { sidecarKindOf } from '../engine';

/** The languages VS Code gives JSON files (`.geojson` is `json`; an extension may contribute `geojson`). */
export const JSON_LANGUAGES = ['json', 'jsonc', 'geojson'];

/**
 * Whether a document is a JSON dataset candidate: a JSON language and a `.json`/`.geojson` file, or an
 * untitled JSON document (its shape alone can name a schema). The engine then decides whether a schema
 * applies; a document none applies to gets no diagnostics.
 */
export function isJsonDocument(document: { languageId: string; uri: string }): boolean {
  const { languageId, uri } = document;
  if (uri.startsWith('untitled:')) return JSON_LANGUAGES.includes(languageId);
  const file = decodedPath(uri);
  if (!isJsonDatasetPath(file)) return false;
  // A `.geojson` is a dataset whatever language the editor gave it; a `.json` in another language
  // (a grammar of its own: a VS Code settings file is `jsonc`) is one too when it is JSON-like.
  return JSON_LANGUAGES.includes(languageId) || /\.geojson$/i.test(file) || languageId === 'plaintext';
}

/** File names that are configuration, never data, whatever their folder. */
const CONFIGURATION_FILES = new Set([
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'composer.json',
  'composer.lock',
  'bower.json',
  'lerna.json',
  'nx.json',
  'turbo.json',
  'deno.json',
  'vercel.json',
  'renovate.json',
  'manifest.json',
  'app.json',
  'launch.json',
  'tasks.json',
  'settings.json',
  'extensions.json',
  'keybindings.json',
  'devcontainer.json',
  'datapackage.json',
  'schema.json',
]);

/**
 * Whether a JSON file is never checked as a dataset: tool configuration (`package.json`, `tsconfig*.json`,
 * `.eslintrc.json`, anything under `.vscode/`, `.devcontainer/`, `.github/`, `node_modules/`), a Table Schema
 * or a JSON Schema (`schema.json`, `*.schema.json`): no diagnostics, not even read.
 */
export function neverCheckedAsDataset(uri: string): boolean {
  const file = decodedPath(uri);
  const name = path.posix.basename(file).toLowerCase();
  if (CONFIGURATION_FILES.has(name)) return true;
  if (/^(tsconfig|jsconfig)([.-].*)?\.json$/.test(name) || /^\.[^/]*rc\.json$/.test(name) || name.endsWith('.schema.json')) return true;
  if (/(^|\/)(\.vscode|\.devcontainer|\.github|\.idea|node_modules)\//.test(file)) return true;
  // A JSON metadata sidecar (should one exist) is the sidecars' business.
  return sidecarKindOf(file) !== undefined;
}

/** The path part of a URI, percent-decoded (a name with spaces or accents arrives encoded). */
function decodedPath(uri: string): string {
  const withoutQuery = uri.replace(/[?#].*$/, '');
  const schemeEnd = withoutQuery.indexOf(':');
  const pathPart = schemeEnd >= 0 ? withoutQuery.slice(schemeEnd + 1).replace(/^\/\/[^/]*/, '') : withoutQuery;
  try {
    return decodeURIComponent(pathPart);
  } catch {
    return pathPart;
  }
}
