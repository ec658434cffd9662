// The map page's own words, in French and English (the page follows the editor's language).
import { fillTemplate } from '../../../server/src/i18n/translate';
import type { MapLocale } from './messages';

const strings = {
  'map.label': { en: 'Map of the points of {file}', fr: 'Carte des points de {file}' },
  'zoom.in': { en: 'Zoom in', fr: 'Zoom avant' },
  'zoom.out': { en: 'Zoom out', fr: 'Zoom arrière' },
  'fit.all': { en: 'Fit all points', fr: 'Voir tous les points' },
  'popup.close': { en: 'Close', fr: 'Fermer' },
  'tiles.unavailable': {
    en: 'Map tiles are unavailable (no network?): the map is drawn on a plain background.',
    fr: 'Fond de carte indisponible (pas de réseau ?) : la carte est dessinée sur un fond uni.',
  },
  'tiles.none': {
    en: 'No tile URL is set (setting opendataLint.map.tileUrl): the map is drawn on a plain background.',
    fr: 'Aucune URL de tuiles n\'est définie (paramètre opendataLint.map.tileUrl) : la carte est dessinée sur un fond uni.',
  },
  'loading': { en: 'Reading the coordinates…', fr: 'Lecture des coordonnées…' },
  'noColumns': {
    en: 'No coordinate columns found. Name them latitude and longitude (or lat/lon, y/x in Lambert-93), use a geopoint field, or choose a schema that declares them.',
    fr: 'Aucune colonne de coordonnées trouvée. Nommez-les latitude et longitude (ou lat/lon, y/x en Lambert-93), utilisez un champ geopoint, ou choisissez un schéma qui les déclare.',
  },
  'unavailable.no-server': { en: 'The language server is not ready yet.', fr: 'Le serveur de langage n\'est pas encore prêt.' },
  'unavailable.closed': { en: 'The file is closed: reopen it to see its points.', fr: 'Le fichier est fermé : rouvrez-le pour voir ses points.' },
  'unavailable.error': { en: 'The points could not be read: {detail}', fr: 'Les points n\'ont pas pu être lus : {detail}' },
  'legend.title': { en: 'Legend', fr: 'Légende' },
  'legend.ok': { en: 'Point ({count})', fr: 'Point ({count})' },
  'legend.outside': { en: 'Outside France ({count})', fr: 'Hors de France ({count})' },
  'legend.swapped': { en: 'Latitude and longitude probably swapped ({count})', fr: 'Latitude et longitude probablement inversées ({count})' },
  'legend.duplicate': { en: 'Same location as another row ({count})', fr: 'Même position qu\'une autre ligne ({count})' },
  'legend.cluster': { en: 'Group of points: click to zoom in', fr: 'Groupe de points : cliquer pour zoomer' },
  'legend.source.schema': { en: 'Coordinates: {columns} (from the schema)', fr: 'Coordonnées : {columns} (d\'après le schéma)' },
  'legend.source.detected': { en: 'Coordinates: {columns} (detected)', fr: 'Coordonnées : {columns} (détectées)' },
  'legend.lambert93': { en: 'Lambert-93, converted to WGS84', fr: 'Lambert-93, converties en WGS84' },
  'point.label': { en: 'Row {row}', fr: 'Ligne {row}' },
  'point.labelNamed': { en: 'Row {row}: {name}', fr: 'Ligne {row} : {name}' },
  'cluster.label': { en: 'Group of {count} points, zoom in', fr: 'Groupe de {count} points, zoomer' },
  'popup.coordinates': { en: 'Latitude {lat}, longitude {lon}', fr: 'Latitude {lat}, longitude {lon}' },
  'popup.reveal': { en: 'Show row {row} in the editor', fr: 'Afficher la ligne {row} dans l\'éditeur' },
  'popup.swap': { en: 'Swap latitude and longitude', fr: 'Inverser latitude et longitude' },
  'issue.outside-france': { en: 'This point is outside France (metropolitan and overseas).', fr: 'Ce point est hors de France (métropole et outre-mer).' },
  'issue.swapped': {
    en: 'Latitude and longitude look swapped: swapped, the point lies in {territory}.',
    fr: 'Latitude et longitude semblent inversées : inversé, le point se trouve en {territory}.',
  },
  'issue.duplicate-location': { en: 'Same location as row(s) {rows}.', fr: 'Même position que la ou les lignes {rows}.' },
  // French puts a space before a colon and a semicolon.
  'punct.colon': { en: ':', fr: ' :' },
  'punct.semicolon': { en: ';', fr: ' ;' },
  'commune.label': { en: 'Commune (COG {year})', fr: 'Commune (COG {year})' },
  'commune.named': { en: '{name} ({code})', fr: '{name} ({code})' },
  'commune.unknown': { en: '{code} is not a commune code', fr: '{code} n\'est pas un code commune' },
  'commune.unknown.postcode': { en: 'postcode of {communes}', fr: 'code postal de {communes}' },
  'commune.unknown.postcodeMore': { en: 'postcode of {communes} and {count} more', fr: 'code postal de {communes} et {count} autres' },
  'commune.unknown.padded': { en: '{commune} without its leading zero', fr: '{commune} sans son zéro initial' },
  'commune.unknown.department': { en: 'no commune of {department} has it', fr: 'aucune commune du département {department} ne l\'a' },
  'commune.unknown.suggestion': { en: 'the row names {suggestion}', fr: 'la ligne désigne {suggestion}' },
  'commune.former': { en: '{code}: former commune, now {current}', fr: '{code} : ancienne commune, aujourd\'hui {current}' },
  'commune.formerPart': { en: '{code}: former commune {part}, now {current}', fr: '{code} : ancienne commune {part}, aujourd\'hui {current}' },
  'commune.nameMismatch': { en: 'the file says “{written}”', fr: 'le fichier dit « {written} »' },
  'transformation.lambert93': { en: 'Converted from Lambert-93.', fr: 'Converti depuis le Lambert-93.' },
  'transformation.excel-date': {
    en: 'Recovered from a value Excel turned into a date: check it.',
    fr: 'Retrouvé à partir d\'une valeur qu\'Excel a transformée en date : à vérifier.',
  },
  'unreadable.title': { en: 'Rows without readable coordinates ({count})', fr: 'Lignes sans coordonnées lisibles ({count})' },
  'unreadable.more': { en: '…and {count} more rows', fr: '…et {count} lignes de plus' },
  'unreadable.item': { en: 'Row {row}: {reason}', fr: 'Ligne {row} : {reason}' },
  'unreadable.value': { en: '“{value}”', fr: '« {value} »' },
  'reason.empty': { en: 'no coordinates', fr: 'pas de coordonnées' },
  'reason.missing-cell': { en: 'the row has no cell for the coordinates', fr: 'la ligne n\'a pas de cellule pour les coordonnées' },
  'reason.unrecognized': { en: 'not a coordinate', fr: 'pas une coordonnée' },
  'reason.single-value': { en: 'one number where two are needed', fr: 'un seul nombre au lieu de deux' },
  'reason.out-of-range': { en: 'out of range for degrees', fr: 'hors des limites des degrés' },
  'reason.conflicting-hemispheres': { en: 'two latitudes or two longitudes', fr: 'deux latitudes ou deux longitudes' },
  'reason.conflicting-sign': { en: 'a minus sign contradicts the hemisphere letter', fr: 'un signe moins contredit la lettre d\'hémisphère' },
  'reason.invalid-minutes': { en: 'minutes or seconds of 60 or more', fr: 'minutes ou secondes supérieures ou égales à 60' },
  'reason.axis-mismatch': { en: 'the hemisphere letter names the other axis', fr: 'la lettre d\'hémisphère désigne l\'autre axe' },
  'reason.excel-date-ambiguous': { en: 'Excel turned it into a date; several numbers give that date', fr: 'Excel l\'a transformée en date ; plusieurs nombres donnent cette date' },
  'reason.excel-time-days-lost': { en: 'Excel turned it into a time of day; the degrees are lost', fr: 'Excel l\'a transformée en heure ; les degrés sont perdus' },
  'reason.ambiguous': { en: 'several readings are possible', fr: 'plusieurs lectures sont possibles' },
  'reason.projected-unknown': { en: 'projected coordinates, but not Lambert-93', fr: 'coordonnées projetées, mais pas en Lambert-93' },
  'reason.excel-date': { en: 'Excel turned a number into a date', fr: 'Excel a transformé un nombre en date' },
  'reason.excel-day-fraction': {
    en: 'Excel stored degrees typed as h:mm:ss as a fraction of a day',
    fr: 'Excel a enregistré des degrés saisis en h:mm:ss comme une fraction de jour',
  },
  'reason.lost-decimal': { en: 'the decimal point is missing', fr: 'le séparateur décimal manque' },
  'unreadable.suggestion': { en: 'probably {lat}, {lon} (to check)', fr: 'probablement {lat}, {lon} (à vérifier)' },
  'reason.other': { en: 'unreadable coordinates', fr: 'coordonnées illisibles' },
  'map.labelFeatures': { en: 'Map of the features of {file}', fr: 'Carte des entités de {file}' },
  'loadingFeatures': { en: 'Reading the features…', fr: 'Lecture des entités…' },
  'noFeatures': {
    en: 'This JSON file is not GeoJSON: the map shows a FeatureCollection, a Feature or a geometry (RFC 7946).',
    fr: 'Ce fichier JSON n\'est pas du GeoJSON : la carte montre une FeatureCollection, une Feature ou une géométrie (RFC 7946).',
  },
  'emptyFeatures': { en: 'The collection has no feature.', fr: 'La collection ne contient aucune entité.' },
  'legend.feature.ok': { en: 'Feature without problems ({count})', fr: 'Entité sans problème ({count})' },
  'legend.error': { en: 'With errors ({count})', fr: 'Avec des erreurs ({count})' },
  'legend.warning': { en: 'With warnings ({count})', fr: 'Avec des avertissements ({count})' },
  'legend.feature.outside': { en: 'Outside France ({count})', fr: 'Hors de France ({count})' },
  'legend.feature.swapped': { en: 'Longitude and latitude probably swapped ({count})', fr: 'Longitude et latitude probablement inversées ({count})' },
  'legend.features': { en: '{drawn} of {count} features drawn; lines and areas take the colour of their worst problem', fr: '{drawn} entités dessinées sur {count} ; lignes et surfaces prennent la couleur de leur pire problème' },
  'legend.simplified': {
    en: '{count} drawn with fewer vertices than the file has (simplified for the map)',
    fr: '{count} dessinées avec moins de sommets que dans le fichier (simplifiées pour la carte)',
  },
  'legend.otherProblems': { en: '{count} problems concern no single feature (see the Problems panel)', fr: '{count} problèmes ne concernent aucune entité en particulier (voir le panneau Problèmes)' },
  'legend.notChecked': { en: 'Problems not shown: the file has not been checked yet', fr: 'Problèmes non affichés : le fichier n\'a pas encore été vérifié' },
  'feature.label': { en: 'Feature {number}', fr: 'Entité {number}' },
  'feature.labelNamed': { en: 'Feature {number}: {name}', fr: 'Entité {number} : {name}' },
  'popup.revealFeature': { en: 'Show feature {number} in the editor', fr: 'Afficher l\'entité {number} dans l\'éditeur' },
  'popup.geometry': { en: '{type}, {count} vertices', fr: '{type}, {count} sommets' },
  'popup.simplified': { en: 'Drawn with {drawn} of its {count} vertices.', fr: 'Dessinée avec {drawn} de ses {count} sommets.' },
  'popup.problems': { en: 'Problems ({count})', fr: 'Problèmes ({count})' },
  'popup.revealProblem': { en: 'Select it in the editor (line {line})', fr: 'Le sélectionner dans l\'éditeur (ligne {line})' },
  'popup.moreProblems': { en: '…and {count} more (see the Problems panel)', fr: '…et {count} de plus (voir le panneau Problèmes)' },
  'severity.error': { en: 'Error', fr: 'Erreur' },
  'severity.warning': { en: 'Warning', fr: 'Avertissement' },
  'severity.information': { en: 'Information', fr: 'Information' },
  'severity.hint': { en: 'Hint', fr: 'Suggestion' },
  'issue.feature.outside-france': { en: 'This feature is outside France (metropolitan and overseas).', fr: 'Cette entité est hors de France (métropole et outre-mer).' },
  'issue.feature.swapped': {
    en: 'Its positions look written [latitude, longitude], where GeoJSON writes [longitude, latitude]: swapped, it lies in {territory}.',
    fr: 'Ses positions semblent écrites [latitude, longitude], alors que GeoJSON écrit [longitude, latitude] : inversée, elle se trouve en {territory}.',
  },
  'unreadableFeatures.title': { en: 'Features that cannot be drawn ({count})', fr: 'Entités impossibles à dessiner ({count})' },
  'unreadableFeatures.more': { en: '…and {count} more features', fr: '…et {count} entités de plus' },
  'unreadableFeatures.item': { en: 'Feature {number}: {reason}', fr: 'Entité {number} : {reason}' },
  'featureReason.invalid-json': { en: 'not valid JSON', fr: 'JSON invalide' },
  'featureReason.not-a-feature': { en: 'not a Feature object', fr: 'pas un objet Feature' },
  'featureReason.missing-geometry': { en: 'no geometry member', fr: 'pas de membre geometry' },
  'featureReason.null-geometry': { en: 'its geometry is null (a feature without a location)', fr: 'sa géométrie est null (entité sans localisation)' },
  'featureReason.unknown-geometry-type': { en: 'unknown geometry type', fr: 'type de géométrie inconnu' },
  'featureReason.invalid-coordinates': { en: 'malformed coordinates', fr: 'coordonnées mal formées' },
  'featureReason.empty-geometry': { en: 'no coordinates', fr: 'pas de coordonnées' },
  'featureReason.out-of-range': { en: 'coordinates out of range for degrees', fr: 'coordonnées hors des limites des degrés' },
  'featureReason.lambert93': {
    en: 'Lambert-93 metres, where GeoJSON needs WGS84 longitude and latitude (RFC 7946)',
    fr: 'mètres en Lambert-93, alors que GeoJSON veut longitude et latitude WGS84 (RFC 7946)',
  },
  'featureReason.swapped': {
    en: 'written [latitude, longitude], where GeoJSON writes [longitude, latitude]: a latitude beyond 90° (swapped, it lies in France)',
    fr: 'écrite [latitude, longitude], alors que GeoJSON écrit [longitude, latitude] : une latitude au-delà de 90° (inversée, elle est en France)',
  },
  'featureReason.other': { en: 'cannot be drawn', fr: 'impossible à dessiner' },
} as const;

export type StringKey = keyof typeof strings;

export class MapStrings {
  constructor(readonly locale: MapLocale) {}

  t(key: StringKey, params: Record<string, string | number> = {}): string {
    return fillTemplate(strings[key][this.locale], params, this.locale);
  }

  /** The text for an unreadable-coordinate reason code sent by the server. */
  reason(code: string): string {
    const key = `reason.${code}`;
    return key in strings ? this.t(key as StringKey) : this.t('reason.other');
  }

  /** The text for a reason a GeoJSON feature cannot be drawn, sent by the server. */
  featureReason(code: string): string {
    const key = `featureReason.${code}`;
    return key in strings ? this.t(key as StringKey) : this.t('featureReason.other');
  }

  number(value: number, digits: number): string {
    return value.toLocaleString(this.locale === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }

  count(value: number): string {
    return value.toLocaleString(this.locale === 'fr' ? 'fr-FR' : 'en-GB');
  }
}
