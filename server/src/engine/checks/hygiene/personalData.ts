// Personal data (RGPD) in a published table: labels naming a natural person's name, first name or birth
// date, and values that are personal e-mail addresses (jean.dupont@…, or any non-generic address at a
// consumer mail provider) or mobile numbers (06, 07). Generic addresses (mairie@, contact@, accueil@…)
// are an organisation's, not a person's.
import { foldedWords, stripAccents } from '../../text/fold';

export type PersonalDataKind = 'name' | 'first-name' | 'birth-date' | 'email' | 'phone';

/** Lower case ASCII words of a label: `Date de naissance` → date de naissance; `nomAgent` → nom agent. */
export function labelWords(label: string): string[] {
  return foldedWords(label);
}

/** Words that make `nom` a person's name (nom de famille, nom de l'agent…). */
const PERSON_NAME_WORDS = new Set([
  'famille', 'usage', 'naissance', 'epouse', 'marital', 'patronyme', 'agent', 'responsable', 'referent', 'referente', 'contact',
  'directeur', 'directrice', 'eleve', 'enfant', 'parent', 'parents', 'habitant', 'personne', 'elu', 'elue', 'benevole', 'adherent',
  'patient', 'usager', 'demandeur', 'locataire', 'defunt', 'gerant', 'gerante', 'interlocuteur', 'correspondant', 'salarie',
  'president', 'presidente', 'tresorier', 'tresoriere', 'secretaire', 'maire', 'adjoint', 'conseiller', 'conseillere', 'titulaire',
]);

/** The personal datum a label names, from its words alone (`nom` alone needs a first-name column beside it). */
export function personalDataOfLabel(label: string): PersonalDataKind | undefined {
  const words = labelWords(label);
  if (words.length === 0) return undefined;
  const has = (word: string) => words.includes(word);
  if (has('naissance') || has('ddn') || (has('date') && words.some((w) => w.startsWith('nais'))) || (has('ne') && has('le'))) {
    return ['lieu', 'commune', 'ville', 'pays', 'departement'].some(has) ? undefined : 'birth-date';
  }
  if (has('prenom') || has('prenoms')) return has('nom') ? 'name' : 'first-name';
  if (has('patronyme')) return 'name';
  if (has('nom') && words.some((w) => PERSON_NAME_WORDS.has(w))) return 'name';
  return undefined;
}

/** True for a label that is only `nom` (or `noms`): a person's name when a first-name column sits beside it. */
export function isBareNameLabel(label: string): boolean {
  const words = labelWords(label);
  return words.length === 1 && (words[0] === 'nom' || words[0] === 'noms');
}

/** Local parts that name a service, a place or a role, never a person (compared on whole words and as prefixes). */
const GENERIC_WORDS = [
  'contact', 'accueil', 'mairie', 'info', 'infos', 'information', 'informations', 'secretariat', 'secretaire', 'communication', 'service',
  'services', 'admin', 'administration', 'direction', 'dgs', 'courrier', 'courriel', 'commune', 'ville', 'cabinet', 'reservation',
  'reservations', 'billetterie', 'rh', 'recrutement', 'compta', 'comptabilite', 'facturation', 'ecole', 'college', 'lycee', 'creche',
  'multiaccueil', 'mediatheque', 'bibliotheque', 'office', 'tourisme', 'association', 'asso', 'club', 'bureau', 'president',
  'presidente', 'tresorier', 'siege', 'urbanisme', 'etatcivil', 'cimetiere', 'culture', 'sport', 'sports', 'jeunesse', 'enfance',
  'ram', 'rpe', 'ccas', 'cias', 'police', 'dechets', 'dechetterie', 'decheterie', 'technique', 'cantine', 'periscolaire', 'centre',
  'social', 'noreply', 'webmaster', 'postmaster', 'hello', 'bonjour', 'commande', 'commandes', 'vente', 'ventes', 'shop',
  'boutique', 'magasin', 'sav', 'support', 'presse', 'mail', 'email', 'gestion', 'standard', 'agence', 'permanence', 'animation',
  'evenement', 'evenements', 'location', 'camping', 'gite', 'restaurant', 'hotel', 'pharmacie', 'musee', 'piscine', 'maison',
  'mjc', 'crechefamiliale', 'halte', 'garderie', 'relais', 'paroisse', 'eglise', 'syndicat', 'sivu', 'sivom', 'smictom', 'epci',
  'agglo', 'metropole', 'departement', 'region', 'prefecture', 'gendarmerie', 'pompiers', 'sdis', 'hopital', 'clinique', 'ehpad',
  'cabinetmedical', 'notaire', 'etude', 'scolaire', 'periscolaire', 'alsh', 'accueildeloisirs', 'loisirs', 'camping', 'port',
  'capitainerie', 'gare', 'aeroport', 'marche', 'halles', 'salle', 'salles', 'stade', 'gymnase', 'theatre', 'cinema', 'conservatoire',
  'ecolemusique', 'musique', 'archives', 'environnement', 'eau', 'assainissement', 'voirie', 'travaux', 'batiments', 'finances',
  'juridique', 'marches', 'achats', 'elections', 'citoyennete', 'population', 'solidarite', 'seniors', 'famille', 'familles', 'emploi',
];
const GENERIC = new Set(GENERIC_WORDS);
const GENERIC_PREFIXES = ['mairie', 'contact', 'accueil', 'secretariat', 'commune', 'info', 'ecole', 'creche', 'mediatheque', 'bibliotheque', 'service'];

/** Mail providers of private persons: an address there that is not a service's is a person's. */
const CONSUMER_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.fr', 'yahoo.com', 'hotmail.fr', 'hotmail.com', 'outlook.fr', 'outlook.com', 'live.fr', 'live.com',
  'msn.com', 'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'neuf.fr', 'laposte.net', 'bbox.fr', 'aol.com', 'aol.fr', 'icloud.com',
  'me.com', 'gmx.fr', 'gmx.com', 'numericable.fr', 'club-internet.fr', 'aliceadsl.fr', 'cegetel.net', 'protonmail.com', 'proton.me',
]);

const EMAIL_SHAPE = /^([^\s@]+)@([a-z0-9.-]+\.[a-z]{2,})$/i;

function foldAscii(text: string): string {
  return stripAccents(text).toLowerCase();
}

/** An e-mail address, roughly (the schema types check addresses strictly; here only the shape matters). */
export function looksLikeEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_SHAPE.test(value);
}

/** A generic address (mairie@, contact.ville@, accueil-creche@…): some word of its local part names a service. */
function isGenericLocalPart(local: string): boolean {
  const folded = foldAscii(local);
  const words = folded.split(/[^a-z]+/).filter(Boolean);
  if (words.some((word) => GENERIC.has(word))) return true;
  return words.some((word) => GENERIC_PREFIXES.some((prefix) => word.startsWith(prefix)));
}

/** A person's address: first.last@…, f.last@…, last-first@…, or a non-generic address at a consumer provider. */
export function isPersonalEmail(value: string): boolean {
  const match = EMAIL_SHAPE.exec(value.trim());
  if (!match) return false;
  const [, local, domain] = match;
  if (isGenericLocalPart(local)) return false;
  const words = foldAscii(local).split(/[._-]+/).filter(Boolean);
  const alphabetic = words.filter((word) => /^[a-z]+$/.test(word));
  const namedPerson = words.length >= 2 && words.length <= 4 && alphabetic.length >= 2 && alphabetic.some((word) => word.length >= 2);
  return namedPerson || CONSUMER_DOMAINS.has(domain.toLowerCase());
}
