// Words around a schedule that only tell who or what it is for ("Les patients sont pris en charge …", "… au sein
// du centre social", "alors venez nous voir !"): set aside, the value then marked for review. Any word that could
// change when it is open keeps the whole text refused.

import { editDistance } from './fuzzyWords';
import type { Item } from './items';
import type { TokenCursor } from './tokenCursor';
import { FILLER_WORDS, isWeekdayName } from './vocabulary';

/**
 * Words that can change when it is open: a negation, a restriction, a choice, a time of change, a past or possible
 * state, how often, a condition. Folded to lower case without accents. Never set aside, even in a subject.
 */
export const TIME_CHANGING_WORDS: ReadonlySet<string> = new Set([
  // a break ("avec pause déjeuner"), a time of the year or of the day that is not the opening ("Ramadan :", "Happy hour :")
  'pause', 'pauses', 'dejeuner', 'coupure', 'repas', 'meridienne', 'ramadan', 'avent', 'creuses', 'creuse', 'happy', 'hour', 'soldes',
  // negation, restriction, contrast, choice
  'ne', 'n', 'pas', 'plus', 'jamais', 'aucun', 'aucune', 'rien', 'ni', 'non', 'que', 'qu', 'seul', 'seule', 'seuls', 'seules',
  'sauf', 'hormis', 'excepte', 'exceptee', 'exceptes', 'exception', 'exceptions', 'hors', 'sans', 'ou', 'mais', 'cependant',
  'toutefois', 'pourtant', 'sinon', 'revanche', 'contre', 'tandis', 'soit', 'respectivement', 'chacun', 'chacune', 'celle', 'celles',
  'celui', 'ceux', 'puis', 'ensuite', 'mieux', 'conseille', 'conseillee', 'recommande', 'recommandee', 'preferable', 'susceptible',
  'susceptibles', 'priorite', 'prioritaire', 'prioritaires', 'reserve', 'reservee', 'reserves', 'reservees',
  // besides other hours, the same as something else
  'aussi', 'egalement', 'encore', 'autre', 'autres', 'meme', 'memes', 'idem', 'pareil', 'supplementaire', 'supplementaires', 'outre',
  // a time of change, a temporary state
  'pendant', 'durant', 'depuis', 'jusqu', 'jusque', 'partir', 'compter', 'dater', 'effet', 'aujourd', 'hui', 'demain', 'hier',
  'futur', 'futurs', 'future', 'futures', 'venir', 'confinement',
  // "ce samedi", "cette semaine" (the scanner leaves these unread only before a day or a week); "mi-juin" (set aside
  // as a word of a subject it moved the season to the 1st, found by probing)
  'ce', 'cet', 'cette', 'avant', 'apres', 'lors', 'debut', 'fin', 'mi', 'prochain', 'prochaine',
  'prochains', 'prochaines', 'prochainement', 'bientot', 'nouveau', 'nouveaux', 'nouvel', 'nouvelle', 'nouvelles', 'ancien', 'anciens',
  'ancienne', 'anciennes', 'anciennement', 'auparavant', 'autrefois', 'provisoire', 'provisoires', 'provisoirement', 'temporaire',
  'temporaires', 'temporairement', 'exceptionnel', 'exceptionnelle', 'exceptionnels', 'exceptionnelles', 'exceptionnellement',
  'travaux', 'fermeture', 'fermetures', 'fermera', 'fermeront', 'ferment', 'conges', 'suspendu', 'suspendue', 'suspendus', 'suspendues',
  'annule', 'annulee', 'annules', 'annulees', 'reporte', 'reportee', 'modifie', 'modifies', 'modifiee', 'modifiees', 'modification',
  'modifications', 'changement', 'changements', 'change', 'changent', 'ordre', 'attente', 'reduit', 'reduits', 'reduite', 'reduites',
  'allonge', 'allonges', 'elargi', 'elargis', 'ete', 'hiver', 'printemps', 'automne', 'estival', 'estivale', 'estivaux', 'estivales',
  'hivernal', 'hivernale', 'hivernaux', 'hivernales', 'saison', 'saisons', 'saisonnier', 'saisonniere', 'haute', 'basse', 'vacances',
  'scolaire', 'scolaires', 'rentree', 'vac', 'vacs', 'scol', 'scolr', 'noel', 'toussaint', 'paques', 'fete', 'fetes', 'ascension', 'pentecote', 'ferie', 'feries',
  'feriee', 'feriees', 'pont', 'ponts',
  // a part of the year not given ("…, la période d'ouverture du camping": a dated period is read before this)
  'periode', 'periodes',
  // a reopening or a replacement: hours from a date the text may not give ("Réouverture prévue …", "en son absence")
  'reouverture', 'reouvertures', 'rouvre', 'rouvrent', 'rouvrira', 'rouvriront', 'reprise', 'reprend', 'reprendra', 'prevu', 'prevue',
  'prevus', 'prevues', 'absence', 'absences', 'absent', 'absente', 'remplacement', 'remplace', 'remplacee',
  // past or conditional: hours that were, or might be
  'etait', 'etaient', 'ouvrait', 'ouvraient', 'fermait', 'fermaient', 'accueillait', 'accueillaient', 'avait', 'avaient', 'serait',
  'seraient', 'pourrait', 'pourraient', 'devrait', 'devraient',
  // how often, which part of the day or week
  'fois', 'alternance', 'alterne', 'alternee', 'alternes', 'pair', 'paire', 'paires', 'pairs', 'impair', 'impaire', 'impaires', 'impairs',
  'quinzaine', 'semaine', 'semaines', 'mois', 'annee', 'annees', 'an', 'ans', 'jour', 'jours', 'journee', 'journees', 'matin', 'matins',
  'matinee', 'matinees', 'midi', 'soir', 'soirs', 'soiree', 'soirees', 'nuit', 'nuits', 'nocturne', 'nocturnes', 'week', 'weekend',
  'heure', 'minute', 'minutes', 'parfois', 'souvent', 'certains', 'certaines', 'generalement', 'normalement', 'habituellement',
  'environ', 'vers', 'approximativement', 'minimum', 'maximum', 'tard', 'tot', 'retard', 'avance', 'variable', 'variables', 'varie',
  'varient', 'irregulier', 'irreguliers', 'ponctuel', 'ponctuelle', 'ponctuels', 'ponctuellement', 'occasionnel', 'occasionnellement',
  'dernier', 'derniere', 'derniers', 'dernieres', 'premier', 'premiere', 'premiers', 'premieres', 'dehors', 'ailleurs', 'lever', 'coucher', 'soleil',
  // conditions and events
  'cas', 'quand', 'lorsque', 'lorsqu', 'si', 'selon', 'suivant', 'fonction', 'condition', 'conditions', 'meteo', 'temps', 'pluie',
  'neige', 'beau', 'mauvais', 'chaleur', 'canicule', 'intemperies', 'alerte', 'vigilance', 'affluence', 'besoin', 'demande',
  'disponibilite', 'disponibilites', 'match', 'matchs', 'evenement', 'evenements', 'manifestation', 'manifestations', 'competition',
  'competitions', 'ceremonie', 'ceremonies', 'foire', 'foires', 'festival',
  // one-off events and gatherings (found by probing round 8: "Dégustation …", "Vernissage …", "Bourse aux vêtements …";
  // in a heading or a subject too: "Horaires du vide-grenier : …")
  'concert', 'concerts', 'spectacle', 'spectacles', 'representation', 'representations', 'projection', 'projections', 'conference',
  'conferences', 'repetition', 'repetitions', 'bal', 'bals', 'loto', 'lotos', 'kermesse', 'brocante', 'brocantes', 'braderie',
  'braderies', 'vide', 'grenier', 'greniers', 'animation', 'animations', 'tournoi', 'tournois', 'balade', 'balades', 'randonnee',
  'randonnees', 'carnaval', 'telethon', 'audition', 'auditions', 'electorale', 'electoral', 'expose', 'exposent', 'retrouvent',
  'organise', 'organisent', 'organisee',
  'degustation', 'degustations', 'inauguration', 'vernissage', 'bourse', 'troc', 'tombola', 'concours', 'gala', 'comice', 'voeux',
  'assemblee', 'election', 'elections', 'vote', 'scrutin', 'enquete', 'benediction', 'bapteme', 'baptemes', 'mariage', 'mariages',
  'dedicace', 'dedicaces', 'forum', 'chorale', 'repete', 'repetent', 'entraine', 'entrainent', 'gouter', 'dansant', 'chasse', 'stand',
  'stands', 'tournage', 'circulation', 'guidee', 'guidees', 'commentee', 'commentees', 'occasion', 'cadre', 'profit',
  // one audience (specific ones; "enfants", "familles" may be the place's own public)
  'collegiens', 'lyceens', 'eleves', 'aines', 'retraites', 'agees', 'artisans', 'commercants', 'demandeurs', 'livreurs', 'chasseurs',
  'locataires', 'allocataires', 'inscrits', 'aidants', 'diabetiques', 'entrepreneurs', 'exposants', 'cooperateurs', 'titulaires',
  'premium', 'fidelite', 'veterans', 'touristes', 'pompiers', 'nourrissons', 'mareyeurs', 'grossistes', 'classes', 'colleges', 'ecoles',
  'ecoliers', 'cavaliers', 'pelerins', 'possesseurs', 'proprietaires',
  // a temporary state, a move, an end
  'chantier', 'chantiers', 'reamenagement', 'renovation', 'desamiantage', 'sinistre', 'crue', 'crues', 'greve', 'greves', 'inventaire',
  'personnel', 'maladie', 'succession', 'liquidation', 'restrictions', 'epidemie', 'covid', 'interim', 'intervalle', 'ephemere',
  'actuellement', 'moment', 'transfere', 'transferee', 'transferes', 'progressive', 'demenagement', 'demenage', 'secheresse', 'essai',
  'experimental', 'experimentale', 'attendant', 'careme', 'transitoire', 'transitoires', 'degrade', 'degrades', 'allege', 'alleges',
  'restreint', 'restreints', 'amenages', 'adaptes', 'confines', 'intersaison', 'cessation', 'cesse',
  // closed, unavailable, away (said in words the schedule's reading does not know)
  'interdit', 'interdite', 'interdits', 'interdites', 'indisponible', 'indisponibles', 'injoignable', 'inaccessible', 'inaccessibles',
  'occupe', 'occupee', 'privatise', 'privatisee', 'supprime', 'supprimee', 'supprimes', 'supprimees', 'retarde', 'retardee', 'eteint',
  'eteinte', 'formation', 'teletravail', 'conge', 'nettoyage', 'vidange', 'maintenance', 'panne', 'reparation', 'reparations',
  'derangement', 'congres', 'intervention', 'interventions', 'domicile', 'decale', 'decalee', 'decales', 'decalees',
  // future and past hours, intentions
  'ouvrira', 'ouvriront', 'accueillera', 'accueilleront', 'proposera', 'proposeront', 'fonctionnera', 'fonctionneront', 'recevra',
  'recevront', 'stationnera', 'tiendra', 'tiendront', 'aura', 'auront', 'restera', 'resteront', 'fut', 'tenait', 'proposait',
  'envisagent', 'envisage', 'envisages', 'comptent', 'espere', 'vocation', 'engagee', 'projet', 'terme', 'epoque', 'antan',
  'previsionnel', 'previsionnels', 'peu', 'eu', 'installera', 'installeront', 'pourra', 'pourront', 'emmenage', 'emmenagent', 'phase', 'raisons',
  // how often, on what condition
  'mensuel', 'mensuelle', 'mensuels', 'mensuelles', 'trimestriel', 'trimestrielle', 'semestriel', 'semestrielle', 'bimensuel',
  'bimensuelle', 'rythme', 'frequence', 'periodicite', 'convocation', 'invitation', 'orientation', 'prescription', 'badge', 'recolte',
  'recoltes', 'floraison', 'vendanges', 'maree', 'marees', 'commande', 'hypothetique', 'incertain', 'incertaine', 'aleatoire', 'preciser',
  // common misspellings of words of meaning too short for the typo check ("Pendan les travau")
  'pendan', 'pandant', 'pendent', 'travau', 'trvaux', 'hivers', 'vacance', 'saisson', 'provisoir', 'exeptionel', 'exeptionnel',
  // English words of the same kinds ("High season: daily 9am-8pm")
  'season', 'seasons', 'seasonal', 'summer', 'winter', 'spring', 'autumn', 'fall', 'high', 'low', 'christmas', 'easter', 'temporarily',
  'temporary', 'except', 'appointment', 'event', 'events', 'late', 'early', 'lunch', 'holiday', 'holidays', 'school', 'only', 'other',
  // numbers written as words
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'quinze', 'vingt', 'trente', 'cent',
  'mille', 'second', 'seconde', 'deuxieme', 'troisieme', 'quatrieme', 'moitie', 'demi', 'quart',
]);

