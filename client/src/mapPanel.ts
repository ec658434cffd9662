// The map panel: a webview beside a CSV editor showing the rows' points (computed by the language server),
// linked both ways to the text — a click on a point selects its row, moving the cursor highlights its point —
// and kept up to date while the user types. Also the "Show on map" command and code lens, the command that
// swaps a row's latitude and longitude, the serializer that brings the panel back after a reload, and a
// command (not in the palette) telling the extension-host tests what the page has acknowledged.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { locale, t } from './i18n';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, MapCoordinateColumnsRequest, MapPointsRequest, SwapCoordinatesEditRequest } from '../../server/src/protocol';
import type { MapPointsResult } from '../../server/src/engine/geo/points';
import { lastAtOrBefore } from '../../server/src/engine/text/sortedSearch';
import type { FromMapPage, MapPageConfig, MapPageState, ToMapPage } from './webview/messages';
import { defaultTileAttribution, defaultTileUrl, mapPageHtml, openStreetMapCopyrightUrl } from './webview/page';

const viewType = 'opendataLint.map';

/**
 * Not in the palette (registered without a contribution): what the page of a document's map has reported, for
 * the extension-host tests, which cannot look inside a webview. Argument: the document's uri (string or Uri).
 */
const TEST_STATE_COMMAND = 'opendataLint.map.testState';

/** What a map page has acknowledged: the points it draws (null before any), the row whose point it highlights. */
export interface MapPanelTestState {
  ready: { points: number } | null;
  highlightedRow: number | null;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

/** The tile settings, with OpenStreetMap's attribution link when its tiles are used. */
function tileConfig(): Pick<MapPageConfig, 'tileUrl' | 'tileSubdomains' | 'tileAttribution' | 'tileAttributionUrl'> {
  const settings = vscode.workspace.getConfiguration('opendataLint.map');
  const tileUrl = (settings.get<string>('tileUrl', defaultTileUrl) ?? '').trim();
  const tileAttribution = settings.get<string>('tileAttribution', defaultTileAttribution) ?? '';
  let osm = false;
  try {
    osm = /(^|\.)openstreetmap\.org$/.test(new URL(tileUrl.replace(/\{[^}]*\}/g, 'a')).hostname);
  } catch {
    // Not a URL: the page shows no tiles and says so.
  }
  return { tileUrl, tileSubdomains: ['a', 'b', 'c'], tileAttribution, tileAttributionUrl: osm ? openStreetMapCopyrightUrl : '' };
}

/** Which row each line belongs to, for the rows the map knows (sorted by line). */
class RowLines {
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  private rows = new Int32Array(0);
  private readonly lineOfRow = new Map<number, { line: number; endLine: number }>();

  update(result: MapPointsResult): void {
    const entries = [...result.points, ...result.unreadable].map(({ row, line, endLine }) => ({ row, line, endLine })).sort((a, b) => a.line - b.line);
    this.starts = Int32Array.from(entries, (e) => e.line);
    this.ends = Int32Array.from(entries, (e) => e.endLine);
    this.rows = Int32Array.from(entries, (e) => e.row);
    this.lineOfRow.clear();
    for (const e of entries) this.lineOfRow.set(e.row, { line: e.line, endLine: e.endLine });
  }

  rowAt(line: number): number | null {
    // Rows span disjoint line ranges: the one starting last at or before the line holds it, if any does.
    const at = lastAtOrBefore(this.starts, line);
    return at >= 0 && this.starts[at] <= line && line <= this.ends[at] ? this.rows[at] : null;
  }

  linesOf(row: number): { line: number; endLine: number } | undefined {
    return this.lineOfRow.get(row);
  }
}

class MapPanel implements vscode.Disposable {
  static readonly open = new Map<string, MapPanel>();

