import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, REPO } from "./run.js";

// The CLI bundle runs from V8's code cache that `npm run build` recorded (src/cli/code-cache.ts).
// These tests check that the cache is used, that it changes nothing in the output, and that a
// cache not made from the file's exact bytes is ignored.
const BUNDLE = join(REPO, "dist/bundle");
const DRAFT = join(FIXTURES, "example/draft.md");
const PROFILE = join(FIXTURES, "profiles/jane-doe.json");
const ARGS = [DRAFT, "--profile", PROFILE, "--no-config-lookup", "-f", "json"];

/** Runs the CLI from `bundleDir` through the code-cache loader; stderr's last line says what came from the cache. */
function runBundle(bundleDir: string): { stdout: string; compiled: number; fromCache: number } {
  const script = `
    const { requireBundle } = await import(${JSON.stringify(join(REPO, "dist/src/cli/code-cache.js"))});
    const run = requireBundle(${JSON.stringify(join(bundleDir, "inmail-lint.js"))});
    await run.exports.main([process.execPath, "inmail-lint", ...${JSON.stringify(ARGS)}]);
    process.stderr.write(JSON.stringify({ compiled: run.compiled, fromCache: run.fromCache }));`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: REPO, encoding: "utf8" });
  const counts = JSON.parse(child.stderr.trim().split("\n").at(-1) ?? "{}") as { compiled: number; fromCache: number };
  return { stdout: child.stdout, ...counts };
}

function runUnbundled(): string {
  const script = `
    const { main } = await import(${JSON.stringify(join(REPO, "dist/src/cli/main.js"))});
    await main([process.execPath, "inmail-lint", ...${JSON.stringify(ARGS)}]);`;
  return spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: REPO, encoding: "utf8" }).stdout;
}

const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

describe("the CLI bundle's code cache", () => {
  it("was recorded by the build for the entry and the lint code", () => {
    const cached = readdirSync(join(BUNDLE, "code-cache"));
    expect(cached).toContain("inmail-lint.js.cache");
    expect(cached.some((name) => /^job-.*\.js\.cache$/.test(name))).toBe(true);
  });

  it("compiles every bundle file of a run from the cache, with the unbundled CLI's output", () => {
    const bundled = runBundle(BUNDLE);
    expect(bundled.compiled).toBeGreaterThanOrEqual(5);
    expect(bundled.fromCache).toBe(bundled.compiled);
    const report = JSON.parse(bundled.stdout) as Array<{ messages: unknown[]; grade: { score: number } }>;
    expect(report).toHaveLength(1);
    expect(bundled.stdout).toBe(runUnbundled());
  });

  it("ignores a cache made from other bytes, even of the same length, and gives the same output", () => {
    // A copy beside dist/bundle, so it finds node_modules and dist/generated as the bundle does.
    const copy = join(REPO, `dist/bundle-stale-${process.pid}`);
    copies.push(copy);
    cpSync(BUNDLE, copy, { recursive: true });
    const entry = join(copy, "inmail-lint.js");
    const source = readFileSync(entry, "utf8");
    // Same length, other bytes: V8 alone would take the stale cache (it checks the length).
    const edited = source.replace(/^\/\/ dist\/src\/cli\/main\.js$/m, "// dist/src/cli/main.jz");
    expect(edited).not.toBe(source);
    expect(edited.length).toBe(source.length);
    writeFileSync(entry, edited);

    const run = runBundle(copy);
    expect(run.compiled).toBe(runBundle(BUNDLE).compiled - 1);
    expect(run.fromCache).toBe(run.compiled);
    expect(run.stdout).toBe(runUnbundled());
  });

  it("runs without any cache at all", () => {
    const copy = join(REPO, `dist/bundle-uncached-${process.pid}`);
    copies.push(copy);
    cpSync(BUNDLE, copy, { recursive: true });
    rmSync(join(copy, "code-cache"), { recursive: true });
    expect(existsSync(join(copy, "code-cache"))).toBe(false);
    const run = runBundle(copy);
    expect(run).toMatchObject({ compiled: 0, fromCache: 0 });
    expect(run.stdout).toBe(runUnbundled());
  });
});
