// Run counts and seed of the property tests (fast-check), from the environment, printed once per run so
// that a failure can be replayed:
//   PROPS_RUNS  small (default): a tenth of each property's own count, at least 1 (a quick run still exercises
//               every property); full: each property's own count (npm run test:props); <n>: n runs for every
//               property.
//   PROPS_SEED  the seed of every property of the run (default: a new one). A failure prints its seed too:
//               PROPS_SEED=<seed> with the same PROPS_RUNS replays it.
// Every property passes `propertyRuns(count)` to fc.assert, `count` being its number of runs in a full run
// (test/unit/support/propertyRuns.test.ts checks it).

/** small, full, or a number of runs for every property. */
type RunsSetting = 'small' | 'full' | number;

function runsSetting(value: string | undefined): RunsSetting {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === 'small') return 'small';
  if (text === 'full') return 'full';
  if (/^[1-9]\d*$/.test(text)) return Number(text);
  throw new Error(`PROPS_RUNS=${value}: expected small, full or a positive whole number of runs`);
}

function seedSetting(value: string | undefined): number {
  const text = (value ?? '').trim();
  if (text === '') return (Date.now() ^ Math.floor(Math.random() * 0x1_0000_0000)) | 0;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new Error(`PROPS_SEED=${value}: expected a whole number (a seed printed by a run)`);
  return seed | 0;
}

const setting = runsSetting(process.env.PROPS_RUNS);
const seed = seedSetting(process.env.PROPS_SEED);
const runsText = setting === 'small' ? 'a tenth of each property’s count' : setting === 'full' ? 'each property’s count' : `${setting} per property`;
console.log(`Property tests (fast-check): PROPS_SEED=${seed} PROPS_RUNS=${setting} (${runsText})`);

/**
 * fast-check parameters of a property whose full run is `fullRuns` runs: its number of runs in this run and the
 * seed. `minRuns`: never fewer, for a test that asserts over the whole run (that every kind of fix was offered).
 */
export function propertyRuns(fullRuns: number, { minRuns = 1 }: { minRuns?: number } = {}): { numRuns: number; seed: number } {
  const runs = typeof setting === 'number' ? setting : setting === 'full' ? fullRuns : Math.ceil(fullRuns / 10);
  return { numRuns: Math.max(runs, minRuns, 1), seed };
}
