import { readStrictOpeningHours } from '../server/src/engine/checks/custom/strictOpeningHours';
import { openingHoursProblem } from '../server/src/engine/fixes/openingHours/openingHoursLibrary';
for (const v of process.argv.slice(2)) console.log(v, JSON.stringify(readStrictOpeningHours(v)), openingHoursProblem(v));
