// Problem codes of the checks on coordinates that every table gets, with a schema or without one, each
// declared once: default severity, tags, and its messages in English and French.
import type { CodeDeclaration } from '../codeDeclaration';
import type { ProblemParams } from '../problem';

const text = (value: ProblemParams[string]): string => String(value ?? '');

/** The latitude and the longitude as the row writes them (`value` holds both, see checks/coordinates). */
function values(p: ProblemParams): [string, string] {
  const value = Array.isArray(p.value) ? p.value : [];
  return [value[0] ?? '', value[1] ?? ''];
}

/** Where the swapped point falls: metropolitan France, or France with the overseas territory's name. */
function placeEn(p: ProblemParams): string {
  return p.territory === 'metropole' ? 'metropolitan France' : `France (${text(p.territoryEn)})`;
}

function placeFr(p: ProblemParams): string {
  return p.territory === 'metropole' ? 'France métropolitaine' : `France (${text(p.territoryFr)})`;
}

export const coordinatesCodes = {
  /** A point outside France whose latitude and longitude, exchanged, fall in France: the map's "probably swapped". */
  'coordinates-swapped': {
    severity: 'warning',
    tags: ['row', 'cell'],
    message: {
      en: (p) => {
        const [lat, lon] = values(p);
        const where = p.variant === 'one-cell' ? `Latitude ${lat} and longitude ${lon} (${text(p.field)})` : `Latitude ${lat} (${text(p.latitudeField)}) and longitude ${lon} (${text(p.longitudeField)})`;
        return `${where} put this point outside France; exchanged, they put it in ${placeEn(p)}: latitude and longitude are probably inverted.`;
      },
      fr: (p) => {
        const [lat, lon] = values(p);
        const where =
          p.variant === 'one-cell' ? `La latitude ${lat} et la longitude ${lon} (${text(p.field)})` : `La latitude ${lat} (${text(p.latitudeField)}) et la longitude ${lon} (${text(p.longitudeField)})`;
        return `${where} placent ce point hors de France ; échangées, elles le placent en ${placeFr(p)} : latitude et longitude sont probablement inversées.`;
      },
    },
  },
} satisfies Record<string, CodeDeclaration>;
