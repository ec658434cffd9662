// Draws the points. Up to a few thousand points, every point is its own focusable marker. Above that,
// points are grouped per category with supercluster and only what the view shows is drawn, so 100 000
// points stay smooth. Problem categories are clustered apart from the fine points, so a swapped point is
// never hidden inside a group of correct ones.
//
// Why clustering and not a canvas renderer (scripts/bench/map.mjs, 97 762 IRVE points, this machine): both
// draw first in about 1 s (clustering 0.8 s, a circleMarker per point on a canvas 1.0 s), but after a pan the
// canvas redraws every point (≈ 420 ms, a visible stutter at each move) where clustering redraws what the view
// shows (≈ 3 ms), and its markers stay focusable DOM elements for the keyboard.
import * as L from 'leaflet';
import Supercluster, { type ClusterFeature } from 'supercluster';
import { pointCategories, shapeElement, type PointCategory } from './pointStyle';

/** Below this many points, no clustering: each point is a marker (a few thousand DOM elements stay fluid). */
export const DIRECT_LIMIT = 2000;
/** Above this zoom, supercluster returns single points (the map itself goes to 19). */
const CLUSTER_MAX_ZOOM = 16;

/** What the layer draws: a place and what it belongs to (a table's row, a GeoJSON feature). */
export interface LocatedItem {
  lat: number;
  lon: number;
}

export interface PointLayerEvents<T extends LocatedItem> {
  /** A point was clicked or activated with the keyboard. */
  select(point: T): void;
  /** The accessible name of a point's marker. */
  pointLabel(point: T): string;
  clusterLabel(count: number): string;
  /** The number the editor knows the point by (a row number, a feature index): highlighted and revealed by it. */
  key(point: T): number;
  category(point: T): PointCategory;
}

/** No point of any category yet. */
export function emptyCounts(): Record<PointCategory, number> {
  return Object.fromEntries(pointCategories.map((category) => [category, 0])) as Record<PointCategory, number>;
}

interface PointProps {
  index: number;
}

export class PointLayer<T extends LocatedItem> {
  private readonly group = L.layerGroup();
  private readonly highlightGroup = L.layerGroup();
  private points: T[] = [];
  private byRow = new Map<number, T>();
  private clusters: Map<PointCategory, Supercluster<PointProps>> | undefined;
  private highlightedRow: number | undefined;
  private tally = emptyCounts();

  /** `keyAttribute`: the data attribute of a marker holding its key (data-row, data-feature). */
  constructor(private readonly map: L.Map, private readonly events: PointLayerEvents<T>, private readonly keyAttribute: 'row' | 'feature' = 'row') {
    this.group.addTo(map);
    this.highlightGroup.addTo(map);
    map.on('moveend', () => {
      if (this.clusters) this.drawClusters();
    });
  }

  get count(): number {
    return this.points.length;
  }

  get clustered(): boolean {
    return this.clusters !== undefined;
  }

  counts(): Readonly<Record<PointCategory, number>> {
    return this.tally;
  }

  point(row: number): T | undefined {
    return this.byRow.get(row);
  }

  setPoints(points: T[]): void {
    this.points = points;
    // The first point of a key is its point (a MultiPoint feature has several).
    this.byRow = new Map();
    for (const point of points) if (!this.byRow.has(this.events.key(point))) this.byRow.set(this.events.key(point), point);
    this.tally = emptyCounts();
    const perCategory = new Map<PointCategory, number[]>(pointCategories.map((category) => [category, []]));
    points.forEach((point, index) => {
      const category = this.events.category(point);
      this.tally[category]++;
      perCategory.get(category)!.push(index);
    });
    this.group.clearLayers();
    if (points.length <= DIRECT_LIMIT) {
      this.clusters = undefined;
      for (const point of points) this.addPointMarker(point);
    } else {
      this.clusters = new Map();
      for (const [category, indexes] of perCategory) {
        if (indexes.length === 0) continue;
        const index = new Supercluster<PointProps>({ radius: 50, maxZoom: CLUSTER_MAX_ZOOM });
        index.load(
          indexes.map((i) => ({ type: 'Feature', properties: { index: i }, geometry: { type: 'Point', coordinates: [points[i].lon, points[i].lat] } })),
        );
        this.clusters.set(category, index);
      }
      this.drawClusters();
    }
    this.highlight(this.highlightedRow, false);
  }

