// What a JSON text is as GeoJSON, read from its root object's `type` with jsonc-parser's scanner (the scan
// stops there: cheap on a 50 MB file, and small enough for the extension's client to read a document's
// start with it for the "Show on map" code lens); and the walk over the root that finds `features`.
import { createScanner, SyntaxKind, type JSONScanner } from 'jsonc-parser';

export type GeoJsonKind = 'feature-collection' | 'feature' | 'geometry';

export const GEOMETRY_TYPES: ReadonlySet<string> = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** Skips the object or array whose opening token the scanner is on; the scanner ends on its closing token. */
function skipContainer(scanner: JSONScanner): void {
  let depth = 0;
  for (let token = scanner.getToken(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) depth++;
    else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
      depth--;
      if (depth === 0) return;
    }
  }
}

/** Skips a value whose first token the scanner is on. */
export function skipValue(scanner: JSONScanner): void {
  const token = scanner.getToken();
  if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) skipContainer(scanner);
}

interface RootShape {
  /** The root object's `type`, when it is a string written before `features` or anywhere at the root. */
  type?: string;
  /** Whether the root is an object. */
  object: boolean;
}

/**
 * Walks the root object: reads its `type`, and calls `onFeatures` with the scanner on the `[` of its
 * `features` array (which must leave the scanner on the matching `]`). Other members are skipped.
 */
export function walkRoot(text: string, onFeatures?: (scanner: JSONScanner) => void, stopAfterType = false): RootShape & { features: boolean } {
  const scanner = createScanner(text, true);
  const shape: RootShape & { features: boolean } = { object: false, features: false };
  if (scanner.scan() !== SyntaxKind.OpenBraceToken) return shape;
  shape.object = true;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF && token !== SyntaxKind.CloseBraceToken; token = scanner.scan()) {
    if (token !== SyntaxKind.StringLiteral) continue; // commas, and what a broken file has in their place
    const key = scanner.getTokenValue();
    if (scanner.scan() !== SyntaxKind.ColonToken) continue;
    const valueToken = scanner.scan();
    if (key === 'type' && valueToken === SyntaxKind.StringLiteral) {
      shape.type = scanner.getTokenValue();
      if (stopAfterType) return shape;
    } else if (key === 'features' && valueToken === SyntaxKind.OpenBracketToken) {
      shape.features = true;
      if (onFeatures) onFeatures(scanner);
      else skipContainer(scanner);
    } else skipValue(scanner);
  }
  return shape;
}

/** What a text holds, read from its root's `type` (cheap: the scan stops at it); null when not GeoJSON. */
export function sniffGeoJson(text: string): GeoJsonKind | null {
  const shape = walkRoot(text, undefined, true);
  if (shape.type === 'FeatureCollection') return 'feature-collection';
  if (shape.type === 'Feature') return 'feature';
  if (shape.type !== undefined && GEOMETRY_TYPES.has(shape.type)) return 'geometry';
  return null;
}
