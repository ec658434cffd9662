// Checks of the fiche descriptive that need no CSV: placeholders left to fill, SIRET numbers (INSEE's
// Luhn key and La Poste's rule, from the custom checks), keywords as the SCDL wants them, dates in
// order, the licence, and the properties the SCDL catalogue requires.
import { diagnoseCompanyId } from '../values/companyIdentifiers';
import { makeProblem } from '../problems/makeProblem';
import type { Problem } from '../problems/problem';
import { foldText } from '../schema/catalog';
import { displayPath } from './ajvProblems';
import { readIsoDate } from './dateColumns';
import type { NodeRanges } from './nodeRanges';
import { isPlaceholder } from './placeholders';
import { isRecord, property, text, type Descriptor } from './sidecarModel';
import { licences } from './vocabulary';
import type { PathSegment } from './yamlNodes';
import { stripAccents } from '../text/fold';

/** What the SCDL catalogue requires of each dataset, as sidecar properties (`licence` may be given as `licenses`). */
export const CATALOGUE_PROPERTIES = [
  'title',
  'description',
  'theme',
  'producteur.nom',
  'producteur.siret',
  'couverture_spatiale.maille',
  'couverture_spatiale.nom',
  'couverture_temporelle.debut',
  'couverture_temporelle.fin',
  'date_publication',
  'date_mise_a_jour',
  'frequence',
  'mots_cles',
  'licence',
  'url',
] as const;

export interface ContentCheckInput {
  descriptor: Descriptor;
  segments: PathSegment[];
  ranges: NodeRanges;
  /** `resource`: a resource sidecar; `package`: a datapackage's own properties; `package-resource`: one of its resources. */
  role: 'resource' | 'package' | 'package-resource';
  /** For a package: its resources, which may carry what the package lacks. */
  resources?: Descriptor[];
  /** The metadata in force (with what a package gives its resource), for completeness. */
  effective?: Descriptor;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && readIsoDate(value) === value;
}

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Every placeholder left in a descriptor (not descending into a package's resources, checked on their own). */
function placeholderProblems(input: ContentCheckInput): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, segments: PathSegment[], depth: number) => {
    if (depth > 8 || problems.length > 100) return;
    if (isPlaceholder(value)) {
      problems.push(makeProblem('metadata-placeholder', input.ranges.value(segments), { property: displayPath(segments.slice(input.segments.length)), value: String(value) }));
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...segments, i], depth + 1));
    else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (input.role === 'package' && depth === 0 && key === 'resources') continue;
        walk(item, [...segments, key], depth + 1);
      }
    }
  };
  walk(input.descriptor, input.segments, 0);
  return problems;
}

function siretProblems(input: ContentCheckInput): Problem[] {
  const problems: Problem[] = [];
  for (const owner of ['producteur', 'collectivite']) {
    const raw = property(input.descriptor, `${owner}.siret`);
    const value = text(raw);
    if (value === undefined || isPlaceholder(value) || value.trim() === '') continue;
    const verdict = diagnoseCompanyId('siret', value);
    if (!verdict) continue;
    problems.push(
      makeProblem('metadata-siret', input.ranges.value([...input.segments, owner, 'siret']), {
        variant: verdict.failure,
        property: `${owner}.siret`,
        value,
        digitCount: verdict.digitCount,
        suggestion: verdict.suggestion,
      }),
    );
  }
  return problems;
}

/** The SCDL writes keywords "en minuscules non accentuées", joined by semicolons. */
function keywordProblems(input: ContentCheckInput): Problem[] {
  const keywords = input.descriptor.mots_cles;
  if (!Array.isArray(keywords)) return [];
  const problems: Problem[] = [];
  keywords.forEach((keyword, i) => {
    if (typeof keyword !== 'string' || isPlaceholder(keyword)) return;
    const range = input.ranges.value([...input.segments, 'mots_cles', i]);
    if (keyword.includes(';')) {
      problems.push(makeProblem('metadata-keyword-format', range, { variant: 'separator', value: keyword, suggestion: undefined }));
      return;
    }
    const expected = stripAccents(keyword).toLowerCase().trim();
    if (expected !== keyword) problems.push(makeProblem('metadata-keyword-format', range, { value: keyword, suggestion: expected }));
  });
  return problems;
}

function dateOrderProblems(input: ContentCheckInput): Problem[] {
  const problems: Problem[] = [];
  const pairs: [string, string, string][] = [
    ['couverture_temporelle.debut', 'couverture_temporelle.fin', 'coverage'],
    ['date_publication', 'date_mise_a_jour', 'update'],
  ];
  for (const [earlier, later, variant] of pairs) {
    const a = text(property(input.descriptor, earlier));
    const b = text(property(input.descriptor, later));
    if (!a || !b || !isIsoDate(a) || !isIsoDate(b) || a <= b) continue;
    problems.push(makeProblem('metadata-date-order', input.ranges.value([...input.segments, ...later.split('.')]), { variant, earlier: a, later: b }));
  }
  return problems;
}

function licenceProblems(input: ContentCheckInput): Problem[] {
  const problems: Problem[] = [];
  const chosen = licences.find((l) => l.value === input.descriptor.licence);
  const listed = Array.isArray(input.descriptor.licenses) && isRecord(input.descriptor.licenses[0]) ? text(input.descriptor.licenses[0].name) : undefined;
  if (chosen && listed !== undefined && chosen.value !== 'autre') {
    const names = [chosen.value, chosen.dataGouv, chosen.label.fr, chosen.label.en].map(foldText);
    if (!names.includes(foldText(listed))) {
      problems.push(makeProblem('metadata-licence-conflict', input.ranges.value([...input.segments, 'licenses', 0, 'name']), { licence: chosen.value, listed }));
    }
  }
  if (chosen && !chosen.approved) {
    problems.push(makeProblem('metadata-licence-not-approved', input.ranges.value([...input.segments, 'licence']), { licence: chosen.value }));
  }
  return problems;
}

function completenessProblems(input: ContentCheckInput): Problem[] {
  if (input.role === 'package-resource') return [];
  const has = (descriptor: Descriptor, key: string) =>
    isFilled(property(descriptor, key)) || (key === 'licence' && Array.isArray(descriptor.licenses) && descriptor.licenses.length > 0);
  const missing = CATALOGUE_PROPERTIES.filter((key) => {
    if (has(input.effective ?? input.descriptor, key)) return false;
    // A package's resources may each carry what the package does not.
    const resources = input.resources ?? [];
    return !(input.role === 'package' && resources.length > 0 && resources.every((r) => has(r, key)));
  });
  if (missing.length === 0) return [];
  return [makeProblem('metadata-incomplete', input.segments.length ? input.ranges.key(input.segments) : input.ranges.root(), { missing: [...missing], count: missing.length })];
}

export function contentProblems(input: ContentCheckInput): Problem[] {
  return [
    ...placeholderProblems(input),
    ...siretProblems(input),
    ...keywordProblems(input),
    ...dateOrderProblems(input),
    ...licenceProblems(input),
    ...completenessProblems(input),
  ];
}
