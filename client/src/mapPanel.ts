// The map panel: a webview beside a CSV editor showing the rows' points (or beside a GeoJSON file showing its
// features, with their problems), computed by the language server, linked both ways to the text — a click on
// a point (a feature) selects its row (its object), moving the cursor highlights it — and kept up to date
// while the user types. Also the "Show on map" command and code lens, the command that
// swaps a row's latitude and longitude, the serializer that brings the panel back after a reload, and two
// commands (not in the palette) for the extension-host tests: what the page has acknowledged, and a message
// handed to the panel as the page would post it.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { locale, t } from './i18n';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, MapCoordinateColumnsRequest, MapFeaturesRequest, MapPointsRequest, SwapCoordinatesEditRequest } from '../../server/src/protocol';
import { sniffGeoJson } from '../../server/src/engine/geo/geoJsonKind';
import { lastAtOrBefore } from '../../server/src/engine/text/sortedSearch';
import type { FromMapPage, MapPageConfig, MapPageState, ToMapPage } from './webview/messages';
import { defaultTileAttribution, defaultTileUrl, mapPageHtml, openStreetMapCopyrightUrl } from './webview/page';

const viewType = 'opendataLint.map';

/**
 * Not in the palette (registered without a contribution): what the page of a document's map has reported, for
 * the extension-host tests, which cannot look inside a webview. Argument: the document's uri (string or Uri).
 */
const TEST_STATE_COMMAND = 'opendataLint.map.testState';

/**
 * Not in the palette either: hands the panel of a document a message as its page would post it (a click on
 * a feature is `revealFeature`), for the extension-host tests, which cannot click inside a webview.
 * Arguments: the document's uri and the message.
 */
const TEST_MESSAGE_COMMAND = 'opendataLint.map.testMessage';

/**
 * What a map page has acknowledged: the points it draws (null before any), the row whose point it highlights;
 * for a GeoJSON file, the features it draws and lists as unreadable, and the feature it highlights.
 */
export interface MapPanelTestState {
  ready: { points: number } | null;
  highlightedRow: number | null;
  features: { drawn: number; unreadable: number; categories: Record<string, number> } | null;
  highlightedFeature: number | null;
}

/** The characters of a JSON document read to tell whether it is GeoJSON (its root `type` comes first in practice). */
const GEOJSON_SNIFF_CHARS = 65_536;

/** Whether a document is GeoJSON: a `.geojson` file, or JSON whose root is a FeatureCollection, a Feature or a geometry. */
export function isGeoJsonDocument(document: vscode.TextDocument): boolean {
  if (/\.geojson$/i.test(document.uri.path)) return true;
  if (!['json', 'jsonc'].includes(document.languageId) && !/\.json$/i.test(document.uri.path)) return false;
  const head = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(GEOJSON_SNIFF_CHARS)));
  return sniffGeoJson(head) !== null;
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

/**
 * Which item the map knows a position of the text belongs to: rows by their lines, GeoJSON features by their
 * offsets (a minified file is one line). Items span disjoint ranges, kept sorted by start.
 */
class Spans {
  private starts = new Float64Array(0);
  private ends = new Float64Array(0);
  private keys = new Int32Array(0);
  private readonly byKey = new Map<number, { start: number; end: number }>();

  /** `key`: a row number, or a feature index; `start`..`end` both included. */
  update(items: readonly { key: number; start: number; end: number }[]): void {
    const entries = [...items].sort((a, b) => a.start - b.start);
    this.starts = Float64Array.from(entries, (e) => e.start);
    this.ends = Float64Array.from(entries, (e) => e.end);
    this.keys = Int32Array.from(entries, (e) => e.key);
    this.byKey.clear();
    for (const e of entries) this.byKey.set(e.key, { start: e.start, end: e.end });
  }

  /** The item holding a position (a row's last line, a feature's offset just after its `}`, included), if any. */
  at(position: number): number | null {
    const at = lastAtOrBefore(this.starts, position);
    return at >= 0 && this.starts[at] <= position && position <= this.ends[at] ? this.keys[at] : null;
  }

  span(key: number): { start: number; end: number } | undefined {
    return this.byKey.get(key);
  }
}

class MapPanel implements vscode.Disposable {
  static readonly open = new Map<string, MapPanel>();

