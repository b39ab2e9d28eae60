// Preloaded by the benchmark into every process it times (ours and the peers', through
// NODE_OPTIONS=--require): prints the process's peak memory and CPU time (user + system, all
// threads) at exit, so every tool is measured the same way. CommonJS and --require, not --import:
// an ES module preload would start Node's ES module loader in CommonJS tools too (write-good,
// markdownlint-cli2), adding to their times what they never pay on their own.
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\n@@usage ${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`);
});
