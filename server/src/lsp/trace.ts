// Milestones of the server's work (a document received, opened, its first page of problems published…)
// written to stderr with wall-clock times when OPENDATA_LINT_TRACE is set, so that benchmarks can split
// the time from didOpen to diagnostics between the transport and the checks. Off by default.

const enabled = Boolean(process.env.OPENDATA_LINT_TRACE);

/**
 * Writes `[trace] <epoch ms with decimals> <label> <detail>` to stderr when tracing is on; the detail
 * holds `cpu`, the process's CPU time so far in ms (wall times are noisy on a busy machine).
 */
export function trace(label: string, detail?: Record<string, number | string | boolean>): void {
  if (!enabled) return;
  const at = (performance.timeOrigin + performance.now()).toFixed(1);
  const { user, system } = process.cpuUsage();
  process.stderr.write(`[trace] ${at} ${label} ${JSON.stringify({ ...detail, cpu: Math.round((user + system) / 1000) })}\n`);
}

/** The process's memory in MB, for trace details. */
export function memoryDetail(): Record<string, number> {
  const usage = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  return { rss: mb(usage.rss), heapUsed: mb(usage.heapUsed), external: mb(usage.external) };
}

export const tracing = enabled;
