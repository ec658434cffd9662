// `nomenclature-actes-value` (new name `nomenclature-acte`): the cell starts with one of the nine
// headings of the "nomenclature Actes" (the classification of acts sent to the prefecture), then a
// slash without spaces around it: "Urbanisme/Droit de préemption". Case and accents do not matter.
import { singleColumnCheck } from './singleColumn';
import type { CustomCheckFactory } from './types';

const CODE = 'nomenclature-actes-value';

/** The headings, as in the SCDL specification's reference document (préfecture de la Moselle). */
export const nomenclatureActesHeadings = [
  'Commande publique',
  'Urbanisme',
  'Domaine et patrimoine',
  'Fonction publique',
  'Institutions et vie politique',
  'Libertés publiques et pouvoirs de police',
  'Finances locales',
  'Domaines de compétences par thèmes',
  'Autres domaines de compétences',
] as const;

/** Lower case without accents, as Validata compares headings. */
function normalizeHeading(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '');
}

const headingsByKey = new Map(nomenclatureActesHeadings.map((heading) => [normalizeHeading(heading), heading]));

export const nomenclatureActesValue: CustomCheckFactory = (params) =>
  singleColumnCheck(CODE, CODE, params, (value) => {
    const slash = value.indexOf('/');
    if (slash < 0) return { params: { variant: 'missing-slash' } };
    const prefix = value.slice(0, slash);
    const rest = value.slice(slash + 1);
    // Like Validata, a slash followed by a space is refused anywhere in the value.
    if (headingsByKey.has(normalizeHeading(prefix)) && !value.includes('/ ')) return undefined;
    const heading = headingsByKey.get(normalizeHeading(prefix.trim()));
    if (heading === undefined) return { params: { variant: 'unknown-prefix', prefix: prefix.trim() } };
    const suggestion = `${prefix.trim()}/${rest.trimStart().replace(/\/ +/g, '/')}`;
    return { params: { variant: 'extra-space', prefix: prefix.trim(), suggestion } };
  });
