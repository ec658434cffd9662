// Problem codes of Validata's custom checks (`custom_checks` of schema.data.gouv.fr schemas), each
// declared once with its severity, tags and messages (in Validata's French wording where it has one).
// Each code is the check's name in Validata (its current name when it was renamed: french-siret-value
// also answers to `siret`, see checks/custom/index.ts).
import type { CodeDeclaration } from '../codeDeclaration';
import { issuesFromParams, type OpeningHoursIssue } from './openingHoursIssueParams';
import type { ProblemParams } from '../problem';
import { counted } from '../messages/plural';
import type { Locale } from '../messages/types';

const list = (value: ProblemParams[string]): string => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));

/** “a”, “b” and “c” — or « a », « b » et « c » in French. */
const quotedList = (value: ProblemParams[string], and: string, locale: 'en' | 'fr' = 'en'): string => {
  const [open, close] = locale === 'fr' ? ['« ', ' »'] : ['“', '”'];
  const names = (Array.isArray(value) ? value : [String(value ?? '')]).map((name) => `${open}${name}${close}`);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
};

const quotedListFr = (value: ProblemParams[string], and = 'et'): string => quotedList(value, and, 'fr');

const operatorWords: Record<string, { en: string; fr: string }> = {
  '>': { en: 'greater than', fr: 'supérieure' },
  '>=': { en: 'greater than or equal to', fr: 'supérieure ou égale' },
  '==': { en: 'equal to', fr: 'égale' },
  '<=': { en: 'less than or equal to', fr: 'inférieure ou égale' },
  '<': { en: 'less than', fr: 'inférieure' },
};

// ---- opening hours: the issues read from the opening_hours library (engine/checks/custom/openingHoursIssues.ts),
// phrased by us: the library's own text never reaches the user.

const q = (text: string | undefined, locale: Locale): string => (locale === 'fr' ? `« ${text ?? ''} »` : `“${text ?? ''}”`);

/** " (caractère 12)" / " (character 12)" when the position is known. */
function at(issue: OpeningHoursIssue, locale: Locale): string {
  if (issue.position === undefined) return '';
  return locale === 'fr' ? ` (caractère ${issue.position})` : ` (character ${issue.position})`;
}

/** The English abbreviations the syntax wants, for days or months. */
function canonical(about: string | undefined, locale: Locale): string {
  if (about === 'month') return locale === 'fr' ? 'écrivez les mois en abréviations anglaises (Jan, Feb, Mar, …, Dec)' : 'write months as English abbreviations (Jan, Feb, Mar, …, Dec)';
  return locale === 'fr' ? 'écrivez les jours en abréviations anglaises (Mo, Tu, We, Th, Fr, Sa, Su)' : 'write days as English abbreviations (Mo, Tu, We, Th, Fr, Sa, Su)';
}

/** What the library calls its selectors ("weekdays", "time ranges"…), as a group noun. */
const selectorNames: Record<string, Record<Locale, string>> = {
  weekdays: { en: 'weekdays', fr: 'jours de la semaine' },
  months: { en: 'months', fr: 'mois' },
  'time ranges': { en: 'time ranges', fr: 'plages horaires' },
  'week ranges': { en: 'week ranges', fr: 'plages de semaines' },
  'holiday ranges': { en: 'holidays', fr: 'jours fériés ou vacances' },
  'year ranges': { en: 'year ranges', fr: 'plages d’années' },
  comments: { en: 'comments', fr: 'commentaires' },
  'state keywords': { en: 'state keywords (open, closed, off, unknown)', fr: 'mots d’état (open, closed, off, unknown)' },
};

function selectorName(issue: OpeningHoursIssue, locale: Locale): string {
  return selectorNames[issue.about ?? '']?.[locale] ?? issue.about ?? '';
}

type IssuePhrase = (issue: OpeningHoursIssue, locale: Locale) => string;

