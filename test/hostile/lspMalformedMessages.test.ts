// Malformed LSP messages written raw to the real server's stdin (issue #20, item 3): each is dropped with
// a line in the editor's log, and the server goes on answering (a hover, fresh diagnostics).
import { strict as assert } from 'node:assert';
import { LspSession } from '../lsp/lspSession';

const uri = (name: string) => `file:///tmp/opendata-lint-hostile/${name}`;

function framed(body: string, length = Buffer.byteLength(body)): Buffer {
  return Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'), Buffer.from(body, 'utf8')]);
}

describe('hostile: malformed LSP messages (real server over stdio)', function () {
  this.timeout(60_000);
  let session: LspSession;
  const logged: string[] = [];
  let version = 1;

  before(async () => {
    session = await LspSession.start({ locale: 'en' });
    session.connection.onNotification('window/logMessage', (params: { message: string }) => logged.push(params.message));
    session.open(uri('probe.csv'), 'a,b\n1,2\n');
    await session.diagnostics(uri('probe.csv'), 1);
  });
  after(() => session.stop());

  /** The server still reads: a hover is answered and an edit gets its diagnostics. */
  async function stillAnswers(): Promise<void> {
    const hover = await Promise.race([
      session.request('textDocument/hover', { textDocument: { uri: uri('probe.csv') }, position: { line: 0, character: 0 } }),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no hover answer; stderr: ${session.stderr}`)), 10_000)),
    ]);
    assert.equal(hover, null);
    version++;
    session.change(uri('probe.csv'), version, [{ text: 'a,b\n1,2,3\n' }]);
    const diagnostics = await session.diagnostics(uri('probe.csv'), version);
    assert.ok(diagnostics.length > 0);
    assert.ok(session.isAlive());
  }

  /** Log lines already matched by an earlier test. */
  let seen = 0;
  async function droppedSaying(pattern: RegExp): Promise<void> {
    const deadline = Date.now() + 5000;
    while (!logged.slice(seen).some((line) => pattern.test(line))) {
      if (Date.now() > deadline) assert.fail(`no log line matching ${pattern}: ${JSON.stringify(logged)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    seen = logged.length;
  }

  it('a body that is not JSON', async () => {
    session.writeRaw(framed('{"jsonrpc":"2.0","method":"textDocument/hover", oops'));
    await droppedSaying(/not JSON/);
    await stillAnswers();
  });

  it('a body that is JSON but not a JSON-RPC message (a number, an array, a bad method)', async () => {
    session.writeRaw(Buffer.concat([framed('42'), framed('[{"jsonrpc":"2.0","method":"x"}]'), framed('{"jsonrpc":"2.0","id":7,"method":12}')]));
    await droppedSaying(/not a JSON-RPC message: its method/);
    await stillAnswers();
  });

  it('a request that is not valid JSON-RPC is answered with an error for its id; a body that is not JSON with a parse error', async () => {
    let output = '';
    session.onRawOutput((chunk) => (output += chunk.toString('utf8')));
    session.writeRaw(Buffer.concat([framed('{"jsonrpc":"2.0","id":"bad-7","method":12}'), framed('{not json')]));
    const deadline = Date.now() + 5000;
    while (!(output.includes('"id":"bad-7"') && output.includes('-32700')) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.match(output, /\{"jsonrpc":"2.0","id":"bad-7","error":\{"code":-32600,/);
    assert.match(output, /\{"jsonrpc":"2.0","id":null,"error":\{"code":-32700,/);
    await stillAnswers();
  });

  it('a header without Content-Length', async () => {
    session.writeRaw('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n');
    await droppedSaying(/no valid Content-Length/);
    await stillAnswers();
  });

  it('a Content-Length too short: the rest of the body is skipped until the next header', async () => {
    session.writeRaw(framed('{"jsonrpc":"2.0","method":"$/garbage","params":{"text":"rest of the body"}}', 10));
    await droppedSaying(/not JSON/);
    await stillAnswers();
  });

  it('a Content-Length too long: the server waits for the bytes, then drops what they make', async () => {
    const body = '{"jsonrpc":"2.0","method":"$/short"}';
    session.writeRaw(framed(body, Buffer.byteLength(body) + 40));
    // The missing bytes come as padding (an editor would have sent its next message there).
    session.writeRaw(' '.repeat(20) + 'x'.repeat(20));
    await droppedSaying(/not JSON/);
    await stillAnswers();
  });

  it('a NUL-filled body, then an empty one', async () => {
    session.writeRaw(Buffer.concat([framed('\u0000'.repeat(64)), framed('')]));
    await stillAnswers();
    assert.ok(logged.length >= 6, JSON.stringify(logged));
  });
});
