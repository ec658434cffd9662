// The editor's and the CLI's strings around the hygiene checks: their quick fixes and schema inference
// (the checks' own problem messages are declared with their codes, engine/problems/codes/hygieneCodes.ts).
import { ioReason } from '../engine/problems/messages/ioReasons';
import { counted, plural } from '../engine/problems/messages/plural';
import type { MessageCatalog } from '../engine/problems/messages/types';
import { formName, list, mismatches, strings } from '../engine/problems/codes/hygieneCodes';

export const hygieneMessages = {
  // ---- quick fixes
  'fix.hygiene.renameLabel': { en: 'Rename “{label}” to “{suggestion}”', fr: 'Renommer « {label} » en « {suggestion} »' },
  'fix.hygiene.renameAllLabels': {
    en: (p) => (Number(p.count) === 1 ? 'Rename the column name to snake_case' : `Rename all ${p.count} column names to snake_case`),
    fr: (p) => (plural(p.count, 'fr', 'one', 'many') === 'one' ? 'Renommer le nom de colonne en snake_case' : `Renommer les ${p.count} noms de colonnes en snake_case`),
  },
  'fix.hygiene.majorityForm': { en: 'Write “{value}” instead of “{before}”', fr: 'Écrire « {value} » au lieu de « {before} »' },
  'fix.hygiene.emptyErrorValue': { en: 'Empty the cell “{before}”', fr: 'Vider la cellule « {before} »' },
  'fix.hygiene.fillDown': { en: 'Fill with “{value}” (the value above)', fr: 'Remplir avec « {value} » (la valeur du dessus)' },
  'fix.hygiene.removeTotalRow': { en: 'Remove total row {rowNumber}', fr: 'Supprimer la ligne de total {rowNumber}' },
  'fix.hygiene.removeRepeatedHeader': { en: 'Remove repeated header row {rowNumber}', fr: "Supprimer la ligne {rowNumber} qui répète l'en-tête" },
  'fix.hygiene.removeEmptyColumn': { en: 'Remove empty column “{label}”', fr: 'Supprimer la colonne vide « {label} »' },
  'fix.hygiene.removePersonalColumn': { en: 'Remove column “{label}” from every row', fr: 'Supprimer la colonne « {label} » de toutes les lignes' },
  'fix-note.default-form-kept': {
    en: (p) =>
      p.variant === 'boolean'
        ? `“${p.value}” is written as Table Schema reads yes/no by default: it is not rewritten as ${formName(p.variant, p.majority, 'en')}. A schema that wants ${formName(p.variant, p.majority, 'en')} says so (trueValues, falseValues).`
        : `“${p.value}” is written as Table Schema reads it by default (${formName(p.variant, p.form, 'en')}): it is not rewritten as ${formName(p.variant, p.majority, 'en')}, and no other value of the column could be converted to its form with certainty.`,
    fr: (p) =>
      p.variant === 'boolean'
        ? `« ${p.value} » est écrit comme Table Schema lit oui/non par défaut : il n'est pas réécrit en ${formName(p.variant, p.majority, 'fr')}. Un schéma qui veut ${formName(p.variant, p.majority, 'fr')} le dit (trueValues, falseValues).`
        : `« ${p.value} » est écrit comme Table Schema le lit par défaut (${formName(p.variant, p.form, 'fr')}) : il n'est pas réécrit en ${formName(p.variant, p.majority, 'fr')}, et aucune autre valeur de la colonne n'a pu être convertie à coup sûr dans cette forme.`,
  },
  'fix-note.keep-schema-column': {
    en: 'Column “{label}” is the field “{schemaField}” of the catalog schema {schemaRef}, which this header matches: anonymise its values rather than remove the column.',
    fr: 'La colonne « {label} » est le champ « {schemaField} » du schéma {schemaRef} du catalogue, auquel cet en-tête correspond : anonymisez ses valeurs plutôt que de supprimer la colonne.',
  },
  // ---- schema inference (CLI `infer`, editor command)
  'infer.suggestion': {
    en: (p) =>
      `This file looks like \`${p.ref}\` (${p.title}): ${p.matched} of its ${counted(p.total, 'en', 'column', 'columns')} ${plural(p.matched, 'en', 'matches', 'match')}` +
      (Number(p.missing) > 0 ? `, ${p.missing} required ${Number(p.missing) > 1 ? 'ones are' : 'one is'} missing (${list(strings(p.missingFields), 'en')}).` : '.') +
      (mismatches(p, 'en') ? ` Different types: ${mismatches(p, 'en')}.` : '') +
      ' Publishing against it lets others reuse the file as it is.',
    fr: (p) =>
      `Ce fichier ressemble à \`${p.ref}\` (${p.title}) : ${counted(p.matched, 'fr', 'colonne', 'colonnes')} sur ${p.total} ${plural(p.matched, 'fr', 'correspond', 'correspondent')}` +
      (Number(p.missing) > 0 ? `, ${counted(p.missing, 'fr', 'obligatoire manque', 'obligatoires manquent')} (${list(strings(p.missingFields), 'fr')}).` : '.') +
      (mismatches(p, 'fr') ? ` Types différents : ${mismatches(p, 'fr')}.` : '') +
      ' Le publier selon ce schéma permet de le réutiliser tel quel.',
  },
  'infer.summary': {
    en: (p) =>
      `Inferred from ${counted(p.rows, 'en', 'row', 'rows')}: ${counted(p.fields, 'en', 'column', 'columns')}, ${p.required} required, ${p.typed} typed beyond text${p.primaryKey ? `, primary key “${p.primaryKey}”` : ''}. Fill in the titles and descriptions marked “À compléter”.`,
    fr: (p) =>
      `Déduit de ${counted(p.rows, 'fr', 'ligne', 'lignes')} : ${counted(p.fields, 'fr', 'colonne', 'colonnes')}, ${counted(p.required, 'fr', 'obligatoire', 'obligatoires')}, ${counted(p.typed, 'fr', 'typée', 'typées')} au-delà du texte${p.primaryKey ? `, clé primaire « ${p.primaryKey} »` : ''}. Complétez les titres et descriptions marqués « À compléter ».`,
  },
  'infer.written': { en: '{path}: schema written.', fr: '{path} : schéma écrit.' },
  'infer.selfCheck': {
    en: (p) => `The inferred schema does not validate its own file (${counted(p.errors, 'en', 'error', 'errors')}): please report this bug.`,
    fr: (p) => `Le schéma déduit ne valide pas son propre fichier (${counted(p.errors, 'fr', 'erreur', 'erreurs')}) : merci de signaler ce bogue.`,
  },
  'cli.infer.noFile': { en: 'give the CSV file to infer a schema from', fr: 'indiquez le fichier CSV dont déduire un schéma' },
  'cli.infer.jsonDataset': {
    en: '{file}: a JSON dataset, not a CSV table: `infer` writes the Table Schema of a table. A JSON dataset is checked against a JSON Schema of the catalog: `opendata-lint check {file}` (the schema is recognised from its content, or named with --schema).',
    fr: "{file} : un jeu de données JSON, pas un tableau CSV : `infer` écrit le Table Schema d'un tableau. Un jeu de données JSON se vérifie avec un schéma JSON du catalogue : `opendata-lint check {file}` (le schéma est reconnu d'après son contenu, ou nommé avec --schema).",
  },
  'cli.infer.write': { en: (p) => `Cannot write ${String(p.path)}: ${ioReason(p.reason, 'en')}`, fr: (p) => `Impossible d'écrire ${String(p.path)} : ${ioReason(p.reason, 'fr')}` },
  'cli.infer.help': {
    en: `opendata-lint infer <file.csv> [-o schema.json] [--lang fr|en]

Infers a Table Schema from a CSV that has none: types and formats (dates with their pattern, numbers
with their decimal comma, booleans with their words, points), required columns, short lists of allowed
values, patterns of French codes (INSEE, postcode, SIREN, SIRET, phone), unique identifiers. Titles and
descriptions are left as "À compléter" placeholders. The schema validates the file it comes from.
Without -o the JSON goes to standard output; a summary, and the closest schema of schema.data.gouv.fr
if the file resembles one, go to standard error. Exit codes: 0 done, 2 usage or I/O error.`,
    fr: `opendata-lint infer <fichier.csv> [-o schema.json] [--lang fr|en]

Déduit un schéma Table Schema d'un CSV qui n'en a pas : types et formats (dates avec leur motif, nombres
avec leur virgule décimale, booléens avec leurs mots, points), colonnes obligatoires, courtes listes de
valeurs autorisées, motifs des codes français (INSEE, code postal, SIREN, SIRET, téléphone), identifiants
uniques. Titres et descriptions restent à compléter (« À compléter »). Le schéma valide le fichier dont
il vient. Sans -o, le JSON part sur la sortie standard ; un résumé, et le schéma de schema.data.gouv.fr
le plus proche si le fichier en ressemble à un, partent sur la sortie d'erreur. Codes de sortie : 0 fait,
2 erreur d'utilisation ou de lecture/écriture.`,
  },
} satisfies MessageCatalog;
