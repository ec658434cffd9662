// Shapes of the message catalogs: every message exists in English and French, side by side.
import type { ProblemParams } from '../engine/problems/problem';

export type Locale = 'en' | 'fr';

/** A template with `{name}` placeholders, or a function for messages that need grammar (plurals…). */
export type Template = string | ((params: ProblemParams) => string);

export type MessageCatalog = Record<string, Record<Locale, Template>>;
