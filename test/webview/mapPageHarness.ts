// Loads the built map page (dist/webview) alone in headless Chromium, as a webview would show it: a stand-in
// acquireVsCodeApi records what the page posts, every request is intercepted (page files from a fake webview
// origin, tiles answered with a local PNG or refused), and dialogs and CSP violations are recorded.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FromMapPage, MapPageConfig, MapPageState, ToMapPage } from '../../client/src/webview/messages';
import { mapPageHtml } from '../../client/src/webview/page';
import chromiumArgsJson from '../../scripts/chromium-args.json';

const root = path.resolve(__dirname, '..', '..');
export const webviewDist = path.join(root, 'dist', 'webview');
export const outputDir = path.join(root, 'test-output', 'webview');
const tilePng = readFileSync(path.join(root, 'test', 'fixtures', 'map', 'tile.png'));

/** The page's own origin, standing in for VS Code's webview resource origin (webview.cspSource). */
export const pageOrigin = 'https://webview.test';
export const testTileUrl = 'https://tiles.example.test/{z}/{x}/{y}.png';

/** Headless, no sandbox (root in CI), no GPU, no background traffic: shared with the extension-host runner. */
export const chromiumArgs: string[] = chromiumArgsJson;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
}

/** A few of the colour variables VS Code sets on a webview's <html> for its built-in themes. */
const themeVariables: Record<string, Record<string, string>> = {
  'vscode-light': {},
  'vscode-dark': {
    '--vscode-editor-background': '#1f1f1f',
    '--vscode-editor-foreground': '#cccccc',
    '--vscode-foreground': '#cccccc',
    '--vscode-editorWidget-background': '#202020',
    '--vscode-editorWidget-foreground': '#cccccc',
    '--vscode-editorWidget-border': '#454545',
    '--vscode-sideBar-background': '#181818',
    '--vscode-sideBar-foreground': '#cccccc',
    '--vscode-focusBorder': '#0078d4',
    '--vscode-button-background': '#0078d4',
    '--vscode-button-foreground': '#ffffff',
    '--vscode-button-secondaryBackground': '#313131',
    '--vscode-button-secondaryForeground': '#cccccc',
    '--vscode-textLink-foreground': '#4daafc',
    '--vscode-toolbar-hoverBackground': '#5a5d5e50',
  },
  'vscode-high-contrast': {
    '--vscode-editor-background': '#000000',
    '--vscode-editor-foreground': '#ffffff',
    '--vscode-foreground': '#ffffff',
    '--vscode-editorWidget-background': '#0c141f',
    '--vscode-editorWidget-foreground': '#ffffff',
    '--vscode-contrastBorder': '#6fc3df',
    '--vscode-focusBorder': '#f38518',
    '--vscode-sideBar-background': '#000000',
    '--vscode-button-background': '#000000',
    '--vscode-button-border': '#6fc3df',
    '--vscode-textLink-foreground': '#21a6ff',
  },
};

export interface OpenOptions {
  config?: Partial<MapPageConfig>;
  /** 'png': tiles answered with a local image; 'offline': tile requests fail as without network. */
  tiles?: 'png' | 'offline';
  /** The state a previous session saved (what the panel serializer hands back). */
  state?: MapPageState;
  /** VS Code's theme class on body (vscode-light, vscode-dark, vscode-high-contrast). */
  theme?: string;
  viewport?: { width: number; height: number };
}

export class MapPageHarness {
  /** Every URL the page asked for, in order. */
  readonly requests: string[] = [];
  /** Requests to anything but the page's own files and the configured tile host. */
  readonly foreignRequests: string[] = [];
  readonly dialogs: string[] = [];
  readonly pageErrors: string[] = [];
  readonly config: MapPageConfig;

  private constructor(readonly context: BrowserContext, readonly page: Page, config: MapPageConfig) {
    this.config = config;
  }

