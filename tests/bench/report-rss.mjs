// Preloaded by the benchmark into every process it times (ours and the peers', through
// NODE_OPTIONS=--import): prints the process's peak memory and CPU time (user + system, all
// threads) at exit, so every tool is measured the same way.
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\n@@usage ${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`);
});
