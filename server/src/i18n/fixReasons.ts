// Why a date or a coordinate could not be fixed, and what the notes on a fixed value mean, in English
// and French (the reasons are decided by the engine: server/src/engine/fixes/dateReasons.ts and the
// coordinate engine in server/src/engine/geo/).

type Bilingual = { en: string; fr: string };

/** Date reasons (`date-fix.<reason>` or `date-fix.<reason>.<variant>`). */
export const dateFixReasonMessages = {
  'date-fix.empty': { en: 'The cell is empty.', fr: 'La cellule est vide.' },
  'date-fix.unrecognized': { en: 'This is not a date that can be read safely.', fr: "Ce n'est pas une date lisible sans risque d'erreur." },
  'date-fix.bare-number': {
    en: 'A bare number: it may be an Excel serial date, but the column is not declared as dates.',
    fr: "Un nombre seul : c'est peut-être une date au format numérique d'Excel, mais la colonne n'est pas déclarée comme contenant des dates.",
  },
  'date-fix.bare-number.small': {
    en: 'A small bare number: more likely a day, a count or an amount than an Excel serial date.',
    fr: "Un petit nombre seul : plus probablement un jour, une quantité ou un montant qu'une date au format numérique d'Excel.",
  },
  'date-fix.impossible': { en: 'This date does not exist.', fr: "Cette date n'existe pas." },
  'date-fix.impossible.date': { en: 'This date does not exist in the calendar (e.g. 31 April, or 29 February of a non-leap year).', fr: "Cette date n'existe pas dans le calendrier (par exemple le 31 avril, ou le 29 février d'une année non bissextile)." },
  'date-fix.impossible.month': { en: 'There is no such month.', fr: "Ce mois n'existe pas." },
  'date-fix.impossible.time': { en: 'This time of day does not exist.', fr: "Cette heure n'existe pas." },
  'date-fix.impossible.excel-1900-02-29': {
    en: 'Excel serial 60 is 29 February 1900, a day that never existed (Excel treats 1900 as a leap year).',
    fr: "Le numéro de série Excel 60 correspond au 29 février 1900, un jour qui n'a jamais existé (Excel considère 1900 comme bissextile).",
  },
  'date-fix.impossible.skipped-hour': {
    en: 'This local time never happened in Paris: clocks jumped forward one hour that night.',
    fr: "Cette heure n'a jamais existé à Paris : cette nuit-là, les horloges ont avancé d'une heure.",
  },
  'date-fix.implausible-year': { en: 'The year is not plausible (outside 1000–2999).', fr: "L'année n'est pas plausible (hors de 1000 à 2999)." },
  'date-fix.incomplete': { en: 'Part of the date is missing.', fr: 'Une partie de la date manque.' },
  'date-fix.incomplete.no-year': { en: 'The year is missing.', fr: "L'année manque." },
  'date-fix.incomplete.no-month': { en: 'The month is missing.', fr: 'Le mois manque.' },
  'date-fix.incomplete.no-day': { en: 'The day is missing: the column wants a full date.', fr: 'Le jour manque : la colonne attend une date complète.' },
  'date-fix.unsupported-format': { en: 'The schema asks for a date format this fix cannot write ({variant}).', fr: 'Le schéma demande un format de date que cette correction ne sait pas écrire ({variant}).' },
  'date-fix.unknown-offset': { en: 'The offset of Paris time on that date is not known.', fr: "Le décalage horaire de l'heure de Paris à cette date n'est pas connu." },
} satisfies Record<string, Bilingual>;

/** Labels for the notes a code action may show next to a proposed date. */
export const dateFixNoteMessages = {
  'date-fix-note.time-dropped': { en: 'the time of day is dropped', fr: "l'heure est supprimée" },
  'date-fix-note.time-added': { en: 'midnight (00:00:00) is added', fr: 'minuit (00:00:00) est ajouté' },
  'date-fix-note.precision-reduced': { en: 'only the part the column wants is kept', fr: 'seule la partie attendue par la colonne est conservée' },
  'date-fix-note.zone-dropped': { en: 'the time zone is dropped', fr: 'le fuseau horaire est supprimé' },
  'date-fix-note.two-digit-year': { en: 'two-digit year read as Excel does (00–29 → 20xx, 30–99 → 19xx)', fr: 'année à deux chiffres lue comme le fait Excel (00–29 → 20xx, 30–99 → 19xx)' },
  'date-fix-note.excel-serial': { en: 'Excel serial date number', fr: 'numéro de série de date Excel' },
  'date-fix-note.weekday-mismatch': { en: 'the weekday written does not match this date', fr: 'le jour de la semaine indiqué ne correspond pas à cette date' },
  'date-fix-note.order-differs-from-column': { en: 'day and month read in the other order than the rest of the column, because no other reading is a valid date', fr: "jour et mois lus dans l'ordre inverse du reste de la colonne, car aucune autre lecture n'est une date valide" },
  'date-fix-note.zone-assumed-paris': { en: 'Paris time assumed', fr: 'heure de Paris supposée' },
  'date-fix-note.since-dropped': { en: '"since" is dropped: the date kept is the start', fr: '« depuis » est supprimé : la date conservée est celle du début' },
} satisfies Record<string, Bilingual>;


export const coordinateFixReasonMessages = {
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
  'coordinate-fix.outside-france': {
    en: 'Read this way the point ({point}) is outside France, and the other points of the file are in France: nothing is proposed. Check the value in the source.',
    fr: 'Lu ainsi, le point ({point}) est hors de France, alors que les autres points du fichier sont en France : rien n’est proposé. Vérifiez la valeur dans la source.',
  },
  'coordinate-fix.ambiguous': { en: 'Several readings are possible: {readings}.', fr: 'Plusieurs lectures sont possibles : {readings}.' },
  'coordinate-fix.projected-unknown': {
    en: 'These look like projected coordinates in metres, but not Lambert-93 (EPSG:2154). Convert them to WGS84 degrees with a GIS tool.',
    fr: 'Cela ressemble à des coordonnées projetées en mètres, mais pas en Lambert-93 (EPSG:2154). Convertissez-les en degrés WGS84 avec un outil SIG.',
  },
} satisfies Record<string, Bilingual>;

/** Labels for the transformations a code action may list next to a proposed point. */
export const coordinateTransformationMessages = {
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
  'coordinate-fix-step.excel-day-fraction': {
    en: 'degrees recovered from a time Excel stored as a fraction of a day (× 24; check it)',
    fr: 'degrés retrouvés depuis une heure qu’Excel a enregistrée en fraction de jour (× 24 ; à vérifier)',
  },
} satisfies Record<string, Bilingual>;
