// The floor of the engine: the Problem model, how a problem is made, and the catalog of problem codes.
// Every layer may import it; it imports nothing of the engine.
export * from './problem';
export * from './makeProblem';
export * from './catalog';
