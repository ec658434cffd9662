// Draws the features of a GeoJSON file: lines and areas as Leaflet paths coloured (and dashed, for people
// who do not tell the colours apart) by their worst problem, points through the point layer so they keep
// their clustering. Paths are SVG elements, focusable and named, up to a few thousand features or vertices;
// above that one canvas draws them all (thousands of SVG paths make every pan stutter).
import * as L from 'leaflet';
import type { FeatureGeometry, Position } from '../../../server/src/engine/geo/geoJsonFeatures';
import type { MapFeaturesReply } from '../../../server/src/protocol';
import { emptyCounts, PointLayer } from './pointLayer';
import { featureCategoryOf, type PointCategory } from './pointStyle';

export type DrawnFeature = MapFeaturesReply['features'][number];

/** A position of a Point or MultiPoint feature, for the point layer. */
interface FeaturePoint {
  lat: number;
  lon: number;
  feature: DrawnFeature;
}

export interface FeatureLayerEvents {
  /** A feature was clicked or activated with the keyboard, at this place. */
  select(feature: DrawnFeature, at: L.LatLng): void;
  /** The accessible name of a feature. */
  label(feature: DrawnFeature): string;
  clusterLabel(count: number): string;
}

/** Above this many features or drawn vertices, paths go to one canvas instead of SVG elements. */
const SVG_FEATURES = 1_500;
const SVG_VERTICES = 60_000;

const latLng = ([lon, lat]: Position): L.LatLngTuple => [lat, lon];

/** The lines and the areas of a geometry, as Leaflet lat/lng arrays; its points apart. */
function partsOf(geometry: FeatureGeometry, parts: { lines: L.LatLngTuple[][]; areas: L.LatLngTuple[][][]; points: Position[] }): void {
  switch (geometry.type) {
    case 'Point':
      parts.points.push(geometry.coordinates);
      break;
    case 'MultiPoint':
      parts.points.push(...geometry.coordinates);
      break;
    case 'LineString':
      parts.lines.push(geometry.coordinates.map(latLng));
      break;
    case 'MultiLineString':
      for (const line of geometry.coordinates) parts.lines.push(line.map(latLng));
      break;
    case 'Polygon':
      parts.areas.push(geometry.coordinates.map((ring) => ring.map(latLng)));
      break;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) parts.areas.push(polygon.map((ring) => ring.map(latLng)));
      break;
    case 'GeometryCollection':
      for (const member of geometry.geometries) partsOf(member, parts);
      break;
  }
}

/** The colours of the categories, from the page's CSS variables (the canvas renderer ignores class names). */
function palette(container: HTMLElement): Record<PointCategory, string> {
  const style = getComputedStyle(container);
  const colour = (category: PointCategory) => style.getPropertyValue(`--odl-${category}`).trim() || '#1f6fd1';
  return { ok: colour('ok'), error: colour('error'), warning: colour('warning'), outside: colour('outside'), swapped: colour('swapped'), duplicate: colour('duplicate') };
}

const dashes: Partial<Record<PointCategory, string>> = { outside: '8 5', swapped: '2 5' };

export class FeatureLayer {
  private readonly group = L.layerGroup();
  private readonly points: PointLayer<FeaturePoint>;
  private byFeature = new Map<number, DrawnFeature>();
  private paths = new Map<number, L.Path[]>();
  private tally = emptyCounts();
  private highlighted: number | undefined;
  private svg: L.Renderer | undefined;
  private canvas: L.Renderer | undefined;

  constructor(private readonly map: L.Map, private readonly events: FeatureLayerEvents) {
    this.group.addTo(map);
    this.points = new PointLayer<FeaturePoint>(
      map,
      {
        select: (point) => events.select(point.feature, L.latLng(point.lat, point.lon)),
        pointLabel: (point) => events.label(point.feature),
        clusterLabel: (count) => events.clusterLabel(count),
        key: (point) => point.feature.feature,
        category: (point) => featureCategoryOf(point.feature),
      },
      'feature',
    );
  }

  get clustered(): boolean {
    return this.points.clustered;
  }

  /** Features drawn per category. */
  counts(): Readonly<Record<PointCategory, number>> {
    return this.tally;
  }

  feature(index: number): DrawnFeature | undefined {
    return this.byFeature.get(index);
  }

  private heavy = false;

