// Messages about coordinates checked in every table (with a schema or without): coordinates-swapped, and the
// form french-gps-coordinates takes on a row that coordinates-swapped reports too.
import type { ProblemParams } from '../engine/problems/problem';
import type { MessageCatalog } from './types';

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

export const coordinatesMessages: MessageCatalog = {
  'coordinates-swapped': {
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
  // The custom check's error on a row whose swap coordinates-swapped reports (and offers to fix).
  'french-gps-coordinates.swap-reported': {
    en: 'The value {value} does not match valid French GPS coordinates: the point (latitude {lat}, longitude {lon}) is not in France, metropolitan or overseas; its latitude and longitude look inverted (see the coordinates-swapped warning of this row, which offers the swap).',
    fr: "La valeur {value} ne correspond pas à des coordonnées GPS françaises valides : le point (latitude {lat}, longitude {lon}) ne se trouve ni en France métropolitaine ni outre-mer ; sa latitude et sa longitude semblent inversées (voir l'avertissement coordinates-swapped de cette ligne, qui propose l'échange).",
  },
};
