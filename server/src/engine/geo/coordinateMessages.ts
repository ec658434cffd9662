// Why a coordinate could not be fixed, and what each transformation means, in English and French.
// Keys and templates follow the shape of server/src/i18n catalogs ({param} placeholders), ready to be spread there.

type Bilingual = { en: string; fr: string };

export const coordinateFixReasonMessages: Record<string, Bilingual> = {
  'coordinate-fix.empty': { en: 'The cell is empty.', fr: 'La cellule est vide.' },
  'coordinate-fix.unrecognized': { en: 'These are not coordinates that can be read safely.', fr: "Ce ne sont pas des coordonnées lisibles sans risque d'erreur." },
  'coordinate-fix.single-value': { en: 'Only one number: a point needs a latitude and a longitude.', fr: 'Un seul nombre : un point a besoin d’une latitude et d’une longitude.' },
  'coordinate-fix.out-of-range': {
    en: 'Not valid degrees whichever way they are read (a latitude is between -90 and 90, a longitude between -180 and 180).',
    fr: 'Ce ne sont pas des degrés valides, dans un sens comme dans l’autre (une latitude est comprise entre -90 et 90, une longitude entre -180 et 180).',
  },
  'coordinate-fix.conflicting-hemispheres': { en: 'Both numbers are latitudes (N/S) or both longitudes (E/W).', fr: 'Les deux nombres sont des latitudes (N/S) ou tous deux des longitudes (E/O).' },
  'coordinate-fix.conflicting-sign': { en: 'A minus sign together with N or E: which one is right?', fr: 'Un signe moins avec N ou E : lequel est juste ?' },
  'coordinate-fix.invalid-minutes': { en: 'Minutes and seconds must be below 60.', fr: 'Les minutes et les secondes doivent être inférieures à 60.' },
  'coordinate-fix.axis-mismatch': { en: 'The hemisphere letter does not match this column ({found} where a {expected} is expected).', fr: 'La lettre d’hémisphère ne correspond pas à cette colonne ({found} au lieu de {expected}).' },
  'coordinate-fix.excel-date-ambiguous': {
    en: 'Excel turned this number into a date ({shown}): it may have been {readings}. Type it again with a comma as decimal separator, in a cell formatted as Text or Number.',
    fr: 'Excel a transformé ce nombre en date ({shown}) : il pouvait valoir {readings}. Saisissez-le de nouveau avec une virgule décimale, dans une cellule au format Texte ou Nombre.',
  },
  'coordinate-fix.excel-time-days-lost': {
    en: 'Excel turned this value into a time of day ({shown}) and dropped the whole days: the degrees may have been {readings}. Type the value again from the source.',
    fr: 'Excel a transformé cette valeur en heure ({shown}) et supprimé les jours entiers : les degrés pouvaient valoir {readings}. Saisissez de nouveau la valeur depuis la source.',
  },
  'coordinate-fix.ambiguous': { en: 'Several readings are possible: {readings}.', fr: 'Plusieurs lectures sont possibles : {readings}.' },
  'coordinate-fix.projected-unknown': {
    en: 'These look like projected coordinates in metres, but not Lambert-93 (EPSG:2154). Convert them to WGS84 degrees with a GIS tool.',
    fr: 'Cela ressemble à des coordonnées projetées en mètres, mais pas en Lambert-93 (EPSG:2154). Convertissez-les en degrés WGS84 avec un outil SIG.',
  },
};

/** Labels for the transformations a code action may list next to a proposed point. */
export const coordinateTransformationMessages: Record<string, Bilingual> = {
  'coordinate-fix-step.decimal-comma': { en: 'decimal comma', fr: 'virgule décimale' },
  'coordinate-fix-step.thousands-separator': { en: 'thousands separators removed', fr: 'séparateurs de milliers supprimés' },
  'coordinate-fix-step.dms': { en: 'degrees, minutes, seconds', fr: 'degrés, minutes, secondes' },
  'coordinate-fix-step.ddm': { en: 'degrees and decimal minutes', fr: 'degrés et minutes décimales' },
  'coordinate-fix-step.hemisphere': { en: 'hemisphere letters (N/S/E/W)', fr: 'lettres d’hémisphère (N/S/E/O)' },
  'coordinate-fix-step.labeled': { en: 'labelled values', fr: 'valeurs étiquetées' },
  'coordinate-fix-step.url': { en: 'read from a map link', fr: 'lu dans un lien de carte' },
  'coordinate-fix-step.wkt': { en: 'WKT point (longitude first)', fr: 'point WKT (longitude en premier)' },
  'coordinate-fix-step.geojson': { en: 'GeoJSON order (longitude first)', fr: 'ordre GeoJSON (longitude en premier)' },
  'coordinate-fix-step.swapped': { en: 'latitude and longitude swapped back', fr: 'latitude et longitude remises dans l’ordre' },
  'coordinate-fix-step.lambert93': { en: 'converted from Lambert-93', fr: 'converti depuis le Lambert-93' },
  'coordinate-fix-step.lost-decimal': { en: 'decimal point restored (check it)', fr: 'séparateur décimal rétabli (à vérifier)' },
  'coordinate-fix-step.excel-date': { en: 'number recovered from an Excel date (check it)', fr: 'nombre retrouvé depuis une date Excel (à vérifier)' },
};
