// Preloaded into a benchmarked process (`node -r`): prints its peak memory and CPU time on exit, to stderr.
process.on('exit', () => {
  const cpu = process.cpuUsage();
  process.stderr.write(`\n@@maxrss ${process.resourceUsage().maxRSS / 1024}\n@@cpu ${(cpu.user + cpu.system) / 1e6}\n`);
});
