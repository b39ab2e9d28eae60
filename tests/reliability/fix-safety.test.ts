import { spawnSync } from "node:child_process";
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { BIN, isolatedConfig, project, runCli } from "../cli/helpers.js";

vi.setConfig({ testTimeout: 60_000 });

/**
 * --fix must never lose or corrupt a file (what tests/cli/fix.test.ts does not already cover):
 * a file with nothing to fix is not touched at all, a file that cannot be read or parsed is never
 * written, and a write that fails leaves the draft as it was.
 */
const config = isolatedConfig({ "example/no-double-space": "warn", "example/prefer-plain-words": "warn" });
const FIXABLE = "Hi Jane,\n\nWe utilize  Go.\n";

/** Bytes, inode and modification time: "not touched" means all three are the same. */
function snapshot(path: string) {
  const stat = statSync(path);
  return { bytes: readFileSync(path).toString("base64"), inode: stat.ino, mtime: stat.mtimeMs, mode: stat.mode };
}

describe("--fix never touches what it should not", () => {
  it("a draft with problems but nothing to fix keeps its bytes, inode and modification time", () => {
    const dir = project({ ".inmail-lintrc.json": config, "draft.md": "Hi Jane,\n\nWe leverage Go.\n" });
    const before = snapshot(join(dir, "draft.md"));
    const run = runCli(["draft.md", "--fix", "-f", "json"], { cwd: dir });
    expect(run.code).toBe(0);
    // The problem is reported (a suggestion, never applied) and the file is left alone.
    expect(JSON.parse(run.stdout)[0].messages.map((message: { messageId: string }) => message.messageId)).toEqual(["leverage"]);
    expect(snapshot(join(dir, "draft.md"))).toEqual(before);
  });

  it("binary, invalid UTF-8 and broken front matter are never written, and the fixable draft beside them is", () => {
    const dir = project({ ".inmail-lintrc.json": config, "fixable.md": FIXABLE, "broken.md": `---\nsubject: [x\n---\n${FIXABLE}` });
    writeFileSync(join(dir, "binary.md"), Buffer.concat([Buffer.from(FIXABLE), Buffer.from([0, 1, 2])]));
    writeFileSync(join(dir, "latin1.md"), Buffer.concat([Buffer.from(FIXABLE), Buffer.from([0xe9, 0x0a])]));
    const untouched = ["binary.md", "latin1.md", "broken.md"].map((name) => [name, snapshot(join(dir, name))]);
    const run = runCli([".", "--fix"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split("\n").map((line) => line.split(":")[1])).toEqual([" binary.md", " broken.md", " latin1.md"]);
    expect(["binary.md", "latin1.md", "broken.md"].map((name) => [name, snapshot(join(dir, name))])).toEqual(untouched);
    expect(readFileSync(join(dir, "fixable.md"), "utf8")).toBe("Hi Jane,\n\nWe use Go.\n");
  });

  it("keeps the file's permissions", () => {
    const dir = project({ ".inmail-lintrc.json": config, "draft.md": FIXABLE });
    chmodSync(join(dir, "draft.md"), 0o640);
    runCli(["draft.md", "--fix"], { cwd: dir });
    expect(readFileSync(join(dir, "draft.md"), "utf8")).toBe("Hi Jane,\n\nWe use Go.\n");
    expect(statSync(join(dir, "draft.md")).mode & 0o777).toBe(0o640);
  });
});

/*
 * Root may write into a read-only folder, so as root the run is made as the unprivileged user
 * "nobody" (uid 65534). If that user cannot run the linter from this checkout (a private home
 * folder, say), the test is skipped, and says so.
 */
const asRoot = process.getuid?.() === 0;
const NOBODY = 65_534;
const nobodyCanRun = !asRoot || spawnSync(process.execPath, [BIN, "--version"], { uid: NOBODY, gid: NOBODY, encoding: "utf8" }).status === 0;

/** The CLI in `dir`, as `nobody` when the tests run as root (who could write anyway). */
function runAsNobody(dir: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("a fix that cannot be written", () => {
  it.skipIf(!nobodyCanRun)("in a read-only folder exits 2 with one line, and leaves the draft as it was, with no temporary file", () => {
    const dir = project({ ".inmail-lintrc.json": config, "draft.md": FIXABLE });
    const before = snapshot(join(dir, "draft.md"));
    chmodSync(dir, 0o555);
    try {
      expect(runAsNobody(dir, ["draft.md", "--fix"])).toEqual({
        status: 2,
        stdout: "",
        stderr: `inmail-lint: ${join(dir, "draft.md")}: cannot write fixed file: permission denied (is the folder read-only?); the file is unchanged\n`,
      });
      expect(snapshot(join(dir, "draft.md"))).toEqual(before);
      expect(readdirSync(dir).sort()).toEqual([".inmail-lintrc.json", "draft.md"]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it.skipIf(!nobodyCanRun)("does not stop the other fixes: they are written, and the line counts the other failures", () => {
    const dir = project({ ".inmail-lintrc.json": config, "locked/draft.md": FIXABLE, "also-locked/draft.md": FIXABLE, "open/draft.md": FIXABLE });
    const before = snapshot(join(dir, "locked/draft.md"));
    chmodSync(dir, 0o755);
    chmodSync(join(dir, "locked"), 0o555);
    chmodSync(join(dir, "also-locked"), 0o555);
    chmodSync(join(dir, "open"), 0o777);
    try {
      expect(runAsNobody(dir, ["locked/draft.md", "also-locked/draft.md", "open/draft.md", "--fix"])).toEqual({
        status: 2,
        stdout: "",
        // Results come in path order, so the first failure is also-locked's.
        stderr: `inmail-lint: ${join(dir, "also-locked/draft.md")}: cannot write fixed file: permission denied (is the folder read-only?); the file is unchanged (1 more file could not be written; the other fixes were written)\n`,
      });
      expect(snapshot(join(dir, "locked/draft.md"))).toEqual(before);
      expect(readFileSync(join(dir, "open/draft.md"), "utf8")).toBe("Hi Jane,\n\nWe use Go.\n");
    } finally {
      for (const folder of ["locked", "also-locked"]) chmodSync(join(dir, folder), 0o755);
    }
  });
});