/**
 * Words saying the hours are not the place's opening for everyone: another service's (booking, a phone line,
 * classes, departures), an audience's, or hours to check elsewhere. Never set aside around a schedule (a subject
 * may still name its audience: "L'accueil des enfants à la crèche se fait …").
 */
const OTHER_HOURS_WORDS: ReadonlySet<string> = new Set([
  // hours of something else than the place's opening: booking, phone lines, classes, services, departures, prices
  'prise', 'telephonique', 'telephoniques', 'standard', 'ligne', 'lignes', 'appels', 'numero', 'cours', 'seance', 'seances', 'atelier',
  'ateliers', 'entrainement', 'entrainements', 'stage', 'stages', 'messe', 'messes', 'culte', 'cultes', 'celebration', 'celebrations',
  'depart', 'departs', 'passage', 'passages', 'navette', 'navettes', 'livraison', 'livraisons', 'tournee', 'collecte', 'ramassage',
  'gratuit', 'gratuite', 'gratuits', 'gratuites', 'payant', 'payante', 'payants', 'tarif', 'tarifs', 'prix', 'euros', 'eur',
  'debutants', 'debutant', 'confirmes', 'intermediaires', 'niveau', 'niveaux', 'moins', 'age', 'ages', 'retrait', 'retraits',
  'depot', 'depots', 'roulement', 'tour', 'role', 'preference', 'urgence', 'urgences', 'familles',
  // services of a place with hours of their own ("Billetterie …", "Drive …", "leçons de natation")
  'lecon', 'lecons', 'billetterie', 'billetteries', 'caisse', 'caisses', 'click', 'collect', 'emporter',
  'cuisine', 'astreinte', 'astreintes', 'depannage', 'depannages', 'garde', 'hotline', 'sav', 'snack', 'buvette', 'consigne', 'toboggan',
  'carburant', 'aquagym', 'terrasse', 'commandes', 'bus', 'car', 'bateau', 'visio', 'voisin', 'voisine', 'partenaire',
  // audiences with hours of their own
  'enfants', 'enfant', 'adultes', 'adulte', 'jeunes', 'ados', 'adolescents', 'seniors', 'groupe', 'groupes', 'individuels',
  'individuel', 'femmes', 'hommes', 'bebes', 'etudiants', 'pros', 'professionnels', 'particuliers', 'entreprises', 'adherents',
  'abonnes', 'membres', 'licencies', 'habitants', 'residents',
  // ask before coming, see elsewhere
  'appel', 'appeler', 'appelez', 'telephone', 'telephoner', 'telephonez', 'tel', 'contacter', 'contactez', 'joindre', 'renseignement',
  'renseignements', 'renseigner', 'renseignez', 'info', 'infos', 'information', 'informations', 'reserver', 'reservez', 'inscription',
  'inscriptions', 'inscrire', 'inscrivez', 'prealable', 'prealablement', 'confirmer', 'verifier', 'verifiez', 'prevenir', 'mail', 'email',
  'courriel', 'internet', 'web', 'facebook', 'contact', 'voir', 'consulter', 'consultez', 'affiche', 'affichage', 'planning', 'calendrier',
]);