/** One sentence per kind of issue, in each language. */
const issuePhrases: Record<string, { en: IssuePhrase; fr: IssuePhrase }> = {
  // Why a value is invalid
  empty: { en: () => 'the value holds no opening hours', fr: () => 'la valeur ne contient aucun horaire' },
  'unknown-word': {
    en: (i, l) => (i.word ? `${q(i.word, l)} is not understood here${at(i, l)}` : `text not understood${at(i, l)}`),
    fr: (i, l) => (i.word ? `${q(i.word, l)} n’est pas compris à cet endroit${at(i, l)}` : `texte non compris${at(i, l)}`),
  },
  'ambiguous-word': {
    en: (i, l) => `${q(i.word, l)} is ambiguous${at(i, l)}: it names a different ${i.about === 'month' ? 'month' : 'day'} in different languages; ${canonical(i.about, l)}`,
    fr: (i, l) => `${q(i.word, l)} est ambigu${at(i, l)} : selon la langue, il désigne ${i.about === 'month' ? 'des mois' : 'des jours'} différents ; ${canonical(i.about, l)}`,
  },
  'foreign-word': {
    en: (i, l) => `${q(i.word, l)} is not a known ${i.about === 'month' ? 'month' : 'day'} abbreviation${at(i, l)}: ${canonical(i.about, l)}`,
    fr: (i, l) => `${q(i.word, l)} n’est pas une abréviation de ${i.about === 'month' ? 'mois' : 'jour'} reconnue${at(i, l)} : ${canonical(i.about, l)}`,
  },
  'season-word': {
    en: () => 'seasons (summer, winter…) are vague: give the months or the dates, e.g. Jun-Aug',
    fr: () => 'les saisons (été, hiver…) sont imprécises : indiquez les mois ou les dates, par exemple Jun-Aug',
  },
  'bad-time': {
    en: (i, l) => `wrong time ${q(i.word, l)}${at(i, l)}: write times as HH:MM, from 00:00 to 24:00, minutes from 00 to 59`,
    fr: (i, l) => `heure incorrecte ${q(i.word, l)}${at(i, l)} : écrivez les heures HH:MM, de 00:00 à 24:00, les minutes de 00 à 59`,
  },
  'bad-time-range': {
    en: (i, l) => `incomplete or malformed time range ${q(i.word, l)}${at(i, l)}: write it HH:MM-HH:MM, e.g. 08:30-12:00`,
    fr: (i, l) => `plage horaire incomplète ou mal écrite ${q(i.word, l)}${at(i, l)} : écrivez-la HH:MM-HH:MM, par exemple 08:30-12:00`,
  },
  'missing-symbol': {
    en: (i, l) => `${q(i.hint, l)} missing${at(i, l)}`,
    fr: (i, l) => `${q(i.hint, l)} manquant${at(i, l)}`,
  },
  'impossible-day': {
    en: (i, l) => `day ${q(i.word, l)} does not exist in ${q(i.about, l)}${at(i, l)}`,
    fr: (i, l) => `le jour ${q(i.word, l)} n’existe pas en ${q(i.about, l)}${at(i, l)}`,
  },
  'reversed-range': {
    en: (i, l) => `range in reverse order ${q(i.word, l)}${at(i, l)}: write the start before the end`,
    fr: (i, l) => `plage à l’envers ${q(i.word, l)}${at(i, l)} : écrivez le début avant la fin`,
  },
  'bad-week': {
    en: (i, l) => `impossible week number or period ${q(i.word, l)}${at(i, l)}: weeks go from 1 to 53`,
    fr: (i, l) => `numéro ou période de semaine impossible ${q(i.word, l)}${at(i, l)} : les semaines vont de 1 à 53`,
  },
  'bad-weekday-index': {
    en: (i, l) => `impossible day rank ${q(i.word, l)}${at(i, l)}: in brackets, write 1 to 5 or -1 to -5, e.g. Mo[1] for the first Monday of the month`,
    fr: (i, l) => `rang de jour impossible ${q(i.word, l)}${at(i, l)} : entre crochets, écrivez 1 à 5 ou -1 à -5, par exemple Mo[1] pour le premier lundi du mois`,
  },
  'misplaced-comma': {
    en: (i, l) => `misplaced comma${at(i, l)}: separate rules with ${q(';', l)}`,
    fr: (i, l) => `virgule mal placée${at(i, l)} : séparez les règles par ${q(';', l)}`,
  },
  'empty-rule': {
    en: (i, l) => `empty rule${at(i, l)}: remove the extra separator (${q(';', l)} or ${q('||', l)})`,
    fr: (i, l) => `règle vide${at(i, l)} : retirez le séparateur en trop (${q(';', l)} ou ${q('||', l)})`,
  },
  'validata-syntax': {
    en: (i, l) => {
      const where = i.word ? `${q(i.word, l)}${at(i, l)}` : `the end of the value${at(i, l)}`;
      switch (i.about) {
        case 'point-in-time':
          return `Validata refuses a time without an end ${where}: give a range, e.g. 08:00-12:00`;
        case 'nth-from-end':
          return `Validata refuses a day counted from the end of the month ${where}`;
        case 'easter-day':
          return `Validata refuses a range from Easter to a day number ${where}`;
        case 'number-too-large':
          return `number too large for Validata ${where}`;
        default:
          return `Validata, which reads opening hours with opening-hours-py, stops at ${where}: it wants the strict syntax, with days and months as English abbreviations written as such (Mo, Jan), hours on two digits (08:00) and rules separated by “; ”`;
      }
    },
    fr: (i, l) => {
      const where = i.word ? `${q(i.word, l)}${at(i, l)}` : `la fin de la valeur${at(i, l)}`;
      switch (i.about) {
        case 'point-in-time':
          return `Validata refuse une heure sans fin ${where} : indiquez une plage, par exemple 08:00-12:00`;
        case 'nth-from-end':
          return `Validata refuse un jour compté depuis la fin du mois ${where}`;
        case 'easter-day':
          return `Validata refuse une période allant de Pâques à un numéro de jour ${where}`;
        case 'number-too-large':
          return `nombre trop grand pour Validata ${where}`;
        default:
          return `Validata, qui lit les horaires avec opening-hours-py, s’arrête à ${where} : il attend la syntaxe stricte, jours et mois en abréviations anglaises telles quelles (Mo, Jan), heures sur deux chiffres (08:00), règles séparées par « ; » suivi d’une espace`;
      }
    },
  },
  syntax: {
    en: (i) => (i.position === undefined ? 'the value is not valid opening_hours syntax' : `the value is not valid opening_hours syntax at character ${i.position}`),
    fr: (i) => (i.position === undefined ? 'la valeur n’est pas une syntaxe opening_hours valide' : `la valeur n’est pas une syntaxe opening_hours valide au caractère ${i.position}`),
  },

  // What the library corrects in a value it accepts
  'write-instead': {
    en: (i, l) => (i.hint ? `write ${q(i.hint, l)} instead of ${q(i.word, l)}${at(i, l)}` : `remove ${q(i.word, l)}${at(i, l)}`),
    fr: (i, l) => (i.hint ? `écrivez ${q(i.hint, l)} au lieu de ${q(i.word, l)}${at(i, l)}` : `retirez ${q(i.word, l)}${at(i, l)}`),
  },
  'english-abbreviation': {
    en: (i, l) => `write ${q(i.hint, l)} instead of ${q(i.word, l)}${at(i, l)}, as an English abbreviation`,
    fr: (i, l) => `écrivez ${q(i.hint, l)} au lieu de ${q(i.word, l)}${at(i, l)}, en abréviation anglaise`,
  },
  assumed: {
    en: (i, l) => `${q(i.word, l)} was read as ${q(i.hint, l)}${at(i, l)}: check it`,
    fr: (i, l) => `${q(i.word, l)} a été lu comme ${q(i.hint, l)}${at(i, l)} : vérifiez-le`,
  },
  'remove-word': {
    en: (i, l) => `remove ${q(i.word, l)}${at(i, l)}`,
    fr: (i, l) => `retirez ${q(i.word, l)}${at(i, l)}`,
  },
  'hour-letter': {
    en: (i, l) => `write times with ${q(':', l)} (08:30), without ${q(i.word, l)}`,
    fr: (i, l) => `écrivez les heures avec ${q(':', l)} (08:30), sans ${q(i.word, l)}`,
  },
  'twelve-hour-clock': {
    en: () => 'write times on the 24-hour clock (14:00, not 2 pm)',
    fr: () => 'écrivez les heures de 00:00 à 24:00 (14:00 et non 2 pm)',
  },
  'hour-separator': {
    en: (i, l) => `separate hours from minutes with ${q(':', l)} (08:30)`,
    fr: (i, l) => `séparez les heures des minutes par ${q(':', l)} (08:30)`,
  },
  'degree-sign': {
    en: (i, l) => `${q('°', l)} is not a zero: write 0${at(i, l)}`,
    fr: (i, l) => `${q('°', l)} n’est pas un zéro : écrivez 0${at(i, l)}`,
  },
  'year-number': {
    en: (i, l) => `the number ${q(i.word, l)} is read as a year${at(i, l)}; a time is written HH:MM (12:00)`,
    fr: (i, l) => `le nombre ${q(i.word, l)} est lu comme une année${at(i, l)} ; une heure s’écrit HH:MM (12:00)`,
  },
  'unconnected-selectors': {
    en: (i, l) => `${i.count ?? 2} unconnected groups of ${selectorName(i, l)} in one rule${at(i, l)}: join them with a comma (Mo-We,Fr; 08:00-12:00,14:00-18:00), or separate the rules with ${q(';', l)}`,
    fr: (i, l) => `${i.count ?? 2} groupes de ${selectorName(i, l)} non reliés dans une même règle${at(i, l)} : reliez-les par une virgule (Mo-We,Fr ; 08:00-12:00,14:00-18:00), ou séparez les règles par ${q(';', l)}`,
  },
  'several-in-rule': {
    en: (i, l) => `several ${selectorName(i, l)} in one rule${at(i, l)}: a rule takes only one`,
    fr: (i, l) => `plusieurs ${selectorName(i, l)} dans une même règle${at(i, l)} : une règle n’en admet qu’un`,
  },
  'default-state': {
    en: () => 'this rule changes the default state but is not the first: it overrides every rule before it',
    fr: () => 'cette règle change l’état par défaut sans être la première : elle remplace toutes les règles précédentes',
  },
  'no-time': {
    en: (i, l) => `rule ${q(i.word, l)} without hours${at(i, l)}: add them, e.g. 10:00-19:00, or a comment`,
    fr: (i, l) => `règle ${q(i.word, l)} sans heures${at(i, l)} : ajoutez-les, par exemple 10:00-19:00, ou un commentaire`,
  },
  'empty-comment': {
    en: (i, l) => `empty comment${at(i, l)}: write something in it, or use the keyword unknown`,
    fr: (i, l) => `commentaire vide${at(i, l)} : écrivez-y quelque chose, ou utilisez le mot-clé unknown`,
  },
  'misplaced-colon': {
    en: (i, l) => `misplaced ${q(':', l)}${at(i, l)}`,
    fr: (i, l) => `${q(':', l)} mal placé${at(i, l)}`,
  },
  'overrides-previous': {
    en: (i, l) => `this rule overrides part of the previous one, which ends after midnight${at(i, l)}: if it adds to it, separate them with ${q(',', l)} instead of ${q(';', l)}`,
    fr: (i, l) => `cette règle remplace une partie de la précédente, qui finit après minuit${at(i, l)} : si elle s’y ajoute, séparez-les par ${q(',', l)} au lieu de ${q(';', l)}`,
  },
  'closed-after-comma': {
    en: (i, l) => `a closing rule is separated from the previous one by ${q(';', l)}, not ${q(',', l)}${at(i, l)}`,
    fr: (i, l) => `une règle de fermeture se sépare de la précédente par ${q(';', l)}, pas par ${q(',', l)}${at(i, l)}`,
  },
  'strange-24-7': {
    en: (i, l) => `24/7 is used in a way that probably does not mean ${q('all day, every day', l)}: write open or closed, then the exceptions`,
    fr: (i, l) => `24/7 est employé d’une façon qui ne veut sans doute pas dire ${q('tous les jours, toute la journée', l)} : écrivez open ou closed, puis les exceptions`,
  },
  'no-public-holiday': {
    en: (i, l) => `public holidays are not specified: add ${q('PH off', l)} if the place is closed then`,
    fr: (i, l) => `les jours fériés ne sont pas précisés : ajoutez ${q('PH off', l)} si le lieu est alors fermé`,
  },
  'combine-rules': {
    en: (i, l) => `several rules hold only times: join them with ${q(',', l)}`,
    fr: (i, l) => `plusieurs règles ne contiennent que des heures : réunissez-les avec ${q(',', l)}`,
  },
  reordered: {
    en: () => 'the parts of a rule are put back in the usual order',
    fr: () => 'les éléments d’une règle sont remis dans l’ordre habituel',
  },
  'no-colon-after': {
    en: (i, l) => `no ${q(':', l)} after ${q(i.word, l)}`,
    fr: (i, l) => `pas de ${q(':', l)} après ${q(i.word, l)}`,
  },
  'period-one': {
    en: (i, l) => `a period of 1 is useless: remove ${q('/1', l)}${at(i, l)}`,
    fr: (i, l) => `une période de 1 ne sert à rien : retirez ${q('/1', l)}${at(i, l)}`,
  },
  'without-minutes': {
    en: (i, l) => (i.hint ? `times without minutes: write ${q(i.hint, l)}` : 'times without minutes: write them HH:MM (08:00)'),
    fr: (i, l) => (i.hint ? `heures sans minutes : écrivez ${q(i.hint, l)}` : 'heures sans minutes : écrivez-les HH:MM (08:00)'),
  },
  'single-digit-hour': {
    en: (i, l) => `hour ${q(i.word, l)} without a leading zero${at(i, l)}: write 0${i.word ?? ''} (morning) or ${i.hint ?? ''} (afternoon)`,
    fr: (i, l) => `heure ${q(i.word, l)} sans zéro initial${at(i, l)} : écrivez 0${i.word ?? ''} (le matin) ou ${i.hint ?? ''} (l’après-midi)`,
  },
  'trailing-separator': {
    en: (i, l) => `the value ends with ${q(i.word, l)}: complete it or remove the ${q(i.word, l)}`,
    fr: (i, l) => `la valeur se termine par ${q(i.word, l)} : complétez-la ou retirez ce ${q(i.word, l)}`,
  },
  'useless-zero': {
    en: (i, l) => `adding 0 changes nothing${at(i, l)}: remove it`,
    fr: (i, l) => `ajouter 0 ne change rien${at(i, l)} : retirez-le`,
  },
  past: {
    en: (i, l) => `date in the past ${q(i.word, l)}${at(i, l)}`,
    fr: (i, l) => `date passée ${q(i.word, l)}${at(i, l)}`,
  },
  correction: {
    en: (i, l) => (i.position === undefined ? 'automatic correction' : `automatic correction near ${q(i.word, l)}${at(i, l)}`),
    fr: (i, l) => (i.position === undefined ? 'correction automatique' : `correction automatique près de ${q(i.word, l)}${at(i, l)}`),
  },
};