  /** Rings the row's point (drawn above any group) and optionally pans to it; returns the point. */
  highlight(row: number | undefined, pan = true): T | undefined {
    this.highlightedRow = row;
    this.highlightGroup.clearLayers();
    this.map.getContainer().querySelectorAll('.odl-point--current').forEach((element) => element.classList.remove('odl-point--current'));
    const point = row === undefined ? undefined : this.byRow.get(row);
    if (!point) return undefined;
    const ring = L.marker([point.lat, point.lon], {
      icon: L.divIcon({ className: 'odl-highlight', iconSize: [30, 30] }),
      interactive: false,
      keyboard: false,
      zIndexOffset: 10_000,
    });
    this.highlightGroup.addLayer(ring);
    this.map.getContainer().querySelectorAll(`.odl-point[data-${this.keyAttribute}="${row}"]`).forEach((element) => element.classList.add('odl-point--current'));
    if (pan) this.map.panTo([point.lat, point.lon]);
    return point;
  }

  private addPointMarker(point: T): L.Marker {
    const category = this.events.category(point);
    const marker = L.marker([point.lat, point.lon], {
      // Leaflet appends any Element given as html; its typing only names HTMLElement.
      icon: L.divIcon({ className: `odl-point odl-point--${category}`, iconSize: [16, 16], html: shapeElement(category) as Element as HTMLElement }),
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: category === 'ok' ? 0 : 500,
    });
    marker.on('click', () => this.events.select(point));
    this.group.addLayer(marker);
    const element = marker.getElement();
    if (element) {
      onActivate(element, () => this.events.select(point));
      const key = this.events.key(point);
      element.dataset[this.keyAttribute] = String(key);
      element.setAttribute('aria-label', this.events.pointLabel(point));
      if (key === this.highlightedRow) element.classList.add('odl-point--current');
    }
    return marker;
  }

  private addClusterMarker(category: PointCategory, index: Supercluster<PointProps>, feature: ClusterFeature<PointProps>): void {
    const [lon, lat] = feature.geometry.coordinates;
    const count = feature.properties.point_count;
    const label = document.createElement('span');
    label.textContent = feature.properties.point_count_abbreviated.toString();
    const size = count < 100 ? 30 : count < 10_000 ? 38 : 46;
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ className: `odl-cluster odl-cluster--${category}`, iconSize: [size, size], html: label }),
      keyboard: true,
      zIndexOffset: category === 'ok' ? 0 : 500,
    });
    const expand = () => {
      const zoom = Math.min(index.getClusterExpansionZoom(feature.properties.cluster_id), this.map.getMaxZoom());
      this.map.setView([lat, lon], zoom);
    };
    marker.on('click', expand);
    this.group.addLayer(marker);
    const element = marker.getElement();
    if (element) {
      onActivate(element, expand);
      element.dataset.count = String(count);
      element.setAttribute('aria-label', this.events.clusterLabel(count));
    }
  }

  private drawClusters(): void {
    if (!this.clusters) return;
    const started = performance.now();
    const bounds = this.map.getBounds().pad(0.2);
    const box: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    const zoom = Math.round(this.map.getZoom());
    this.group.clearLayers();
    for (const [category, index] of this.clusters) {
      for (const feature of index.getClusters(box, zoom)) {
        if ('cluster' in feature.properties && feature.properties.cluster) {
          this.addClusterMarker(category, index, feature as ClusterFeature<PointProps>);
        } else {
          this.addPointMarker(this.points[(feature.properties as PointProps).index]);
        }
      }
    }
    // Read by scripts/bench/map.mjs: the main-thread cost of a redraw after a move.
    this.map.getContainer().dataset.drawMs = (performance.now() - started).toFixed(1);
  }
}

/** Enter or Space on a focused marker acts like a click (Leaflet only opens a bound popup on Enter). */
function onActivate(element: HTMLElement, action: () => void): void {
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    action();
  });
}

/** The bounds of the points, or undefined when there is none. */
export function pointBounds(points: readonly LocatedItem[]): L.LatLngBounds | undefined {
  if (points.length === 0) return undefined;
  let south = 90;
  let north = -90;
  let west = 180;
  let east = -180;
  for (const { lat, lon } of points) {
    if (lat < south) south = lat;
    if (lat > north) north = lat;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
  }
  return L.latLngBounds([south, west], [north, east]);
}
