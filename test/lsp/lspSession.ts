// Talks LSP to the real built language server (dist/server.js) over stdio, as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const serverPath = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export class LspSession {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: (() => void)[] = [];
  stderr = '';

  private constructor() {
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` first`);
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => {
      this.codeLensRefreshes++;
      return null;
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  settings: Record<string, unknown> = {};
  /** How many times the server asked the editor to fetch code lenses again. */
  codeLensRefreshes = 0;

  /** The workspace folder, when the session has one. */
  rootPath?: string;

  /**
   * Sets the editor's `opendataLint` settings; the schema choices go to the workspace folder's
   * `.vscode/settings.json` too, where the editor records them (and the command line reads them). With
   * `notify`, tells the server they changed.
   */
  configure(settings: Record<string, unknown>, { notify = true } = {}): void {
    this.settings = settings;
    if (this.rootPath) {
      const file = path.join(this.rootPath, '.vscode', 'settings.json');
      // A fixture folder of the repository carries its own project settings: they are checked, never written.
      const repository = path.resolve(__dirname, '..', '..');
      if (!path.relative(repository, this.rootPath).startsWith('..')) {
        const recorded = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)['opendataLint.schemas'] : undefined;
        if (JSON.stringify(recorded ?? {}) !== JSON.stringify(settings.schemas ?? {})) {
          throw new Error(`${file} must hold the schemas the test sets (${JSON.stringify(settings.schemas ?? {})}): a session never writes into the repository`);
        }
        if (notify) this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        return;
      }
      if (settings.schemas && Object.keys(settings.schemas).length > 0) {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify({ 'opendataLint.schemas': settings.schemas }, null, 2));
      } else rmSync(file, { force: true });
    }
    if (notify) this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  static async start(options: { locale?: string; settings?: Record<string, unknown>; rootPath?: string; codeLensRefresh?: boolean } = {}): Promise<LspSession> {
    const session = new LspSession();
    session.rootPath = options.rootPath;
    session.configure(options.settings ?? {}, { notify: false });
    await session.connection.sendRequest('initialize', {
      processId: process.pid,
      locale: options.locale ?? 'en',
      rootUri: options.rootPath ? pathToFileURL(options.rootPath).href : null,
      capabilities: {
        workspace: { configuration: true, ...(options.codeLensRefresh ? { codeLens: { refreshSupport: true } } : {}) },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
      workspaceFolders: options.rootPath ? [{ uri: pathToFileURL(options.rootPath).href, name: 'ws' }] : null,
    });
    session.connection.sendNotification('initialized', {});
    return session;
  }

  open(uri: string, text: string, languageId = 'csv', version = 1): void {
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /**
   * Sends a didOpen whose bytes go in two writes: the first `firstBytes` now, the rest when `rest()` is
   * called (to see what the server does while a big message is still arriving). No other message may be
   * sent meanwhile.
   */
  openInParts(uri: string, text: string, firstBytes: number): { rest(): void } {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'csv', version: 1, text } } }), 'utf8');
    const stdin = this.child.stdin!;
    stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body.subarray(0, firstBytes)]));
    return { rest: () => void stdin.write(body.subarray(firstBytes)) };
  }

  /** Writes raw bytes to the server's input (to send what no well-behaved editor sends). */
  writeRaw(bytes: Buffer | string): void {
    this.child.stdin!.write(bytes);
  }

  /** Listens to the server's output bytes as they come (beside the session's own reader). */
  onRawOutput(listener: (chunk: Buffer) => void): void {
    this.child.stdout!.on('data', listener);
  }

  change(uri: string, version: number, changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]): void {
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Waits for diagnostics of a given document version (or any version when omitted). */
  async diagnostics(uri: string, version?: number, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const list = this.published.get(uri) ?? [];
      const match = [...list].reverse().find((p) => version === undefined || p.version === version);
      if (match) return match.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri}${version !== undefined ? ` v${version}` : ''} after ${timeoutMs} ms; server stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /**
   * Waits for the complete diagnostics of a document version: a big document's long check may first
   * publish its first page early, with a summary saying the rest is being checked (see isEarlyPage).
   */
  async finalDiagnostics(uri: string, version: number, timeoutMs = 60_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = (this.published.get(uri) ?? []).find((p) => p.version === version && !isEarlyPage(p.diagnostics));
      if (match) return match.diagnostics;
      if (Date.now() >= deadline) throw new Error(`no final diagnostics for ${uri} v${version} after ${timeoutMs} ms; server stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Everything published for a document, in order. */
  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return [...(this.published.get(uri) ?? [])];
  }

  publishedVersions(uri: string): (number | undefined)[] {
    return (this.published.get(uri) ?? []).map((p) => p.version);
  }

  async request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  isAlive(): boolean {
    return this.child.exitCode === null && !this.child.killed;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; kill it below.
    }
    this.connection.dispose();
    this.child.kill();
  }
}

/** Whether diagnostics are a first page published while the check still runs (its summary says so). */
export function isEarlyPage(diagnostics: Diagnostic[]): boolean {
  const data = diagnostics[0]?.data as { problem?: { code?: string; params?: { variant?: string } } } | undefined;
  return data?.problem?.code === 'too-many-problems' && data.problem.params?.variant === 'checking';
}