/** Words of a part of the day or week, neutral in a heading ("Jours et horaires d'ouverture :", "Matin :"). */
const NEUTRAL_IN_HEADING: ReadonlySet<string> = new Set([
  'jour', 'jours', 'journee', 'journees', 'semaine', 'semaines', 'matin', 'matins', 'matinee', 'matinees', 'midi', 'soir', 'soirs',
  'soiree', 'soirees', 'heure', 'minute', 'minutes', 'mois', 'week', 'weekend',
  // "Nouveaux horaires :": the hours now (a date after it is read, and refused, on its own)
  'nouveau', 'nouveaux', 'nouvel', 'nouvelle', 'nouvelles',
]);

/** "Anciens horaires :", "Horaires de Noël :", "Réservé aux seniors :": a heading word that limits the hours below it. */
export function limitsHoursInHeading(word: string): boolean {
  return TIME_CHANGING_WORDS.has(word) && !NEUTRAL_IN_HEADING.has(word);
}

/** Words of a phone line, a customer service, deliveries or the day of rest: a heading of them does not head opening hours ("Tél. :"). */
const OTHER_LINE_WORDS: ReadonlySet<string> = new Set([
  'tel', 'telephone', 'telephonique', 'telephoniques', 'hotline', 'standard', 'ligne', 'lignes', 'appel', 'appels', 'joignable', 'joignables',
  'numero', 'numeros', 'repondeur', 'astreinte', 'astreintes', 'appeler', 'appelez', 'joindre', 'livraison', 'livraisons',
  // a customer service's or an after-sales desk's hours, often a phone line's ("Service client :", "SAV :")
  'sav', 'client', 'clients', 'support', 'assistance',
  // a heading naming the closing day ("Repos hebdomadaire : lundi. 9h-19h" gave the closed day the hours)
  'repos', 'relache', 'inactif', 'inactive',
]);