  private readonly disposables: vscode.Disposable[] = [];
  /** Rows by their lines (a table), features by their offsets (GeoJSON). */
  private readonly rowLines = new Spans();
  private readonly featureSpans = new Spans();
  private refreshTimer: NodeJS.Timeout | undefined;
  private cursorTimer: NodeJS.Timeout | undefined;
  private generation = 0;
  private disposed = false;
  /** The page's latest acknowledgements (see MapPanelTestState). */
  readonly reported: MapPanelTestState = { ready: null, highlightedRow: null, features: null, highlightedFeature: null };
  /** Whether the document is GeoJSON (its features are shown) rather than a table (its points); known at each refresh. */
  private geoJson = false;
  /** What the page draws of the GeoJSON file now: its version and problems, in short. */
  private featuresShown = '';

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
        if (event.textEditor.document.uri.toString() === this.key) this.scheduleCursor(event.textEditor.document, event.selections[0].active);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('opendataLint.map')) this.render();
      }),
      // A GeoJSON file's features carry the problems of its check, which may end after the text was read.
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (this.geoJson && event.uris.some((uri) => uri.toString() === this.key)) this.scheduleRefresh(0);
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
    // The page shows "unavailable" until features are sent again: the next refresh must redraw them, even for
    // a version and problems it drew before.
    if (message.type === 'unavailable') this.featuresShown = '';
    void this.panel.webview.postMessage(message);
  }

  async receive(message: FromMapPage): Promise<void> {
    switch (message?.type) {
      case 'ready':
        // A new page (first load or re-rendered): nothing drawn yet.
        this.reported.ready = null;
        this.reported.highlightedRow = null;
        this.reported.features = null;
        this.reported.highlightedFeature = null;
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
      case 'featuresShown':
        if (Number.isInteger(message.features) && Number.isInteger(message.unreadable)) {
          this.reported.features = { drawn: message.features, unreadable: message.unreadable, categories: { ...message.categories } };
        }
        break;
      case 'highlightedFeature':
        if (message.feature === null || Number.isInteger(message.feature)) this.reported.highlightedFeature = message.feature;
        break;
      case 'revealFeature':
        if (Number.isInteger(message.feature)) await this.revealFeature(message.feature);
        break;
      case 'revealRange':
        if ([message.line, message.character, message.endLine, message.endCharacter].every((n) => Number.isInteger(n) && n >= 0)) {
          const document = await vscode.workspace.openTextDocument(this.documentUri);
          // The document validates the range: a line gone since (the text was edited) is clamped to its end.
          const range = document.validateRange(new vscode.Range(message.line, message.character, message.endLine, message.endCharacter));
          await this.select(document, new vscode.Selection(range.start, range.end));
        }
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

  private scheduleCursor(document: vscode.TextDocument, position: vscode.Position): void {
    clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(() => this.postCursor(document, position), 80);
  }

  /** Tells the page the row (the feature: by offset, a minified file being one line) the cursor is in. */
  private postCursor(document: vscode.TextDocument, position: vscode.Position): void {
    if (this.geoJson) this.post({ type: 'cursorFeature', feature: this.featureSpans.at(document.offsetAt(position)) });
    else this.post({ type: 'cursor', row: this.rowLines.at(position.line) });
  }

  /** Asks the server for the points and sends them to the page; `fit` only matters for the first view. */
  private async refresh(fit: boolean): Promise<void> {
    const generation = ++this.generation;
    try {
      // After a reload the document may not be open yet: opening it lets the client hand it to the server.
      this.geoJson = isGeoJsonDocument(await vscode.workspace.openTextDocument(this.documentUri));
    } catch {
      this.post({ type: 'unavailable', reason: 'closed' });
      return;
    }
    if (!(await this.serverReady())) {
      this.post({ type: 'unavailable', reason: 'no-server' });
      return;
    }
    let shown: boolean;
    try {
      shown = this.geoJson ? await this.refreshFeatures(generation, fit) : await this.refreshPoints(generation, fit);
    } catch (error) {
      this.post({ type: 'unavailable', reason: 'error', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (!shown) return;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.key);
    if (editor) this.postCursor(editor.document, editor.selection.active);
  }

  /** Sends a table's points; false when a newer refresh overtook this one or the document is gone. */
  private async refreshPoints(generation: number, fit: boolean): Promise<boolean> {
    const result = await this.client.sendRequest(MapPointsRequest.type, { uri: this.key });
    if (generation !== this.generation) return false; // a newer refresh is on its way
    if (!result) {
      this.post({ type: 'unavailable', reason: 'closed' });
      return false;
    }
    this.rowLines.update([...result.points, ...result.unreadable].map(({ row, line, endLine }) => ({ key: row, start: line, end: endLine })));
    this.post({ type: 'points', fileName: fileName(this.documentUri), result, fit });
    return true;
  }

  /** Sends a GeoJSON file's features; false when a newer refresh overtook this one or the document is gone. */
  private async refreshFeatures(generation: number, fit: boolean): Promise<boolean> {
    const result = await this.client.sendRequest(MapFeaturesRequest.type, { uri: this.key });
    if (generation !== this.generation) return false;
    if (!result) {
      this.post({ type: 'unavailable', reason: 'closed' });
      return false;
    }
    // Diagnostics change for many reasons (VS Code's own JSON service publishes some): the same version
    // with the same problems is not drawn again.
    const shown = `${result.version}|${result.checked}|${result.otherProblems}|${[...result.features, ...result.unreadable].map((f) => `${f.problemCount}:${f.problems.map((p) => p.message).join('\u0000')}`).join('|')}`;
    if (!fit && shown === this.featuresShown) return true;
    this.featuresShown = shown;
    this.featureSpans.update([...result.features, ...result.unreadable].map(({ feature, start, end }) => ({ key: feature, start, end })));
    this.post({ type: 'features', fileName: fileName(this.documentUri), result, fit });
    return true;
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
    const lines = this.rowLines.span(row);
    if (!lines) return;
    const document = await vscode.workspace.openTextDocument(this.documentUri);
    const endLine = Math.min(lines.end, document.lineCount - 1);
    await this.select(document, new vscode.Selection(lines.start, 0, endLine, document.lineAt(endLine).text.length));
  }

  /** Selects a feature's object, from its `{` to its `}`, in the editor. */
  private async revealFeature(feature: number): Promise<void> {
    const span = this.featureSpans.span(feature);
    if (!span) return;
    const document = await vscode.workspace.openTextDocument(this.documentUri);
    await this.select(document, new vscode.Selection(document.positionAt(span.start), document.positionAt(span.end)));
  }

  private async select(document: vscode.TextDocument, selection: vscode.Selection): Promise<void> {
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

/** "Show on map" at the top of GeoJSON files (read in the editor: the root's `type` is near the start). */
class ShowGeoJsonOnMapLens implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const geoJson = isGeoJsonDocument(document);
    if (document === vscode.window.activeTextEditor?.document) void vscode.commands.executeCommand('setContext', HAS_COORDINATES, geoJson);
    if (!geoJson) return [];
    return [
      new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), {
        title: t('map.lens'),
        tooltip: t('map.lensTooltipGeoJson'),
        command: ClientCommands.showMap,
        arguments: [document.uri],
      }),
    ];
  }
}

/** JSON documents, where GeoJSON files are (VS Code gives `.geojson` the json language). */
const jsonSelector: vscode.DocumentSelector = [{ language: 'json' }, { language: 'jsonc' }, { pattern: '**/*.geojson' }];

/** Sets the title button's context key for the editor now in front (a table asks the server; GeoJSON is read here). */
function lookAtActiveEditor(client: LanguageClient, languages: readonly string[]): void {
  const editor = vscode.window.activeTextEditor;
  if (editor && vscode.languages.match(jsonSelector, editor.document) > 0) void vscode.commands.executeCommand('setContext', HAS_COORDINATES, isGeoJsonDocument(editor.document));
  else if (!editor || !languages.includes(editor.document.languageId)) void vscode.commands.executeCommand('setContext', HAS_COORDINATES, false);
  else void coordinateColumns(client, editor.document).catch(() => undefined);
}

/** Registers the map's commands, code lens and panel serializer. */
export function registerMapPanel(context: vscode.ExtensionContext, client: LanguageClient, languages: readonly string[]): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.showMap, (resource?: vscode.Uri | string) => showMap(context, client, resource)),
    vscode.commands.registerCommand(ClientCommands.swapCoordinates, (uri: string | vscode.Uri, row: number) => swapCoordinates(client, uri, row)),
    vscode.commands.registerCommand(TEST_MESSAGE_COMMAND, async (uri: string | vscode.Uri, message: FromMapPage): Promise<boolean> => {
      const panel = MapPanel.open.get(uri.toString());
      if (!panel) return false;
      await panel.receive(message);
      return true;
    }),
    vscode.commands.registerCommand(TEST_STATE_COMMAND, (uri: string | vscode.Uri): MapPanelTestState | null => {
      const panel = MapPanel.open.get(uri.toString());
      if (!panel) return null;
      const { ready, highlightedRow, features, highlightedFeature } = panel.reported;
      return { ready: ready && { ...ready }, highlightedRow, features: features && { ...features, categories: { ...features.categories } }, highlightedFeature };
    }),
    vscode.languages.registerCodeLensProvider(
      languages.map((language) => ({ language })),
      new ShowOnMapLens(client),
    ),
    vscode.languages.registerCodeLensProvider(jsonSelector, new ShowGeoJsonOnMapLens()),
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
    vscode.window.onDidChangeActiveTextEditor(() => lookAtActiveEditor(client, languages)),
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) lookAtActiveEditor(client, languages);
    }),
  );
}
