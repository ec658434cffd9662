// The controlled vocabularies of the fiche descriptive — update frequencies, licences, spatial
// granularities — with their French and English labels and how they map to the SCDL catalogue
// (schemas/catalog/scdl/catalogue) and to data.gouv.fr's own codes.
//
// Frequencies follow data.gouv.fr (udata `UPDATE_FREQUENCIES`), written as French slugs; the SCDL
// catalogue has a coarser list (FREQ_MAJ), so several frequencies share one SCDL value.

export interface VocabularyEntry {
  /** The value written in the sidecar (lower case, no accents). */
  value: string;
  label: { fr: string; en: string };
  /** The value of the matching SCDL catalogue column. */
  scdl: string;
  /** data.gouv.fr's code (dataset `frequency`, `license`, `spatial.granularity`). */
  dataGouv: string;
}

function entry(value: string, fr: string, en: string, scdl: string, dataGouv: string): VocabularyEntry {
  return { value, label: { fr, en }, scdl, dataGouv };
}

const DAILY = 'Quotidienne ou plusieurs fois par jour';
const WEEKLY = 'Hebdomadaire ou plusieurs fois par semaine';
const MONTHLY = 'Mensuelle ou plusieurs fois par mois';

export const frequencies: readonly VocabularyEntry[] = [
  entry('inconnue', 'Inconnue', 'Unknown', 'Inconnue', 'unknown'),
  entry('ponctuelle', 'Ponctuelle (publiée une fois)', 'Punctual (published once)', 'Ponctuelle', 'punctual'),
  entry('temps-reel', 'Temps réel', 'Real time', 'Continuelle', 'continuous'),
  entry('horaire', 'Toutes les heures', 'Hourly', 'Toutes les heures', 'hourly'),
  entry('quatre-fois-par-jour', 'Quatre fois par jour', 'Four times a day', DAILY, 'fourTimesADay'),
  entry('trois-fois-par-jour', 'Trois fois par jour', 'Three times a day', DAILY, 'threeTimesADay'),
  entry('deux-fois-par-jour', 'Deux fois par jour', 'Twice a day', DAILY, 'semidaily'),
  entry('quotidienne', 'Quotidienne', 'Daily', DAILY, 'daily'),
  entry('quatre-fois-par-semaine', 'Quatre fois par semaine', 'Four times a week', WEEKLY, 'fourTimesAWeek'),
  entry('trois-fois-par-semaine', 'Trois fois par semaine', 'Three times a week', WEEKLY, 'threeTimesAWeek'),
  entry('deux-fois-par-semaine', 'Deux fois par semaine', 'Twice a week', WEEKLY, 'semiweekly'),
  entry('hebdomadaire', 'Hebdomadaire', 'Weekly', WEEKLY, 'weekly'),
  entry('toutes-les-deux-semaines', 'Toutes les deux semaines', 'Every two weeks', MONTHLY, 'biweekly'),
  entry('trois-fois-par-mois', 'Trois fois par mois', 'Three times a month', MONTHLY, 'threeTimesAMonth'),
  entry('deux-fois-par-mois', 'Deux fois par mois', 'Twice a month', MONTHLY, 'semimonthly'),
  entry('mensuelle', 'Mensuelle', 'Monthly', MONTHLY, 'monthly'),
  entry('bimestrielle', 'Bimestrielle (tous les deux mois)', 'Every two months', 'Bimestrielle', 'bimonthly'),
  entry('trimestrielle', 'Trimestrielle', 'Quarterly', 'Trimestrielle', 'quarterly'),
  // The SCDL list has nothing between quarterly and half-yearly: the more frequent value is kept.
  entry('trois-fois-par-an', 'Trois fois par an', 'Three times a year', 'Trimestrielle', 'threeTimesAYear'),
  entry('semestrielle', 'Semestrielle', 'Half-yearly', 'Semestrielle', 'semiannual'),
  entry('annuelle', 'Annuelle', 'Annual', 'Annuelle', 'annual'),
  entry('biennale', 'Biennale (tous les deux ans)', 'Every two years', 'Biennale', 'biennial'),
  entry('triennale', 'Triennale (tous les trois ans)', 'Every three years', 'Triennale', 'triennial'),
  entry('quinquennale', 'Quinquennale (tous les cinq ans)', 'Every five years', 'Quinquennale', 'quinquennial'),
  entry('irreguliere', 'Irrégulière', 'Irregular', 'Irrégulière', 'irregular'),
];

