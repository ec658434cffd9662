// What is wrong in a YAML or JSON text, in our words: the kinds read from the `yaml` package's errors
// (engine/text/yamlErrors.ts) and from JSON.parse's (engine/schema/loadSchema.ts). Sidecars and schema
// files share these sentences; the parsers' own English never reaches the user.
import type { ProblemParams } from '../problem';
import type { Locale, Messages } from './types';

type Phrase = Record<Locale, (p: ProblemParams) => string>;

const fixed = (en: string, fr: string): Phrase => ({ en: () => en, fr: () => fr });

export const yamlSyntaxPhrases: Record<string, Phrase> = {
  'duplicate-key': fixed('This key is written twice in the same block: keep only one.', 'Cette clé est écrite deux fois dans le même bloc : n’en gardez qu’une.'),
  'tab-indent': fixed('Tabs cannot indent YAML: use spaces.', 'Les tabulations ne peuvent pas servir de retrait en YAML : utilisez des espaces.'),
  'bad-indent': fixed(
    'Wrong indentation: the lines of a block must start at the same column, further right than their key.',
    'Retrait incorrect : les lignes d’un bloc doivent commencer à la même colonne, plus à droite que leur clé.',
  ),
  'unclosed-bracket': fixed(
    'A list “[…]” or a group “{…}” is never closed: add its closing “]” or “}”.',
    'Une liste « […] » ou un groupe « {…} » n’est jamais refermé : ajoutez le « ] » ou le « } » fermant.',
  ),
  'missing-colon': fixed(
    'This key has no “:”: write “key: value”, or indent the line under the key it continues.',
    'Cette clé n’a pas de « : » : écrivez « clé: valeur », ou mettez la ligne en retrait sous la clé qu’elle continue.',
  ),
  'unclosed-quote': {
    en: (p) => (p.quote === "'" ? 'A single quote (‘) is never closed: close it at the end of the value, and double the single quotes inside it (‘’).' : 'A double quote (") is never closed: close it at the end of the value.'),
    fr: (p) => (p.quote === "'" ? 'Une apostrophe ouvrante n’est jamais refermée : refermez-la à la fin de la valeur, et doublez les apostrophes qu’elle contient (’’).' : 'Un guillemet (") n’est jamais refermé : refermez-le à la fin de la valeur.'),
  },
  'missing-comma': fixed('A comma is missing between two items of a list “[…]” or a group “{…}”.', 'Il manque une virgule entre deux éléments d’une liste « […] » ou d’un groupe « {…} ».'),
  'missing-space': fixed('A space is missing here: after “:”, and before the “#” of a comment.', 'Il manque une espace ici : après « : », et avant le « # » d’un commentaire.'),
  'missing-char': fixed(
    'A character is missing here (a “:” after a key, or a closing quote or bracket).',
    'Il manque un caractère ici (« : » après une clé, ou un guillemet ou crochet fermant).',
  ),
  'multiple-docs': fixed(
    'One YAML document per file: remove the “---” line and what follows, or move it to another file.',
    'Un seul document YAML par fichier : supprimez la ligne « --- » et ce qui suit, ou placez-le dans un autre fichier.',
  ),
  'key-on-one-line': fixed('A key must fit on one line: add the missing “:” or quote the text.', 'Une clé doit tenir sur une ligne : ajoutez le « : » manquant ou mettez le texte entre guillemets.'),
  'unexpected-colon': fixed(
    'A “:” where a value is expected: align this line with the keys around it, or quote a value that holds “: ”.',
    'Un « : » là où une valeur est attendue : alignez cette ligne sur les clés voisines, ou mettez entre guillemets une valeur qui contient « : ».',
  ),
  'block-as-key': fixed(
    'This line is read as a key but is not one: add “: ” after the key, or indent the line under its key.',
    'Cette ligne est lue comme une clé mais n’en est pas une : ajoutez « : » après la clé, ou mettez la ligne en retrait sous sa clé.',
  ),
  'bad-scalar-start': {
    en: (p) => (p.character ? `A value cannot start with “${String(p.character)}”: put the value in quotes.` : 'A value cannot start with this character: put the value in quotes.'),
    fr: (p) => (p.character ? `Une valeur ne peut pas commencer par « ${String(p.character)} » : mettez-la entre guillemets.` : 'Une valeur ne peut pas commencer par ce caractère : mettez-la entre guillemets.'),
  },
  'extra-comma': fixed('One comma too many in a list “[…]” or a group “{…}”.', 'Une virgule de trop dans une liste « […] » ou un groupe « {…} ».'),
  'stray-bracket': fixed('A closing “]” or “}” that no “[” or “{” opened: remove it.', 'Un « ] » ou un « } » fermant qu’aucun « [ » ou « { » n’a ouvert : retirez-le.'),
  'block-header': fixed(
    'After “|” or “>”, only an indentation digit and “+” or “-” may follow: put the text on the next lines, indented.',
    'Après « | » ou « > », seuls un chiffre de retrait et « + » ou « - » sont permis : écrivez le texte sur les lignes suivantes, en retrait.',
  ),
  'unexpected-text': fixed('Unexpected text here: check the indentation and the “:” of the line above.', 'Texte inattendu ici : vérifiez le retrait et le « : » de la ligne précédente.'),
  'bad-escape': fixed(
    'Unknown escape in a double-quoted value: write \\\\ for a backslash, or quote the value with single quotes.',
    'Séquence d’échappement inconnue dans une valeur entre guillemets : écrivez \\\\ pour une barre oblique inverse, ou mettez la valeur entre apostrophes.',
  ),
  'block-in-flow': fixed(
    'A block (“key: value” or “- item” lines) cannot sit inside a list “[…]” or a group “{…}”: separate the items with commas.',
    'Un bloc (lignes « clé: valeur » ou « - élément ») ne peut pas se trouver dans une liste « […] » ou un groupe « {…} » : séparez les éléments par des virgules.',
  ),
  'multiple-anchors': fixed('A value can carry only one anchor (&name).', 'Une valeur ne peut porter qu’une ancre (&nom).'),
  'multiple-tags': fixed('A value can carry only one tag (!!type).', 'Une valeur ne peut porter qu’une étiquette (!!type).'),
  'alias-props': fixed('An alias (*name) cannot carry an anchor (&name) or a tag (!!type).', 'Un alias (*nom) ne peut porter ni ancre (&nom) ni étiquette (!!type).'),
  'prop-order': fixed('An anchor (&name) or a tag (!!type) goes after the “-”, “?” or “:” indicator, not before.', 'Une ancre (&nom) ou une étiquette (!!type) se place après l’indicateur « - », « ? » ou « : », pas avant.'),
  'bad-directive': fixed('Wrong YAML directive (a line starting with “%”): this file needs none, remove it.', 'Directive YAML incorrecte (ligne commençant par « % ») : ce fichier n’en a pas besoin, supprimez-la.'),
  'document-start': fixed('The “---” line that starts the document is missing after the directives.', 'La ligne « --- » qui ouvre le document manque après les directives.'),
  'key-too-long': fixed('Key too long (over 1,024 characters before its “:”): a key is a short word.', 'Clé trop longue (plus de 1 024 caractères avant son « : ») : une clé est un mot court.'),
  'non-string-key': fixed('A key must be plain text, not a list or a group.', 'Une clé doit être un texte simple, ni une liste ni un groupe.'),
  'unknown-tag': fixed('Unknown or misplaced YAML tag (!name): remove it.', 'Étiquette YAML (!nom) inconnue ou mal placée : retirez-la.'),
  'unknown-alias': {
    en: (p) => (p.alias ? `This alias (*${String(p.alias)}) has no matching anchor (&${String(p.alias)}) above it.` : 'This alias (*name) has no matching anchor (&name) above it.'),
    fr: (p) => (p.alias ? `Cet alias (*${String(p.alias)}) ne correspond à aucune ancre (&${String(p.alias)}) écrite plus haut.` : 'Cet alias (*nom) ne correspond à aucune ancre (&nom) écrite plus haut.'),
  },
  'too-deep': fixed('The YAML is nested too deeply to be read: a few levels are enough.', 'Le YAML est imbriqué trop profondément pour être lu : quelques niveaux suffisent.'),
  syntax: fixed('YAML syntax error here: check the indentation, the “:” and the quotes.', 'Erreur de syntaxe YAML à cet endroit : vérifiez le retrait, les « : » et les guillemets.'),
};

