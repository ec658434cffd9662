// The encoding guess the extension turns on for CSV files (`files.autoGuessEncoding` with the candidates
// UTF-8 and Windows-1252, contributed as language defaults): every Windows-1252 fixture of the project opens
// readable, UTF-8 ones stay UTF-8, a UTF-16 file is read by its byte order mark.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, fixtureUri } from './helpers';

describe('the encoding VS Code guesses for CSV files with the extension’s defaults', () => {
  after(closeAllEditors);

  it('reads every Windows-1252 export as Windows-1252 and leaves UTF-8 and UTF-16 files as they are', async () => {
    const folder = fixtureUri('encoding/guess');
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).sort();
    const found: string[] = [];
    for (const name of names) {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, name));
      found.push(`${name}: ${document.encoding}${document.getText().includes('\uFFFD') ? ' (garbled)' : ''}`);
    }
    console.log(`      ${found.join('\n      ')}`);
    const expected = names.map((name) => `${name}: ${name.startsWith('windows-1252') ? 'windows1252' : name.startsWith('utf-16') ? 'utf16le' : 'utf8'}`);
    assert.deepEqual(found, expected);
  });
});
