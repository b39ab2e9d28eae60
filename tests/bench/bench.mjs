#!/usr/bin/env node
// npm run bench [-- --drafts 1000 --runs 3 --scale 10000 --peers]
// Whole-process wall time, drafts/s, peak memory, cold start of one small draft, per-rule timing,
// and duplicate-outreach scaling. Measures; never asserts. Numbers depend on the machine: compare
// runs on the same machine only (peers with --peers, installed under .bench/peers).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateCorpus } from "./generate.mjs";

const root = resolve(import.meta.dirname, "../..");
const bin = join(root, "bin/inmail-lint.js");
const rss = join(root, "tests/bench/report-rss.mjs");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
const drafts = Number(option("drafts", 1000));
const runs = Number(option("runs", 3));
const scale = option("scale", null);
const benchDir = join(root, ".bench");

function timeCommand(command, commandArgs, env = {}) {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, commandArgs, { cwd: root, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.error) throw run.error;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${command} ${commandArgs.join(" ")} exited ${run.status}: ${run.stderr}`);
  const peak = /@@maxrss-kb (\d+)/.exec(run.stderr ?? "");
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : null, stderr: run.stderr ?? "" };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const lintArgs = (target) => ["--import", rss, bin, target, "-f", "json", "-o", join(benchDir, "out.json"), "--no-config-lookup"];

function benchCorpus(count) {
  const dir = join(benchDir, `drafts-${count}`);
  generateCorpus(dir, count);
  const times = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const result = timeCommand(process.execPath, lintArgs(dir));
    times.push(result.seconds);
    peak = Math.max(peak, result.peakMb ?? 0);
  }
  const seconds = median(times);
  return { dir, count, seconds, perSecond: count / seconds, peak };
}

console.log(`inmail-lint benchmark on ${process.version}, ${drafts} drafts, median of ${runs} runs\n`);
const main = benchCorpus(drafts);
console.log(`whole run:      ${main.seconds.toFixed(2)} s for ${main.count} drafts (${main.perSecond.toFixed(0)} drafts/s)`);
console.log(`peak memory:    ${main.peak.toFixed(0)} MB`);

const coldTarget = join(root, "fixtures/drafts/good-inhouse-recruiter-jane.md");
const cold = [];
for (let i = 0; i < Math.max(5, runs * 2); i++) cold.push(timeCommand(process.execPath, [bin, coldTarget, "--no-config-lookup"]).seconds);
console.log(`cold start:     ${median(cold).toFixed(3)} s (one small draft with its profile, median of ${cold.length})`);
const floor = [];
for (let i = 0; i < 5; i++) floor.push(timeCommand(process.execPath, ["-e", ""]).seconds);
console.log(`node floor:     ${median(floor).toFixed(3)} s (node -e '')`);

const timing = timeCommand(process.execPath, [bin, main.dir, "-f", "json", "-o", join(benchDir, "out.json"), "--no-config-lookup"], { TIMING: "1" });
console.log("\nper-rule timing (TIMING=1, one run over the same drafts):");
console.log(timing.stderr.split("\n").filter((line) => line.includes("|")).join("\n"));

if (scale) {
  const big = benchCorpus(Number(scale));
  const bigTiming = timeCommand(process.execPath, [bin, big.dir, "-f", "json", "-o", join(benchDir, "out.json"), "--no-config-lookup"], { TIMING: "1" });
  const duplicate = /duplicate-outreach\s*\|\s*([\d.]+)/.exec(bigTiming.stderr);
  const small = /duplicate-outreach\s*\|\s*([\d.]+)/.exec(timing.stderr);
  console.log(`\nscaling: ${big.count} drafts in ${big.seconds.toFixed(2)} s (${big.perSecond.toFixed(0)} drafts/s), peak ${big.peak.toFixed(0)} MB`);
  if (duplicate && small) console.log(`duplicate-outreach: ${Number(small[1]).toFixed(0)} ms at ${drafts} drafts, ${Number(duplicate[1]).toFixed(0)} ms at ${big.count} drafts`);
}

if (args.includes("--peers")) {
  const peers = join(benchDir, "peers/node_modules/.bin");
  if (!existsSync(peers)) {
    console.log(`\npeers: install them first (dev only): npm install --prefix .bench/peers write-good markdownlint-cli2`);
  } else {
    console.log("\npeers on the same drafts (median wall time):");
    const files = join(main.dir, "*.md");
    for (const [name, command, commandArgs] of [
      ["write-good", join(peers, "write-good"), [files]],
      ["markdownlint-cli2", join(peers, "markdownlint-cli2"), [files]],
    ]) {
      if (!existsSync(command)) continue;
      const times = [];
      for (let i = 0; i < runs; i++) {
        const run = spawnSync("sh", ["-c", `${command} ${commandArgs.join(" ")} > /dev/null 2>&1`], { cwd: root });
        if (run.error) throw run.error;
      }
      for (let i = 0; i < runs; i++) {
        const started = process.hrtime.bigint();
        spawnSync("sh", ["-c", `${command} ${commandArgs.join(" ")} > /dev/null 2>&1`], { cwd: root });
        times.push(Number(process.hrtime.bigint() - started) / 1e9);
      }
      const coldTimes = [];
      for (let i = 0; i < 5; i++) {
        const started = process.hrtime.bigint();
        spawnSync("sh", ["-c", `${command} ${coldTarget} > /dev/null 2>&1`], { cwd: root });
        coldTimes.push(Number(process.hrtime.bigint() - started) / 1e9);
      }
      console.log(`  ${name.padEnd(18)} ${median(times).toFixed(2)} s for ${drafts} drafts, cold ${median(coldTimes).toFixed(3)} s`);
    }
  }
}