  /** Whether paths are drawn on a canvas (big files) rather than as SVG elements. */
  get onCanvas(): boolean {
    return this.heavy;
  }

  private renderer(): L.Renderer {
    if (this.heavy) return (this.canvas ??= L.canvas({ padding: 0.5, tolerance: 4 }));
    return (this.svg ??= L.svg({ padding: 0.5 }));
  }

  setFeatures(features: DrawnFeature[], vertices: number): void {
    this.group.clearLayers();
    this.paths.clear();
    this.byFeature = new Map(features.map((feature) => [feature.feature, feature]));
    this.tally = emptyCounts();
    this.heavy = features.length > SVG_FEATURES || vertices > SVG_VERTICES;
    const colours = palette(this.map.getContainer());
    const points: FeaturePoint[] = [];
    for (const feature of features) {
      const category = featureCategoryOf(feature);
      this.tally[category]++;
      const parts = { lines: [] as L.LatLngTuple[][], areas: [] as L.LatLngTuple[][][], points: [] as Position[] };
      partsOf(feature.geometry, parts);
      for (const [lon, lat] of parts.points) points.push({ lat, lon, feature });
      const paths: L.Path[] = [];
      const common: L.PathOptions = {
        renderer: this.renderer(),
        color: colours[category],
        fillColor: colours[category],
        dashArray: dashes[category],
        bubblingMouseEvents: false,
      };
      if (parts.lines.length > 0) paths.push(L.polyline(parts.lines, { ...common, weight: 3, className: `odl-feature odl-feature--line odl-feature--${category}` }));
      if (parts.areas.length > 0) paths.push(L.polygon(parts.areas, { ...common, weight: 2, fillOpacity: 0.25, className: `odl-feature odl-feature--${category}` }));
      for (const path of paths) this.addPath(path, feature);
      if (paths.length > 0) this.paths.set(feature.feature, paths);
    }
    this.points.setPoints(points);
    this.highlight(this.highlighted, false);
  }

  private addPath(path: L.Path, feature: DrawnFeature): void {
    path.on('click', (event: L.LeafletMouseEvent) => this.events.select(feature, event.latlng));
    this.group.addLayer(path);
    const element = path.getElement();
    if (!(element instanceof SVGElement)) return;
    element.dataset.feature = String(feature.feature);
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', this.events.label(feature));
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      this.events.select(feature, this.anchor(feature));
    });
  }

  /** Where a feature's popup points: its first point, else the middle of its bounds. */
  anchor(feature: DrawnFeature): L.LatLng {
    const point = this.points.point(feature.feature);
    return point ? L.latLng(point.lat, point.lon) : featureBounds([feature])!.getCenter();
  }

  /** Marks the feature (thicker and in front, or ringed for a point) and optionally brings it into view. */
  highlight(index: number | undefined, pan = true): DrawnFeature | undefined {
    const previous = this.highlighted === undefined ? undefined : this.paths.get(this.highlighted);
    for (const path of previous ?? []) {
      path.setStyle({ weight: path instanceof L.Polygon ? 2 : 3 });
      path.getElement()?.classList.remove('odl-feature--current');
    }
    this.highlighted = index;
    this.points.highlight(index, false);
    const feature = index === undefined ? undefined : this.byFeature.get(index);
    if (!feature) return undefined;
    for (const path of this.paths.get(feature.feature) ?? []) {
      path.setStyle({ weight: 6 });
      path.bringToFront();
      path.getElement()?.classList.add('odl-feature--current');
    }
    if (pan) {
      const bounds = featureBounds([feature])!;
      // Brought into view without zooming in: the user chose the zoom.
      if (!this.map.getBounds().contains(bounds)) this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: Math.max(this.map.getZoom(), 5) });
    }
    return feature;
  }
}

/** The bounds of the features (from the bbox the server computed), or undefined when there is none. */
export function featureBounds(features: readonly { bbox: [number, number, number, number] }[]): L.LatLngBounds | undefined {
  if (features.length === 0) return undefined;
  let [west, south, east, north] = features[0].bbox;
  for (const { bbox } of features) {
    west = Math.min(west, bbox[0]);
    south = Math.min(south, bbox[1]);
    east = Math.max(east, bbox[2]);
    north = Math.max(north, bbox[3]);
  }
  return L.latLngBounds([south, west], [north, east]);
}
