import { spawnSync } from "node:child_process";
import { cpSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FILES_PER_THREAD, parseConcurrency, threadCount } from "../../src/engine/parallel.js";
import { generateCorpus } from "../bench/generate.mjs";
import { project, ROOT, runCli, writeFile } from "../cli/helpers.js";

/**
 * `--concurrency` shares files out to worker threads; the main thread keeps config resolution,
 * batch rules (duplicate-outreach) and grading. Whatever the split, the report must be the same.
 */
const FIXED = ["--no-config-lookup", "--today", "2026-11-27", "-f", "json"];

/** A folder with the fixture drafts and profiles, 60 synthetic drafts (near-duplicates among them) and a binary file. */
function corpus(): string {
  const dir = project({});
  cpSync(join(ROOT, "fixtures/drafts"), join(dir, "drafts"), { recursive: true });
  cpSync(join(ROOT, "fixtures/profiles"), join(dir, "profiles"), { recursive: true });
  generateCorpus(join(dir, "drafts/synthetic"), 60);
  writeFile(dir, "drafts/broken.md", "Hi\u0000there\n");
  return dir;
}

function lint(dir: string, args: string[]) {
  const run = runCli(["drafts", ...FIXED, ...args, "--debug"], { cwd: dir });
  const stats = run.stderr.split("\n").find((line) => line.startsWith("inmail-lint: debug:"));
  return { ...run, stats, stderr: run.stderr.split("\n").filter((line) => !line.startsWith("inmail-lint: debug:")).join("\n") };
}

describe("--concurrency", () => {
  const dir = corpus();
  const single = lint(dir, ["--concurrency", "off"]);

  it("lints on one thread when off", () => {
    expect(single.code).toBe(2);
    expect(single.stats).toMatch(/ linted on 1 thread$/);
    expect(JSON.parse(single.stdout).length).toBeGreaterThan(90);
    expect(single.stdout).toContain('"duplicate-outreach"');
  });

  it.each([["2"], ["3"]])("gives the same report, exit code and error lines with %s threads", (threads) => {
    const parallel = lint(dir, ["--concurrency", threads]);
    expect(parallel.stats).toMatch(new RegExp(` linted on ${threads} threads$`));
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stderr).toBe(single.stderr);
    expect(parallel.code).toBe(single.code);
  }, 60_000);

  it("gives the same fixes and profiles on worker threads", () => {
    const args = ["--fix-dry-run", "--profile", "profiles/jane-doe.json"];
    const one = lint(dir, [...args, "--concurrency", "off"]);
    const two = lint(dir, [...args, "--concurrency", "2"]);
    expect(JSON.parse(one.stdout).some((result: { output?: string }) => result.output !== undefined)).toBe(true);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
  }, 60_000);

  it("stops with the same config error on worker threads", () => {
    const broken = project({ "a/one.md": "Hi Sam,\n\nHello.\n", "b/two.md": "Hi Jo,\n\nHello.\n", "b/.inmail-lintrc.json": '{ "rules": { "no-such-rule": "error" } }' });
    const one = runCli(["a", "b", "--concurrency", "off"], { cwd: broken });
    const two = runCli(["a", "b", "--concurrency", "2"], { cwd: broken });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain("unknown rule 'no-such-rule'");
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(2);
  }, 60_000);

  it("runs the worker from the unbundled API too (lintFiles({ concurrency }))", () => {
    const api = join(ROOT, "dist/src/api.js");
    const script = `
      const { lintFiles, lastRunStats } = await import(${JSON.stringify(api)});
      const options = { cwd: ${JSON.stringify(dir)}, configLookup: false, today: "2026-11-27" };
      const one = await lintFiles(["drafts/synthetic"], { ...options, concurrency: "off" });
      const two = await lintFiles(["drafts/synthetic"], { ...options, concurrency: 2 });
      console.log(JSON.stringify({ same: JSON.stringify(one) === JSON.stringify(two), threads: lastRunStats.threads, count: two.length }));
    `;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ same: true, threads: 2, count: readdirSync(join(dir, "drafts/synthetic")).length });
  }, 60_000);

  it("lints on this thread what a failed worker gave back, with the same results", () => {
    const api = join(ROOT, "dist/src/api.js");
    // Preloaded into every thread (workers inherit --import): it makes each worker fail as it starts.
    const failWorkers = `data:text/javascript,import { isMainThread } from "node:worker_threads"; if (!isMainThread) throw new Error("no workers here");`;
    const script = `
      const { lintFiles } = await import(${JSON.stringify(api)});
      const options = { cwd: ${JSON.stringify(dir)}, configLookup: false, today: "2026-11-27" };
      const one = await lintFiles(["drafts/synthetic"], { ...options, concurrency: "off" });
      const two = await lintFiles(["drafts/synthetic"], { ...options, concurrency: 3 });
      console.log(JSON.stringify({ same: JSON.stringify(one) === JSON.stringify(two), count: two.length }));
    `;
    const run = spawnSync(process.execPath, [`--import=${failWorkers}`, "--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
    expect(JSON.parse(run.stdout)).toEqual({ same: true, count: readdirSync(join(dir, "drafts/synthetic")).length });
  }, 60_000);

  it("rejects a thread count that is not a number, auto or off (exit 2, one line)", () => {
    for (const value of ["0", "two", "-1", "1.5"]) {
      const run = runCli(["drafts", "--concurrency", value], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain("--concurrency");
    }
  });
});

describe("threadCount", () => {
  it("is 1 when off or not given, the number asked for (at most one per file), and by file count for auto", () => {
    expect(threadCount(undefined, 5000)).toBe(1);
    expect(threadCount("off", 5000)).toBe(1);
    expect(threadCount(4, 2)).toBe(2);
    expect(threadCount(2, 500)).toBe(2);
    expect(threadCount("auto", FILES_PER_THREAD * 2 - 1, 8)).toBe(1);
    expect(threadCount("auto", FILES_PER_THREAD * 2, 8)).toBe(2);
    expect(threadCount("auto", FILES_PER_THREAD * 1000, 8)).toBe(7);
    // One core is left to V8's own threads: on 2 cores, auto stays on one thread.
    expect(threadCount("auto", FILES_PER_THREAD * 1000, 2)).toBe(1);
    expect(threadCount("auto", FILES_PER_THREAD * 1000, 1)).toBe(1);
  });

  it("parses --concurrency values", () => {
    expect(parseConcurrency("auto")).toBe("auto");
    expect(parseConcurrency("off")).toBe("off");
    expect(parseConcurrency("3")).toBe(3);
    expect(() => parseConcurrency("0")).toThrow(/--concurrency/);
  });
});