  private readonly disposables: vscode.Disposable[] = [];
  private readonly rowLines = new RowLines();
  private refreshTimer: NodeJS.Timeout | undefined;
  private cursorTimer: NodeJS.Timeout | undefined;
  private generation = 0;
  private disposed = false;
  /** The page's latest acknowledgements (see MapPanelTestState). */
  readonly reported: MapPanelTestState = { ready: null, highlightedRow: null };

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    readonly panel: vscode.WebviewPanel,
    readonly documentUri: vscode.Uri,
  ) {
    MapPanel.open.set(documentUri.toString(), this);
    panel.title = t('map.title', { file: fileName(documentUri) });
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')] };
    this.render();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: FromMapPage) => void this.receive(message)),
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === this.key && event.contentChanges.length > 0) this.scheduleRefresh(event.document.getText().length);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document.uri.toString() === this.key) this.scheduleCursor(event.selections[0].active.line);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('opendataLint.map')) this.render();
      }),
    );
  }

  get key(): string {
    return this.documentUri.toString();
  }

  /** (Re)writes the page: at creation, and when the tile settings change. */
  private render(): void {
    const webview = this.panel.webview;
    const root = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview');
    const config: MapPageConfig = { locale: locale(), documentUri: this.key, fileName: fileName(this.documentUri), ...tileConfig() };
    webview.html = mapPageHtml(
      {
        cspSource: webview.cspSource,
        nonce: randomBytes(18).toString('base64url'),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'map.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'map.css')).toString(),
      },
      config,
    );
  }

  private post(message: ToMapPage): void {
    void this.panel.webview.postMessage(message);
  }

  private async receive(message: FromMapPage): Promise<void> {
    switch (message?.type) {
      case 'ready':
        // A new page (first load or re-rendered): nothing drawn yet.
        this.reported.ready = null;
        this.reported.highlightedRow = null;
        await this.refresh(true);
        break;
      case 'pointsShown':
        if (Number.isInteger(message.points)) this.reported.ready = { points: message.points };
        break;
      case 'highlighted':
        if (message.row === null || Number.isInteger(message.row)) this.reported.highlightedRow = message.row;
        break;
      case 'revealRow':
        if (Number.isInteger(message.row)) await this.revealRow(message.row);
        break;
      case 'swapCoordinates':
        if (Number.isInteger(message.row)) await vscode.commands.executeCommand(ClientCommands.swapCoordinates, this.key, message.row);
        break;
    }
  }

  private scheduleRefresh(length: number): void {
    clearTimeout(this.refreshTimer);
    // Typing in a big file: wait for a longer pause before recomputing 100 000 points.
    const delay = length < 1_000_000 ? 300 : length < 10_000_000 ? 800 : 1500;
    this.refreshTimer = setTimeout(() => void this.refresh(false), delay);
  }

  private scheduleCursor(line: number): void {
    clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(() => this.post({ type: 'cursor', row: this.rowLines.rowAt(line) }), 80);
  }

  /** Asks the server for the points and sends them to the page; `fit` only matters for the first view. */
  private async refresh(fit: boolean): Promise<void> {
    const generation = ++this.generation;
    try {
      // After a reload the document may not be open yet: opening it lets the client hand it to the server.
      await vscode.workspace.openTextDocument(this.documentUri);
    } catch {
      this.post({ type: 'unavailable', reason: 'closed' });
      return;
    }
    if (!(await this.serverReady())) {
      this.post({ type: 'unavailable', reason: 'no-server' });
      return;
    }
    let result;
    try {
      result = await this.client.sendRequest(MapPointsRequest.type, { uri: this.key });
    } catch (error) {
      this.post({ type: 'unavailable', reason: 'error', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (generation !== this.generation) return; // a newer refresh is on its way
    if (!result) {
      this.post({ type: 'unavailable', reason: 'closed' });
      return;
    }
    this.rowLines.update(result);
    this.post({ type: 'points', fileName: fileName(this.documentUri), result, fit });
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.key);
    if (editor) this.post({ type: 'cursor', row: this.rowLines.rowAt(editor.selection.active.line) });
  }

  private async serverReady(): Promise<boolean> {
    if (this.client.isRunning()) return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        listener.dispose();
        resolve(this.client.isRunning());
      }, 15_000);
      const listener = this.client.onDidChangeState((event) => {
        if (event.newState !== State.Running) return;
        clearTimeout(timer);
        listener.dispose();
        resolve(true);
      });
    });
  }

  /** Selects the whole row in the editor (opening it beside the map if needed) and scrolls to it. */
  private async revealRow(row: number): Promise<void> {
    const lines = this.rowLines.linesOf(row);
    if (!lines) return;
    const document = await vscode.workspace.openTextDocument(this.documentUri);
    const endLine = Math.min(lines.endLine, document.lineCount - 1);
    const selection = new vscode.Selection(lines.line, 0, endLine, document.lineAt(endLine).text.length);
    let editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.key);
    if (!editor) {
      const column = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
      editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: true });
    }
    editor.selection = selection;
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.refreshTimer);
    clearTimeout(this.cursorTimer);
    MapPanel.open.delete(this.key);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}

