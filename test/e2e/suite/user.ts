// Playing the user in the workbench: a test asks the host (scripts/e2e/code-server-host.mjs) to press keys,
// type, click and take screenshots on the real page, as a person would, by a line it logs; the host says
// it is done through a file in a folder both share (E2E_CONTROL_DIR).
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let next = 0;

async function askHost(action: 'press' | 'type' | 'click' | 'screenshot', argument: string, timeoutMs = 20_000): Promise<void> {
  const dir = process.env.E2E_CONTROL_DIR;
  assert.ok(dir, 'E2E_CONTROL_DIR is not set: the extension host was not started by scripts/e2e/code-server-host.mjs');
  // Unique across the suite's files: each is bundled with its own copy of this module (its own counter), and
  // a done file left by another file's request must never answer this one.
  const id = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${++next}`;
  console.log(`[[e2e ${id} ${action} ${argument}]]`);
  const done = join(dir, `${id}.done`);
  const failed = join(dir, `${id}.failed`);
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (existsSync(done)) return;
    if (existsSync(failed)) throw new Error(`the host could not ${action} ${argument}: ${readFileSync(failed, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the host did not ${action} ${argument} within ${timeoutMs} ms`);
}

/** Presses a key chord on the page (playwright names: `Control+Period`, `Escape`, `Control+S`). */
export const press = (chord: string) => askHost('press', chord);
/** Types text key by key into what has the focus. */
export const typeText = (text: string) => askHost('type', text);
/** Clicks the first element matching a CSS selector. */
export const click = (selector: string) => askHost('click', selector);
/** Saves a screenshot of the workbench as test-output/screenshots/<name>.png. */
export const screenshot = (name: string) => askHost('screenshot', `${name}.png`);

/** Lets the workbench paint what just changed before a screenshot (it renders on animation frames). */
export function settle(ms = 400): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
