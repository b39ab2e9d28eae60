#!/usr/bin/env node
// npm run bench [-- --drafts 1000 --runs 5 --scale 10000 --peers --cache]
// Whole-process wall time and CPU time (user + system, all threads), drafts/s, peak memory, the
// cold start of one small draft, per-rule timing (TIMING=1) and duplicate-outreach scaling. It
// measures and never asserts. Numbers depend on the machine and on what else runs on it: compare
// runs on the same machine and in the same run only (peers with --peers, installed under
// .bench/peers). See docs/performance.md.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { generateCorpus } from "./generate.mjs";

const root = resolve(import.meta.dirname, "../..");
const bin = join(root, "bin/inmail-lint.js");
const preload = join(root, "tests/bench/report-rss.cjs");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
const drafts = Number(option("drafts", 1000));
const runs = Number(option("runs", 5));
const scale = option("scale", null);
const benchDir = join(root, ".bench");
const output = join(benchDir, "out.json");
const coldTarget = join(root, "fixtures/drafts/good-inhouse-recruiter-jane.md");
const peersBin = join(benchDir, "peers/node_modules/.bin");

/** One process, timed from spawn to exit; CPU and peak memory come from the preload. */
function timeOnce(command, commandArgs, env = {}) {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, commandArgs, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: `--require=${JSON.stringify(preload)}`, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.error) throw run.error;
  // The last report: worker threads load the preload too, and the main thread exits last.
  const usage = [...(run.stderr ?? "").matchAll(/@@usage (\{.*\})/g)].at(-1);
  if (!usage) throw new Error(`${command} ${commandArgs.slice(0, 3).join(" ")} ... exited ${run.status} without reporting its usage: ${run.stderr}`);
  const { maxRssKb, cpuMs } = JSON.parse(usage[1]);
  return { wall, cpu: cpuMs / 1000, peakMb: maxRssKb / 1024, status: run.status, stderr: run.stderr };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median wall and CPU time of `count` runs after one warm-up run (file cache, not the process). */
function measure(command, commandArgs, { count = runs, env = {}, okStatus = [0, 1] } = {}) {
  return measureInterleaved([{ command, args: commandArgs, okStatus }], { count, env })[0];
}

/**
 * The same for several commands, their runs interleaved (a, b, a, b, ...) so that a change in the
 * machine's load falls on all of them alike: how the peers are compared with inmail-lint.
 */
function measureInterleaved(commands, { count = runs, env = {} } = {}) {
  const firsts = commands.map(({ command, args: commandArgs, okStatus = [0, 1] }) => {
    const first = timeOnce(command, commandArgs, env);
    if (okStatus && !okStatus.includes(first.status)) throw new Error(`${command} ${commandArgs.join(" ")} exited ${first.status}: ${first.stderr}`);
    return first;
  });
  const samples = commands.map(() => []);
  for (let run = 0; run < count; run++) commands.forEach(({ command, args: commandArgs }, index) => samples[index].push(timeOnce(command, commandArgs, env)));
  return samples.map((taken, index) => ({
    wall: median(taken.map((s) => s.wall)),
    cpu: median(taken.map((s) => s.cpu)),
    peakMb: Math.max(...taken.map((s) => s.peakMb)),
    stderr: firsts[index].stderr,
  }));
}

const ours = (target, extra = []) => [bin, target, "-f", "json", "-o", output, "--no-config-lookup", ...extra];
const seconds = (value) => `${value.toFixed(value < 1 ? 3 : 2)} s`;
function row(label, result, count) {
  const rate = count ? `  ${(count / result.wall).toFixed(0).padStart(5)} drafts/s` : "";
  console.log(`  ${label.padEnd(34)} ${seconds(result.wall).padStart(8)} ${seconds(result.cpu).padStart(8)} ${`${result.peakMb.toFixed(0)} MB`.padStart(8)}${rate}`);
}
const header = () => console.log(`  ${"".padEnd(34)} ${"wall".padStart(8)} ${"cpu".padStart(8)} ${"peak".padStart(8)}`);

console.log(`inmail-lint benchmark: Node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} cores, load average ${loadavg().map((value) => value.toFixed(2)).join(" ")}`);
console.log(`median of ${runs} runs after a warm-up; cpu = user + system time of the whole process (all threads)\n`);

const corpus = join(benchDir, `drafts-${drafts}`);
const files = generateCorpus(corpus, drafts);
const averageKb = files.reduce((sum, file) => sum + readFileSync(file).length, 0) / files.length / 1024;
console.log(`${drafts} synthetic drafts (${averageKb.toFixed(1)} KB on average, seeded) in ${corpus}`);
header();
const single = measure(process.execPath, ours(corpus, ["--concurrency", "off"]));
row("whole run, --concurrency off", single, drafts);
// `auto` picks one thread per 100 files up to one less than the cores, so on 2 cores it is `off`: the
// second line shows what a worker costs or wins on this machine.
const auto = measure(process.execPath, ours(corpus, ["--concurrency", "2"]));
row("whole run, --concurrency 2", auto, drafts);
const cacheFile = join(benchDir, "cache");
rmSync(cacheFile, { force: true });
const cached = measure(process.execPath, ours(corpus, ["--cache", "--cache-location", cacheFile]));
row("unchanged re-run, --cache", cached, drafts);
const readFloor = measure(process.execPath, ["-e", `const fs=require("fs");for(const f of fs.readdirSync(${JSON.stringify(corpus)}))fs.readFileSync(${JSON.stringify(corpus)}+"/"+f,"utf8")`]);
row("reading the files in Node (floor)", readFloor);
const cold = measure(process.execPath, [bin, coldTarget, "--no-config-lookup"], { count: Math.max(runs, 9) });
row("cold start, one small draft", cold);
const floor = measure(process.execPath, ["-e", ""], { count: Math.max(runs, 9) });
row("node -e '' (floor)", floor);

