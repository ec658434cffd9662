// Generates IRVE-like CSV files following etalab/schema-irve-statique 2.3.1 (40 fields, realistic
// values, about 1% invalid cells, some multi-line quoted cells), deterministic for a given row count.
// Usage: node scripts/bench/generateIrve.mjs <rows> <output.csv>
import { createWriteStream } from 'node:fs';
import { prng } from './prng.mjs';

const header = [
  'nom_amenageur', 'siren_amenageur', 'contact_amenageur', 'nom_operateur', 'contact_operateur', 'telephone_operateur',
  'nom_enseigne', 'id_station_itinerance', 'id_station_local', 'nom_station', 'implantation_station', 'adresse_station',
  'code_insee_commune', 'coordonneesXY', 'nbre_pdc', 'id_pdc_itinerance', 'id_pdc_local', 'puissance_nominale',
  'prise_type_ef', 'prise_type_2', 'prise_type_combo_ccs', 'prise_type_chademo', 'prise_type_autre', 'gratuit',
  'paiement_acte', 'paiement_cb', 'paiement_autre', 'tarification', 'condition_acces', 'reservation', 'horaires',
  'accessibilite_pmr', 'restriction_gabarit', 'station_deux_roues', 'raccordement', 'num_pdl', 'date_mise_en_service',
  'observations', 'date_maj', 'cable_t2_attache',
];

const companies = ['Société Électrique du Nord', 'Izivia', 'Freshmile', 'Allego', 'Syndicat Départemental d\'Énergie', 'TotalEnergies Marketing France', 'Ionity GmbH', 'Tesla France'];
const streets = ['rue de la République', 'avenue Jean Jaurès', 'place du Marché', 'boulevard Victor Hugo', 'chemin des Vignes', 'route de Lyon', 'allée des Tilleuls'];
const towns = [['Brest', '29019', 48.39, -4.49], ['Lyon', '69123', 45.76, 4.83], ['Bordeaux', '33063', 44.84, -0.58], ['Lille', '59350', 50.63, 3.06], ['Ajaccio', '2A004', 41.93, 8.74], ['Strasbourg', '67482', 48.57, 7.75], ['Saint-Denis', '97411', -20.88, 55.45]];
const implantations = ['Voirie', 'Parking public', 'Parking privé à usage public', 'Parking privé réservé à la clientèle', 'Station dédiée à la recharge rapide'];
const pmr = ['Réservé PMR', 'Accessible mais non réservé PMR', 'Non accessible', 'Accessibilité inconnue'];
const hours = ['24/7', 'Mo-Fr 08:00-19:00', 'Mo-Sa 07:00-21:00; Su 09:00-12:00', 'Mo-Fr 08:00-12:00,14:00-18:00'];
const powers = ['3.7', '7.4', '11', '22', '50', '150', '350'];

function csvCell(value) {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One invalid value per field, as people get them wrong (used for ~1% of cells). */
const invalid = {
  siren_amenageur: () => '13002526',
  contact_amenageur: () => 'contact(at)societe.fr',
  contact_operateur: () => 'support@',
  id_station_itinerance: () => 'fra68p68021001',
  implantation_station: () => 'voirie',
  code_insee_commune: () => '1234',
  coordonneesXY: () => '[48.345345]',
  nbre_pdc: () => 'deux',
  id_pdc_itinerance: () => 'FR-68-E68021001',
  puissance_nominale: () => '22 kW',
  prise_type_ef: () => 'oui',
  prise_type_2: () => 'X',
  reservation: () => 'Vrai',
  condition_acces: () => 'Libre',
  accessibilite_pmr: () => 'oui',
  date_mise_en_service: () => '30/12/2021',
  date_maj: () => '2021-02-30',
  raccordement: () => 'direct',
};
const invalidFields = Object.keys(invalid);

export function* irveRows(count, seed = 42) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  yield header.join(',');
  for (let i = 0; i < count; i++) {
    const [town, insee, lat, lon] = pick(towns);
    const company = pick(companies);
    const station = `FRA${String(10 + (i % 89))}P${String(100000 + i).padStart(8, '0')}`;
    const nbre = 1 + Math.floor(random() * 8);
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const bool = () => (random() < 0.5 ? 'true' : 'false');
    const row = {
      nom_amenageur: company,
      siren_amenageur: String(100000000 + Math.floor(random() * 899999999)),
      contact_amenageur: `contact${i % 97}@amenageur.fr`,
      nom_operateur: company,
      contact_operateur: `support@operateur${i % 13}.fr`,
      telephone_operateur: `0${1 + Math.floor(random() * 9)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
      nom_enseigne: `Réseau ${company}`,
      id_station_itinerance: station,
      id_station_local: `LOC-${i}`,
      nom_station: `${town} - ${pick(streets)}`,
      implantation_station: pick(implantations),
      adresse_station: `${1 + (i % 150)} ${pick(streets)} ${town}`,
      code_insee_commune: insee,
      coordonneesXY: `[${(lon + (random() - 0.5) / 10).toFixed(6)},${(lat + (random() - 0.5) / 10).toFixed(6)}]`,
      nbre_pdc: String(nbre),
      id_pdc_itinerance: `${station.replace('P', 'E')}${1 + (i % 9)}`,
      id_pdc_local: '',
      puissance_nominale: pick(powers),
      prise_type_ef: bool(),
      prise_type_2: bool(),
      prise_type_combo_ccs: bool(),
      prise_type_chademo: bool(),
      prise_type_autre: bool(),
      gratuit: bool(),
      paiement_acte: bool(),
      paiement_cb: bool(),
      paiement_autre: bool(),
      tarification: random() < 0.3 ? '0,40€ / kWh pour les non abonnés' : '',
      condition_acces: random() < 0.8 ? 'Accès libre' : 'Accès réservé',
      reservation: bool(),
      horaires: pick(hours),
      accessibilite_pmr: pick(pmr),
      restriction_gabarit: random() < 0.5 ? 'Hauteur maximale 2m' : 'Aucune',
      station_deux_roues: bool(),
      raccordement: random() < 0.5 ? 'Direct' : 'Indirect',
      num_pdl: String(10000000000000 + Math.floor(random() * 8e13)),
      date_mise_en_service: `20${String(15 + Math.floor(random() * 9))}-${month}-${day}`,
      observations: random() < 0.02 ? 'Borne en travaux.\nAccès par le parking "Nord", niveau -1' : random() < 0.3 ? 'Recharge uniquement pendant les horaires d\'ouverture' : '',
      date_maj: `2024-${month}-${day}`,
      cable_t2_attache: bool(),
    };
    // About 1% of all cells: 40 fields × 1% = 0.4 invalid cells per row on average.
    if (random() < 0.4) {
      const field = pick(invalidFields);
      row[field] = invalid[field]();
    }
    yield header.map((name) => csvCell(row[name])).join(',');
  }
}

export async function writeIrveFile(count, file) {
  const out = createWriteStream(file);
  let buffer = '';
  for (const line of irveRows(count)) {
    buffer += `${line}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
      buffer = '';
    }
  }
  out.end(buffer);
  await new Promise((resolve) => out.on('finish', resolve));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, file] = process.argv.slice(2);
  await writeIrveFile(Number(count), file);
}
