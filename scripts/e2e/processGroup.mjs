// Stops a child started in its own process group (code-server and what it spawned): SIGTERM, then SIGKILL
// after 3 s, then SIGKILL again for stragglers (the extension host, the language server) that may outlive the
// leader by a moment. Shared by the extension-host tests' launcher and the big-file measure.
export async function killGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = new Promise((r) => setTimeout(r, 3000, 'timeout'));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // the group is empty: good
  }
}