let peers = null;
if (args.includes("--peers")) {
  console.log("\npeers on the same drafts, same machine, same run:");
  if (!existsSync(peersBin)) {
    console.log("  install them first (dev only, not committed): npm install --prefix .bench/peers write-good markdownlint-cli2");
  } else {
    console.log("  (each peer's runs interleaved with inmail-lint's, which is measured again alongside)");
    header();
    peers = {};
    const installed = [
      ["write-good", files],
      ["markdownlint-cli2", [join(corpus, "*.md")]],
    ].filter(([name]) => existsSync(join(peersBin, name)));
    const wholeRuns = measureInterleaved([
      { command: process.execPath, args: ours(corpus, ["--concurrency", "off"]) },
      ...installed.map(([name, whole]) => ({ command: join(peersBin, name), args: whole, okStatus: null })),
    ]);
    const coldRuns = measureInterleaved(
      [
        { command: process.execPath, args: [bin, coldTarget, "--no-config-lookup"] },
        ...installed.map(([name]) => ({ command: join(peersBin, name), args: [coldTarget], okStatus: null })),
      ],
      { count: Math.max(runs, 15) },
    );
    peers.ours = { all: wholeRuns[0], cold: coldRuns[0] };
    row(`inmail-lint, ${drafts} drafts`, wholeRuns[0], drafts);
    row("inmail-lint, cold start", coldRuns[0]);
    installed.forEach(([name], index) => {
      peers[name] = { all: wholeRuns[index + 1], cold: coldRuns[index + 1] };
      row(`${name}, ${drafts} drafts`, wholeRuns[index + 1], drafts);
      row(`${name}, cold start`, coldRuns[index + 1]);
    });
  }
}

console.log("\nagainst the targets:");
const best = Math.min(single.wall, auto.wall);
const writeGood = peers?.["write-good"];
if (writeGood) {
  // The interleaved runs: inmail-lint and write-good under the same load.
  const { all, cold: ownCold } = peers.ours;
  console.log(`  ${drafts} drafts: ${seconds(all.wall)} (--concurrency off), ${(all.wall / writeGood.all.wall).toFixed(2)}x write-good's ${seconds(writeGood.all.wall)} (target <= 1x)`);
  console.log(`  cold start: ${seconds(ownCold.wall)}, ${(ownCold.wall / writeGood.cold.wall).toFixed(2)}x write-good's ${seconds(writeGood.cold.wall)} (target <= 1.5x)`);
} else {
  console.log(`  ${drafts} drafts: ${seconds(best)} (${single.wall <= auto.wall ? "--concurrency off" : "--concurrency 2"}); add --peers to compare with write-good`);
  console.log(`  cold start: ${seconds(cold.wall)}`);
}
console.log(`  peak memory: ${Math.max(single.peakMb, auto.peakMb).toFixed(0)} MB (target < 250 MB)`);

const timingTable = (stderr) => stderr.split("\n").filter((line) => line.includes("|")).join("\n");
const batchMs = (stderr) => {
  const line = stderr.split("\n").find((candidate) => candidate.startsWith("duplicate-outreach "));
  const cells = line?.split("|").map((cell) => cell.trim());
  return cells ? { total: Number(cells[1]), batch: Number(cells[3]) } : null;
};
const timing = timeOnce(process.execPath, ours(corpus, ["--concurrency", "off"]), { TIMING: "1" });
console.log(`\nper-rule timing (TIMING=1, one single-threaded run over the ${drafts} drafts; Batch = checkBatch across all drafts):`);
console.log(timingTable(timing.stderr));

if (scale) {
  const count = Number(scale);
  const bigCorpus = join(benchDir, `drafts-${count}`);
  generateCorpus(bigCorpus, count);
  console.log(`\nscaling to ${count} drafts:`);
  header();
  const bigRuns = Math.min(runs, 3);
  const big = measure(process.execPath, ours(bigCorpus, ["--concurrency", "off"]), { count: bigRuns });
  row(`whole run, --concurrency off`, big, count);
  const bigAuto = measure(process.execPath, ours(bigCorpus, ["--concurrency", "2"]), { count: bigRuns });
  row(`whole run, --concurrency 2`, bigAuto, count);
  const bigTiming = timeOnce(process.execPath, ours(bigCorpus, ["--concurrency", "off"]), { TIMING: "1" });
  const small = batchMs(timing.stderr);
  const large = batchMs(bigTiming.stderr);
  if (small && large) {
    console.log(`  duplicate-outreach, all phases: ${small.total.toFixed(0)} ms at ${drafts} drafts, ${large.total.toFixed(0)} ms at ${count} drafts (${(large.total / small.total).toFixed(1)}x for ${(count / drafts).toFixed(0)}x the drafts)`);
    console.log(`  duplicate-outreach, checkBatch:  ${small.batch.toFixed(0)} ms at ${drafts} drafts, ${large.batch.toFixed(0)} ms at ${count} drafts (${(large.batch / small.batch).toFixed(1)}x)`);
  }
}
console.log(`\nload average after: ${loadavg().map((value) => value.toFixed(2)).join(" ")}`);
