// Which files VS Code keeps from extensions: documents over 50 MB are opened in the editor but never
// synchronised to extensions (so the language server cannot see them); the CLI can check them instead.

/** VS Code's limit for documents it synchronises to extensions (its "large file" threshold, 50 MB). */
export const EDITOR_SYNC_LIMIT_BYTES = 50 * 1024 * 1024;

export function isTableFileName(fileName: string): boolean {
  return /\.(csv|tsv)$/i.test(fileName);
}

/** True when a table file of this size is open in a tab but hidden from extensions. */
export function isTooLargeForEditor(fileName: string, sizeBytes: number): boolean {
  return isTableFileName(fileName) && sizeBytes > EDITOR_SYNC_LIMIT_BYTES;
}

/** Size for messages: megabytes, rounded, in the locale's number format. */
export function formatMegabytes(sizeBytes: number, locale: 'en' | 'fr'): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 0 }).format(sizeBytes / (1024 * 1024));
}
