// `npm start`: checks the bundled example datasets and prints the report. Some examples contain
// errors on purpose, so "problems found" (exit 1) is the expected outcome here, not a failure of the
// command; a usage or I/O error (exit 2) still fails.
import { spawnSync } from 'node:child_process';

const lang = /^fr/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'fr' : 'en';
const result = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples/', ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.status === 1) {
  console.log(
    lang === 'fr'
      ? '\nDes problèmes ont été trouvés : c’est attendu, certains exemples sont volontairement invalides (voir examples/README.md).'
      : '\nProblems were found: that is expected, some examples are invalid on purpose (see examples/README.md).',
  );
  process.exit(0);
}
process.exit(result.status ?? 2);
