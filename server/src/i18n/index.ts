// Renders problems and interface strings in the user's language, from the per-area catalogs.
import type { Problem, ProblemParams } from '../engine/problems/problem';
import { coordinatesMessages } from './coordinates';
import { customMessages } from './custom';
import { fixMessages } from './fixes';
import { hygieneMessages } from './hygiene';
import { metadataMessages } from './metadata';
import { schemaRefMessages } from './schemaRef';
import { schemaMessages } from './schema';
import { structureMessages } from './structure';
import { schemaSelectionMessages } from './schemaSelection';
import { uiMessages } from './ui';
import { yamlSyntaxMessages } from './yamlSyntax';
import type { Locale, MessageCatalog, Template } from './types';
import { visibleControls } from './visibleControls';

export type { Locale } from './types';

const catalog: MessageCatalog = {
  ...structureMessages,
  ...schemaRefMessages,
  ...customMessages,
  ...metadataMessages,
  ...yamlSyntaxMessages,
  ...schemaMessages,
  ...schemaSelectionMessages,
  ...uiMessages,
  ...fixMessages,
  ...hygieneMessages,
  ...coordinatesMessages,
};

/** 'fr', 'fr-FR', 'fr_CA.UTF-8' → fr; anything else → en. */
export function normalizeLocale(value: string | undefined | null): Locale {
  return value && /^fr\b|^fr[-_]/i.test(value) ? 'fr' : 'en';
}

/** The CLI's language: `--lang`, else the usual environment variables. */
export function localeFromEnvironment(env: NodeJS.ProcessEnv = process.env): Locale {
  return normalizeLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE);
}

/**
 * The params with their control characters written as escapes: a message quotes values from the data,
 * the schema, a sidecar or a file name, and is read in a terminal, a CI log or an editor (see
 * visibleControls). Enum values such as a line terminator read `\r\n`, `\n`, `\r`, not three blanks.
 */
function visibleParams(params: ProblemParams): ProblemParams {
  let copy: ProblemParams | undefined;
  for (const [name, value] of Object.entries(params)) {
    const shown = typeof value === 'string' ? visibleControls(value) : Array.isArray(value) ? visibleList(value) : value;
    if (shown === value) continue;
    copy ??= { ...params };
    copy[name] = shown;
  }
  return copy ?? params;
}

function visibleList(values: string[]): string[] {
  const shown = values.map((value) => (typeof value === 'string' ? visibleControls(value) : value));
  return shown.some((value, i) => value !== values[i]) ? shown : values;
}

function render(template: Template, raw: ProblemParams, locale: Locale): string {
  const params = visibleParams(raw);
  if (typeof template === 'function') return template(params);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (Array.isArray(value)) return value.join(locale === 'fr' ? ', ' : ', ');
    return String(value);
  });
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

/** Renders a message by key; a missing key is a programming error shown as the key itself. */
export function t(key: string, locale: Locale, params: ProblemParams = {}): string {
  const entry = catalog[key];
  if (!entry) return key;
  return render(entry[locale], params, locale);
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
