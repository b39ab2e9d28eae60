import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { gradeFor } from "../../src/engine/grade.js";
import { CLEAN_DRAFT, CORE, FIXTURES, ONE_ERROR_DRAFT, ONE_WARNING_DRAFT, coreConfig, run, tree } from "./run.js";

// Each case spawns the binary (about 0.5 s each, more on a busy machine); never a timing assertion.
vi.setConfig({ testTimeout: 120_000 });

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number }>;
  errorCount: number;
  warningCount: number;
  score: number;
  grade: string;
}

function json(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

/** A stylish grade row; the score itself belongs to the grade's calibration, not to these tests. */
const GRADE_ROW = /^ {2}grade [A-F] {2}\d{1,3}\/100$/;

describe("paths", () => {
  it("lints one file and exits 0 when it is clean", () => {
    const root = tree({ "draft.md": CLEAN_DRAFT });
    const result = run(["draft.md", ...CORE], { cwd: root });
    expect(result).toEqual({ status: 0, stdout: "\ndraft.md\n  grade A  100/100\n\n✔ No problems\n1 draft graded: 1 A\n", stderr: "" });
  });

  it("expands a folder to *.md, *.markdown and *.txt, skipping node_modules and .git", () => {
    const root = tree({
      "drafts/a.md": CLEAN_DRAFT,
      "drafts/b.markdown": CLEAN_DRAFT,
      "drafts/deep/c.txt": CLEAN_DRAFT,
      "drafts/d.html": CLEAN_DRAFT,
      "drafts/node_modules/pkg/e.md": CLEAN_DRAFT,
      "drafts/.git/f.md": CLEAN_DRAFT,
    });
    const result = run(["drafts", "-f", "json", ...CORE], { cwd: root });
    expect(result.status).toBe(0);
    expect(json(result.stdout).map((entry) => entry.filePath)).toEqual(["a.md", "b.markdown", "deep/c.txt"].map((name) => join(root, "drafts", name)));
  });

  it("expands a glob", () => {
    const root = tree({ "a/one.md": CLEAN_DRAFT, "a/two.txt": CLEAN_DRAFT, "b/three.md": CLEAN_DRAFT, "node_modules/x.md": CLEAN_DRAFT });
    const result = run(["**/*.md", "-f", "json", ...CORE], { cwd: root });
    expect(json(result.stdout).map((entry) => entry.filePath)).toEqual([join(root, "a/one.md"), join(root, "b/three.md")]);
  });

  it("lints a file named explicitly whatever its extension, once even when named twice", () => {
    const root = tree({ "note.eml": CLEAN_DRAFT });
    const result = run(["note.eml", "./note.eml", "-f", "json", ...CORE], { cwd: root });
    expect(json(result.stdout).map((entry) => entry.filePath)).toEqual([join(root, "note.eml")]);
  });
});

describe("profiles", () => {
  // Names Jane's company and project, so it is personalized for Jane and not for Marcus.
  const body = "Hi Jane,\n\nI'm Sam from Acme. Your pg-migrate-lite work at Northwind Health is why I'm writing about our Go role.\n\nJob post: https://acme.example/jobs/1\n";
  const noReferences = "Nothing in this message refers to Marcus's profile: mention their company, role, a skill, project, school or recent post";

  it("--profile applies to every draft", () => {
    const root = tree({ "a.md": body, "b.md": body });
    const result = run(["a.md", "b.md", "--profile", join(FIXTURES, "profiles/marcus-lee.yaml"), "-f", "json", ...CORE], { cwd: root });
    expect(result.status).toBe(1);
    expect(json(result.stdout).map((entry) => entry.messages.map((message) => message.message))).toEqual([[noReferences], [noReferences]]);
  });

  it("front matter 'profile:' (relative to the draft) wins over --profile", () => {
    const root = tree({
      "drafts/jane.md": `---\nprofile: ../profiles/jane.json\n---\n${body}`,
      "profiles/jane.json": readFileSync(join(FIXTURES, "profiles/jane-doe.json"), "utf8"),
      "other.md": body,
    });
    const result = run(["drafts/jane.md", "other.md", "--profile", join(FIXTURES, "profiles/marcus-lee.yaml"), "-f", "json", ...CORE], { cwd: root });
    const results = json(result.stdout);
    expect(results.map((entry) => [entry.filePath, entry.messages.map((message) => message.ruleId)])).toEqual([
      [join(root, "drafts/jane.md"), []],
      [join(root, "other.md"), ["personalization"]],
    ]);
  });
});

describe("config options", () => {
  it("finds a config from the draft's folder; --no-config-lookup ignores it", () => {
    const root = tree({ "drafts/.inmail-lintrc.json": coreConfig({ transparency: "off" }), "drafts/draft.md": ONE_ERROR_DRAFT });
    expect(run(["drafts/draft.md"], { cwd: root }).status).toBe(0);
    const ignored = run(["drafts/draft.md", "--no-config-lookup"], { cwd: root });
    expect(ignored.status).toBe(1);
    expect(ignored.stdout).toContain("transparency");
  });

  it("-c/--config uses the given file", () => {
    const root = tree({ "ci.json": coreConfig({ transparency: "warn" }), "draft.md": ONE_ERROR_DRAFT });
    for (const flag of ["-c", "--config"]) {
      const result = run(["draft.md", flag, "ci.json", "-f", "json"], { cwd: root });
      expect(result.status).toBe(0);
      expect(json(result.stdout)[0]!.warningCount).toBe(1);
    }
  });

  it("--rule is repeatable and wins over the config", () => {
    const root = tree({ ".inmail-lintrc.json": coreConfig({ transparency: "off" }), "draft.md": ONE_ERROR_DRAFT });
    const result = run(["draft.md", "--rule", "transparency: error", "--rule", "follow-up-links: 0", "--rule", 'stated-purpose: ["warn", {"sentences": 2}]', "-f", "json"], { cwd: root });
    expect(result.status).toBe(1);
    expect(json(result.stdout)[0]!.messages.map((message) => message.ruleId)).toEqual(["transparency"]);
  });

  it("--print-config prints the resolved config for a draft as JSON", () => {
    const root = tree({ ".inmail-lintrc.json": coreConfig({ transparency: "off", "follow-up-links": ["error", { maxLinks: 2 }] }), "draft.md": CLEAN_DRAFT });
    const result = run(["--print-config", "draft.md"], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    const printed = JSON.parse(result.stdout) as { rules: unknown; filePath: string };
    expect(printed.rules).toEqual({
      personalization: ["error", { minReferences: 1 }],
      "stated-purpose": ["warn", { sentences: 3, extraIntroductions: [], extraPurposes: [], extraCourtesies: [] }],
      transparency: "off",
      "follow-up-links": ["error", { maxLinks: 2, requireLink: true, extraShorteners: [] }],
    });
    expect(printed.filePath).toBe(join(root, ".inmail-lintrc.json"));
  });
});

describe("output", () => {
  it("stylish: the path, aligned problem rows, the grade, and the summary", () => {
    const root = tree({ "draft.md": ONE_ERROR_DRAFT, "warn.md": ONE_WARNING_DRAFT });
    const result = run(["draft.md", "warn.md", ...CORE], { cwd: root });
    expect(result.status).toBe(1);
    const lines = result.stdout.split("\n");
    expect(lines.filter((line) => GRADE_ROW.test(line))).toHaveLength(2);
    expect(lines.filter((line) => !GRADE_ROW.test(line) && !line.startsWith("2 drafts graded: "))).toEqual([
      "",
      "draft.md",
      "  2:11  error  Subject starts with 'Re:' but there is no earlier message in this thread (front matter 'history')  transparency",
      "",
      "warn.md",
      "  3:20  warning  No link to learn more: add the job post, your company's site or your LinkedIn profile  follow-up-links",
      "",
      "✖ 2 problems (1 error, 1 warning)",
      "",
    ]);
    expect(lines[3]).toMatch(GRADE_ROW);
    expect(lines[7]).toMatch(GRADE_ROW);
  });

  it("json: ESLint's result shape plus score and grade", () => {
    const root = tree({ "draft.md": ONE_ERROR_DRAFT });
    const result = run(["draft.md", "-f", "json", ...CORE], { cwd: root });
    const [entry] = json(result.stdout);
    expect(entry).toMatchObject({
      filePath: join(root, "draft.md"),
      messages: [
        {
          ruleId: "transparency",
          messageId: "fakeReply",
          severity: 2,
          message: "Subject starts with 'Re:' but there is no earlier message in this thread (front matter 'history')",
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 14,
        },
      ],
      errorCount: 1,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    expect(entry!.score).toBeLessThan(100);
    expect(entry!.grade).toBe(gradeFor(entry!.score));
    expect(entry).not.toHaveProperty("source");
  });

  it("positions count the front matter, and CRLF line endings give the same positions as LF", () => {
    const draft = "---\nsubject: \"Re: Backend role\"\n---\nHi Jane,\n\nAs we discussed, I'm Sam from Acme, hiring for a Go role.\n";
    const root = tree({ "lf.md": draft, "crlf.md": draft.replace(/\n/g, "\r\n"), "bom.md": `\uFEFF${draft.replace(/\n/g, "\r\n")}` });
    const results = json(run(["lf.md", "crlf.md", "bom.md", "-f", "json", ...CORE], { cwd: root }).stdout);
    const positions = (entry: JsonResult) => entry.messages.map((message) => [message.ruleId, message.line, message.column, message.endLine, message.endColumn]);
    const expected = [
      ["transparency", 2, 11, 2, 14],
      ["follow-up-links", 6, 1, 6, 58],
      ["transparency", 6, 1, 6, 16],
    ];
    expect(results.map((entry) => [entry.filePath.split("/").pop(), positions(entry)])).toEqual([
      ["bom.md", expected],
      ["crlf.md", expected],
      ["lf.md", expected],
    ]);
  });

  it("--stdin lints standard input, named by --stdin-filename", () => {
    const root = tree({});
    const result = run(["--stdin", "--stdin-filename", "piped.md", "-f", "json", ...CORE], { cwd: root, input: ONE_WARNING_DRAFT });
    expect(result.status).toBe(0);
    expect(json(result.stdout).map((entry) => [entry.filePath, entry.warningCount])).toEqual([[join(root, "piped.md"), 1]]);
  });

  it("-o/--output-file writes the report to a file (creating folders) and nothing to stdout", () => {
    const root = tree({ "draft.md": ONE_WARNING_DRAFT });
    const result = run(["draft.md", "-o", "reports/lint.json", "-f", "json", ...CORE], { cwd: root });
    expect(result).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(json(readFileSync(join(root, "reports/lint.json"), "utf8"))[0]!.warningCount).toBe(1);
  });

  it("--quiet reports errors only", () => {
    const root = tree({ "draft.md": ONE_WARNING_DRAFT, "bad.md": ONE_ERROR_DRAFT });
    const result = run(["draft.md", "bad.md", "--quiet", "-f", "json", ...CORE], { cwd: root });
    expect(json(result.stdout).map((entry) => [entry.warningCount, entry.messages.map((message) => message.severity)])).toEqual([
      [0, [2]],
      [0, []],
    ]);
  });

  it("no colour when stdout is not a terminal; --color, FORCE_COLOR force it; --no-color and NO_COLOR remove it", () => {
    const root = tree({ "draft.md": ONE_WARNING_DRAFT });
    const ansi = /\u001b\[/;
    const args = ["draft.md", ...CORE];
    expect(run(args, { cwd: root }).stdout).not.toMatch(ansi);
    expect(run([...args, "--color"], { cwd: root }).stdout).toMatch(ansi);
    expect(run(args, { cwd: root, env: { FORCE_COLOR: "1" } }).stdout).toMatch(ansi);
    expect(run(args, { cwd: root, env: { FORCE_COLOR: "0" } }).stdout).not.toMatch(ansi);
    expect(run([...args, "--no-color"], { cwd: root, env: { FORCE_COLOR: "1" } }).stdout).not.toMatch(ansi);
    expect(run(args, { cwd: root, env: { NO_COLOR: "1", FORCE_COLOR: "1" } }).stdout).not.toMatch(ansi);
  });
});

describe("gates and exit codes", () => {
  it("exit 1 on an error-severity problem", () => {
    const root = tree({ "draft.md": ONE_ERROR_DRAFT });
    expect(run(["draft.md", ...CORE], { cwd: root }).status).toBe(1);
  });

  it("warnings alone exit 0; more than --max-warnings exits 1", () => {
    const root = tree({ "draft.md": ONE_WARNING_DRAFT });
    expect(run(["draft.md", ...CORE], { cwd: root }).status).toBe(0);
    expect(run(["draft.md", "--max-warnings", "1", ...CORE], { cwd: root }).status).toBe(0);
    expect(run(["draft.md", "--max-warnings", "-1", ...CORE], { cwd: root }).status).toBe(0);
    const over = run(["draft.md", "--max-warnings", "0", ...CORE], { cwd: root });
    expect(over.status).toBe(1);
    expect(over.stderr).toBe("inmail-lint found too many warnings (maximum: 0).\n");
  });

  it("--min-grade takes a letter or a score; a draft below it exits 1", () => {
    const root = tree({ "draft.md": ONE_WARNING_DRAFT });
    const [{ score, grade }] = json(run(["draft.md", "-f", "json", ...CORE], { cwd: root }).stdout) as [JsonResult];
    expect(score).toBeLessThan(100);
    expect(run(["draft.md", "--min-grade", grade, ...CORE], { cwd: root }).status).toBe(0);
    expect(run(["draft.md", "--min-grade", grade.toLowerCase(), ...CORE], { cwd: root }).status).toBe(0);
    expect(run(["draft.md", "--min-grade", String(score), ...CORE], { cwd: root }).status).toBe(0);
    const below = run(["draft.md", "--min-grade", String(score + 1), ...CORE], { cwd: root });
    expect(below.status).toBe(1);
    expect(below.stderr).toBe(`inmail-lint: 1 draft below score ${score + 1} (lowest: ${score}/100).\n`);
  });
});

describe("a rule that throws", () => {
  it("becomes one error naming the rule, and the other rules still report", () => {
    const root = tree({
      "throwing-plugin.mjs": [
        "export default {",
        '  name: "throwing",',
        "  rules: {",
        "    boom: {",
        '      meta: { id: "boom", description: "always throws", category: "mechanics", defaultSeverity: "error", fixable: false, hasSuggestions: false, options: {}, messages: {} },',
        '      check() { throw new Error("kaboom"); },',
        "    },",
        "  },",
        "};",
      ].join("\n"),
      ".inmail-lintrc.json": coreConfig({ "throwing/boom": "warn" }, { plugins: ["./throwing-plugin.mjs"] }),
      "draft.md": ONE_WARNING_DRAFT,
    });
    const result = run(["draft.md", "-f", "json"], { cwd: root });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    expect(json(result.stdout)[0]!.messages.map((message) => [message.ruleId, message.severity, message.message, message.line, message.column])).toEqual([
      ["throwing/boom", 2, "Rule 'throwing/boom' failed on this draft: kaboom", 1, 1],
      ["follow-up-links", 1, "No link to learn more: add the job post, your company's site or your LinkedIn profile", 3, 20],
    ]);
  });
});

describe("--version and --help", () => {
  it("--version prints the package version", () => {
    const version = (JSON.parse(readFileSync(join(process.cwd(), "package.json"), "utf8")) as { version: string }).version;
    expect(run(["--version"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
    expect(run(["-v"]).stdout).toBe(`${version}\n`);
  });

  it("--help lists the options, examples and exit codes", () => {
    const result = run(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    for (const text of [
      "Usage: inmail-lint [options]",
      "[paths...]",
      "--profile <file>",
      "-c, --config <file>",
      "--no-config-lookup",
      "--rule <setting>",
      "-f, --format <name>",
      "-o, --output-file <file>",
      "--quiet",
      "--max-warnings <n>",
      "--min-grade <grade>",
      "--color",
      "--no-color",
      "--debug",
      "--print-config <draft>",
      "Examples:",
      "$ inmail-lint draft.md --profile jane.json",
      "Exit codes: 0",
    ]) {
      expect(result.stdout).toContain(text);
    }
  });
});
