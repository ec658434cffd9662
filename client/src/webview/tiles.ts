// The background map: tiles from the configured URL, and a notice when there are none (no URL set, or no
// network) so the user knows why the points sit on a plain background.
import * as L from 'leaflet';
import type { MapPageConfig } from './messages';
import type { MapStrings } from './strings';

function attributionHtml(config: MapPageConfig): string {
  // The attribution is plain text from the settings: escape it before Leaflet writes it as HTML.
  const text = config.tileAttribution.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  if (!/^https:\/\/[^\s"<>]+$/.test(config.tileAttributionUrl)) return text;
  return `<a href="${config.tileAttributionUrl}">${text}</a>`;
}

export function addTiles(map: L.Map, config: MapPageConfig, strings: MapStrings, notice: HTMLElement): void {
  const show = (text: string | undefined) => {
    notice.textContent = text ?? '';
    notice.hidden = text === undefined;
    document.body.classList.toggle('odl-no-tiles', text !== undefined);
  };
  if (config.tileUrl === '') {
    show(strings.t('tiles.none'));
    return;
  }
  const layer = L.tileLayer(config.tileUrl, {
    subdomains: config.tileSubdomains.length > 0 ? config.tileSubdomains : ['a', 'b', 'c'],
    maxZoom: 19,
    attribution: attributionHtml(config),
    // Tiles are images from the tile host only; no credentials are sent along.
    crossOrigin: false,
  });
  let loaded = 0;
  layer.on('tileload', () => {
    loaded++;
    show(undefined);
  });
  layer.on('tileerror', () => {
    if (loaded === 0) show(strings.t('tiles.unavailable'));
  });
  layer.addTo(map);
}
