// A connection that records what the server sends and the handlers it registers, so that the server's
// state and handlers run in-process (no built server, no stdio): the parts of `Connection` they use.
import type { Connection, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver/node';

export interface FakeConnection {
  connection: Connection;
  published: PublishDiagnosticsParams[];
  notifications: { method: string; params: unknown }[];
  errors: string[];
  /** The handlers registered, by name (`onHover`, `onInitialize`…, or the method of `onRequest`). */
  handlers: Map<string, (...args: unknown[]) => unknown>;
  /** What `workspace.getConfiguration` answers (a function that throws makes the read fail). */
  configuration: () => unknown;
  /** Resolves with the diagnostics of the first publication of `uri` at `version` that `accept` takes. */
  diagnostics(uri: string, version: number, accept?: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
}

export function fakeConnection(): FakeConnection {
  const fake: FakeConnection = {
    connection: undefined as unknown as Connection,
    published: [],
    notifications: [],
    errors: [],
    handlers: new Map(),
    configuration: () => ({}),
    diagnostics: (uri, version, accept = () => true) =>
      new Promise((resolve, reject) => {
        const deadline = Date.now() + 10_000;
        const look = () => {
          const found = fake.published.find((p) => p.uri === uri && p.version === version && accept(p.diagnostics));
          if (found) resolve(found.diagnostics);
          else if (Date.now() > deadline) reject(new Error(`no diagnostics of ${uri} at version ${version}; errors: ${fake.errors.join('\n')}`));
          else setTimeout(look, 5);
        };
        look();
      }),
  };
  const register = (name: string) => (handler: (...args: unknown[]) => unknown) => {
    fake.handlers.set(name, handler);
    return { dispose: () => fake.handlers.delete(name) };
  };
  const reporter = { begin: () => undefined, report: () => undefined, done: () => undefined };
  const connection = {
    console: { error: (message: string) => fake.errors.push(message), warn: () => undefined, log: () => undefined, info: () => undefined },
    sendDiagnostics: async (params: PublishDiagnosticsParams) => void fake.published.push(params),
    sendNotification: async (type: { method?: string } | string, params: unknown) => void fake.notifications.push({ method: typeof type === 'string' ? type : (type.method ?? '?'), params }),
    sendRequest: async (type: { method?: string } | string, params: unknown) => {
      fake.notifications.push({ method: typeof type === 'string' ? type : (type.method ?? '?'), params });
      return null;
    },
    sendProgress: async (_type: unknown, token: unknown, value: unknown) => void fake.notifications.push({ method: '$/progress', params: { token, value } }),
    onRequest: (type: { method?: string } | string, handler: (...args: unknown[]) => unknown) => register(typeof type === 'string' ? type : (type.method ?? '?'))(handler),
    onNotification: (type: { method?: string } | string, handler: (...args: unknown[]) => unknown) => register(typeof type === 'string' ? type : (type.method ?? '?'))(handler),
    window: { createWorkDoneProgress: async () => reporter },
    workspace: { getConfiguration: async () => fake.configuration(), onDidChangeWorkspaceFolders: register('onDidChangeWorkspaceFolders') },
    client: { register: async () => ({ dispose: () => undefined }) },
  } as Record<string, unknown>;
  for (const name of ['onInitialize', 'onInitialized', 'onDidChangeConfiguration', 'onHover', 'onCompletion', 'onCodeLens', 'onCodeAction', 'onDidSaveTextDocument', 'onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidCloseTextDocument', 'onShutdown']) {
    connection[name] = register(name);
  }
  fake.connection = connection as unknown as Connection;
  return fake;
}