/** The sentence of an issue; a kind this catalog does not know is said with the fallback kind's words. */
function issueSentence(issue: OpeningHoursIssue, locale: Locale, fallback: 'syntax' | 'correction'): string {
  const phrase = issuePhrases[issue.kind] ?? issuePhrases[fallback];
  return phrase[locale](issue, locale);
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const OSM_EXAMPLE = 'Mo-Fr 08:30-12:00,14:00-17:30; Sa 09:00-12:00';

/** The message of `opening-hours-value`: Validata's wording, then what is wrong, in our words. */
function openingHoursMessage(p: ProblemParams, locale: Locale): string {
  const issues = issuesFromParams(p);
  const fr = locale === 'fr';
  if (p.variant === 'warning') {
    const said = issues.map((issue) => issueSentence(issue, locale, 'correction')).join(fr ? ' ; ' : '; ');
    const suggestion = p.suggestion ? (fr ? ` Valeur proposée : « ${p.suggestion} ».` : ` Suggested value: “${p.suggestion}”.`) : '';
    return fr ? `Horaires d'ouverture acceptés seulement après correction : ${said}.${suggestion}` : `Opening hours accepted only with corrections: ${said}.${suggestion}`;
  }
  const base = fr
    ? `Horaires d'ouverture incorrects : la valeur doit respecter la spécification OpenStreetMap opening_hours (ex. « ${OSM_EXAMPLE} »).`
    : `Incorrect opening hours: the value must follow the OpenStreetMap opening_hours syntax (e.g. “${OSM_EXAMPLE}”).`;
  const why = issues.map((issue) => `${capitalized(issueSentence(issue, locale, 'syntax'))}.`).join(' ');
  const suggestion = p.suggestion ? (fr ? ` Valeur proposée : « ${p.suggestion} ».` : ` Suggested value: “${p.suggestion}”.`) : '';
  return `${why ? `${base} ${why}` : base}${suggestion}`;
}

export const customCheckCodes = {
  'french-siret-value': {
    severity: 'error',
    tags: ['cell'],
    // SIRET / SIREN
    message: {
      en: '“{value}” is not a valid French SIRET number: its check digit is wrong (INSEE’s Luhn key). Check for a mistyped digit.',
      fr: "La valeur « {value} » n'est pas un numéro SIRET français valide : sa clé de contrôle (formule de Luhn de l'INSEE) est fausse. Vérifiez qu'aucun chiffre n'a été mal saisi.",
    },
    variants: {
      format: {
        en: '“{value}” is not a valid French SIRET number: a SIRET is made of 14 digits only.',
        fr: "La valeur « {value} » n'est pas un numéro SIRET français valide : un SIRET ne contient que 14 chiffres.",
      },
      length: {
        en: (p) => `“${p.value}” is not a valid French SIRET number: it has ${counted(p.digitCount, 'en', 'digit', 'digits')} instead of 14.`,
        fr: (p) => `La valeur « ${p.value} » n'est pas un numéro SIRET français valide : elle compte ${counted(p.digitCount, 'fr', 'chiffre', 'chiffres')} au lieu de 14.`,
      },
      'siren-instead': {
        en: '“{value}” is a SIREN (9 digits, the company), not a SIRET (14 digits, the establishment): add the 5 digits of the establishment (NIC).',
        fr: "La valeur « {value} » est un SIREN (9 chiffres, l'entreprise) et non un SIRET (14 chiffres, l'établissement) : ajoutez les 5 chiffres de l'établissement (NIC).",
      },
      'leading-zero-lost': {
        en: '“{value}” is a SIRET whose leading zero was lost (the column was read as a number): write “{suggestion}” and keep the column as text.',
        fr: "La valeur « {value} » est un SIRET dont le zéro initial a été perdu (la colonne a été lue comme un nombre) : écrivez « {suggestion} » et gardez la colonne au format texte.",
      },
      'scientific-notation': {
        en: '“{value}” is a SIRET turned into scientific notation by a spreadsheet: its last digits are lost. Type the number again with the column formatted as text.',
        fr: "La valeur « {value} » est un SIRET transformé en notation scientifique par un tableur : ses derniers chiffres sont perdus. Ressaisissez le numéro, la colonne étant au format texte.",
      },
    },
  },
  'french-siren-value': {
    severity: 'error',
    tags: ['cell'],
    message: {
      en: '“{value}” is not a valid French SIREN number: its check digit is wrong (INSEE’s Luhn key). Check for a mistyped digit.',
      fr: "La valeur « {value} » n'est pas un numéro SIREN français valide : sa clé de contrôle (formule de Luhn de l'INSEE) est fausse. Vérifiez qu'aucun chiffre n'a été mal saisi.",
    },
    variants: {
      format: {
        en: '“{value}” is not a valid French SIREN number: a SIREN is made of 9 digits only.',
        fr: "La valeur « {value} » n'est pas un numéro SIREN français valide : un SIREN ne contient que 9 chiffres.",
      },
      length: {
        en: (p) => `“${p.value}” is not a valid French SIREN number: it has ${counted(p.digitCount, 'en', 'digit', 'digits')} instead of 9 (a SIRET has 14: its first 9 are the SIREN).`,
        fr: (p) =>
          `La valeur « ${p.value} » n'est pas un numéro SIREN français valide : elle compte ${counted(p.digitCount, 'fr', 'chiffre', 'chiffres')} au lieu de 9 (un SIRET en compte 14, dont les 9 premiers forment le SIREN).`,
      },
      'leading-zero-lost': {
        en: '“{value}” is a SIREN whose leading zero was lost (the column was read as a number): write “{suggestion}” and keep the column as text.',
        fr: "La valeur « {value} » est un SIREN dont le zéro initial a été perdu (la colonne a été lue comme un nombre) : écrivez « {suggestion} » et gardez la colonne au format texte.",
      },
      'scientific-notation': {
        en: '“{value}” is a SIREN turned into scientific notation by a spreadsheet. Type the number again with the column formatted as text.',
        fr: "La valeur « {value} » est un SIREN transformé en notation scientifique par un tableur. Ressaisissez le numéro, la colonne étant au format texte.",
      },
    },
  },
  /** Values Validata refuses are errors; values it accepts but the opening_hours library warns about are warnings. */
  'opening-hours-value': {
    severity: 'error',
    tags: ['cell'],
    // Opening hours
    message: {
      en: (p) => openingHoursMessage(p, 'en'),
      fr: (p) => openingHoursMessage(p, 'fr'),
    },
    variants: {
      warning: {
        en: (p) => openingHoursMessage(p, 'en'),
        fr: (p) => openingHoursMessage(p, 'fr'),
      },
    },
  },
  'phone-number-value': {
    severity: 'error',
    tags: ['cell'],
    // Phone numbers
    message: {
      en: 'Invalid phone number “{value}”. Accepted numbers are French 10-digit numbers (01 99 00 27 37) or international numbers with the country code (+33 1 99 00 27 37); short numbers (115, 3949) are accepted too.',
      fr: 'Numéro de téléphone invalide « {value} ». Les numéros acceptés sont les numéros français à 10 chiffres (01 99 00 27 37) ou au format international avec le préfixe du pays (+33 1 99 00 27 37) ; les numéros courts (115, 3949) sont également acceptés.',
    },
    variants: {
      characters: {
        en: 'Invalid phone number “{value}”: one cell holds one number, with digits, spaces, dots or hyphens only (01 99 00 27 37, +33 1 99 00 27 37).',
        fr: 'Numéro de téléphone invalide « {value} » : une cellule contient un seul numéro, fait de chiffres, espaces, points ou tirets (01 99 00 27 37, +33 1 99 00 27 37).',
      },
      length: {
        en: 'Invalid phone number “{value}”: a French number has 10 digits, this one has {digitCount}.',
        fr: 'Numéro de téléphone invalide « {value} » : un numéro français compte 10 chiffres, celui-ci en a {digitCount}.',
      },
      'overseas-national': {
        en: 'Phone number “{value}” of an overseas department: Validata accepts it only in international form, “{suggestion}”.',
        fr: "Numéro de téléphone d'outre-mer « {value} » : Validata ne l'accepte qu'au format international, « {suggestion} ».",
      },
    },
  },
  'french-gps-coordinates': {
    severity: 'error',
    tags: ['cell'],
    // GPS coordinates
    message: {
      en: 'The value {value} does not match valid French GPS coordinates: the point (latitude {lat}, longitude {lon}) is not in France, metropolitan or overseas.',
      fr: 'La valeur {value} ne correspond pas à des coordonnées GPS françaises valides : le point (latitude {lat}, longitude {lon}) ne se trouve ni en France métropolitaine ni outre-mer.',
    },
    variants: {
      swapped: {
        en: 'The value {value} matches swapped French GPS coordinates: exchanged, latitude and longitude fall in {territoryEn}.',
        fr: 'La valeur {value} correspond à des coordonnées GPS françaises inversées : une fois échangées, latitude et longitude tombent en {territoryFr}.',
      },
      // The check's error on a row whose swap coordinates-swapped reports (and offers to fix).
      'swap-reported': {
        en: 'The value {value} does not match valid French GPS coordinates: the point (latitude {lat}, longitude {lon}) is not in France, metropolitan or overseas; its latitude and longitude look inverted (see the coordinates-swapped warning of this row, which offers the swap).',
        fr: "La valeur {value} ne correspond pas à des coordonnées GPS françaises valides : le point (latitude {lat}, longitude {lon}) ne se trouve ni en France métropolitaine ni outre-mer ; sa latitude et sa longitude semblent inversées (voir l'avertissement coordinates-swapped de cette ligne, qui propose l'échange).",
      },
    },
  },
  'one-of-required': {
    severity: 'error',
    tags: ['row'],
    // Multi-column checks
    message: {
      en: (p) => `At least one of the columns ${quotedList([String(p.column1), String(p.column2)], 'or')} must have a value.`,
      fr: (p) => `Au moins l'une des colonnes ${quotedListFr([String(p.column1), String(p.column2)], 'ou')} doit comporter une valeur.`,
    },
    variants: {
      'missing-columns': {
        en: (p) => `One of the two columns ${quotedList([String(p.column1), String(p.column2)], 'and')} is required: both are missing.`,
        fr: (p) => `Une des deux colonnes ${quotedListFr([String(p.column1), String(p.column2)])} est requise : elles sont toutes deux manquantes.`,
      },
    },
  },
  'cohesive-columns-value': {
    severity: 'error',
    tags: ['row'],
    message: {
      en: (p) => `The columns ${quotedList(p.columns, 'and')} must all have a value or all be empty (empty here: ${list(p.empty)}).`,
      fr: (p) => `Les colonnes ${quotedListFr(p.columns)} doivent toutes comporter une valeur ou toutes être vides (vides ici : ${list(p.empty)}).`,
    },
    variants: {
      'missing-columns': {
        en: (p) => `The columns ${quotedList(p.columns, 'and')} must be all present or all absent (absent: ${list(p.absent)}).`,
        fr: (p) => `Les colonnes ${quotedListFr(p.columns)} doivent être soit toutes présentes, soit toutes absentes (sont absentes : ${list(p.absent)}).`,
      },
    },
  },
  'compare-columns-value': {
    severity: 'error',
    tags: ['row', 'cell'],
    message: {
      en: (p) => `The value of column “${p.column}” (${p.value}) should be ${operatorWords[String(p.op)]?.en ?? p.op} the value of column “${p.column2}” (${p.value2}).`,
      fr: (p) =>
        `La valeur de la colonne « ${p.column} » (${p.value}) devrait être ${operatorWords[String(p.op)]?.fr ?? p.op} à la valeur de la colonne « ${p.column2} » (${p.value2}).`,
    },
    variants: {
      'missing-columns': {
        en: (p) =>
          `The comparison of column “${p.column}” with column “${p.column2}” cannot be checked: the file has only one of them (${quotedList(p.absent, 'and')} missing). Both columns must be present, or both absent.`,
        fr: (p) =>
          `La comparaison de la colonne « ${p.column} » avec la colonne « ${p.column2} » ne peut pas être vérifiée : le fichier n'a qu'une des deux (il manque ${quotedListFr(p.absent)}). Les deux colonnes doivent être présentes, ou toutes deux absentes.`,
      },
      'not-comparable': {
        en: 'The value of column “{column}” ({value}) cannot be compared with the value of column “{column2}” ({value2}).',
        fr: "La valeur de la colonne « {column} » ({value}) n'est pas comparable avec la valeur de la colonne « {column2} » ({value2}).",
      },
    },
  },
  'sum-columns-value': {
    severity: 'error',
    tags: ['row', 'cell'],
    message: {
      en: (p) => `The sum of the columns ${quotedList(p.columns, 'and')} (${p.sum}) differs from the value of column “${p.column}” (${p.value}).`,
      fr: (p) => `La somme des valeurs des colonnes ${quotedListFr(p.columns)} (${p.sum}) est différente de la valeur de la colonne « ${p.column} » (${p.value}).`,
    },
    variants: {
      'missing-columns': {
        en: (p) => {
          const absent = Array.isArray(p.absent) ? p.absent.length : 1;
          return `The check “${p.column}” = ${list(p.columns).replace(/, /g, ' + ')} cannot be made: ${absent === 1 ? 'the column' : 'the columns'} ${quotedList(p.absent, 'and')} ${absent === 1 ? 'is' : 'are'} missing from the file. The columns must be all present, or all absent.`;
        },
        fr: (p) => {
          const absent = Array.isArray(p.absent) ? p.absent.length : 1;
          return `La vérification « ${p.column} » = ${list(p.columns).replace(/, /g, ' + ')} ne peut pas être faite : ${absent === 1 ? 'la colonne' : 'les colonnes'} ${quotedListFr(p.absent)} ${absent === 1 ? 'manque' : 'manquent'} dans le fichier. Les colonnes doivent être toutes présentes, ou toutes absentes.`;
        },
      },
      'not-a-number': {
        en: (p) => `The value of column “${p.notNumberColumn}” (${p.value}) is not a number: cannot check that “${p.column}” = ${list(p.columns).replace(/, /g, ' + ')}.`,
        fr: (p) =>
          `La valeur de la colonne « ${p.notNumberColumn} » (${p.value}) n'est pas un nombre : impossible de vérifier que « ${p.column} » = ${list(p.columns).replace(/, /g, ' + ')}.`,
      },
    },
  },
  'year-interval-value': {
    severity: 'error',
    tags: ['cell'],
    // Year interval
    message: {
      en: 'Incorrect year interval “{value}”.',
      fr: "Intervalle d'années incorrect « {value} ».",
    },
    variants: {
      format: {
        en: 'Incorrect year interval “{value}”: expected format YYYY/YYYY (e.g. 2023/2024).',
        fr: "Intervalle d'années incorrect « {value} » : format attendu AAAA/AAAA (ex. 2023/2024).",
      },
      'format-or-year': {
        en: 'Incorrect value “{value}”: expected a year (YYYY) or an interval (YYYY/YYYY).',
        fr: 'Valeur incorrecte « {value} » : format attendu année (AAAA) ou intervalle (AAAA/AAAA).',
      },
      'same-years': {
        en: 'Incorrect year interval “{value}”: the two years must be different.',
        fr: "Intervalle d'années incorrect « {value} » : les deux années doivent être différentes.",
      },
      order: {
        en: 'Incorrect year interval “{value}”: the second year must be later than the first ({suggestion}).',
        fr: "Intervalle d'années incorrect « {value} » : la deuxième année doit être postérieure à la première ({suggestion}).",
      },
    },
  },
  'nomenclature-actes-value': {
    severity: 'error',
    tags: ['cell'],
    // Nomenclature Actes
    message: {
      en: 'Invalid “nomenclature Actes” value “{value}”.',
      fr: 'Nomenclature Actes invalide « {value} ».',
    },
    variants: {
      'missing-slash': {
        en: 'Invalid “nomenclature Actes” value “{value}”: the slash “/” after the heading is missing (e.g. “Urbanisme/Permis de construire”).',
        fr: 'Nomenclature Actes invalide « {value} » : le signe oblique « / » est manquant (ex. « Urbanisme/Permis de construire »).',
      },
      'extra-space': {
        en: 'Invalid “nomenclature Actes” value “{value}”: no space before or after the slash (“{suggestion}”).',
        fr: "Nomenclature Actes invalide « {value} » : le signe oblique ne doit pas être précédé ni suivi d'espace (« {suggestion} »).",
      },
      'unknown-prefix': {
        en: 'Invalid “nomenclature Actes” value “{value}”: the heading “{prefix}” is not one of the nine of the nomenclature (Commande publique, Urbanisme, Domaine et patrimoine, Fonction publique, Institutions et vie politique, Libertés publiques et pouvoirs de police, Finances locales, Domaines de compétences par thèmes, Autres domaines de compétences).',
        fr: "Nomenclature Actes invalide « {value} » : le préfixe « {prefix} » n'est pas reconnu (Commande publique, Urbanisme, Domaine et patrimoine, Fonction publique, Institutions et vie politique, Libertés publiques et pouvoirs de police, Finances locales, Domaines de compétences par thèmes, Autres domaines de compétences).",
      },
    },
  },
} satisfies Record<string, CodeDeclaration>;