function showMap(context: vscode.ExtensionContext, client: LanguageClient, resource?: vscode.Uri | string): void {
  const uri = typeof resource === 'string' ? vscode.Uri.parse(resource) : (resource ?? vscode.window.activeTextEditor?.document.uri);
  if (!uri) {
    void vscode.window.showInformationMessage(t('map.noDocument'));
    return;
  }
  const existing = MapPanel.open.get(uri.toString());
  if (existing) {
    existing.panel.reveal(vscode.ViewColumn.Beside, true);
    return;
  }
  const panel = vscode.window.createWebviewPanel(viewType, t('map.title', { file: fileName(uri) }), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true });
  new MapPanel(context, client, panel, uri);
}

async function swapCoordinates(client: LanguageClient, uri: string | vscode.Uri, row: number): Promise<boolean> {
  const key = uri.toString();
  const edit = await client.sendRequest(SwapCoordinatesEditRequest.type, { uri: key, row });
  const applied = edit ? await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit)) : false;
  if (!applied) void vscode.window.showWarningMessage(t('map.swapFailed', { row }));
  return applied;
}

/** The context key that shows the editor title button only on files with coordinates. */
const HAS_COORDINATES = 'opendataLint.activeEditorHasCoordinates';

async function coordinateColumns(client: LanguageClient, document: vscode.TextDocument, token?: vscode.CancellationToken) {
  if (!client.isRunning()) return null;
  const columns = await client.sendRequest(MapCoordinateColumnsRequest.type, { uri: document.uri.toString() }, token);
  if (document === vscode.window.activeTextEditor?.document) void vscode.commands.executeCommand('setContext', HAS_COORDINATES, columns !== null);
  return columns;
}

/** "Show on map" above the header of CSV files whose coordinates the server finds. */
class ShowOnMapLens implements vscode.CodeLensProvider {
  constructor(private readonly client: LanguageClient) {}

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const columns = await coordinateColumns(this.client, document, token);
    if (!columns) return [];
    const names = columns.kind === 'lat-lon' ? `${columns.latitude}, ${columns.longitude}` : columns.kind === 'lambert93' ? `${columns.x}, ${columns.y}` : columns.column;
    return [
      new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), {
        title: t('map.lens'),
        tooltip: t('map.lensTooltip', { columns: names }),
        command: ClientCommands.showMap,
        arguments: [document.uri],
      }),
    ];
  }
}

/** Registers the map's commands, code lens and panel serializer. */
export function registerMapPanel(context: vscode.ExtensionContext, client: LanguageClient, languages: readonly string[]): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.showMap, (resource?: vscode.Uri | string) => showMap(context, client, resource)),
    vscode.commands.registerCommand(ClientCommands.swapCoordinates, (uri: string | vscode.Uri, row: number) => swapCoordinates(client, uri, row)),
    vscode.commands.registerCommand(TEST_STATE_COMMAND, (uri: string | vscode.Uri): MapPanelTestState | null => {
      const panel = MapPanel.open.get(uri.toString());
      return panel ? { ready: panel.reported.ready && { ...panel.reported.ready }, highlightedRow: panel.reported.highlightedRow } : null;
    }),
    vscode.languages.registerCodeLensProvider(
      languages.map((language) => ({ language })),
      new ShowOnMapLens(client),
    ),
    vscode.window.registerWebviewPanelSerializer(viewType, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const documentUri = (state as MapPageState | undefined)?.documentUri;
        if (typeof documentUri !== 'string') {
          panel.dispose();
          return;
        }
        new MapPanel(context, client, panel, vscode.Uri.parse(documentUri));
      },
    }),
    { dispose: () => [...MapPanel.open.values()].forEach((panel) => panel.dispose()) },
    // The code lens keeps the key up to date while editing; switching editors needs its own look.
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (!editor || !languages.includes(editor.document.languageId)) void vscode.commands.executeCommand('setContext', HAS_COORDINATES, false);
      else void coordinateColumns(client, editor.document).catch(() => undefined);
    }),
    client.onDidChangeState((event) => {
      const editor = vscode.window.activeTextEditor;
      if (event.newState === State.Running && editor && languages.includes(editor.document.languageId)) void coordinateColumns(client, editor.document).catch(() => undefined);
    }),
  );
}
