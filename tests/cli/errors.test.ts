import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { CLEAN_DRAFT, CORE, FIXTURES, run, tree } from "./run.js";

// Each case spawns the binary; the timeout guards against a hang, it is not a speed assertion.
vi.setConfig({ testTimeout: 120_000 });

/**
 * Bad input: exit 2, nothing on stdout, and exactly one line on stderr naming the file and the
 * problem, with no stack trace.
 */
function expectOneLine(args: string[], cwd: string, line: string): void {
  const result = run(args, { cwd });
  expect(result).toEqual({ status: 2, stdout: "", stderr: `inmail-lint: ${line}\n` });
}

describe("bad input exits 2 with one line on stderr", () => {
  it("a missing file", () => {
    expectOneLine(["missing.md"], tree({}), "missing.md: no such file or folder");
  });

  it("broken YAML front matter", () => {
    const root = tree({ "draft.md": "---\nsubject: x\nkind: [inmail\n---\nHi Jane,\n" });
    expectOneLine(["draft.md", "--no-config-lookup"], root, "draft.md:4: invalid YAML front matter: Flow sequence in block collection must be sufficiently indented and end with a ]");
  });

  it("an invalid front-matter field", () => {
    const root = tree({ "draft.md": "---\nsubject: x\nkind: email\n---\nHi Jane,\n" });
    expectOneLine(["draft.md", "--no-config-lookup"], root, "draft.md:3: front matter field 'kind' must be one of inmail, connection-request, message, follow-up (got 'email')");
  });

  it("a broken profile", () => {
    const profile = join(FIXTURES, "profiles/broken.json");
    expectOneLine(["draft.md", "--profile", profile, "--no-config-lookup"], tree({ "draft.md": CLEAN_DRAFT }), `${profile}:6: invalid JSON in profile: Expected double-quoted property name`);
  });

  it("a profile with a wrong type at a known field", () => {
    const profile = join(FIXTURES, "profiles/wrong-type.yaml");
    expectOneLine(
      ["draft.md", "--profile", profile, "--no-config-lookup"],
      tree({ "draft.md": CLEAN_DRAFT }),
      `${profile}: invalid profile: field 'skills' must be a list of strings or a comma-separated string`,
    );
  });

  it("a missing profile", () => {
    const root = tree({ "draft.md": CLEAN_DRAFT });
    expectOneLine(["draft.md", "--profile", "nope.json", "--no-config-lookup"], root, `${join(root, "nope.json")}: profile file not found`);
  });

  it("a broken profile named in front matter is reported on the draft", () => {
    const root = tree({ "draft.md": `---\nprofile: ${join(FIXTURES, "profiles/wrong-type.yaml")}\n---\nHi Jane,\n` });
    expectOneLine(
      ["draft.md", "--no-config-lookup"],
      root,
      `draft.md:1: ${join(FIXTURES, "profiles/wrong-type.yaml")}: invalid profile: field 'skills' must be a list of strings or a comma-separated string`,
    );
  });

  it("a broken config", () => {
    const root = tree({ ".inmail-lintrc.json": '{\n  "rules": { "transparency": "off", }\n}\n', "draft.md": CLEAN_DRAFT });
    expectOneLine(["draft.md"], root, `${join(root, ".inmail-lintrc.json")}:2: invalid config: Expected double-quoted property name`);
  });

  it("a JavaScript config with a syntax error", () => {
    const cjs = tree({ ".inmail-lintrc.cjs": 'module.exports = { rules: { "a": 1 } ; }\n', "draft.md": CLEAN_DRAFT });
    expectOneLine(["draft.md"], cjs, `${join(cjs, ".inmail-lintrc.cjs")}:1: invalid config: Unexpected token ';'`);
    const mjs = tree({ "inmail-lint.config.mjs": "export default {\n  rules: {\n", "draft.md": CLEAN_DRAFT });
    expectOneLine(["draft.md"], mjs, `${join(mjs, "inmail-lint.config.mjs")}: invalid config: Unexpected end of input`);
  });

  it("an unknown rule in the config", () => {
    const root = tree({ ".inmail-lintrc.yml": "rules:\n  personalisation: warn\n", "draft.md": CLEAN_DRAFT });
    expectOneLine(["draft.md"], root, `${join(root, ".inmail-lintrc.yml")}: unknown rule 'personalisation' in 'rules' (did you mean 'personalization'?)`);
  });

  it("a bad severity in the config", () => {
    const root = tree({ ".inmail-lintrc.yml": "rules:\n  personalization: loud\n", "draft.md": CLEAN_DRAFT });
    expectOneLine(["draft.md"], root, `${join(root, ".inmail-lintrc.yml")}: 'rules.personalization' has invalid severity "loud" (use "off", "warn", "error" or 0, 1, 2)`);
  });

  it("options that do not match the rule's declared options", () => {
    const root = tree({ ".inmail-lintrc.json": '{ "rules": { "follow-up-links": ["warn", { "maxLinks": "three" }] } }', "draft.md": CLEAN_DRAFT });
    expectOneLine(["draft.md"], root, `${join(root, ".inmail-lintrc.json")}: 'rules.follow-up-links': option 'maxLinks' must be a number (got "three")`);
  });

  it("an unknown rule, a bad severity or bad options in --rule", () => {
    const root = tree({ "draft.md": CLEAN_DRAFT });
    expectOneLine(["draft.md", "--rule", "personalisation: off"], root, "--rule: unknown rule 'personalisation' (did you mean 'personalization'?)");
    expectOneLine(["draft.md", "--rule", "personalization: loud"], root, `--rule 'personalization' has invalid severity "loud" (use "off", "warn", "error" or 0, 1, 2)`);
    expectOneLine(["draft.md", "--rule", "personalization"], root, `--rule: expected "<rule-id>: <severity>" (got 'personalization')`);
    expectOneLine(["draft.md", "--rule", 'personalization: ["warn", {"min": 2}]'], root, "--rule personalization: unknown option 'min' (known: minReferences)");
  });

  it("a binary file", () => {
    const root = tree({ "draft.md": Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]) });
    expectOneLine(["draft.md", "--no-config-lookup"], root, "draft.md:1: is a binary file, not text (expected UTF-8 Markdown, text, JSON or YAML)");
  });

  it("invalid UTF-8", () => {
    const root = tree({ "draft.md": Buffer.concat([Buffer.from("Hi Jane,\n\nCaf"), Buffer.from([0xe9]), Buffer.from(" tomorrow?\n")]) });
    expectOneLine(["draft.md", "--no-config-lookup"], root, "draft.md:3: is not valid UTF-8 (invalid byte 0xe9 at byte 13); save it as UTF-8");
  });

  it("an empty directory", () => {
    const root = tree({ "empty/.keep": "" });
    expectOneLine(["empty"], root, "empty: no drafts found in this folder (looked for *.md, *.markdown, *.txt)");
  });

  it("a glob that matches nothing", () => {
    expectOneLine(["drafts/**/*.md"], tree({}), "no files matching the pattern 'drafts/**/*.md' were found");
  });

  it("no paths at all", () => {
    expectOneLine([], tree({}), "no drafts given (pass files, folders or globs, or --stdin)");
  });

  it("--min-grade A+ and other invalid option values", () => {
    const root = tree({ "draft.md": CLEAN_DRAFT });
    expectOneLine(["draft.md", "--min-grade", "A+"], root, "--min-grade: expected a grade A, B, C, D or F, or a score 0-100 (got 'A+')");
    expectOneLine(["draft.md", "--min-grade", "101"], root, "--min-grade: expected a grade A, B, C, D or F, or a score 0-100 (got '101')");
    expectOneLine(["draft.md", "--max-warnings", "some"], root, "--max-warnings: expected a whole number, or -1 for no limit (got 'some')");
  });

  it("an unknown --format", () => {
    const result = run(["draft.md", "-f", "xml"], { cwd: tree({ "draft.md": CLEAN_DRAFT }) });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    // The built-in list grows with the formatters; the line names the format and what exists.
    expect(result.stderr).toMatch(/^inmail-lint: unknown format 'xml' \(built-in: stylish, json[^\n]*\)\n$/);
  });

  it("an unknown option or a missing option value", () => {
    const root = tree({ "draft.md": CLEAN_DRAFT });
    expectOneLine(["draft.md", "--bogus"], root, "unknown option '--bogus' (run inmail-lint --help for usage)");
    expectOneLine(["draft.md", "--profile"], root, "option '--profile <file>' argument missing (run inmail-lint --help for usage)");
  });

  it("a report file that cannot be written", () => {
    const root = tree({ "draft.md": CLEAN_DRAFT });
    const result = run(["draft.md", "-o", "draft.md/report.txt", "--no-config-lookup"], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^inmail-lint: draft\.md\/report\.txt: cannot write report: [^\n]+\n$/);
  });

  it("reports the drafts it could read and still exits 2 for the one it could not", () => {
    const root = tree({ "good.md": CLEAN_DRAFT, "bad.md": "---\nkind: email\n---\nHi\n" });
    const result = run(["good.md", "bad.md", ...CORE], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("\ngood.md\n  grade A  100/100\n\n✔ No problems\n1 draft graded: 1 A\n");
    expect(result.stderr).toBe("inmail-lint: bad.md:2: front matter field 'kind' must be one of inmail, connection-request, message, follow-up (got 'email')\n");
  });

  it("--debug adds the stack trace", () => {
    const result = run(["missing.md", "--debug"], { cwd: tree({}) });
    expect(result.status).toBe(2);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("inmail-lint: missing.md: no such file or folder");
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(1).some((line) => /^\s+at /.test(line))).toBe(true);
  });
});
