// Builds the map page's HTML: a strict Content Security Policy (scripts by nonce only, images from the
// configured tile host only), the bundled script and stylesheet, and the start-up configuration as inert
// JSON. Pure (no vscode): the panel uses it, and so do the page tests in Chromium.
import type { MapPageConfig } from './messages';

export interface MapPageResources {
  /** The webview's own resource origin (webview.cspSource). */
  cspSource: string;
  /** A fresh random value per page load. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
}

/** The default tiles: OpenStreetMap's standard layer (https://operations.osmfoundation.org/policies/tiles/). */
export const defaultTileUrl = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const defaultTileAttribution = '© OpenStreetMap contributors';
export const openStreetMapCopyrightUrl = 'https://www.openstreetmap.org/copyright';

/**
 * The origins the tile URL template loads from ({s} expanded to each subdomain), or none when the template
 * is not an http(s) URL with {z}, {x} and {y}. These, and nothing else, are allowed as image sources.
 */
export function tileOrigins(tileUrl: string, subdomains: readonly string[]): string[] {
  if (!/\{z\}/.test(tileUrl) || !/\{x\}/.test(tileUrl) || !/\{-?y\}/.test(tileUrl)) return [];
  const concrete = tileUrl.includes('{s}') ? subdomains.map((sub) => tileUrl.replace(/\{s\}/g, sub)) : [tileUrl];
  const origins = new Set<string>();
  for (const candidate of concrete) {
    let url: URL;
    try {
      url = new URL(candidate.replace(/\{[^}]*\}/g, '0'));
    } catch {
      return [];
    }
    // A CSP source must not be loosened by a template: only plain http(s) origins, no wildcard, no credentials.
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || /[*\s;,']/.test(url.host)) return [];
    origins.add(url.origin);
  }
  return [...origins];
}

export function contentSecurityPolicy(resources: Pick<MapPageResources, 'cspSource' | 'nonce'>, tiles: readonly string[]): string {
  return [
    "default-src 'none'",
    // data: is for Leaflet's own control images, inlined into the stylesheet by the bundler.
    `img-src data: ${tiles.join(' ')}`.trim(),
    `style-src ${resources.cspSource}`,
    `font-src ${resources.cspSource}`,
    `script-src 'nonce-${resources.nonce}'`,
  ].join('; ');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that cannot close its <script> element nor open a comment. */
function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function mapPageHtml(resources: MapPageResources, config: MapPageConfig): string {
  const tiles = tileOrigins(config.tileUrl, config.tileSubdomains);
  const usable: MapPageConfig = tiles.length > 0 ? config : { ...config, tileUrl: '' };
  const title = config.locale === 'fr' ? `Carte — ${config.fileName}` : `Map — ${config.fileName}`;
  return `<!DOCTYPE html>
<html lang="${config.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(resources, tiles))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(resources.styleUri)}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<div id="odl-app">
<div id="odl-map"></div>
<aside id="odl-side" hidden></aside>
</div>
<div id="odl-notice" role="status" aria-live="polite" hidden></div>
<script type="application/json" id="odl-config">${inertJson(usable)}</script>
<script nonce="${escapeHtml(resources.nonce)}" src="${escapeHtml(resources.scriptUri)}"></script>
</body>
</html>
`;
}
