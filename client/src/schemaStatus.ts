// The status bar item showing the schema in force for the active CSV editor, or for the active JSON dataset
// (`.json`, `.geojson`: shown once a schema applies); a click opens the picker (a JSON dataset's lists the
// catalog's JSON Schemas).
import * as vscode from 'vscode';
import { ClientCommands, type SchemaInForce } from '../../server/src/protocol';
import { problemCounts, t } from './i18n';

export class SchemaStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('opendataLint.schema', vscode.StatusBarAlignment.Right, 100);
  /** The document the item's command was last set for. */
  private commandUri: string | undefined;
  private readonly states = new Map<string, SchemaInForce>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly isTableDocument: (document: vscode.TextDocument) => boolean,
    private readonly isJsonDataset: (document: vscode.TextDocument) => boolean = () => false,
  ) {
    this.item.name = 'Open Data Lint';
    this.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => this.render()));
  }

  update(state: SchemaInForce): void {
    this.states.set(state.uri, state);
    this.render();
  }

  get(uri: string): SchemaInForce | undefined {
    return this.states.get(uri);
  }

  render(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor && !this.isTableDocument(editor.document) && this.isJsonDataset(editor.document)) {
      this.renderJson(this.states.get(editor.document.uri.toString()));
      return;
    }
    if (!editor || !this.isTableDocument(editor.document)) {
      this.item.hide();
      return;
    }
    const uri = editor.document.uri.toString();
    const state = this.states.get(uri);
    this.pointAt(uri);
    if (state?.error) {
      this.item.text = `$(warning) ${t('status.error')}`;
      this.item.tooltip = state.error;
    } else if (state?.ref) {
      const title = state.title ?? state.ref;
      this.item.text = `$(checklist) ${state.source === 'detected' ? t('status.detected', { title }) : title}`;
      this.item.tooltip = t('status.tooltip', {
        ref: state.ref,
        source: t(`source.${state.source}`),
        counts: problemCounts(state.errors, state.warnings),
      });
    } else {
      this.item.text = `$(table) ${t('status.none')}`;
      this.item.tooltip = t('status.tooltipNone');
    }
    this.item.show();
  }

  /** A JSON document: its schema when one applies (a JSON file none applies to is no dataset: nothing shown). */
  private renderJson(state: SchemaInForce | undefined): void {
    if (!state?.ref) {
      this.item.hide();
      return;
    }
    const title = state.title ?? state.ref;
    this.pointAt(state.uri);
    this.item.text = `$(json) ${state.source === 'detected' ? t('status.detected', { title }) : title}`;
    this.item.tooltip = t('status.tooltipJson', { ref: state.ref, source: t(`source.${state.source}`), counts: problemCounts(state.errors, state.warnings) });
    this.item.show();
  }

  /**
   * The item's command, set again only for another document: each assignment makes the extension host
   * convert it to a new command id and drop the old one, so a click landing between a render and the
   * workbench's update ran a command "not found" (seen in the editor-host suite on a loaded machine).
   */
  private pointAt(uri: string): void {
    if (this.commandUri === uri) return;
    this.commandUri = uri;
    this.item.command = { command: ClientCommands.pickSchema, title: 'schema', arguments: [uri] };
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
