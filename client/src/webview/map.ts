// The map page (runs inside the webview): draws the points of a table or the features of a GeoJSON file the
// language server computed, links them both ways to the editor through the extension, and shows the rows
// whose coordinates cannot be read (the features that cannot be drawn).
import 'leaflet/dist/leaflet.css';
import './map.css';
import * as L from 'leaflet';
import type { MapPoint, MapPointsResult } from '../../../server/src/engine/geo/points';
import type { MapFeaturesReply } from '../../../server/src/protocol';
import { featureBounds, FeatureLayer, type DrawnFeature } from './featureLayer';
import { FitControl, Legend } from './legend';
import type { MapPageConfig, MapView, ToMapPage } from './messages';
import { featurePopupContent, popupContent } from './popup';
import { PointLayer, pointBounds } from './pointLayer';
import { categoryOf } from './pointStyle';
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
  private readonly layer: PointLayer<MapPoint>;
  private readonly features: FeatureLayer;
  private featureResult: MapFeaturesReply | undefined;
  private openFeature: number | undefined;
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
    this.showMessage(strings.t(/\.(geo)?json$/i.test(config.fileName) ? 'loadingFeatures' : 'loading'));

    this.layer = new PointLayer(this.map, {
      select: (point) => this.select(point),
      pointLabel: (point) => this.pointLabel(point),
      clusterLabel: (count) => strings.t('cluster.label', { count: strings.count(count) }),
      key: (point) => point.row,
      category: categoryOf,
    });
    this.features = new FeatureLayer(this.map, {
      select: (feature, at) => this.selectFeature(feature, at),
      label: (feature) => this.featureLabel(feature),
      clusterLabel: (count) => strings.t('cluster.label', { count: strings.count(count) }),
    });
    this.unreadable = new UnreadablePanel(
      document.getElementById('odl-side')!,
      strings,
      (row) => this.bridge.post({ type: 'revealRow', row }),
      (feature) => this.bridge.post({ type: 'revealFeature', feature }),
    );
    this.map.on('moveend', () => this.saveState());
    // The side panel appears and the webview is resized: Leaflet must know its new size to place points.
    new ResizeObserver(() => this.map.invalidateSize()).observe(container);
    this.map.on('popupopen', (event: L.PopupEvent) => {
      event.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', strings.t('popup.close'));
    });
    this.map.on('popupclose', () => {
      this.openRow = undefined;
      this.openFeature = undefined;
    });
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
      case 'features':
        this.showFeatures(message.result, message.fit);
        break;
      case 'cursorFeature':
        this.bridge.post({ type: 'highlightedFeature', feature: this.features.highlight(message.feature ?? undefined)?.feature ?? null });
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
    this.fitTo(pointBounds(points), animate);
  }

  /** Fits the view to these bounds (France without any), zooming on a single place. */
  private fitTo(bounds: L.LatLngBounds | undefined, animate: boolean): void {
    const target = bounds ?? franceBounds;
    if (target.getSouthWest().equals(target.getNorthEast())) this.map.setView(target.getCenter(), 15, { animate });
    else this.map.fitBounds(target, { padding: [24, 24], maxZoom: 16, animate });
  }

  private fitAll(): void {
    if (this.featureResult) this.fitFeatures(this.featureResult.features);
    else if (this.result) this.fitBounds(this.result.points);
  }

  private showFeatures(result: MapFeaturesReply, fit: boolean): void {
    const started = performance.now();
    this.featureResult = result;
    const fitNow = fit && !this.hasView;
    this.hasView = true;
    const container = this.map.getContainer();
    container.setAttribute('aria-label', this.strings.t('map.labelFeatures', { file: this.config.fileName }));
    this.unreadable.updateFeatures(result);
    this.map.invalidateSize();
    if (fitNow) this.fitFeatures(result.features, false);
    this.features.setFeatures(result.features, result.vertices);
    this.legend.update(this.features.counts(), null, this.features.clustered, {
      count: result.featureCount,
      drawn: result.features.length,
      simplified: result.simplified,
      otherProblems: result.otherProblems,
      checked: result.checked,
    });
    this.showMessage(result.kind === null ? this.strings.t('noFeatures') : result.featureCount === 0 ? this.strings.t('emptyFeatures') : undefined);
    if (this.openFeature !== undefined) {
      const feature = this.features.feature(this.openFeature);
      if (feature) this.openFeaturePopup(feature, this.features.anchor(feature));
      else this.map.closePopup();
    }
    container.dataset.features = String(result.features.length);
    container.dataset.renderer = this.features.onCanvas ? 'canvas' : 'svg';
    container.dataset.renderMs = (performance.now() - started).toFixed(1);
    // Only the categories drawn: what the extension-host tests read back.
    const categories = Object.fromEntries(Object.entries(this.features.counts()).filter(([, count]) => count > 0));
    this.bridge.post({ type: 'featuresShown', features: result.features.length, unreadable: result.unreadableCount, categories });
  }

  private fitFeatures(features: DrawnFeature[], animate = true): void {
    this.fitTo(featureBounds(features), animate);
  }

  private selectFeature(feature: DrawnFeature, at: L.LatLng): void {
    this.bridge.post({ type: 'revealFeature', feature: feature.feature });
    this.openFeaturePopup(feature, at);
  }

  private openFeaturePopup(feature: DrawnFeature, at: L.LatLng): void {
    this.openFeature = feature.feature;
    const content = featurePopupContent(feature, this.strings, {
      reveal: (index) => this.bridge.post({ type: 'revealFeature', feature: index }),
      revealProblem: ({ line, character, endLine, endCharacter }) => this.bridge.post({ type: 'revealRange', line, character, endLine, endCharacter }),
    });
    const maxWidth = Math.max(160, Math.min(360, this.map.getSize().x - 60));
    L.popup({ maxWidth, autoPanPadding: [12, 12], offset: [0, -4] }).setLatLng(at).setContent(content).openOn(this.map);
  }

  private featureLabel(feature: DrawnFeature): string {
    const number = feature.feature + 1;
    return feature.label ? this.strings.t('feature.labelNamed', { number, name: feature.label.slice(0, 80) }) : this.strings.t('feature.label', { number });
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
    }, this.result?.cogYear);
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
