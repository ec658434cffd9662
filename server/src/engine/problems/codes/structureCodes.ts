// Problem codes raised while reading a CSV: decoding, dialect, quoting, header and row shape. Each is
// declared once with its severity, tags and messages in English and French.
import type { CodeDeclaration } from '../codeDeclaration';
import { counted, plural } from '../messages/plural';
import type { ProblemParams } from '../problem';
import type { Locale } from '../messages/types';

/**
 * What a row's cells are counted against: the header's columns, or, in a file without a header, the
 * schema's fields or the first row's cells (`basis`). English follows "but", French follows "alors".
 */
function rowWidth(p: ProblemParams, locale: Locale): string {
  const count = p.headerCount;
  if (locale === 'fr') {
    if (p.basis === 'schema') return `que le schéma compte ${counted(count, 'fr', 'champ', 'champs')} (fichier sans en-tête)`;
    if (p.basis === 'first-row') return `que la première ligne en contient ${count} (fichier sans en-tête)`;
    return `que l'en-tête compte ${counted(count, 'fr', 'colonne', 'colonnes')}`;
  }
  if (p.basis === 'schema') return `the schema has ${counted(count, 'en', 'field', 'fields')} (file without a header)`;
  if (p.basis === 'first-row') return `the first row has ${count} (file without a header)`;
  return `the header has ${counted(count, 'en', 'column', 'columns')}`;
}

