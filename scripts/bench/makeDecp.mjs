// Generates a DECP file (données essentielles de la commande publique) following
// 139bercy/format-commande-publique 2.0.2 — `{ "marches": { "marche": [ … ] } }`, pretty-printed with two
// spaces like the consolidated national files — of about a given size, deterministic for a given size.
// A few contracts carry planted errors, the kinds people make: a misspelt key (`dateNotfication`), a value
// off by case from its enum (`procédure adaptée`), an acheteur SIRET of 13 digits, a montant given as a string.
// Usage: node scripts/bench/makeDecp.mjs <megabytes> <output.json> [--errors N]
import { writeFileSync } from 'node:fs';
import { prng } from './prng.mjs';

const procedures = ['Procédure adaptée', "Appel d'offres ouvert", "Appel d'offres restreint", 'Procédure avec négociation'];
const ccags = ['Travaux', 'Fournitures courantes et services', 'Prestations intellectuelles', 'Pas de CCAG'];
const objets = ['Travaux de réfection de la toiture du groupe scolaire', "Fourniture de denrées alimentaires pour la restauration scolaire", 'Maintenance des installations de chauffage', "Mission de maîtrise d'œuvre pour la médiathèque", 'Entretien des espaces verts communaux', 'Location et maintenance de copieurs'];
const towns = ['29019', '69123', '33063', '59350', '2A004', '67482', '97411'];

/** One valid contract; `i` makes its identifiers unique. */
export function contract(i, random = prng(17)) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  return {
    id: `2025${String(i).padStart(8, '0')}`,
    acheteur: { id: `2130${String(100000 + (i % 900000)).padStart(10, '0')}` },
    nature: 'Marché',
    objet: pick(objets),
    codeCPV: '45261000',
    techniques: { technique: ['Sans objet'] },
    modalitesExecution: { modaliteExecution: ['Bons de commande'] },
    marcheInnovant: false,
    ccag: pick(ccags),
    offresRecues: 1 + Math.floor(random() * 8),
    attributionAvance: false,
    typeGroupementOperateurs: 'Pas de groupement',
    sousTraitanceDeclaree: false,
    procedure: pick(procedures),
    lieuExecution: { code: pick(towns), typeCode: 'Code commune' },
    dureeMois: 1 + Math.floor(random() * 48),
    dateNotification: `2025-${month}-${day}`,
    datePublicationDonnees: `2025-${month}-${day}`,
    montant: Math.round(40000 + random() * 900000),
    typesPrix: { typePrix: ['Définitif ferme'] },
    formePrix: 'Forfaitaire',
    titulaires: [{ titulaire: { typeIdentifiant: 'SIRET', id: `4${String(1000000000000 + i).slice(-13)}` } }],
    considerationsSociales: { considerationSociale: ['Pas de considération sociale'] },
    considerationsEnvironnementales: { considerationEnvironnementale: ['Pas de considération environnementale'] },
  };
}

/** The planted errors, in turn: each takes a valid contract and spoils one thing. */
export const PLANTED = [
  (c) => {
    // A misspelt key: additionalProperties is false, `dateNotification` is the closest known name.
    c.dateNotfication = c.dateNotification;
    delete c.dateNotification;
  },
  (c) => (c.procedure = c.procedure.toLowerCase()),
  (c) => (c.acheteur.id = c.acheteur.id.slice(1)),
  (c) => (c.montant = String(c.montant)),
];

/** The DECP's text: contracts until about `bytes`, `errors` of them spoilt, spread over the file. */
export function decpText(bytes, errors = 8) {
  const random = prng(17);
  // A pretty-printed contract is about 1.6 KB.
  const count = Math.max(1, Math.round(bytes / 1600));
  const marche = [];
  for (let i = 0; i < count; i++) marche.push(contract(i, random));
  const every = Math.max(1, Math.floor(count / Math.max(1, errors)));
  for (let e = 0; e < errors && e * every < count; e++) PLANTED[e % PLANTED.length](marche[e * every]);
  return JSON.stringify({ marches: { marche } }, null, 2) + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [megabytes, output] = process.argv.slice(2);
  const i = process.argv.indexOf('--errors');
  if (!megabytes || !output) {
    console.error('usage: node scripts/bench/makeDecp.mjs <megabytes> <output.json> [--errors N]');
    process.exit(2);
  }
  const text = decpText(Number(megabytes) * 1e6, i > 0 ? Number(process.argv[i + 1]) : 8);
  writeFileSync(output, text);
  console.log(`${output}: ${(text.length / 1e6).toFixed(1)} MB`);
}
