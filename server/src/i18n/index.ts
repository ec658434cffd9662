// Renders problems and interface strings in the user's language: the problems' messages declared with
// their codes (engine/problems/codes), the faces' own strings from the catalogs of this folder.
import { problemMessages, type ProblemMessageKey } from '../engine/problems/catalog';
import type { Locale, MessageCatalog } from '../engine/problems/messages/types';
import type { Problem, ProblemParams } from '../engine/problems/problem';
import { fixMessages } from './fixes';
import { hygieneMessages } from './hygiene';
import { jsonMessages } from './json';
import { metadataMessages } from './metadata';
import { schemaRefMessages } from './schemaRef';
import { fillTemplate, normalizeLocale } from './translate';
import { uiMessages } from './ui';

export type { Locale } from '../engine/problems/messages/types';
export { normalizeLocale } from './translate';

/** The faces' strings: interface, fixes and their notes, schema references, sidecar features. */
const faceMessages = { ...schemaRefMessages, ...uiMessages, ...fixMessages, ...hygieneMessages, ...metadataMessages, ...jsonMessages };

/** Every message key: a problem's (`code`, `code.variant`) or a face's. */
export type MessageKey = ProblemMessageKey | keyof typeof faceMessages;

const catalog: MessageCatalog = { ...problemMessages(), ...faceMessages };

/**
 * A key written in the code must be a declared one (a typo does not compile); a key that comes from data
 * (a fix's title, a note, `params.messageKey`) is a plain string, looked up at run time and shown as
 * itself when unknown. `{} extends Record<K, 1>` is true only for `string` and template patterns.
 */
type KnownKey<K extends string> = {} extends Record<K, 1> ? K : [K] extends [MessageKey] ? K : never;

/** The CLI's language: `--lang`, else the usual environment variables. */
export function localeFromEnvironment(env: NodeJS.ProcessEnv = process.env): Locale {
  return normalizeLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE);
}

export function hasMessage(key: string): boolean {
  return key in catalog;
}

export function messageKeys(): string[] {
  return Object.keys(catalog);
}

/**
 * A problem's parameter longer than this is shown by its start: a value can be a huge quoted cell (a
 * quote closed thousands of rows further down), and a message of megabytes helps nobody.
 */
const LONG_PARAM = 2000;
const SHOWN_OF_LONG_PARAM = 200;

/** The params with any string longer than `LONG_PARAM` cut to its start, saying how much is left out. */
function withLongParamsCut(params: ProblemParams, locale: Locale): ProblemParams {
  let cut: ProblemParams | undefined;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string' || value.length <= LONG_PARAM) continue;
    cut ??= { ...params };
    const rest = (value.length - SHOWN_OF_LONG_PARAM).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-US');
    cut[name] = t('message.longValue', locale, { start: value.slice(0, SHOWN_OF_LONG_PARAM), rest });
  }
  return cut ?? params;
}

/** Renders a message by key; a missing key (from data) is shown as the key itself. */
export function t<K extends string>(key: KnownKey<K>, locale: Locale, params: ProblemParams = {}): string {
  const entry = catalog[key];
  if (!entry) return key;
  return fillTemplate(entry[locale], params, locale);
}

/**
 * The message of a problem: the key it names in `params.messageKey` (when another catalog phrases it),
 * else `code.variant` when the problem names a variant, else `code`.
 */
export function problemMessage(problem: Problem, locale: Locale): string {
  const variant = problem.params.variant;
  const named = problem.params.messageKey;
  const key =
    typeof named === 'string' && hasMessage(named)
      ? named
      : typeof variant === 'string' && hasMessage(`${problem.code}.${variant}`)
        ? `${problem.code}.${variant}`
        : problem.code;
  const params: ProblemParams = { rowNumber: problem.rowNumber, fieldNumber: problem.fieldNumber, fieldName: problem.fieldName, ...problem.params };
  return t(key, locale, withLongParamsCut(params, locale));
}

/**
 * The message of a note (why a fix is not offered, what it assumed). A note keyed `reason.variant` whose
 * variant has no message of its own falls back to `reason`: the engine names what happened, the edge
 * decides how finely to phrase it.
 */
export function noteMessage(note: { key: string; params: ProblemParams }, locale: Locale): string {
  const variant = note.params.variant;
  const general = typeof variant === 'string' && note.key.endsWith(`.${variant}`) ? note.key.slice(0, -variant.length - 1) : note.key;
  return t(hasMessage(note.key) ? note.key : general, locale, note.params);
}