/** JSON.parse's faults (V8's messages, read in engine/schema/loadSchema.ts). */
export const jsonSyntaxPhrases: Record<string, Phrase> = {
  'unexpected-end': fixed('the text stops before the JSON is complete (a “}” or “]” is missing)', 'le texte s’arrête avant la fin du JSON (il manque un « } » ou un « ] »)'),
  'unclosed-string': fixed('a text in quotes is never closed', 'un texte entre guillemets n’est jamais refermé'),
  'missing-comma': fixed('a comma is missing between two items', 'il manque une virgule entre deux éléments'),
  'property-name': fixed('a property name in double quotes is expected (a comma too many before “}”?)', 'un nom de propriété entre guillemets doubles est attendu (une virgule de trop avant « } » ?)'),
  'missing-colon': fixed('a “:” is missing after a property name', 'il manque un « : » après un nom de propriété'),
  'unexpected-character': {
    en: (p) => (p.character ? `unexpected character “${String(p.character)}”` : 'unexpected character'),
    fr: (p) => (p.character ? `caractère inattendu « ${String(p.character)} »` : 'caractère inattendu'),
  },
  'text-after-end': fixed('text follows the end of the JSON', 'du texte suit la fin du JSON'),
  'control-character': fixed('a tab or a line break inside a text in quotes (write \\t or \\n)', 'une tabulation ou un saut de ligne dans un texte entre guillemets (écrivez \\t ou \\n)'),
  'bad-escape': fixed('unknown escape after a backslash (write \\\\ for a backslash)', 'échappement inconnu après une barre oblique inverse (écrivez \\\\ pour une barre oblique inverse)'),
  'bad-number': fixed('a malformed number', 'un nombre mal écrit'),
  syntax: fixed('syntax error', 'erreur de syntaxe'),
};

/** The sentence of a YAML fault (the fallback's when the kind is unknown). */
export function yamlSyntaxSentence(kind: unknown, params: ProblemParams, locale: Locale): string {
  return (yamlSyntaxPhrases[String(kind)] ?? yamlSyntaxPhrases.syntax)[locale](params);
}

/** The words of a JSON fault, to follow a colon (the fallback's when the kind is unknown). */
export function jsonSyntaxWords(kind: unknown, params: ProblemParams, locale: Locale): string {
  return (jsonSyntaxPhrases[String(kind)] ?? jsonSyntaxPhrases.syntax)[locale](params);
}

/** The variants of `metadata-yaml-syntax`, one per kind (`metadata-yaml-syntax.<kind>`, named by the problem's `messageKey`). */
export const yamlSyntaxVariants: Record<string, Messages> = Object.fromEntries(
  Object.entries(yamlSyntaxPhrases).map(([kind, phrase]) => [kind, { en: phrase.en, fr: phrase.fr }]),
);
