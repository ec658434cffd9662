// Files too large for VS Code to share with extensions: say so when one is opened, instead of silence,
// and offer to check it with the command line, whose report is shown in an output channel.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { locale, t } from './i18n';
import { formatMegabytes, isTableFileName, isTooLargeForEditor } from './largeFileRule';

export const CHECK_WITH_CLI_COMMAND = 'opendataLint.checkWithCli';

export interface CliRun {
  exitCode: number | null;
  output: string;
}

/** Runs the bundled CLI on a file, streaming its report into the channel; resolves with the whole output. */
function runCli(context: vscode.ExtensionContext, channel: vscode.OutputChannel, file: string): Promise<CliRun> {
  const cli = context.asAbsolutePath(path.join('dist', 'cli.js'));
  channel.clear();
  channel.show(true);
  channel.appendLine(t('largeFile.running', { file: vscode.workspace.asRelativePath(file) }));
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, [cli, 'check', file, '--lang', locale()], { cwd: path.dirname(file) });
    const collect = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      channel.append(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => {
      channel.appendLine(String(error));
      resolve({ exitCode: null, output });
    });
    child.on('close', (code) => resolve({ exitCode: code, output }));
  });
}

/** Uris of open tabs whose table file the editor did not hand to extensions. */
function hiddenTableTabs(): vscode.Uri[] {
  const synced = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  const uris: vscode.Uri[] = [];
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      if (!(tab.input instanceof vscode.TabInputText)) continue;
      const uri = tab.input.uri;
      if (uri.scheme === 'file' && isTableFileName(uri.fsPath) && !synced.has(uri.toString())) uris.push(uri);
    }
  }
  return uris;
}

export function registerLargeFiles(context: vscode.ExtensionContext): void {
  const channel = vscode.window.createOutputChannel('Open Data Lint — rapport / report');
  const told = new Set<string>();
  const notified: string[] = [];

  const checkTabs = async (): Promise<void> => {
    for (const uri of hiddenTableTabs()) {
      const key = uri.toString();
      if (told.has(key)) continue;
      let size: number;
      try {
        size = (await stat(uri.fsPath)).size;
      } catch {
        continue;
      }
      if (!isTooLargeForEditor(uri.fsPath, size)) continue;
      told.add(key);
      notified.push(key);
      const action = t('largeFile.action');
      void vscode.window
        .showWarningMessage(t('largeFile.message', { file: vscode.workspace.asRelativePath(uri), size: formatMegabytes(size, locale()) }), action)
        .then((choice) => (choice === action ? vscode.commands.executeCommand(CHECK_WITH_CLI_COMMAND, uri) : undefined));
    }
  };

  context.subscriptions.push(
    channel,
    vscode.commands.registerCommand(CHECK_WITH_CLI_COMMAND, (target?: vscode.Uri | string) => {
      const uri = typeof target === 'string' ? vscode.Uri.parse(target) : (target ?? vscode.window.activeTextEditor?.document.uri);
      if (!uri || uri.scheme !== 'file') return undefined;
      return runCli(context, channel, uri.fsPath);
    }),
    // For tests: the files this session was told about (no contribution, so not in the palette).
    vscode.commands.registerCommand('opendataLint.largeFiles.testState', () => [...notified]),
    vscode.window.tabGroups.onDidChangeTabs(() => void checkTabs()),
  );
  void checkTabs();
}
