// Where France is: bounding boxes of metropolitan France and of each overseas territory, to tell a
// plausible WGS84 point from one that is swapped, truncated or in the sea.
//
// Boxes are the territories' extents from the IGN's ADMIN EXPRESS / Natural Earth outlines, rounded
// outwards by about 0.1° (≈ 10 km) so that coastal points and small islands are inside.

export interface Territory {
  id: string;
  name: { fr: string; en: string };
  south: number;
  west: number;
  north: number;
  east: number;
}

export const territories: readonly Territory[] = [
  { id: 'metropole', name: { fr: 'France métropolitaine', en: 'Metropolitan France' }, south: 41.3, west: -5.3, north: 51.2, east: 9.7 },
  { id: 'guadeloupe', name: { fr: 'Guadeloupe', en: 'Guadeloupe' }, south: 15.8, west: -61.9, north: 16.6, east: -60.9 },
  { id: 'martinique', name: { fr: 'Martinique', en: 'Martinique' }, south: 14.35, west: -61.3, north: 14.95, east: -60.75 },
  { id: 'guyane', name: { fr: 'Guyane', en: 'French Guiana' }, south: 2.05, west: -54.7, north: 5.9, east: -51.5 },
  { id: 'reunion', name: { fr: 'La Réunion', en: 'Réunion' }, south: -21.45, west: 55.15, north: -20.8, east: 55.9 },
  { id: 'mayotte', name: { fr: 'Mayotte', en: 'Mayotte' }, south: -13.1, west: 44.9, north: -12.55, east: 45.35 },
  { id: 'saint-pierre-et-miquelon', name: { fr: 'Saint-Pierre-et-Miquelon', en: 'Saint Pierre and Miquelon' }, south: 46.7, west: -56.5, north: 47.2, east: -56.05 },
  { id: 'saint-barthelemy', name: { fr: 'Saint-Barthélemy', en: 'Saint Barthélemy' }, south: 17.85, west: -62.95, north: 17.98, east: -62.77 },
  { id: 'saint-martin', name: { fr: 'Saint-Martin', en: 'Saint Martin' }, south: 18.02, west: -63.17, north: 18.14, east: -62.95 },
  { id: 'wallis-et-futuna', name: { fr: 'Wallis-et-Futuna', en: 'Wallis and Futuna' }, south: -14.45, west: -178.25, north: -13.15, east: -176.05 },
  { id: 'polynesie', name: { fr: 'Polynésie française', en: 'French Polynesia' }, south: -27.75, west: -154.8, north: -7.8, east: -134.4 },
  { id: 'nouvelle-caledonie', name: { fr: 'Nouvelle-Calédonie', en: 'New Caledonia' }, south: -22.9, west: 158.2, north: -18.9, east: 168.2 },
  { id: 'taaf', name: { fr: 'Terres australes et antarctiques françaises', en: 'French Southern Lands' }, south: -50.1, west: 39.6, north: -11.4, east: 77.7 },
  { id: 'clipperton', name: { fr: 'Clipperton', en: 'Clipperton' }, south: 10.25, west: -109.26, north: 10.34, east: -109.18 },
];

/** The territory containing a WGS84 point, or undefined outside every French territory. */
export function franceTerritoryOf(lat: number, lon: number): Territory | undefined {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  for (const t of territories) {
    if (lat >= t.south && lat <= t.north && lon >= t.west && lon <= t.east) return t;
  }
  return undefined;
}

export function isInFrance(lat: number, lon: number): boolean {
  return franceTerritoryOf(lat, lon) !== undefined;
}

export function isInMetropolitanFrance(lat: number, lon: number): boolean {
  return franceTerritoryOf(lat, lon)?.id === 'metropole';
}

/** True when the point is outside France but its swap (lat↔lon) is inside: the classic inversion. */
export function looksSwapped(lat: number, lon: number): boolean {
  return !isInFrance(lat, lon) && isInFrance(lon, lat);
}

/** A latitude/longitude box, as the territories use. */
export interface Box {
  south: number;
  west: number;
  north: number;
  east: number;
}

/**
 * Islands of the territories whose box is mostly sea and, for the TAAF, also covers Madagascar and the
 * Mozambique Channel. Extents of each island group rounded outwards by about 0.1°: Kerguelen, Crozet,
 * Amsterdam and Saint-Paul, and the Îles Éparses (Europa, Bassas da India, Juan de Nova, Glorieuses, Tromelin).
 */
export const territoryParts: Readonly<Record<string, readonly Box[]>> = {
  taaf: [
    { south: -50.1, west: 68.4, north: -48.4, east: 70.7 },
    { south: -46.6, west: 50.1, north: -45.9, east: 52.4 },
    { south: -38.8, west: 77.4, north: -37.7, east: 77.7 },
    { south: -22.5, west: 40.2, north: -22.2, east: 40.5 },
    { south: -21.6, west: 39.6, north: -21.4, east: 39.8 },
    { south: -17.2, west: 42.6, north: -16.9, east: 42.85 },
    { south: -11.7, west: 47.2, north: -11.4, east: 47.5 },
    { south: -15.95, west: 54.45, north: -15.8, east: 54.6 },
  ],
};

const inBox = (lat: number, lon: number, box: Box) => lat >= box.south && lat <= box.north && lon >= box.west && lon <= box.east;

/**
 * Like franceTerritoryOf, but where a territory lists its islands (territoryParts) the point must be on one
 * of them. Used to decide swaps and repairs, where a point in Madagascar must not count as French.
 */
export function franceTerritoryOfPrecise(lat: number, lon: number): Territory | undefined {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  for (const t of territories) {
    if (!inBox(lat, lon, t)) continue;
    const parts = territoryParts[t.id];
    if (!parts || parts.some((part) => inBox(lat, lon, part))) return t;
  }
  return undefined;
}