/** "Tél. : …", "Permanence téléphonique : …", "Livraisons : …": a heading word naming a phone line or deliveries. */
export function otherLineInHeading(word: string): boolean {
  return OTHER_LINE_WORDS.has(word);
}

/** A phrase of the scanner's own ("sans rendez-vous", "y compris les jours fériés") is read before these are asked. */
function meaningWord(word: string): boolean {
  // (A weekday's name left unread, "du lundi vendredi", is never narrative.)
  return TIME_CHANGING_WORDS.has(word) || OTHER_HOURS_WORDS.has(word) || isWeekdayName(word) || misspeltMeaningWord(word);
}

const LONG_MEANING_WORDS: readonly string[] = [...TIME_CHANGING_WORDS, ...OTHER_HOURS_WORDS].filter((w) => w.length >= 7);

/**
 * "Exeptionnellement", "Provisoirment": a long word one typo away from a word of meaning (two for the longest) may
 * be it; set aside, its meaning would be lost (found by probing). Shorter words are too often other real words
 * ("charge" and "change", "accueillis" and "accueillait").
 */
function misspeltMeaningWord(word: string): boolean {
  if (word.length < 8) return false;
  const known = misspelt.get(word);
  if (known !== undefined) return known;
  const limit = word.length >= 12 ? 2 : 1;
  const found = LONG_MEANING_WORDS.some((m) => Math.abs(m.length - word.length) <= limit && editDistance(word, m, limit) <= limit);
  if (misspelt.size > 5000) misspelt.clear();
  misspelt.set(word, found);
  return found;
}

