import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { CLEAN_DRAFT, FIXTURES, run, tree } from "../cli/run.js";
import { ALL_RULES_JSON } from "./all-rules.js";

// Each case spawns the binary; the timeout guards against a hang, it is not a speed assertion.
vi.setConfig({ testTimeout: 180_000 });

/**
 * Bad input that tests/cli/errors.test.ts does not already cover (the inventory of all cases is in
 * docs/reliability.md): exit 2, nothing on stdout, one line on stderr naming the file.
 */
function expectOneLine(args: string[], cwd: string, line: string, input?: string): void {
  expect(run(args, { cwd, input })).toEqual({ status: 2, stdout: "", stderr: `inmail-lint: ${line}\n` });
}

describe("bad input exits 2 with one line naming the file", () => {
  it("an empty file, a file of blank lines, and empty standard input (an empty draft graded A before)", () => {
    const root = tree({ "empty.md": "", "blank.md": " \n\t\n\r\n", "bom.md": "\uFEFF" });
    expectOneLine(["empty.md", "--no-config-lookup"], root, "empty.md:1: is empty: there is no message to lint");
    expectOneLine(["blank.md", "--no-config-lookup"], root, "blank.md:1: is empty: there is no message to lint");
    expectOneLine(["bom.md", "--no-config-lookup"], root, "bom.md:1: is empty: there is no message to lint");
    expectOneLine(["--stdin", "--no-config-lookup"], root, "<stdin>:1: is empty: there is no message to lint", "");
  });

  it("YAML aliases that do not resolve, in front matter or a profile (found by the property tests: they crashed the run)", () => {
    const root = tree({ "draft.md": "---\nsubject: *x\n---\nHi Jane,\n", "ok.md": CLEAN_DRAFT, "jane.yaml": "name: Jane Doe\ncompany: *employer\n" });
    expectOneLine(["draft.md", "--no-config-lookup"], root, "draft.md:2: invalid YAML front matter: Unresolved alias (the anchor must be set before the alias): x");
    expectOneLine(["ok.md", "--profile", "jane.yaml", "--no-config-lookup"], root, `${join(root, "jane.yaml")}:2: invalid YAML in profile: Unresolved alias (the anchor must be set before the alias): employer`);
    const bomb = `---\na: &a [1]\nb: [${Array(60).fill("*a").join(", ")}]\n---\nHi Jane,\n`;
    expectOneLine(["bomb.md", "--no-config-lookup"], tree({ "bomb.md": bomb }), "bomb.md:2: invalid YAML front matter: Excessive alias count indicates a resource exhaustion attack");
  });

  it("a profile whose company is 1,000 characters long (pasted prose; 80,000 ran the report out of memory)", () => {
    const root = tree({ "draft.md": CLEAN_DRAFT, "jane.json": JSON.stringify({ name: "Jane Doe", company: "Acme".repeat(250) }) });
    expectOneLine(["draft.md", "--profile", "jane.json", "--no-config-lookup"], root, `${join(root, "jane.json")}: invalid profile: field 'company' must be at most 300 characters, a name (got 1,000)`);
  });

  it("a folder with files but no drafts, as ESLint exits 2 when no file matches", () => {
    const root = tree({ "notes/profile.json": "{}\n", "notes/readme.rst": "text\n" });
    expectOneLine(["notes"], root, "notes: no drafts found in this folder (looked for *.md, *.markdown, *.txt)");
  });

  it("a config of the wrong type, or with wrong types inside", () => {
    const cases: Array<[string, string]> = [
      ['"rules: off"\n', "config must be an object"],
      ['{ "rules": ["personalization"] }\n', "'rules' must be an object of rule ids to severities"],
      ['{ "extends": 3 }\n', "'extends' must be a list of strings"],
      ['{ "rules": { "length": 7 } }\n', "'rules.length' has invalid severity 7 (use \"off\", \"warn\", \"error\" or 0, 1, 2)"],
    ];
    for (const [config, message] of cases) {
      const root = tree({ ".inmail-lintrc.json": config, "draft.md": CLEAN_DRAFT });
      expectOneLine(["draft.md"], root, `${join(root, ".inmail-lintrc.json")}: ${message}`);
    }
  });

  it("an unknown option or an unknown key in a config file", () => {
    const option = tree({ ".inmail-lintrc.json": '{ "rules": { "length": ["warn", { "maxChars": 300 }] } }\n', "draft.md": CLEAN_DRAFT });
    expectOneLine(["draft.md"], option, `${join(option, ".inmail-lintrc.json")}: 'rules.length': unknown option 'maxChars' (known: maxSubjectLength, maxLength, recommendedLength, plan)`);
    const key = tree({ ".inmail-lintrc.json": '{ "rule": { "length": "off" } }\n', "draft.md": CLEAN_DRAFT });
    expectOneLine(["draft.md"], key, `${join(key, ".inmail-lintrc.json")}: unknown key 'rule' (known keys: extends, plugins, rules, words, weights, overrides, today, ignorePatterns)`);
  });

  it("a YAML config that does not parse names its line", () => {
    const root = tree({ ".inmail-lintrc.yml": "rules:\n  length: [warn\n", "draft.md": CLEAN_DRAFT });
    expectOneLine(["draft.md"], root, `${join(root, ".inmail-lintrc.yml")}:3: invalid config: unexpected end of the stream within a flow collection`);
  });
});

