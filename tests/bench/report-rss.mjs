// Preloaded with `node --import` by the benchmark: prints the process's peak memory at exit.
process.on("exit", () => {
  process.stderr.write(`\n@@maxrss-kb ${process.resourceUsage().maxRSS}\n`);
});
