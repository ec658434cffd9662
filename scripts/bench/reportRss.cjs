// Preloaded into a benchmarked process (`node -r`): prints its peak memory on exit, to stderr.
process.on('exit', () => {
  process.stderr.write(`\n@@maxrss ${process.resourceUsage().maxRSS / 1024}\n`);
});
