// "Ignored trees are never walked": observed by recording every folder expandPaths reads.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

const read: string[] = [];
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readdirSync = ((path: string, ...rest: unknown[]) => {
    read.push(String(path));
    return (fs.readdirSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

const { expandPaths } = await import("../../src/files/expand.js");

const dir = realpathSync(mkdtempSync(join(tmpdir(), "inmail-lint-expand-")));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const path of ["drafts/a.md", "drafts/archive/deep/b.md", "drafts/old/c.md", "node_modules/pkg/readme.md"]) {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), "Hi\n");
}
writeFileSync(join(dir, ".inmail-lintignore"), "archive/\n");

beforeEach(() => {
  read.length = 0;
});

describe("expandPaths", () => {
  const options = { cwd: dir, ignorePatterns: ["drafts/old/"], useIgnoreFile: true };

  it("does not read ignored folders when walking a folder", async () => {
    expect(await expandPaths(["drafts"], options)).toEqual([join(dir, "drafts/a.md")]);
    expect(read.map((path) => path.slice(dir.length))).toEqual(["/drafts"]);
  });

  it("does not read ignored folders, or folders outside the glob's base, when expanding a glob", async () => {
    expect(await expandPaths(["drafts/**/*.md"], options)).toEqual([join(dir, "drafts/a.md")]);
    expect(read.map((path) => path.slice(dir.length))).toEqual(["/drafts"]);
  });

  it("walks a glob without ** only as deep as its pattern", async () => {
    expect(await expandPaths(["*/a.md"], { ...options, ignorePatterns: [] })).toEqual([join(dir, "drafts/a.md")]);
    expect(read.map((path) => path.slice(dir.length)).sort()).toEqual(["", "/drafts"]);
  });
});
