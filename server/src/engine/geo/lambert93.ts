// Lambert-93 (EPSG:2154, the French official projection) to WGS84 degrees with proj4, and how to spot it.
import proj4 from 'proj4';

/**
 * EPSG:2154 — RGF93 v1 / Lambert-93: conic conformal, standard parallels 44° and 49°, origin 46.5°N 3°E,
 * false easting 700 000 m, false northing 6 600 000 m, GRS80. RGF93 and WGS84 agree to a few centimetres,
 * hence the null datum shift. Defined here so that nothing depends on a projection database.
 */
const lambert93Definition =
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

let converter: proj4.Converter | undefined;

function lambert93(): proj4.Converter {
  converter ??= proj4(lambert93Definition, 'WGS84');
  return converter;
}

/** Converts Lambert-93 metres (x = easting, y = northing) to WGS84 latitude and longitude in degrees. */
export function lambert93ToWgs84(x: number, y: number): { lat: number; lon: number } {
  const [lon, lat] = lambert93().forward([x, y]);
  return { lat, lon };
}

/** Converts WGS84 degrees to Lambert-93 metres (used by tests and to explain a detection). */
export function wgs84ToLambert93(lat: number, lon: number): { x: number; y: number } {
  const [x, y] = lambert93().inverse([lon, lat]);
  return { x, y };
}

/**
 * The extent of Lambert-93 coordinates over metropolitan France and Corsica, with a margin: x (easting) from
 * about 100 km (Finistère ≈ 140 km) to 1 300 km (Corsica ≈ 1 240 km), y (northing) from 6 000 km (south of
 * Corsica ≈ 6 040 km) to 7 200 km (Dunkirk ≈ 7 110 km).
 */
export const lambert93Extent = { minX: 100_000, maxX: 1_300_000, minY: 6_000_000, maxY: 7_200_000 } as const;

export function isLambert93Easting(value: number): boolean {
  return value >= lambert93Extent.minX && value <= lambert93Extent.maxX;
}

export function isLambert93Northing(value: number): boolean {
  return value >= lambert93Extent.minY && value <= lambert93Extent.maxY;
}

/** 'xy' when (a, b) is a Lambert-93 easting then northing, 'yx' when written the other way round. */
export function lambert93Order(a: number, b: number): 'xy' | 'yx' | undefined {
  if (isLambert93Easting(a) && isLambert93Northing(b)) return 'xy';
  if (isLambert93Northing(a) && isLambert93Easting(b)) return 'yx';
  return undefined;
}
