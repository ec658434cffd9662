// Mulberry32: a tiny seeded pseudo-random generator, so that the generated files and the scripted edits of
// the benchmarks are the same on every run. One copy for the scripts (the .mjs ones import it).

/** A function returning numbers in [0, 1), the same sequence for the same seed. */
export function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