/** Memo of the words asked: the same words come back at every text of a column. */
const misspelt = new Map<string, boolean>();

const SENTENCE_ENDS = '.;\n';

/** Words that open a noun phrase or a clause: determiners and subject pronouns ("les usagers sont accueillis"). */
const CLAUSE_STARTS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'son', 'sa', 'ses',
  'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous',
]);

/** Inside the schedule, after a comma: a clause or a place ("…, à St Cast, de 17h à 20h"), never "de" (a time's). */
const CLAUSE_STARTS_INSIDE: ReadonlySet<string> = new Set([...CLAUSE_STARTS, 'a', 'dans', 'sur', 'sous', 'chez', 'pres', 'devant', 'aupres']);

/**
 * Words that open a phrase around the schedule: a clause, a place ("à la salle …", "au sein du …", "dans les …"),
 * a participle of the scanner's ("assuré par …"), or a known verb ("accueille les lecteurs …").
 */
const PHRASE_STARTS: ReadonlySet<string> = new Set([
  ...CLAUSE_STARTS, ...FILLER_WORDS, 'dans', 'sur', 'sous', 'chez', 'pres', 'devant', 'derriere', 'avec', 'via', 'aupres', 'qui', 'y',
  'alors', 'ainsi', 'actuellement',
]);

/** Prepositions that open a place ("à la gare", "en salle B", "dans les locaux de …"). */
const LOCATIVES = ['a', 'au', 'aux', 'en', 'dans', 'chez', 'sur', 'sous', 'pres', 'devant', 'aupres'];

/** Whether token t belongs to an item that says something of the schedule, or to a comment on it. */
function inContent(items: readonly Item[], t: number): boolean {
  return items.some((it) => it.kind !== 'sep' && it.from <= t && t < it.to);
}

