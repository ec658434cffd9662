// The names people give the data of some catalog schemas, which the catalog's titles, descriptions and
// keywords never write: "bornes de recharge" for IRVE, "défibrillateurs" for DAE, "cantine" for the
// collective catering menus. Searched like titles (catalogSearch.ts). Written by hand: add a name when a
// common search finds nothing, and say where it comes from. Ids absent from the catalog are ignored
// (test/unit/schema/catalogSearch.test.ts checks that every id here exists).

export const SEARCH_ALIASES: Readonly<Record<string, readonly string[]>> = {
  // The decree its sources cite (n° 2018-1259) is about the national database of "défibrillateurs
  // automatisés externes"; Géo'DAE is the name of that database.
  'atlasante/schema-dae': ['défibrillateurs automatisés externes', "Géo'DAE"],
  // data.gouv.fr consolidates the files of this schema as the "Fichier consolidé des Bornes de Recharge
  // pour Véhicules Électriques": people call it the IRVE file, and its rows charge points.
  'etalab/schema-irve-statique': ['bornes de recharge pour véhicules électriques', 'fichier IRVE', 'points de charge'],
  // The same charge points, their state in real time.
  'etalab/schema-irve-dynamique': ['disponibilité des bornes en temps réel'],
  // Collective catering is, for most of the files published, the school canteen.
  'scdl/menus-collectifs': ['menus des cantines scolaires', 'restauration scolaire'],
  'scdl/plats-menus-collectifs': ['plats servis en cantine scolaire'],
  // Points d'eau incendie are hydrants: "bornes" and "poteaux" in common speech, DECI in regulations.
  'datakode/schema-pei': ['bornes incendie', "poteaux et bouches d'incendie", 'hydrants', "défense extérieure contre l'incendie (DECI)"],
  'datagouv/schema-fontaine-eau': ["points d'eau potable", 'fontaines à boire'],
  'etalab/schema-stationnement': ['parkings', 'parcs de stationnement'],
  'etalab/schema-stationnement-cyclable': ['parkings vélo', 'arceaux vélo'],
  'CEREMA/schema-aire-livraison': ['places de livraison'],
  'etalab/schema-lieux-covoiturage': ['aires de covoiturage'],
  'etalab/schema-comptage-mobilites-site': ['compteurs vélo', 'compteurs de passages'],
  'scdl/prenoms': ['naissances'],
  'scdl/deliberations': ['conseil municipal', 'actes administratifs'],
  'scdl/subventions': ['aides aux associations'],
  'scdl/budget': ['finances locales'],
  'LaMednum/standard-mediation-num': ['inclusion numérique'],
  'MTES-MCT/acceslibre-erp-base': ['accessibilité handicap'],
  'etalab/schema-decp-dpa': ['marchés publics'],
};
