// Text folding shared by every layer (header matching, schema detection, catalog search, value readers,
// slugs): accents, case, separators. One place, so a label folds the same way everywhere.

/** `Élève` → `Eleve`: decomposes and drops combining accents. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * `ﬁ`, `²`, `Ⅻ` → `fi`, `2`, `XII` as well as the accents: compatibility decomposition (NFKD), the fold
 * Python's slugify and frictionless-py apply to names.
 */
export function stripAccentsAndForms(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** `Nom Aménageur`, `nom_amenageur`, `NOM-AMENAGEUR`, `nomAmenageur` → `nomamenageur` (a BOM is ignored). */
export function normalizeLabel(label: string): string {
  return stripAccents(label.replace(/^\uFEFF/, ''))
    .toLowerCase()
    .replace(/[\s_\-.'’"]+/g, '');
}

/** For searching titles: lower case, no accents, words separated by single spaces. */
export function foldText(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Lower-case ASCII words of a label: `Date de naissance` → date, de, naissance; `nomAgent` → nom, agent. */
export function foldedWords(label: string): string[] {
  return stripAccents(label.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
