// Shapes of the message catalogs: every message exists in English and French, side by side.
import type { ProblemParams } from '../problem';

export type Locale = 'en' | 'fr';

/** A template with `{name}` placeholders, or a function for messages that need grammar (plurals…). */
export type Template = string | ((params: ProblemParams) => string);

/** One message in both languages. */
export type Messages = Record<Locale, Template>;

export type MessageCatalog = Record<string, Messages>;
