// The bundle entry of the CLI (dist/cli-bundle.js, loaded by dist/cli.js): wires runCli to the real process. The same bundle runs
// the worker threads that check files in parallel (it passes itself as their script).
import { isMainThread } from 'node:worker_threads';
import { visibleControlsButLayout } from '../i18n/visibleControls';
import { runCli, type CliIo } from './main';
import { neutraliseWorkflowCommands } from './output/workflowCommands';
import { isCheckWorker, runCheckWorker } from './parallel/checkWorker';

if (!isMainThread && isCheckWorker()) {
  runCheckWorker();
} else {
  // A reader that stops early (`| head`) closes the pipe: stop quietly instead of crashing.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  const io: CliIo = {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    // Standard error only carries messages for people: their control characters shown as escapes, and
    // no line a CI runner would read as a command.
    stderr: (text) => process.stderr.write(`${neutraliseWorkflowCommands(visibleControlsButLayout(text))}\n`),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    // Worker threads start from the entry that loaded this bundle (dist/cli.js, with its code cache).
    workerScript: require.main?.filename ?? __filename,
  };

  runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