  static async open(browser: Browser, options: OpenOptions = {}): Promise<MapPageHarness> {
    if (!existsSync(path.join(webviewDist, 'map.js'))) throw new Error(`${webviewDist}/map.js is missing: run \`npm run build\` first`);
    const config: MapPageConfig = {
      locale: 'en',
      documentUri: 'file:///work/communes.csv',
      fileName: 'communes.csv',
      tileUrl: testTileUrl,
      tileSubdomains: [],
      tileAttribution: '© Test tiles',
      tileAttributionUrl: '',
      ...options.config,
    };
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1000, height: 700 } });
    const page = await context.newPage();
    const harness = new MapPageHarness(context, page, config);
    const tileHost = new URL(testTileUrl.replace(/\{[^}]*\}/g, '0')).origin;
    const html = mapPageHtml(
      { cspSource: pageOrigin, nonce: 'dGVzdC1ub25jZS0xMjM0NTY3OA', scriptUri: `${pageOrigin}/map.js`, styleUri: `${pageOrigin}/map.css` },
      config,
    );
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      harness.requests.push(url);
      if (url === `${pageOrigin}/index.html`) return route.fulfill({ contentType: 'text/html', body: html });
      if (url === `${pageOrigin}/map.js`) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(path.join(webviewDist, 'map.js')) });
      if (url === `${pageOrigin}/map.css`) return route.fulfill({ contentType: 'text/css', body: readFileSync(path.join(webviewDist, 'map.css')) });
      if (url.startsWith(`${tileHost}/`)) {
        if (options.tiles === 'offline') return route.abort('internetdisconnected');
        return route.fulfill({ contentType: 'image/png', body: tilePng });
      }
      // The browser's own favicon probe, which a VS Code webview does not make: not the page's doing.
      if (url === `${pageOrigin}/favicon.ico`) return route.fulfill({ status: 404, body: '' });
      harness.foreignRequests.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('dialog', (dialog) => {
      harness.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => harness.pageErrors.push(error.message));
    await page.addInitScript((state) => {
      // The stand-in for VS Code's acquireVsCodeApi: records posted messages and the saved state.
      const w = window as unknown as { __posted: unknown[]; __state: unknown; __cspViolations: string[]; acquireVsCodeApi: () => unknown };
      w.__posted = [];
      w.__state = state;
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => w.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
      w.acquireVsCodeApi = () => ({
        postMessage: (message: unknown) => w.__posted.push(message),
        getState: () => w.__state,
        setState: (next: unknown) => (w.__state = next),
      });
    }, options.state);
    await page.goto(`${pageOrigin}/index.html`);
    if (options.theme) {
      await page.evaluate(
        ({ theme, variables }) => {
          document.body.classList.add(theme);
          for (const [name, value] of Object.entries(variables)) document.documentElement.style.setProperty(name, value);
        },
        { theme: options.theme, variables: themeVariables[options.theme] ?? {} },
      );
    }
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
    return harness;
  }

  async send(message: ToMapPage): Promise<void> {
    await this.page.evaluate((data) => window.postMessage(data, '*'), message);
  }

  /** Sends points and waits until the page has drawn them. */
  async sendPoints(message: Extract<ToMapPage, { type: 'points' }>): Promise<void> {
    await this.page.evaluate(() => delete document.getElementById('odl-map')!.dataset.points);
    await this.send(message);
    await this.page.waitForFunction((count) => document.getElementById('odl-map')!.dataset.points === String(count), message.result.points.length);
  }

  /** Sends a GeoJSON file's features and waits until the page has drawn them. */
  async sendFeatures(message: Extract<ToMapPage, { type: 'features' }>): Promise<void> {
    await this.page.evaluate(() => delete document.getElementById('odl-map')!.dataset.features);
    await this.send(message);
    await this.page.waitForFunction((count) => document.getElementById('odl-map')!.dataset.features === String(count), message.result.features.length);
  }

  async posted(): Promise<FromMapPage[]> {
    return this.page.evaluate(() => (window as unknown as { __posted: FromMapPage[] }).__posted);
  }

  async savedState(): Promise<MapPageState | undefined> {
    return this.page.evaluate(() => (window as unknown as { __state: MapPageState | undefined }).__state);
  }

  async cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(outputDir, { recursive: true });
    const file = path.join(outputDir, name);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/**
 * One Chromium for a mocha suite, and each test's page closed after it (or when the test opens another):
 * call in a `describe`, then `const harness = await pages.open(options)` in each test.
 */
export function mapPageSuite(): { open(options?: OpenOptions): Promise<MapPageHarness> } {
  let browser: Browser;
  let harness: MapPageHarness | undefined;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });
  return {
    async open(options) {
      // A test opening a second page (another theme, a restored state) is done with the first.
      await harness?.close();
      harness = await MapPageHarness.open(browser, options);
      return harness;
    },
  };
}
