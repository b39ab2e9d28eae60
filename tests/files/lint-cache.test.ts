import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheRunKey, openLintCache } from "../../src/files/lint-cache.js";
import type { ResolvedConfig } from "../../src/config/resolve.js";
import type { DraftRunData } from "../../src/engine/lint.js";
import { project, runCli, writeFile } from "../cli/helpers.js";

/**
 * `--cache`: a re-run over unchanged drafts lints nothing (the `--debug` stats line counts what was
 * linted and what came from the cache), any input that changes a lint makes its drafts miss, and
 * the report is the same either way.
 */
const draft = (name: string, extra = "") =>
  `---\nsubject: Staff engineer role at Acme\nprofile: ../profiles/${name}.json\n---\nHi ${name},\n\nI'm Sam, a recruiter at Acme Robotics. We are hiring a staff engineer for our Go platform team in Berlin, paying EUR 120k.${extra}\n\nWould you be open to a call next week?\n\nBest,\nSam\n`;
const TEMPLATE = "Hi there,\n\nI'm Sam from Acme. We are hiring engineers for the platform team that runs our robots, and I think your background in distributed systems and Go would be a great fit for the role we have open right now.\n\nBest,\nSam\n";

function repo(): string {
  return project({
    ".inmail-lintrc.json": { rules: { length: ["warn", { maxLength: 1900 }] } },
    "profiles/jane.json": { name: "Jane Doe", company: "Initech", skills: ["Go"] },
    "profiles/lee.json": { name: "Lee Park", company: "Globex" },
    "drafts/jane.md": draft("jane"),
    "drafts/lee.md": draft("lee"),
    // The same message to two people: duplicate-outreach needs both, cached or not.
    "drafts/mass-a.md": TEMPLATE.replace("there", "Ana"),
    "drafts/mass-b.md": TEMPLATE.replace("there", "Bo"),
  });
}

function lint(dir: string, args: string[] = []) {
  const run = runCli(["drafts", "--cache", "-f", "json", "--today", "2026-11-27", "--debug", ...args], { cwd: dir });
  const stats = /debug: (\d+) drafts? linted on \d+ threads?(?:, (\d+) from the cache)?/.exec(run.stderr);
  return { ...run, linted: Number(stats?.[1]), cached: stats?.[2] === undefined ? null : Number(stats[2]) };
}

