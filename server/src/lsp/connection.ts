// The server's connection to the editor. Over stdio (how the extension starts it), messages are read by
// StreamingMessageReader, which decodes a big didOpen while it arrives and hands its text over in pieces;
// other transports (--node-ipc, --socket) are set up by vscode-languageserver as usual.
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection, type Message } from 'vscode-languageserver/node';
import { StreamingMessageReader } from './messageReader';

/** Whether the connection is over stdio (stdout carries the protocol). */
let stdio = false;

export function createServerConnection(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  stdio = true;
  const reader = new StreamingMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  // A message the reader drops is said in the editor's log (the server reads on), and answered with the
  // error JSON-RPC asks for, so that a client waiting on a request hears back.
  reader.onDropped = (reason, answer) => {
    connection.console.error(reason);
    if (answer) void writer.write({ jsonrpc: '2.0', id: answer.id, error: { code: answer.code, message: answer.message } } as Message);
  };
  // What vscode-languageserver does for the stdio connection it makes itself: stdout carries the protocol,
  // so the console writes to the editor's log; and the server ends with its input.
  const log = (write: (message: string) => void) => (...args: unknown[]) => write(format(...args));
  console.log = log((message) => connection.console.log(message));
  console.info = log((message) => connection.console.info(message));
  console.debug = log((message) => connection.console.log(message));
  console.warn = log((message) => connection.console.warn(message));
  console.error = log((message) => connection.console.error(message));
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  const exit = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  return connection;
}

/**
 * Resolves once what was sent to the editor has left the process (as far as stdio tells). A thousand
 * diagnostics are over half a megabyte: written through a pipe while a long check runs, the rest of such
 * a message would only move on between slices of work, tens of milliseconds later. Waits for at most a
 * quarter of a second (an editor that does not read does not stop the check).
 */
export async function outputFlushed(): Promise<void> {
  // The writer writes in an immediate callback of its own, queued before this one.
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (!stdio) return;
  const deadline = Date.now() + 250;
  while (process.stdout.writableLength > 0 && Date.now() < deadline) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Stops (or restarts) reading the editor's messages: while a big document arrives, its first megabyte is
 * checked before more of it is decoded, so that its first page goes out sooner (decoding the rest as it
 * comes would take two thirds of the time meanwhile). Over stdio only; the editor waits on a full pipe.
 */
export function holdInput(hold: boolean): void {
  if (!stdio) return;
  if (hold) process.stdin.pause();
  else process.stdin.resume();
}
