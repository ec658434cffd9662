// The language server's side of "Infer a Table Schema from this file": the inferred schema (JSON text, a
// summary, the closest catalog schema) for the client to write beside the table, and the table's sidecar
// edited to record it. The engine does the work (engine/schema/infer); this file only wires requests.
import { diskAccess, readSmallText } from '../engine/metadata/sidecarFiles';
import { MAX_SCHEMA_BYTES } from '../engine/schema/loadSchema';
import * as path from 'node:path';
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { inferSchema, inferenceSummaryParams, schemaJson, sidecarWithSchema, suggestSchema, suggestionParams } from '../engine/schema/infer';
import type { TableSchema } from '../engine/schema/tableSchema';
import { decodeBytes } from '../engine/table/decode';
import { problemMessage, t, type Locale } from '../i18n';
import { notATable } from '../engine/validate';
import { InferSchemaRequest, SidecarSchemaRequest, type InferredSchemaFile } from '../protocol';
import { fileUriOf, filePathOf, type SidecarService } from './sidecarService';
import { checkedParams, shapes } from './requestParams';

export interface InferRequestContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  sidecars: SidecarService;
  locale: () => Locale;
  /** Throws when the editor shows the table garbled: nothing is inferred from it. */
  refuseGarbled: (uri: string) => void;
}

/** The table's text: the open document (unsaved edits included), else the file on disk. */
function tableText(documents: TextDocuments<TextDocument>, uri: string, file: string): string | undefined {
  const open = documents.get(uri);
  if (open) return open.getText();
  try {
    // diskAccess reads a regular file only, without blocking (a FIFO named x.csv would block the server).
    return decodeBytes(Buffer.from(diskAccess.readHead(file, Number.MAX_SAFE_INTEGER))).text;
  } catch {
    return undefined;
  }
}

export function inferredSchemaFile(file: string, text: string, locale: Locale, sidecarFile: string | undefined): InferredSchemaFile {
  const inferred = inferSchema(text, { fileName: path.basename(file), locale });
  const suggestion = suggestSchema(inferred.schema);
  return {
    uri: fileUriOf(path.join(path.dirname(file), 'schema.json')),
    content: schemaJson(inferred.schema),
    summary: t('infer.summary', locale, inferenceSummaryParams(inferred)),
    ...(suggestion ? { suggestion: { ref: `${suggestion.id}@${suggestion.version}`, message: t('infer.suggestion', locale, suggestionParams(suggestion)) } } : {}),
    ...(sidecarFile ? { sidecarUri: fileUriOf(sidecarFile) } : {}),
  };
}

export function registerInferRequests(context: InferRequestContext): void {
  const { connection, documents, sidecars } = context;

  connection.onRequest(InferSchemaRequest.type, checkedParams(InferSchemaRequest.method, shapes.uri, ({ uri }) => {
    const file = filePathOf(uri);
    if (!file) return null;
    context.refuseGarbled(uri);
    const text = tableText(documents, uri, file);
    if (text === undefined) return null;
    const rejected = notATable(text);
    if (rejected) throw new ResponseError(ErrorCodes.InvalidRequest, problemMessage(rejected, context.locale()));
    const binding = sidecars.bindingForTable(uri);
    return inferredSchemaFile(file, text, context.locale(), binding?.file);
  }));

  connection.onRequest(SidecarSchemaRequest.type, checkedParams(SidecarSchemaRequest.method, shapes.sidecarSchema, ({ uri, schemaUri, placement }) => {
    const file = filePathOf(uri);
    const schemaFile = filePathOf(schemaUri);
    if (!file || !schemaFile) return null;
    const binding = sidecars.bindingForTable(uri);
    const existing = binding && !binding.unusable ? { file: binding.file, segments: binding.segments } : undefined;
    let schema: TableSchema | undefined;
    if (placement === 'inline') {
      try {
        // A regular file of schema size only (engine/schema/loadSchema.ts), never a device or a FIFO.
        const text = readSmallText(diskAccess, schemaFile, MAX_SCHEMA_BYTES + 1);
        if (text === undefined || Buffer.byteLength(text) > MAX_SCHEMA_BYTES) return null;
        schema = JSON.parse(text) as TableSchema;
      } catch {
        return null;
      }
    }
    const edit = sidecarWithSchema(file, existing, schema ? { kind: 'inline', schema } : { kind: 'reference', schemaFile }, { access: sidecars.access(), locale: context.locale() });
    return edit ? { uri: fileUriOf(edit.file), content: edit.content, existed: edit.existed } : null;
  }));
}
