// The language server's side of metadata sidecars: which documents are sidecars, checking them with the
// open documents' unsaved text, the sidecar of a CSV (for DocumentChecks), and which open documents to
// re-check when a sidecar or a CSV changes.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isJsonDatasetPath } from '../engine/json/jsonDataset';
import { headAndLength } from './jsonTextDocument';
import { checkSidecar, diskAccess, type FileAccess, findSidecarFor, isTablePath, PACKAGE_SEARCH_DEPTH, type SidecarBinding, sidecarKindOf, type SidecarReport } from '../engine';

/** What the service needs of the server's open documents. */
export interface OpenDocuments {
  all(): TextDocument[];
  /** The open table at a URI (its text kept in chunks), if it is one. */
  table(uri: string): { head(chars: number): string; length: number } | undefined;
}

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function fileUriOf(file: string): string {
  return pathToFileURL(file).href;
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export class SidecarService {
  private readonly reports = new Map<string, { version: number; report: SidecarReport }>();

  constructor(
    private readonly documents: OpenDocuments,
    private readonly workspaceFolders: () => string[],
  ) {}

  /** File access that sees unsaved edits of open documents. */
  access(): FileAccess {
    const open = new Map<string, TextDocument>();
    for (const document of this.documents.all()) {
      const file = filePathOf(document.uri);
      if (file) open.set(path.resolve(file), document);
    }
    return {
      ...diskAccess,
      openText: (file) => open.get(path.resolve(file))?.getText(),
      // A big table's whole text would be built on each check of its sidecar (after each edit of the CSV).
      openTextHead: (file, maxChars) => {
        const document = open.get(path.resolve(file));
        if (!document) return undefined;
        const table = this.documents.table(document.uri);
        if (table) return { head: table.head(maxChars), length: table.length };
        return headAndLength(document, maxChars);
      },
      openVersion: (file) => open.get(path.resolve(file))?.version,
    };
  }

  isSidecar(uri: string): boolean {
    const file = filePathOf(uri) ?? uri;
    return sidecarKindOf(file) !== undefined;
  }

  check(uri: string, version: number, text: string): SidecarReport {
    const file = filePathOf(uri) ?? path.resolve(path.basename(uri));
    const report = checkSidecar(text, { file, access: this.access(), roots: this.workspaceRoots() });
    this.reports.set(uri, { version, report });
    return report;
  }

  lastReport(uri: string): { version: number; report: SidecarReport } | undefined {
    return this.reports.get(uri);
  }

  forget(uri: string): void {
    this.reports.delete(uri);
  }

  /** The workspace folders, as paths. */
  workspaceRoots(): string[] {
    return this.workspaceFolders().map((uri) => filePathOf(uri) ?? uri);
  }

  private workspaceRootOf(file: string): string | undefined {
    return this.workspaceRoots()
      .filter((folder) => isInside(file, folder))
      .sort((a, b) => b.length - a.length)[0];
  }

  /** The sidecar of a CSV document, if it has one. */
  bindingForTable(uri: string): SidecarBinding | undefined {
    const file = filePathOf(uri);
    if (!file) return undefined;
    return findSidecarFor(file, { access: this.access(), stopAt: this.workspaceRootOf(file) });
  }

  /**
   * Open documents to re-check after `changedUri` changed (edited, saved, created or deleted): the
   * tables and JSON datasets under a sidecar's folder and the other sidecars there (a package's metadata is inherited),
   * or the sidecars in a table's folder and its parents.
   */
  relatedOpenDocuments(changedUri: string): TextDocument[] {
    const changed = filePathOf(changedUri);
    if (!changed) return [];
    const changedDir = path.dirname(changed);
    const changedIsSidecar = sidecarKindOf(changed) !== undefined;
    const changedIsTable = isTablePath(changed);
    if (!changedIsSidecar && !changedIsTable) return [];
    return this.documents.all().filter((document) => {
      if (document.uri === changedUri) return false;
      const file = filePathOf(document.uri);
      if (!file) return false;
      const isSidecar = sidecarKindOf(file) !== undefined;
      // A JSON dataset (`.json`, `.geojson`) takes its schema from its sidecar the same way as a table.
      if (changedIsSidecar) return isInside(file, changedDir) && (isSidecar || isTablePath(file) || isJsonDatasetPath(file));
      if (!isSidecar) return false;
      const sidecarDir = path.dirname(file);
      const depth = path.relative(sidecarDir, changedDir).split(path.sep).filter(Boolean).length;
      return isInside(changedDir, sidecarDir) && depth <= PACKAGE_SEARCH_DEPTH;
    });
  }
}
