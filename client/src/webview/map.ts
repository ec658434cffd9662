// The map page (runs inside the webview): draws the points the language server computed, links them both
// ways to the editor through the extension, and shows the rows whose coordinates cannot be read.
import 'leaflet/dist/leaflet.css';
import './map.css';
import * as L from 'leaflet';
import type { MapPoint, MapPointsResult } from '../../../server/src/engine/geo/points';
import { FitControl, Legend } from './legend';
import type { MapPageConfig, MapView, ToMapPage } from './messages';
import { popupContent } from './popup';
import { PointLayer, pointBounds } from './pointLayer';
import { MapStrings } from './strings';
import { addTiles } from './tiles';
import { UnreadablePanel } from './unreadablePanel';
import { ExtensionBridge } from './vscodeApi';

/** Metropolitan France, the view before any point arrives. */
const franceBounds = L.latLngBounds([41.3, -5.3], [51.2, 9.7]);

function readConfig(): MapPageConfig {
  const element = document.getElementById('odl-config');
  return JSON.parse(element?.textContent ?? '{}') as MapPageConfig;
}

function isMessage(data: unknown): data is ToMapPage {
  return typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string';
}

class MapPage {
  private readonly bridge = new ExtensionBridge();
  private readonly strings: MapStrings;
  private readonly map: L.Map;
  private readonly layer: PointLayer;
  private readonly legend: Legend;
  private readonly unreadable: UnreadablePanel;
  private readonly message: HTMLElement;
  private result: MapPointsResult | undefined;
  private hasView: boolean;
  private openRow: number | undefined;

  constructor(private readonly config: MapPageConfig) {
    const strings = (this.strings = new MapStrings(config.locale));
    document.documentElement.lang = config.locale;
    const container = document.getElementById('odl-map')!;
    container.setAttribute('aria-label', strings.t('map.label', { file: config.fileName }));
    container.setAttribute('role', 'region');
    this.map = L.map(container, { zoomControl: false, maxZoom: 19, worldCopyJump: false, keyboard: true });
    L.control.zoom({ zoomInTitle: strings.t('zoom.in'), zoomOutTitle: strings.t('zoom.out') }).addTo(this.map);
    new FitControl(strings, () => this.fitAll()).addTo(this.map);
    L.control.scale({ imperial: false, position: 'bottomright' }).addTo(this.map);
    // A small panel keeps its map for the points: the legend starts folded there.
    this.legend = new Legend(strings, container.clientWidth >= 560 && container.clientHeight >= 420);
    this.legend.addTo(this.map);
    addTiles(this.map, config, strings, document.getElementById('odl-notice')!);

    const view = this.bridge.state()?.view ?? config.view;
    this.hasView = view !== undefined;
    if (view) this.map.setView([view.lat, view.lon], view.zoom);
    else this.map.fitBounds(franceBounds);

    this.message = document.createElement('div');
    this.message.className = 'odl-message';
    this.message.setAttribute('role', 'status');
    container.appendChild(this.message);
    this.showMessage(strings.t('loading'));

    this.layer = new PointLayer(this.map, {
      select: (point) => this.select(point),
      pointLabel: (point) => this.pointLabel(point),
      clusterLabel: (count) => strings.t('cluster.label', { count: strings.count(count) }),
    });
    this.unreadable = new UnreadablePanel(document.getElementById('odl-side')!, strings, (row) => this.bridge.post({ type: 'revealRow', row }));
    this.map.on('moveend', () => this.saveState());
    // The side panel appears and the webview is resized: Leaflet must know its new size to place points.
    new ResizeObserver(() => this.map.invalidateSize()).observe(container);
    this.map.on('popupopen', (event: L.PopupEvent) => {
      event.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', strings.t('popup.close'));
    });
    this.map.on('popupclose', () => (this.openRow = undefined));
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (isMessage(event.data)) this.receive(event.data);
    });
    this.saveState();
    this.bridge.post({ type: 'ready' });
  }

  private receive(message: ToMapPage): void {
    switch (message.type) {
      case 'points':
        this.showPoints(message.result, message.fit);
        break;
      case 'cursor':
        this.bridge.post({ type: 'highlighted', row: this.layer.highlight(message.row ?? undefined)?.row ?? null });
        break;
      case 'unavailable':
        this.showMessage(this.strings.t(`unavailable.${message.reason}`, { detail: message.detail ?? '' }));
        break;
    }
  }

  private showPoints(result: MapPointsResult, fit: boolean): void {
    const started = performance.now();
    this.result = result;
    // Fit on first load (unless a view was restored) or when asked; while the user types, keep the view.
    const fitNow = fit && !this.hasView;
    this.hasView = true;
    // The side panel first: it narrows the map, and the fit must be computed on the final size.
    this.unreadable.update(result);
    this.map.invalidateSize();
    if (fitNow) this.fitBounds(result.points, false);
    this.layer.setPoints(result.points);
    this.legend.update(this.layer.counts(), result.columns, this.layer.clustered);
    this.showMessage(result.columns ? undefined : this.strings.t('noColumns'));
    if (this.openRow !== undefined) {
      const point = this.layer.point(this.openRow);
      if (point) this.openPopup(point);
      else this.map.closePopup();
    }
    const container = this.map.getContainer();
    container.dataset.points = String(result.points.length);
    container.dataset.renderMs = (performance.now() - started).toFixed(1);
    this.bridge.post({ type: 'pointsShown', points: result.points.length });
  }

  private fitBounds(points: MapPoint[], animate = true): void {
    const target = pointBounds(points) ?? franceBounds;
    if (target.getSouthWest().equals(target.getNorthEast())) this.map.setView(target.getCenter(), 15, { animate });
    else this.map.fitBounds(target, { padding: [24, 24], maxZoom: 16, animate });
  }

  private fitAll(): void {
    if (this.result) this.fitBounds(this.result.points);
  }

  private select(point: MapPoint): void {
    this.bridge.post({ type: 'revealRow', row: point.row });
    this.openPopup(point);
  }

  private openPopup(point: MapPoint): void {
    this.openRow = point.row;
    const content = popupContent(point, this.result?.fieldLabels ?? [], this.strings, {
      reveal: (row) => this.bridge.post({ type: 'revealRow', row }),
      swap: (row) => this.bridge.post({ type: 'swapCoordinates', row }),
    });
    // Never wider than the map, or its left part would be out of reach.
    const maxWidth = Math.max(160, Math.min(360, this.map.getSize().x - 60));
    L.popup({ maxWidth, autoPanPadding: [12, 12], offset: [0, -4] }).setLatLng([point.lat, point.lon]).setContent(content).openOn(this.map);
  }

  private pointLabel(point: MapPoint): string {
    const name = point.fields.find((value) => value !== '');
    return name ? this.strings.t('point.labelNamed', { row: point.row, name: name.slice(0, 80) }) : this.strings.t('point.label', { row: point.row });
  }

  private showMessage(text: string | undefined): void {
    this.message.textContent = text ?? '';
    this.message.hidden = text === undefined;
  }

  private saveState(): void {
    const center = this.map.getCenter();
    const view: MapView = { lat: center.lat, lon: center.lng, zoom: this.map.getZoom() };
    this.bridge.saveState({ documentUri: this.config.documentUri, view: this.hasView ? view : undefined });
  }
}

new MapPage(readConfig());
