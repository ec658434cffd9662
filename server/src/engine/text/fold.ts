// Text folding shared by header matching, schema detection and catalog search: accents, case, separators.

/** `Élève` → `Eleve`: decomposes and drops combining accents. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
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
