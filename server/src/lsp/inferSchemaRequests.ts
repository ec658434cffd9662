// The language server's side of "Infer a Table Schema from this file": the inferred schema (JSON text, a
// summary, the closest catalog schema) for the client to write beside the table, and the table's sidecar
// edited to record it. The engine does the work (engine/schema/infer); this file only wires requests.
import { decodeBytes, diskAccess, MAX_SCHEMA_BYTES, notATable, readSmallText, sidecarWithSchema, type TableSchema } from '../engine';
import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { problemMessage, type Locale } from '../i18n';
import { inferredSchemaFile } from './inferredSchemaFile';
import type { InferTask } from './inferWorker';
import { InferSchemaRequest, SidecarSchemaRequest, type InferredSchemaFile } from '../protocol';
import { fileUriOf, filePathOf, type SidecarService } from './sidecarService';
import { checkedParams, shapes } from './requestParams';

export interface InferRequestContext {
  connection: Connection;
  documents: { get(uri: string): TextDocument | undefined };
  sidecars: SidecarService;
  locale: () => Locale;
  /** Throws when the editor shows the table garbled: nothing is inferred from it. */
  refuseGarbled: (uri: string) => void;
}

/** The table's text: the open document (unsaved edits included), else the file on disk. */
function tableText(documents: InferRequestContext['documents'], uri: string, file: string): string | undefined {
  const open = documents.get(uri);
  if (open) return open.getText();
  try {
    // diskAccess reads a regular file only, without blocking (a FIFO named x.csv would block the server).
    return decodeBytes(Buffer.from(diskAccess.readHead(file, Number.MAX_SAFE_INTEGER))).text;
  } catch {
    return undefined;
  }
}

/** The infer worker's bundle, beside the server's (esbuild.mjs). */
const INFER_WORKER = path.join(__dirname, 'inferWorker.js');

/**
 * Infers on a thread of its own, so that the server answers other requests meanwhile; in place when the
 * worker's bundle is not there (the server run from its sources). A cancelled request stops the thread.
 */
function inferOffThread(task: InferTask, token: CancellationToken): Promise<InferredSchemaFile> {
  if (!existsSync(INFER_WORKER)) return Promise.resolve(inferredSchemaFile(task.file, task.text, task.locale, task.sidecarFile));
  return new Promise((resolve, reject) => {
    const worker = new Worker(INFER_WORKER, { workerData: task });
    const cancelled = token.onCancellationRequested(() => {
      void worker.terminate();
      reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled'));
    });
    const settle = () => cancelled.dispose();
    worker.once('message', (message: { ok: true; result: InferredSchemaFile } | { ok: false; error: string }) => {
      settle();
      if (message.ok) resolve(message.result);
      else reject(new Error(message.error));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settle();
      reject(error);
    });
  });
}

export function registerInferRequests(context: InferRequestContext): void {
  const { connection, documents, sidecars } = context;

  connection.onRequest(InferSchemaRequest.type, checkedParams(InferSchemaRequest.method, shapes.uri, async ({ uri }, token) => {
    const file = filePathOf(uri);
    if (!file) return null;
    context.refuseGarbled(uri);
    const text = tableText(documents, uri, file);
    if (text === undefined) return null;
    const rejected = notATable(text);
    if (rejected) throw new ResponseError(ErrorCodes.InvalidRequest, problemMessage(rejected, context.locale()));
    const binding = sidecars.bindingForTable(uri);
    return inferOffThread({ file, text, locale: context.locale(), sidecarFile: binding?.file }, token);
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