/** The first token of the phrase holding k: back over words outside the schedule's items, to punctuation. */
function phraseStart(c: TokenCursor, items: readonly Item[], k: number): number {
  let s = k;
  const word = (t: number) => t >= 0 && c.tokens[t].kind === 'word' && !inContent(items, t);
  // A hyphen inside a name ("Jean-Lurçat", "Saint-Cast") keeps the phrase going.
  while (word(s - 1) || (c.isPunct(s - 1, '-') && word(s - 2) && c.tokens[s - 2].end === c.tokens[s - 1].start)) s--;
  return s;
}

/** The first and last tokens of the items that say something of the schedule. */
function contentSpan(items: readonly Item[]): { first: number; last: number } | undefined {
  const content = items.filter((it) => it.kind !== 'sep' && it.kind !== 'comment');
  if (content.length === 0) return undefined;
  return { first: Math.min(...content.map((it) => it.from)), last: Math.max(...content.map((it) => it.to)) };
}

/**
 * Words inside the schedule (between its first and last items) are set aside only in a text of one rule: one
 * phrase of days at most, and the words within one sentence ("Du lundi au vendredi, les usagers sont accueillis,
 * le matin de 8 h 30 à 13 heures …"). Between two rules they may name another place or service, with hours of its own.
 */
function insideOneRule(c: TokenCursor, items: readonly Item[], k: number): boolean {
  if (items.filter((it) => it.kind === 'days').length > 1) return false;
  const before = items.filter((it) => it.kind !== 'sep' && it.kind !== 'comment' && it.to <= k);
  const after = items.filter((it) => it.kind !== 'sep' && it.kind !== 'comment' && it.from > k);
  const from = Math.max(...before.map((it) => it.to));
  const to = Math.min(...after.map((it) => it.from));
  for (let t = from; t < to; t++) if (c.isPunct(t, SENTENCE_ENDS)) return false;
  return true;
}

/**
 * Sets aside the words not understood when each is a plain word of narrative (no number, no word of
 * `TIME_CHANGING_WORDS` or `OTHER_HOURS_WORDS` nor one a typo away, no question, not in brackets) and each stands before the schedule, after it, or inside a text of
 * one rule. The text must name its days: hours alone beside narrative are mostly one event's ("Horaires 16h30-19h30
 * - Médiathèque de …").
 */
export function setAsideNarrative(c: TokenCursor, items: readonly Item[], unknown: number[]): { unknown: number[]; found: boolean } {
  if (unknown.length === 0) return { unknown, found: false };
  const span = contentSpan(items);
  if (!span) return { unknown, found: false };
  if (c.tokens.some((t) => t.kind === 'other' && t.char === '?')) return { unknown, found: false };
  if (!items.some((it) => it.kind === 'days')) return { unknown, found: false };
  const severalRules = items.filter((it) => it.kind === 'days').length > 1;
  for (const k of unknown) {
    const token = c.tokens[k];
    if (token.kind === 'other') {
      if (token.char === '*') return { unknown, found: false };
      continue;
    }
    if (token.kind !== 'word' || meaningWord(token.text) || c.insideBrackets(k)) return { unknown, found: false };
    // "s'il pleut": a condition ("s'y rendre" is not).
    if (c.isWord(k, 's') && c.isWord(k + 1, 'il', 'ils')) return { unknown, found: false };
    // The words form a phrase: opened by a determiner, a preposition or a known verb, never a bare word
    // ("xyz mardi 13h-16h"); inside the schedule, a clause between commas.
    const start = phraseStart(c, items, k);
    const middle = k >= span.first && k < span.last;
    // "Le mercredi de 14h à 17h à la mairie, le samedi de 9h à 12h à la gare": a place said after the schedule
    // began, in a text of several rules, may be one rule's only.
    if (k >= span.first && severalRules && c.isWord(start, ...LOCATIVES)) return { unknown, found: false };
    // "…, le samedi de 9h à 12h avec accompagnateur": after the last of several rules, maybe that rule's only.
    if (k >= span.last && severalRules) return { unknown, found: false };
    if (middle) {
      if (!insideOneRule(c, items, k) || !c.isPunct(start - 1, ',') || !CLAUSE_STARTS_INSIDE.has(c.word(start) ?? '')) return { unknown, found: false };
    } else if (!PHRASE_STARTS.has(c.word(start) ?? '')) return { unknown, found: false };
  }
  return { unknown: [], found: true };
}
