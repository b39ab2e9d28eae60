import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LintResult } from "../../src/types.js";
import { NO_TODO_CONFIG, NO_TODO_PLUGIN, removeScratch, runCli, scratch } from "./spawn-cli.js";

// FIXME is a warning of the same rule: warnings are never suppressed.
const DRAFT_A = "Hi Jane,\n\nTODO one. TODO two. FIXME.\n";
const DRAFT_B = "Hi Bo,\n\nTODO three.\n";
const FILE = "inmail-lint-suppressions.json";

let dir: string;
beforeEach(() => {
  dir = scratch({ "no-todo.mjs": NO_TODO_PLUGIN, ".inmail-lintrc.json": NO_TODO_CONFIG, "drafts/a.md": DRAFT_A, "drafts/b.md": DRAFT_B });
});
afterEach(() => removeScratch(dir));

const lint = (...args: string[]) => runCli(["drafts", ...args], dir);
const results = (...args: string[]) => JSON.parse(lint("-f", "json", ...args).stdout) as LintResult[];
const write = (path: string, text: string) => writeFileSync(join(dir, path), text);
const suppressionsFile = (path = FILE) => readFileSync(join(dir, path), "utf8");

describe("bulk suppressions", () => {
  it("--suppress-all records error counts per file and rule, sorted, with a trailing newline", () => {
    expect(lint().code).toBe(1);
    expect(existsSync(join(dir, FILE))).toBe(false);
    const run = lint("--suppress-all");
    expect(run.code).toBe(0);
    expect(suppressionsFile()).toBe(
      '{\n  "drafts/a.md": {\n    "no-todo/no-todo": {\n      "count": 2\n    }\n  },\n  "drafts/b.md": {\n    "no-todo/no-todo": {\n      "count": 1\n    }\n  }\n}\n',
    );
  });

  it("a later run reads the file, moves recorded errors to suppressedMessages and keeps warnings", () => {
    lint("--suppress-all");
    expect(lint().code).toBe(0);
    expect(lint("--max-warnings", "0").code).toBe(1);
    const [a, b] = results();
    expect([a!.errorCount, b!.errorCount]).toEqual([0, 0]);
    expect(a!.messages.map((message) => [message.message, message.severity, message.line, message.column])).toEqual([["Unfinished: FIXME", 1, 3, 21]]);
    expect(a!.suppressedMessages!.map((message) => [message.ruleId, message.line, message.column, message.suppressions])).toEqual([
      ["no-todo/no-todo", 3, 1, [{ kind: "file", justification: "" }]],
      ["no-todo/no-todo", 3, 11, [{ kind: "file", justification: "" }]],
    ]);
  });

  it("suppressed errors do not count toward the grade either, as with disable comments (--min-grade passes)", () => {
    const before = results();
    expect(lint("--min-grade", "A").code).toBe(1);
    lint("--suppress-all");
    const after = results();
    expect(after[0]!.score).toBeGreaterThan(before[0]!.score);
    expect(after[0]!.scoreBreakdown.deductions.map((item) => item.detail)).toEqual(["1 warning (fixme)"]);
    expect(lint("--min-grade", "A").code).toBe(0);
  });

  it("one more error of a rule in a file than recorded reports all of them; other files stay suppressed", () => {
    lint("--suppress-all");
    write("drafts/a.md", "Hi Jane,\n\nTODO one. TODO two. TODO new. FIXME.\n");
    const run = lint();
    expect(run.code).toBe(1);
    const [a, b] = results();
    expect(a!.messages.map((message) => [message.column, message.severity])).toEqual([[1, 2], [11, 2], [21, 2], [31, 1]]);
    expect(a!.suppressedMessages ?? []).toEqual([]);
    expect(b!.errorCount).toBe(0);
  });

  it("errors fixed since the file was written fail the run (exit 2) until pruned, as in ESLint", () => {
    lint("--suppress-all");
    write("drafts/a.md", "Hi Jane,\n\nTODO one. Done two. FIXME.\n");
    const stale = lint();
    expect(stale.code).toBe(2);
    expect(stale.stderr).toBe(
      "inmail-lint: inmail-lint-suppressions.json: 1 suppressed error no longer occurs (first: drafts/a.md: no-todo/no-todo); run with --prune-suppressions to remove it, or pass --pass-on-unpruned-suppressions\n",
    );
    expect(lint("--pass-on-unpruned-suppressions").code).toBe(0);
  });

  it("--prune-suppressions lowers counts and drops entries that no longer occur", () => {
    lint("--suppress-all");
    write("drafts/a.md", "Hi Jane,\n\nTODO one. Done two.\n");
    write("drafts/b.md", "Hi Bo,\n\nDone three.\n");
    const run = lint("--prune-suppressions");
    expect(run.code).toBe(0);
    expect(suppressionsFile()).toBe('{\n  "drafts/a.md": {\n    "no-todo/no-todo": {\n      "count": 1\n    }\n  }\n}\n');
    expect(lint().code).toBe(0);
  });

  it("re-running --suppress-all brings the linted files' entries up to date instead of failing on fixed ones", () => {
    lint("--suppress-all");
    write("drafts/b.md", "Hi Bo,\n\nDone three.\n");
    expect(lint("--suppress-all").code).toBe(0);
    expect(JSON.parse(suppressionsFile())).toEqual({ "drafts/a.md": { "no-todo/no-todo": { count: 2 } } });
  });

  it("only prunes files linted in this run", () => {
    lint("--suppress-all");
    write("drafts/b.md", "Hi Bo,\n\nDone three.\n");
    expect(runCli(["drafts/a.md", "--prune-suppressions"], dir).code).toBe(0);
    expect(JSON.parse(suppressionsFile())).toEqual({ "drafts/a.md": { "no-todo/no-todo": { count: 2 } }, "drafts/b.md": { "no-todo/no-todo": { count: 1 } } });
  });

  it("--suppress-rule records only the named rule", () => {
    expect(lint("--suppress-rule", "personalization").code).toBe(1);
    expect(suppressionsFile()).toBe("{}\n");
    expect(lint("--suppress-rule", "no-todo/no-todo").code).toBe(0);
    expect(Object.keys(JSON.parse(suppressionsFile()))).toEqual(["drafts/a.md", "drafts/b.md"]);
  });

  it("--suppressions-location writes and reads another file, and must exist when only reading", () => {
    expect(lint("--suppress-all", "--suppressions-location", "config/baseline.json").code).toBe(0);
    expect(existsSync(join(dir, FILE))).toBe(false);
    expect(JSON.parse(suppressionsFile("config/baseline.json"))["drafts/b.md"]).toEqual({ "no-todo/no-todo": { count: 1 } });
    expect(lint("--suppressions-location", "config/baseline.json").code).toBe(0);
    expect(lint()).toMatchObject({ code: 1 });
    expect(lint("--suppressions-location", "config/missing.json")).toEqual({
      code: 2,
      stdout: "",
      stderr: "inmail-lint: --suppressions-location: config/missing.json does not exist (create it with --suppress-all)\n",
    });
  });

  it("a broken suppressions file is exit 2 with one line naming it", () => {
    write(FILE, '{\n  "drafts/a.md": {\n    "no-todo/no-todo": { "count": "two" }\n  }\n}\n');
    expect(lint()).toEqual({ code: 2, stdout: "", stderr: `inmail-lint: ${FILE}: 'drafts/a.md' rule 'no-todo/no-todo' needs { "count": n } with a whole number n >= 1\n` });
    write(FILE, '{\n  "drafts/a.md": {\n    "no-todo/no-todo": { "count": 2 },\n  }\n}\n');
    expect(lint()).toEqual({ code: 2, stdout: "", stderr: `inmail-lint: ${FILE}:4: invalid JSON in suppressions file: Expected double-quoted property name\n` });
    // V8 quotes the text around some errors, line breaks and all: still one line.
    write(FILE, '{\n  "drafts/a.md": }\n');
    expect(lint()).toEqual({ code: 2, stdout: "", stderr: `inmail-lint: ${FILE}: invalid JSON in suppressions file: Unexpected token '}'\n` });
  });

  it("--suppress-all and --suppress-rule cannot be combined", () => {
    expect(lint("--suppress-all", "--suppress-rule", "no-todo/no-todo")).toEqual({ code: 2, stdout: expect.any(String), stderr: "inmail-lint: --suppress-all and --suppress-rule cannot be used together\n" });
  });
});
