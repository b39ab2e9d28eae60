import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isolatedConfig, jsonResults, project, runCli } from "./helpers.js";

const config = isolatedConfig({ "example/prefer-plain-words": "error" });
const bad = "Hi Jane,\n\nWe utilize Go.\n";
const clean = "Hi Jane,\n\nWe use Go.\n";

describe("--stdin", () => {
  it("lints standard input and reports it under --stdin-filename", () => {
    const dir = project({ ".inmail-lintrc.json": config });
    const run = runCli(["--stdin", "--stdin-filename", "drafts/a.md", "-f", "json"], { cwd: dir, input: bad });
    expect(run.code).toBe(1);
    const [result] = jsonResults(run);
    expect(result!.filePath).toBe(join(dir, "drafts/a.md"));
    expect(result!.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([["example/prefer-plain-words", 3, 4]]);
  });

  it("looks up the config from the --stdin-filename folder, and applies overrides to it", () => {
    const dir = project({
      ".inmail-lintrc.json": { ...config, overrides: [{ files: ["sales/**"], rules: { "example/prefer-plain-words": "off" } }] },
      "nested/.inmail-lintrc.json": isolatedConfig({ "example/prefer-plain-words": "warn" }),
    });
    expect(runCli(["--stdin", "--stdin-filename", "sales/x.md"], { cwd: dir, input: bad }).code).toBe(0);
    const nested = runCli(["--stdin", "--stdin-filename", "nested/x.md", "-f", "json"], { cwd: dir, input: bad });
    expect(nested.code).toBe(0);
    expect(jsonResults(nested)[0]!.messages.map((message) => message.severity)).toEqual([1]);
    expect(runCli(["--stdin", "--stdin-filename", "other/x.md"], { cwd: dir, input: bad }).code).toBe(1);
  });

  it("names the draft <stdin> in the stylish report without a file name", () => {
    const dir = project({ ".inmail-lintrc.json": config });
    const run = runCli(["--stdin"], { cwd: dir, input: bad });
    expect(run.stdout).toContain("<stdin>");
    expect(run.stdout).toMatch(/3:4\s+error\s+Write 'use' instead of 'utilize'\s+example\/prefer-plain-words/);
  });

  it("rejects --stdin-filename without --stdin with one line and exit 2", () => {
    const dir = project({});
    const run = runCli(["--stdin-filename", "a.md", "x.md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("inmail-lint: --stdin-filename needs --stdin\n");
  });

  it("skips an ignored --stdin-filename with a notice, as ESLint does", () => {
    const dir = project({ ".inmail-lintrc.json": config, ".inmail-lintignore": "archive/\n" });
    const run = runCli(["--stdin", "--stdin-filename", "archive/old.md", "-f", "json"], { cwd: dir, input: bad });
    expect(run.code).toBe(0);
    expect(jsonResults(run)).toEqual([]);
    expect(run.stderr).toBe("inmail-lint: archive/old.md: ignored because of a matching ignore pattern (use --no-ignore to lint it)\n");
  });
});

describe("ignoring files", () => {
  const tree = {
    ".inmail-lintrc.json": config,
    "drafts/a.md": bad,
    "drafts/archive/b.md": bad,
    "drafts/old/c.md": bad,
    "drafts/notes.txt": bad,
    "drafts/keep.txt": bad,
  };
  const linted = (run: ReturnType<typeof runCli>, dir: string) => jsonResults(run).map((result) => result.filePath.slice(dir.length + 1));

  it("--ignore-pattern is repeatable and uses gitignore syntax", () => {
    const dir = project(tree);
    const run = runCli(["drafts", "--ignore-pattern", "archive/", "--ignore-pattern", "drafts/old/**", "--ignore-pattern", "*.txt", "-f", "json"], { cwd: dir });
    expect(linted(run, dir)).toEqual(["drafts/a.md"]);
  });

  it(".inmail-lintignore uses gitignore syntax, negation included", () => {
    const dir = project({ ...tree, ".inmail-lintignore": "# old drafts\narchive/\n/drafts/old\n*.txt\n!keep.txt\n" });
    const run = runCli(["drafts", "-f", "json"], { cwd: dir });
    expect(linted(run, dir)).toEqual(["drafts/a.md", "drafts/keep.txt"]);
  });

  it("applies to globs as well as folders", () => {
    const dir = project({ ...tree, ".inmail-lintignore": "archive/\n" });
    const run = runCli(["drafts/**/*.md", "-f", "json"], { cwd: dir });
    expect(linted(run, dir)).toEqual(["drafts/a.md", "drafts/old/c.md"]);
  });

  it("config ignorePatterns are relative to the config file", () => {
    const dir = project({ ...tree, ".inmail-lintrc.json": { ...config, ignorePatterns: ["drafts/old/", "archive/"] } });
    const run = runCli(["drafts", "-f", "json"], { cwd: dir });
    expect(linted(run, dir)).toEqual(["drafts/a.md", "drafts/keep.txt", "drafts/notes.txt"]);
  });

  it("--no-ignore lints everything", () => {
    const dir = project({ ...tree, ".inmail-lintignore": "archive/\nold/\n" });
    const run = runCli(["drafts", "--no-ignore", "--ignore-pattern", "a.md", "-f", "json"], { cwd: dir });
    expect(linted(run, dir)).toEqual(["drafts/a.md", "drafts/archive/b.md", "drafts/keep.txt", "drafts/notes.txt", "drafts/old/c.md"]);
  });

  it("a file named on the command line but ignored is skipped with a notice, exit 0", () => {
    const dir = project({ ...tree, ".inmail-lintignore": "archive/\n" });
    const run = runCli(["drafts/archive/b.md"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("inmail-lint: drafts/archive/b.md: ignored because of a matching ignore pattern (use --no-ignore to lint it)\n");
  });
});