export const structureCodes = {
  'encoding-error': {
    severity: 'warning',
    tags: ['file'],
    message: {
      en: 'The file is encoded in {encoding}, not UTF-8: accented letters may be garbled for other tools. Save it as UTF-8.',
      fr: "Le fichier est encodé en {encoding} et non en UTF-8 : les lettres accentuées risquent d'être illisibles pour d'autres outils. Enregistrez-le en UTF-8.",
    },
    variants: {
      'utf-16': {
        en: 'The file is encoded in {encoding}, not UTF-8: this tool reads it, but data.gouv.fr and most tools expect UTF-8 and would show NUL characters between its letters. Save it as UTF-8 (Excel: “CSV UTF-8”; LibreOffice: character set “Unicode (UTF-8)”), or convert it with the “Convert the file to UTF-8” action in VS Code.',
        fr: "Le fichier est encodé en {encoding} et non en UTF-8 : cet outil le lit, mais data.gouv.fr et la plupart des outils attendent de l'UTF-8 et y verraient des caractères NUL entre les lettres. Enregistrez-le en UTF-8 (Excel : « CSV UTF-8 » ; LibreOffice : jeu de caractères « Unicode (UTF-8) »), ou convertissez-le avec l'action « Convertir le fichier en UTF-8 » dans VS Code.",
      },
      mojibake: {
        en: 'Garbled characters such as “{sample}”: this UTF-8 text was once read as Windows-1252. Replace them with the intended letters (é, è, ç…).',
        fr: "Caractères illisibles comme « {sample} » : ce texte UTF-8 a été lu un jour comme du Windows-1252. Remplacez-les par les lettres voulues (é, è, ç…).",
      },
    },
  },
  'encoding-misread': {
    severity: 'error',
    tags: ['file'],
    message: {
      en: (p) =>
        `This file is in ${p.encoding}, but the editor reads it as UTF-8: its accented letters are shown as “�”${p.word ? ` (line ${p.line}: “${p.word}”)` : ''}. ` +
        `Saving it now would replace ${counted(p.count, 'en', 'accented character', 'accented characters')} with “�” for good. ` +
        'Reopen it with its encoding, or convert it to UTF-8 (what data.gouv.fr expects). The other checks wait until the file is read correctly.',
      fr: (p) =>
        `Ce fichier est en ${p.encoding}, mais l'éditeur le lit comme de l'UTF-8 : ses lettres accentuées s'affichent « � »${p.word ? ` (ligne ${p.line} : « ${p.word} »)` : ''}. ` +
        `L'enregistrer maintenant remplacerait définitivement ${counted(p.count, 'fr', 'caractère accentué', 'caractères accentués')} par « � ». ` +
        "Rouvrez-le avec son encodage, ou convertissez-le en UTF-8 (ce qu'attend data.gouv.fr). Les autres vérifications attendent que le fichier soit lu correctement.",
    },
    variants: {
      'utf-16': {
        en: 'This file is in UTF-16, but the editor reads it as UTF-8: a NUL character stands between its letters. Saving it now would damage it. Reopen it with its encoding, or convert it to UTF-8 (what data.gouv.fr expects). The other checks wait until the file is read correctly.',
        fr: "Ce fichier est en UTF-16, mais l'éditeur le lit comme de l'UTF-8 : un caractère NUL s'intercale entre ses lettres. L'enregistrer maintenant l'abîmerait. Rouvrez-le avec son encodage, ou convertissez-le en UTF-8 (ce qu'attend data.gouv.fr). Les autres vérifications attendent que le fichier soit lu correctement.",
      },
    },
  },
  'format-error': {
    severity: 'error',
    tags: ['file'],
    // frictionless-py's name for a file that is not in the format it is read as.
    message: {
      en: 'This file is not a CSV: it cannot be read as a table.',
      fr: "Ce fichier n'est pas un CSV : il ne peut pas être lu comme un tableau.",
    },
    variants: {
      json: {
        en: 'This file is JSON, not CSV: it is not read as a table. Name it .json to have it checked as a JSON dataset (against a JSON Schema of the catalog, such as DECP’s).',
        fr: "Ce fichier est du JSON et non un CSV : il n'est pas lu comme un tableau. Nommez-le .json pour qu'il soit vérifié comme jeu de données JSON (avec un schéma JSON du catalogue, comme celui des DECP).",
      },
      geojson: {
        en: 'This file is GeoJSON, not CSV: it is not read as a table. Name it .geojson to have it checked as a GeoJSON dataset (against the catalog’s schema it matches, such as the ZFE’s, or plain GeoJSON).',
        fr: "Ce fichier est du GeoJSON et non un CSV : il n'est pas lu comme un tableau. Nommez-le .geojson pour qu'il soit vérifié comme jeu de données GeoJSON (avec le schéma du catalogue auquel il correspond, comme celui des ZFE, ou le GeoJSON simple).",
      },
      xml: {
        en: 'This file is XML, not CSV: it is not read as a table. The tool checks CSV files only.',
        fr: "Ce fichier est du XML et non un CSV : il n'est pas lu comme un tableau. L'outil ne vérifie que des fichiers CSV.",
      },
      html: {
        en: 'This file is a web page (HTML), not a CSV: the download probably brought back the portal’s error, login or preview page instead of the data. Download the file again from its “CSV” link (or export it again), then check it.',
        fr: "Ce fichier est une page web (HTML) et non un CSV : le téléchargement a sans doute rapporté la page d'erreur, de connexion ou d'aperçu du portail au lieu des données. Téléchargez à nouveau le fichier par son lien « CSV » (ou exportez-le à nouveau), puis vérifiez-le.",
      },
      xlsx: {
        en: 'This file is an Excel workbook (.xlsx), not a CSV. The tool reads CSV exported as UTF-8: in Excel, “Save As… CSV UTF-8 (Comma delimited)”.',
        fr: "Ce fichier est un classeur Excel (.xlsx) et non un CSV. L'outil lit des CSV exportés en UTF-8 : dans Excel, « Enregistrer sous… CSV UTF-8 (délimité par des virgules) ».",
      },
      ods: {
        en: 'This file is a LibreOffice/OpenDocument spreadsheet (.ods), not a CSV. The tool reads CSV exported as UTF-8: in LibreOffice Calc, “Save As… Text CSV”, character set UTF-8.',
        fr: "Ce fichier est un classeur LibreOffice/OpenDocument (.ods) et non un CSV. L'outil lit des CSV exportés en UTF-8 : dans LibreOffice Calc, « Enregistrer sous… Texte CSV », jeu de caractères UTF-8.",
      },
      xls: {
        en: 'This file is an old-format Excel workbook (.xls), not a CSV. The tool reads CSV exported as UTF-8: in Excel, “Save As… CSV UTF-8 (Comma delimited)”.',
        fr: "Ce fichier est un classeur Excel à l'ancien format (.xls) et non un CSV. L'outil lit des CSV exportés en UTF-8 : dans Excel, « Enregistrer sous… CSV UTF-8 (délimité par des virgules) ».",
      },
    },
  },
  'binary-file': {
    severity: 'error',
    tags: ['file'],
    message: {
      en: 'This file is not text (it contains binary data): it cannot be read as CSV.',
      fr: "Ce fichier n'est pas du texte (il contient des données binaires) : il ne peut pas être lu comme un CSV.",
    },
  },
  'empty-file': {
    severity: 'error',
    tags: ['file'],
    message: {
      en: 'The file is empty: a CSV needs at least a header row.',
      fr: "Le fichier est vide : un CSV doit au moins contenir une ligne d'en-tête.",
    },
  },
  'header-only': {
    severity: 'warning',
    tags: ['file'],
    message: {
      en: 'The file has a header but no data rows.',
      fr: "Le fichier contient un en-tête mais aucune ligne de données.",
    },
  },
  'source-error': {
    severity: 'error',
    tags: ['file', 'row'],
    variants: {
      'unclosed-quote': {
        en: 'This quote is never closed: everything after it, up to the end of the file, is read as one cell. Close the quote or remove it.',
        fr: "Ce guillemet n'est jamais fermé : tout ce qui suit, jusqu'à la fin du fichier, est lu comme une seule cellule. Fermez le guillemet ou supprimez-le.",
      },
      'text-after-quote': {
        en: 'Text after a closing quote: in CSV, a quoted cell must end at its closing quote. Put the whole value inside the quotes, doubling any inner quote ("").',
        fr: 'Texte après un guillemet fermant : en CSV, une cellule entre guillemets doit se terminer à son guillemet fermant. Mettez toute la valeur entre guillemets en doublant les guillemets intérieurs ("").',
      },
      'row-too-long': {
        en: (p) => `Row ${p.rowNumber} is longer than ${counted(Math.round(Number(p.limit) / (1 << 20)), 'en', 'million', 'million')} characters (a file whose line breaks were lost, or a quote never closed): it is not read, up to the next line break; the rows after it are.`,
        fr: (p) => `La ligne ${p.rowNumber} dépasse ${counted(Math.round(Number(p.limit) / (1 << 20)), 'fr', 'million', 'millions')} de caractères (un fichier qui a perdu ses retours à la ligne, ou un guillemet jamais fermé) : elle n'est pas lue, jusqu'au retour à la ligne suivant ; les lignes d'après le sont.`,
      },
      'header-too-long': {
        en: (p) => `The header row is longer than ${counted(Math.round(Number(p.limit) / (1 << 20)), 'en', 'million', 'million')} characters (a file whose line breaks were lost): it names no columns to check the rows against, and the file is not read further.`,
        fr: (p) => `La ligne d'en-tête dépasse ${counted(Math.round(Number(p.limit) / (1 << 20)), 'fr', 'million', 'millions')} de caractères (un fichier qui a perdu ses retours à la ligne) : elle ne nomme aucune colonne pour vérifier les lignes, et le fichier n'est pas lu plus loin.`,
      },
      'stray-quote': {
        en: 'Quote inside a cell that is not quoted: other tools may read this row differently. Wrap the cell in quotes and double the inner quote ("").',
        fr: 'Guillemet au milieu d\'une cellule non entourée de guillemets : d\'autres outils pourraient lire cette ligne autrement. Entourez la cellule de guillemets et doublez le guillemet intérieur ("").',
      },
    },
  },
  'mixed-line-endings': {
    severity: 'warning',
    tags: ['file'],
    message: {
      en: (p) => `Mixed line endings: ${counted(p.majorityCount, 'en', 'row ends', 'rows end')} with ${p.majority}, ${p.minorityCount} with ${p.minority} (first here). Use one kind throughout.`,
      fr: (p) => `Fins de ligne mélangées : ${counted(p.majorityCount, 'fr', 'ligne se termine', 'lignes se terminent')} par ${p.majority}, ${p.minorityCount} par ${p.minority} (la première ici). Utilisez partout le même type.`,
    },
  },
  'blank-label': {
    severity: 'error',
    tags: ['header'],
    message: {
      en: 'Column {fieldNumber} has no name in the header.',
      fr: "La colonne {fieldNumber} n'a pas de nom dans l'en-tête.",
    },
  },
  'duplicate-label': {
    severity: 'error',
    tags: ['header'],
    message: {
      en: 'Column name “{label}” is used more than once (also column {firstFieldNumber}).',
      fr: 'Le nom de colonne « {label} » est utilisé plusieurs fois (aussi colonne {firstFieldNumber}).',
    },
  },
  'label-whitespace': {
    severity: 'warning',
    tags: ['header'],
    message: {
      en: 'Column name “{label}” starts or ends with spaces: use “{trimmed}”.',
      fr: 'Le nom de colonne « {label} » commence ou se termine par des espaces : utilisez « {trimmed} ».',
    },
  },
  'extra-cell': {
    severity: 'error',
    tags: ['row', 'cell'],
    message: {
      en: (p) => `Row ${p.rowNumber} has ${counted(p.cellCount, 'en', 'cell', 'cells')} but ${rowWidth(p, 'en')}: this cell has no column.`,
      fr: (p) => `La ligne ${p.rowNumber} contient ${counted(p.cellCount, 'fr', 'cellule', 'cellules')} alors ${rowWidth(p, 'fr')} : cette cellule n'a pas de colonne.`,
    },
    variants: {
      rest: {
        en: (p) => `Row ${p.rowNumber} has ${counted(p.cellCount, 'en', 'cell', 'cells')} but ${rowWidth(p, 'en')}: these last ${counted(p.restCount, 'en', 'cell', 'cells')} have no column either (each cell before them is reported on its own).`,
        fr: (p) => `La ligne ${p.rowNumber} contient ${counted(p.cellCount, 'fr', 'cellule', 'cellules')} alors ${rowWidth(p, 'fr')} : ces ${counted(p.restCount, 'fr', 'dernière cellule', 'dernières cellules')} n'ont pas de colonne non plus (chaque cellule avant elles est signalée à part).`,
      },
    },
  },
  'missing-cell': {
    severity: 'error',
    tags: ['row', 'cell'],
    message: {
      en: (p) =>
        `Row ${p.rowNumber} has ${counted(p.cellCount, 'en', 'cell', 'cells')} but ${rowWidth(p, 'en')}: ${counted(p.missingCount, 'en', 'cell', 'cells')} missing from column “${p.fieldName}” on.`,
      fr: (p) =>
        `La ligne ${p.rowNumber} contient ${counted(p.cellCount, 'fr', 'cellule', 'cellules')} alors ${rowWidth(p, 'fr')} : ${counted(p.missingCount, 'fr', 'cellule manquante', 'cellules manquantes')} à partir de la colonne « ${p.fieldName} ».`,
    },
  },
  'blank-row': {
    severity: 'error',
    tags: ['row'],
    message: {
      en: 'Row {rowNumber} is empty.',
      fr: 'La ligne {rowNumber} est vide.',
    },
  },
  'too-many-problems': {
    severity: 'information',
    tags: ['file'],
    message: {
      en: (p) => `${p.hidden} more ${plural(p.hidden, 'en', 'problem is', 'problems are')} not shown (limit ${p.limit}): ${p.summary}.`,
      fr: (p) => `${counted(p.hidden, 'fr', "autre problème n'est pas affiché", 'autres problèmes ne sont pas affichés')} (limite ${p.limit}) : ${p.summary}.`,
    },
    variants: {
      // While a long check of a big document runs: the problems shown are final, the count of the others is not yet.
      checking: {
        en: (p) => `The rest of the file is being checked: ${p.hidden} more ${plural(p.hidden, 'en', 'problem found so far is', 'problems found so far are')} not shown (limit ${p.limit}).`,
        fr: (p) =>
          `Le reste du fichier est en cours de vérification : ${counted(p.hidden, 'fr', "autre problème trouvé jusqu'ici n'est pas affiché", "autres problèmes trouvés jusqu'ici ne sont pas affichés")} (limite ${p.limit}).`,
      },
    },
  },
} satisfies Record<string, CodeDeclaration>;
