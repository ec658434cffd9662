// The map's requests: a document's points, where its coordinates are, and the edit swapping a row's
// latitude and longitude. The engine (engine/geo/points.ts) does the work; this file finds the text, the
// schema in force and the dialect, and speaks LSP.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocumentEdit, TextEdit, type Connection, type WorkspaceEdit } from 'vscode-languageserver/node';
import { computeMapPoints, findCoordinateColumns, mapCommunes, type MapPointsOptions, type MapPointsResult, swapCoordinatesEdits } from '../engine';
import { MapCoordinateColumnsRequest, MapPointsRequest, SwapCoordinatesEditRequest } from '../protocol';
import type { DocumentChecks } from './documentChecks';
import type { DocumentStore } from './documentStore';
import type { TableDocument } from './tableDocument';
import { checkedParams, shapes } from './requestParams';

/** Characters of a document where its coordinate columns are looked for (the header and a sample of rows). */
const COLUMNS_HEAD_CHARS = 1 << 20;

/**
 * The text where a document's coordinate columns are looked for: its first megabyte, in whole rows (all
 * of a smaller one). The code lens asks after every edit: a big document's whole text would be built each
 * time (88 MB of string for a 100k-row national file).
 */
export function coordinateColumnsText(document: TableDocument): string {
  if (document.length <= COLUMNS_HEAD_CHARS) return document.getText();
  const table = document.table;
  let end = COLUMNS_HEAD_CHARS;
  const row = table.rowAt(end);
  // The rows before the one cut at the end (the header alone when it is longer than that, unless huge).
  if (row && row.start < end) {
    if (row.start > 0) end = row.start;
    else if (row.next <= 4 * COLUMNS_HEAD_CHARS) end = row.next;
  }
  return table.text.slice(0, end);
}

type PointsReply = MapPointsResult & { uri: string; version: number };

/** The schema in force and the dialect from the latest validation, when it is of this very version. */
function engineOptions(checks: DocumentChecks, document: TextDocument): Pick<MapPointsOptions, 'schema' | 'dialect'> {
  const result = checks.lastResult(document.uri);
  if (!result) return {};
  // The schema rarely changes between versions; the dialect is re-sniffed when the result is stale.
  return { schema: result.schema.schema, ...(result.version === document.version ? { dialect: result.report.dialect } : {}) };
}

export function mapPointsFor(document: TextDocument, checks: DocumentChecks): PointsReply {
  const options = engineOptions(checks, document);
  // Each point names the commune its INSEE code names, where the geography checks find a commune code column.
  return { uri: document.uri, version: document.version, ...computeMapPoints(document.getText(), { ...options, communes: mapCommunes(options.schema) }) };
}

export function swapCoordinatesEditFor(document: TextDocument, row: number, checks: DocumentChecks): WorkspaceEdit | null {
  const replacements = swapCoordinatesEdits(document.getText(), row, engineOptions(checks, document));
  if (!replacements) return null;
  const edits = replacements.map((r) => TextEdit.replace({ start: document.positionAt(r.start), end: document.positionAt(r.end) }, r.newText));
  // Versioned: the editor refuses the edit if the document changed since.
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}

/** Registers the map's requests on the connection. */
export function registerMapRequests(connection: Connection, documents: DocumentStore, checks: DocumentChecks): void {
  // The map asks again after every pause in typing, and the cursor link after a reload: keep the last answer.
  const cache = new Map<string, { reply: PointsReply; schema: unknown }>();
  documents.onDidClose((event) => cache.delete(event.document.uri));

  connection.onRequest(MapPointsRequest.type, checkedParams(MapPointsRequest.method, shapes.uri, ({ uri }) => {
    const document = documents.table(uri);
    if (!document) return null;
    const schema = checks.lastResult(uri)?.schema.schema;
    const cached = cache.get(uri);
    if (cached && cached.reply.version === document.version && cached.schema === schema) return cached.reply;
    const reply = mapPointsFor(document, checks);
    cache.set(uri, { reply, schema });
    return reply;
  }));

  connection.onRequest(MapCoordinateColumnsRequest.type, checkedParams(MapCoordinateColumnsRequest.method, shapes.uri, ({ uri }) => {
    const document = documents.table(uri);
    return document ? findCoordinateColumns(coordinateColumnsText(document), engineOptions(checks, document)) : null;
  }));

  connection.onRequest(SwapCoordinatesEditRequest.type, checkedParams(SwapCoordinatesEditRequest.method, shapes.uriRow, ({ uri, row }) => {
    const document = documents.table(uri);
    return document ? swapCoordinatesEditFor(document, row, checks) : null;
  }));
}