describe("--cache", () => {
  it("lints nothing on an unchanged re-run, with the same report", () => {
    const dir = repo();
    const first = lint(dir);
    expect(first).toMatchObject({ linted: 4, cached: 0 });
    expect(existsSync(join(dir, ".inmail-lintcache"))).toBe(true);
    const second = lint(dir);
    expect(second).toMatchObject({ linted: 0, cached: 4 });
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(first.code);
    const uncached = runCli(["drafts", "-f", "json", "--today", "2026-11-27"], { cwd: dir });
    expect(second.stdout).toBe(uncached.stdout);
    expect(second.stdout).toContain('"duplicate-outreach"');
  });

  it("lints a changed draft again, and batch rules still compare it with the cached ones", () => {
    const dir = repo();
    lint(dir);
    writeFile(dir, "drafts/mass-b.md", TEMPLATE.replace("there", "Bea"));
    const run = lint(dir);
    expect(run).toMatchObject({ linted: 1, cached: 3 });
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    for (const name of ["mass-a.md", "mass-b.md"]) {
      expect(results.find((result) => result.filePath.endsWith(name))!.messages.some((message) => message.ruleId === "duplicate-outreach")).toBe(true);
    }
    expect(run.stdout).toBe(runCli(["drafts", "-f", "json", "--today", "2026-11-27"], { cwd: dir }).stdout);
  });

  it("lints the drafts whose profile changed", () => {
    const dir = repo();
    lint(dir);
    writeFile(dir, "profiles/jane.json", { name: "Jane Doe", company: "Acme Robotics", skills: ["Go"] });
    expect(lint(dir)).toMatchObject({ linted: 1, cached: 3 });
    writeFile(dir, "profiles/extra.json", { name: "Jane Doe" });
    const withProfile = lint(dir, ["--profile", "profiles/extra.json"]);
    expect(withProfile).toMatchObject({ linted: 4, cached: 0 });
  });

  it("lints everything again when the config or today's date changes", () => {
    const dir = repo();
    lint(dir);
    writeFile(dir, ".inmail-lintrc.json", { rules: { length: ["warn", { maxLength: 1800 }] } });
    expect(lint(dir)).toMatchObject({ linted: 4, cached: 0 });
    expect(lint(dir, ["--rule", "pressure: off"])).toMatchObject({ linted: 4, cached: 0 });
    expect(lint(dir, ["--rule", "pressure: off"])).toMatchObject({ linted: 0, cached: 4 });
    expect(lint(dir, ["--rule", "pressure: off", "--today", "2026-11-28"])).toMatchObject({ linted: 4, cached: 0 });
  });

  it("is not used when fixing", () => {
    const dir = repo();
    lint(dir);
    const run = lint(dir, ["--fix-dry-run"]);
    expect(run.linted).toBe(4);
    expect(run.cached).toBeNull();
  });

  it("takes --cache-location (a file, or a folder to put .inmail-lintcache in) and leaves no temporary files", () => {
    const dir = repo();
    writeFile(dir, "cache/keep.txt", "");
    expect(lint(dir, ["--cache-location", "cache"])).toMatchObject({ linted: 4, cached: 0 });
    expect(lint(dir, ["--cache-location", "cache"])).toMatchObject({ linted: 0, cached: 4 });
    expect(readdirSync(join(dir, "cache")).sort()).toEqual([".inmail-lintcache", "keep.txt"]);
    expect(lint(dir, ["--cache-location", "elsewhere/lint.cache"])).toMatchObject({ linted: 4, cached: 0 });
    expect(readdirSync(join(dir, "elsewhere"))).toEqual(["lint.cache"]);
    expect(readdirSync(dir).filter((name) => name.includes(".tmp"))).toEqual([]);
  });

  it("treats a corrupt cache file as empty", () => {
    const dir = repo();
    writeFileSync(join(dir, ".inmail-lintcache"), "not a cache");
    const run = lint(dir);
    expect(run).toMatchObject({ linted: 4, cached: 0 });
    expect(lint(dir)).toMatchObject({ linted: 0, cached: 4 });
  });

  it("names the cache file when it cannot be written (exit 2, one line)", () => {
    const dir = repo();
    writeFile(dir, "blocked", "a file where a folder should be");
    const run = runCli(["drafts", "--cache", "--cache-location", "blocked/cache"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("blocked/cache");
  });
});

describe("openLintCache", () => {
  const config = { printable: { rules: {}, words: [], weights: {}, plugins: [], filePath: null }, today: "2026-11-27", plugins: [] } as unknown as ResolvedConfig;
  const run: DraftRunData = {
    source: "Hi",
    bom: false,
    problems: [{ ruleId: "length", messageId: "tooShort", severity: 1, message: "Too short", span: { start: 0, end: 2 } }],
    credits: [],
    summaries: new Map([["duplicate-outreach", { shingles: [1, 2], signature: [3], span: { start: 0, end: 2 } }]]),
    directives: [],
    proseStart: 0,
    recipientKey: null,
    profileSource: null,
    timings: new Map([["length", 1.5]]),
  };

  it("gives back what it stored (without timings), and nothing for another tool version", () => {
    const dir = project({ "a.md": "Hi" });
    const location = join(dir, "cache");
    const file = join(dir, "a.md");
    const key = cacheRunKey({ tool: "1.0.0" });
    const cache = openLintCache(location, key);
    expect(cache.lookup(file, config)).toBeNull();
    cache.store(file, config, run);
    run.problems.push({ ruleId: "duplicate-outreach", messageId: "similar", severity: 1, message: "added by a batch rule later", span: { start: 0, end: 0 } });
    cache.save();
    expect(openLintCache(location, key).lookup(file, config)).toEqual({ ...run, problems: run.problems.slice(0, 1), timings: new Map() });
    expect(openLintCache(location, cacheRunKey({ tool: "1.0.1" })).lookup(file, config)).toBeNull();
    expect(openLintCache(location, key).lookup(file, { ...config, today: "2026-11-28" } as ResolvedConfig)).toBeNull();
  });

  it("does not rewrite the file when every draft came from it", () => {
    const dir = project({ "a.md": "Hi" });
    const location = join(dir, "cache");
    const key = cacheRunKey({ tool: "1.0.0" });
    const first = openLintCache(location, key);
    first.store(join(dir, "a.md"), config, run);
    first.save();
    utimesSync(location, 1000, 1000);
    const second = openLintCache(location, key);
    expect(second.lookup(join(dir, "a.md"), config)).not.toBeNull();
    second.save();
    expect(statSync(location).mtimeMs).toBe(1_000_000);
    const third = openLintCache(location, key);
    third.save();
    expect(statSync(location).mtimeMs).not.toBe(1_000_000);
    expect(openLintCache(location, key).lookup(join(dir, "a.md"), config)).toBeNull();
  });
});
