// The floor of the engine: the Problem model, how a problem is made, the declared problem codes with
// their messages, and the language tools those messages use. Every layer may import it; it imports
// nothing of the engine.
export * from './problem';
export * from './makeProblem';
export * from './catalog';
export type { Locale, Messages, MessageCatalog, Template } from './messages/types';
