// Entry point the extension host require()s (VS Code's `extensionTestsPath`): runs every *.e2e.js bundled beside it with mocha.
// To add tests, create test/e2e/suite/<topic>.e2e.ts (describe/it, helpers from ./helpers); the build picks it up.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 30_000, color: false });
  const grep = process.env.E2E_GREP;
  if (grep) mocha.grep(grep);
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.e2e.js'))
    .sort();
  if (files.length === 0) throw new Error(`no *.e2e.js test files in ${__dirname}`);
  for (const name of files) mocha.addFile(join(__dirname, name));
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
