// The messages between the extension host (mapPanel.ts) and the map page (map.ts), and the page's
// start-up configuration: one typed vocabulary imported by both sides.
import type { MapPointsResult } from '../../../server/src/engine/geo/points';
import type { MapFeaturesReply } from '../../../server/src/protocol';
import type { PointCategory } from './pointStyle';

export type MapLocale = 'en' | 'fr';

/** What the page needs before any point arrives; embedded in the HTML as JSON (see page.ts). */
export interface MapPageConfig {
  locale: MapLocale;
  /** The document shown (a table, or a GeoJSON file), kept in the webview state so a reload finds it again. */
  documentUri: string;
  fileName: string;
  /** Leaflet tile URL template ({s}, {z}, {x}, {y}); empty: no tiles, plain background. */
  tileUrl: string;
  /** Subdomains substituted for {s}. */
  tileSubdomains: string[];
  /** Plain text (never HTML) shown in the attribution control. */
  tileAttribution: string;
  /** Link shown after the attribution (the tile provider's copyright page), or empty. */
  tileAttributionUrl: string;
  /** The view to restore (from a previous session), else the page fits the points. */
  view?: MapView;
}

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

/** What the page keeps with vscode.setState, handed back to the panel serializer after a reload. */
export interface MapPageState {
  documentUri: string;
  view?: MapView;
}

/** Extension → page. */
export type ToMapPage =
  | {
      type: 'points';
      fileName: string;
      result: MapPointsResult;
      /** Fit the view to all points (first load); otherwise the user's view is kept. */
      fit: boolean;
    }
  /** The features of a GeoJSON document, each with its problems. */
  | {
      type: 'features';
      fileName: string;
      result: MapFeaturesReply;
      /** Fit the view to all features (first load); otherwise the user's view is kept. */
      fit: boolean;
    }
  /** The editor's cursor is on this row (Frictionless row number), or on no row with a point. */
  | { type: 'cursor'; row: number | null }
  /** The editor's cursor is inside this feature (0-based index in `features`), or in none drawn or listed. */
  | { type: 'cursorFeature'; feature: number | null }
  /** The points could not be computed (server not ready, document closed). */
  | { type: 'unavailable'; reason: 'no-server' | 'closed' | 'error'; detail?: string };

/** Page → extension. */
export type FromMapPage =
  | { type: 'ready' }
  /** Reveal and select this row in the editor. */
  | { type: 'revealRow'; row: number }
  /** Run opendataLint.swapCoordinates on this row. */
  | { type: 'swapCoordinates'; row: number }
  /** Acknowledges a `points` message: this many points are drawn now. */
  | { type: 'pointsShown'; points: number }
  /** Acknowledges a `cursor` message: the point of this row is highlighted (null: no point is). */
  | { type: 'highlighted'; row: number | null }
  /** Select this range of the text in the editor (a feature's problem, picked in its popup). */
  | { type: 'revealRange'; line: number; character: number; endLine: number; endCharacter: number }
  /** Reveal and select this feature (0-based index) in the editor. */
  | { type: 'revealFeature'; feature: number }
  /** Acknowledges a `features` message: this many features are drawn (so many per category), this many listed as unreadable. */
  | { type: 'featuresShown'; features: number; unreadable: number; categories: Partial<Record<PointCategory, number>> }
  /** Acknowledges a `cursorFeature` message: this feature is highlighted (null: none is). */
  | { type: 'highlightedFeature'; feature: number | null };