describe("several bad files among good ones", () => {
  it("reports the good ones, one line per bad one (sorted by path), and exits 2", () => {
    const root = tree({
      "a-good.md": CLEAN_DRAFT,
      "b-binary.md": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
      "c-latin1.md": Buffer.concat([Buffer.from("Hi Jane,\n\nSee you at the caf"), Buffer.from([0xe9]), Buffer.from(".\n")]),
      "d-broken-yaml.md": "---\nsubject: [unclosed\n---\nHi Jane,\n",
      "e-empty.md": "",
      "f-good.md": CLEAN_DRAFT.replace("Jane", "Ann"),
      ".inmail-lintrc.json": ALL_RULES_JSON,
    });
    const result = run([".", "-f", "json"], { cwd: root });
    expect(result.status).toBe(2);
    const reported = (JSON.parse(result.stdout) as Array<{ filePath: string }>).map((entry) => entry.filePath);
    expect(reported).toEqual([join(root, "a-good.md"), join(root, "f-good.md")]);
    expect(result.stderr).toBe(
      [
        "inmail-lint: b-binary.md:1: is a binary file, not text (expected UTF-8 Markdown, text, JSON or YAML)",
        "inmail-lint: c-latin1.md:3: is not valid UTF-8 (invalid byte 0xe9 at byte 28); save it as UTF-8",
        "inmail-lint: d-broken-yaml.md:3: invalid YAML front matter: Flow sequence in block collection must be sufficiently indented and end with a ]",
        "inmail-lint: e-empty.md:1: is empty: there is no message to lint",
        "",
      ].join("\n"),
    );
  });
});

describe("a draft of several megabytes", () => {
  it("is linted with every rule on: a verdict, valid JSON, nothing on stderr", () => {
    const paragraphs = readFileSync(join(FIXTURES, "drafts/good-founder-hiring.md"), "utf8").replace(/^---[\s\S]*?---\n/, "");
    const text = `${paragraphs}\n`.repeat(Math.ceil(3_000_000 / paragraphs.length));
    expect(text.length).toBeGreaterThan(3_000_000);
    const root = tree({ "big.md": text, ".inmail-lintrc.json": ALL_RULES_JSON });
    const result = run(["big.md", "-f", "json"], { cwd: root });
    expect(result.stderr).toBe("");
    expect([0, 1]).toContain(result.status);
    const [entry] = JSON.parse(result.stdout) as Array<{ filePath: string; messages: Array<{ fatal?: boolean }> }>;
    expect(entry!.filePath).toBe(join(root, "big.md"));
    expect(entry!.messages.filter((message) => message.fatal)).toEqual([]);
  });
});
