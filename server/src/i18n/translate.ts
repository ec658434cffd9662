// The translator the server, the CLI and the client share: the locale rule and the filling of a
// template. Small on purpose (the client bundles it): no catalog here, only how any catalog is read.
import type { Locale, Template } from '../engine/problems/messages/types';
import type { ProblemParams } from '../engine/problems/problem';
import { visibleControls } from './visibleControls';

export type { Locale, Template } from '../engine/problems/messages/types';
/** Plural agreement, for the strings of any face ("1 erreur, 2 avertissements"). */
export { counted, isPlural, plural } from '../engine/problems/messages/plural';

/** 'fr', 'fr-FR', 'fr_CA.UTF-8' → fr; anything else → en. */
export function normalizeLocale(value: string | undefined | null): Locale {
  return value && /^fr\b|^fr[-_]/i.test(value) ? 'fr' : 'en';
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

/** A template filled with its params (`{name}` placeholders; a list joined by commas); a missing param leaves its placeholder. */
export function fillTemplate(template: Template, raw: ProblemParams, locale: Locale): string {
  const params = visibleParams(raw);
  if (typeof template === 'function') return template(params);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (Array.isArray(value)) return value.join(locale === 'fr' ? ', ' : ', ');
    return String(value);
  });
}
