// Files over 50 MB are not shared with extensions: the extension says so when one is opened, and its
// command checks a file with the bundled command line, whose report it shows.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, fixtureUri } from './helpers';

interface CliRun {
  exitCode: number | null;
  output: string;
}

describe('files too large for the editor', () => {
  afterEach(closeAllEditors);

  it('checks a file with the command line and returns its report', async () => {
    const run = await vscode.commands.executeCommand<CliRun>('opendataLint.checkWithCli', fixtureUri('structure.csv'));
    assert.equal(run.exitCode, 1, run.output);
    assert.match(run.output, /structure\.csv:1:\d+ \S+ duplicate-label /);
    assert.match(run.output, /structure\.csv: \d+ /);
  });

  it('tells about a CSV over 50 MB that the editor opened without sharing it', async function () {
    this.timeout(120_000);
    const uri = fixtureUri('huge.csv');
    const row = 'id,nom,commune,latitude,longitude\n';
    const line = '12345,Mairie annexe du quartier,Quimper,47.99612,-4.10236\n';
    writeFileSync(uri.fsPath, row + line.repeat(Math.ceil((51 * 1024 * 1024) / line.length)));
    await vscode.commands.executeCommand('vscode.open', uri);
    const deadline = Date.now() + 60_000;
    let told: string[] = [];
    while (!told.includes(uri.toString())) {
      assert.ok(Date.now() < deadline, `no notice about the 51 MB file (told: ${told.join(', ') || 'nothing'})`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      told = await vscode.commands.executeCommand<string[]>('opendataLint.largeFiles.testState');
    }
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()), 'the editor did not share the file');
  });
});
