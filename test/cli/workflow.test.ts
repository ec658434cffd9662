// The GitHub Actions workflow we document (examples/github-workflow.yml, copied in the README) calls
// the CLI with options it really has.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { parseArgs, type CheckRequest } from '../../server/src/cli/args';

const root = path.resolve(__dirname, '..', '..');

describe('Documented GitHub Actions workflow', () => {
  const text = readFileSync(path.join(root, 'examples', 'github-workflow.yml'), 'utf8');
  const workflow = parse(text) as { jobs: Record<string, { steps: Array<{ name?: string; run?: string; uses?: string }> }> };
  const steps = Object.values(workflow.jobs)[0].steps;

  it('runs opendata-lint check with valid options: annotations, SARIF and Markdown in one run', () => {
    const run = steps.find((step) => step.run?.startsWith('opendata-lint check'))?.run;
    assert.ok(run, 'no step runs opendata-lint check');
    // Expressions and variables as the runner would have replaced them; shell quotes removed.
    const words = run
      .replace(/\$\{\{[^}]*\}\}/g, '0123abc')
      .replace(/\$GITHUB_STEP_SUMMARY/g, '/tmp/summary.md')
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/"/g, ''));
    const request = parseArgs(words.slice(1)) as CheckRequest;
    assert.equal(request.command, 'check');
    assert.equal(request.changedOnly, '0123abc');
    assert.deepEqual(request.outputs, [
      { format: 'github', file: undefined },
      { format: 'sarif', file: 'opendata-lint.sarif' },
      { format: 'markdown', file: '/tmp/summary.md' },
    ]);
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    assert.ok(upload, 'no SARIF upload step');
  });

  it('is the one shown in the README', () => {
    assert.ok(readFileSync(path.join(root, 'README.md'), 'utf8').includes(text.trimEnd()), 'README.md and examples/github-workflow.yml differ');
  });
});
