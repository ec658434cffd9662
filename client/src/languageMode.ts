// Picks the language mode (and so the column-colouring grammar) from a CSV file's header line.

export function languageForDelimiter(headerLine: string): 'csv' | 'csv-semicolon' | 'csv-pipe' {
  const count = (ch: string) => headerLine.split(ch).length - 1;
  const commas = count(',');
  const semicolons = count(';');
  const pipes = count('|');
  if (semicolons > commas && semicolons >= pipes) return 'csv-semicolon';
  if (pipes > commas && pipes > semicolons) return 'csv-pipe';
  return 'csv';
}