const OTHER_LICENCE = 'Spécifique ou autre';

export interface LicenceEntry extends VocabularyEntry {
  url: string;
  /** One of the two licences the décret n° 2017-638 allows administrations without homologation. */
  approved: boolean;
}

function licence(value: string, fr: string, en: string, scdl: string, dataGouv: string, url: string, approved = false): LicenceEntry {
  return { ...entry(value, fr, en, scdl, dataGouv), url, approved };
}

/** Identifiers are SPDX's (lower-cased) where SPDX has one. */
export const licences: readonly LicenceEntry[] = [
  licence('etalab-2.0', 'Licence Ouverte / Open Licence version 2.0 (Etalab)', 'Licence Ouverte / Open Licence version 2.0 (Etalab)', 'Licence Ouverte-LO', 'lov2', 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/', true),
  licence('odbl-1.0', 'Open Database License (ODbL) 1.0', 'Open Database License (ODbL) 1.0', 'Open Database License-ODBL', 'odc-odbl', 'https://opendatacommons.org/licenses/odbl/1-0/', true),
  licence('licence-ouverte-1.0', 'Licence Ouverte / Open Licence version 1.0 (remplacée par la 2.0)', 'Licence Ouverte / Open Licence version 1.0 (superseded by 2.0)', 'Licence Ouverte-LO', 'fr-lo', 'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf'),
  licence('cc-by-4.0', 'Creative Commons Attribution 4.0', 'Creative Commons Attribution 4.0', 'Creative Commons-CC', 'cc-by', 'https://creativecommons.org/licenses/by/4.0/'),
  licence('cc-by-sa-4.0', 'Creative Commons Attribution – Partage dans les mêmes conditions 4.0', 'Creative Commons Attribution-ShareAlike 4.0', 'Creative Commons-CC', 'cc-by-sa', 'https://creativecommons.org/licenses/by-sa/4.0/'),
  licence('cc0-1.0', 'Creative Commons Zero (domaine public)', 'Creative Commons Zero (public domain)', 'Creative Commons-CC', 'cc-zero', 'https://creativecommons.org/publicdomain/zero/1.0/'),
  licence('odc-by-1.0', 'Open Data Commons Attribution 1.0', 'Open Data Commons Attribution 1.0', OTHER_LICENCE, 'odc-by', 'https://opendatacommons.org/licenses/by/1-0/'),
  licence('pddl-1.0', 'Open Data Commons Public Domain Dedication and License 1.0', 'Open Data Commons Public Domain Dedication and License 1.0', OTHER_LICENCE, 'odc-pddl', 'https://opendatacommons.org/licenses/pddl/1-0/'),
  licence('autre', 'Autre licence (précisez-la dans `licenses`)', 'Another licence (give it in `licenses`)', OTHER_LICENCE, 'other-open', ''),
];

export const granularities: readonly VocabularyEntry[] = [
  entry('infracommunale', 'Infracommunale (quartier, adresse, point)', 'Below municipality (district, address, point)', 'Infracommunale', 'fr:iris'),
  entry('communale', 'Communale', 'Municipality', 'Communale', 'fr:commune'),
  entry('intercommunale', 'Intercommunale (EPCI)', 'Inter-municipal (EPCI)', 'Intercommunale', 'fr:epci'),
  entry('cantonale', 'Cantonale', 'Canton', 'Cantonale', 'fr:canton'),
  entry('departementale', 'Départementale', 'Département', 'Départementale', 'fr:departement'),
  entry('regionale', 'Régionale', 'Region', 'Régionale', 'fr:region'),
  entry('nationale', 'Nationale', 'National', 'Autre', 'country'),
  entry('autre', 'Autre', 'Other', 'Autre', 'other'),
];

/** Which vocabulary a property path of the sidecar uses (dotted, e.g. `couverture_spatiale.maille`). */
export const vocabularyOfProperty: Readonly<Record<string, readonly VocabularyEntry[]>> = {
  frequence: frequencies,
  licence: licences,
  'couverture_spatiale.maille': granularities,
};

export function findEntry(list: readonly VocabularyEntry[], value: unknown): VocabularyEntry | undefined {
  return typeof value === 'string' ? list.find((e) => e.value === value) : undefined;
}
