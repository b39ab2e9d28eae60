import { afterEach, describe, expect, it } from "vitest";
import type { LintResult } from "../../src/types.js";
import { NO_TODO_CONFIG, NO_TODO_PLUGIN, REPO, removeScratch, runCli, scratch } from "./spawn-cli.js";

const TEMPLATE = "fixtures/drafts/templates/recruiting-template.md";
const NAMES = ["Jane Doe", "Keisha Morrow", "Elena Petrova", "Sam Okafor", "Ravi Shah"];

let dirs: string[] = [];
afterEach(() => {
  dirs.forEach(removeScratch);
  dirs = [];
});
const tempDir = (files: Record<string, string>) => {
  const dir = scratch(files);
  dirs.push(dir);
  return dir;
};

function jsonResults(stdout: string): LintResult[] {
  return JSON.parse(stdout) as LintResult[];
}

describe("--recipients: one rendering per template and recipient", () => {
  for (const [recipientsFile, samLine] of [["fixtures/recipients/recipients.csv", 5], ["fixtures/recipients/recipients.yaml", 15]] as const) {
    it(`grades each recipient and reports Sam's missing company for Sam only (${recipientsFile})`, () => {
      const run = runCli(["--no-config-lookup", TEMPLATE, "--recipients", recipientsFile, "-f", "json"], REPO);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(1);
      const results = jsonResults(run.stdout);
      expect(results.map((result) => result.recipient)).toEqual(NAMES.map((name, index) => ({ index, name, template: TEMPLATE })));
      for (const result of results) {
        expect(result.filePath).toBe(`${REPO}${TEMPLATE}`);
        expect(["A", "B", "C", "D", "F"]).toContain(result.grade);
        expect(result.score).toBeGreaterThanOrEqual(0);
      }
      const sam = results[3]!;
      expect(sam.messages.filter((message) => message.messageId === "missingField")).toEqual([
        {
          ruleId: null,
          messageId: "missingField",
          severity: 2,
          message: `Sam Okafor (${recipientsFile}:${samLine}) has no value for {{company}}: this message was not rendered`,
          line: 9,
          column: 154,
          endLine: 9,
          endColumn: 165,
        },
      ]);
      expect(sam.errorCount).toBe(1);
      expect([sam.score, sam.grade]).toEqual([0, "F"]);
      for (const other of results.filter((result) => result !== sam)) {
        expect(other.messages.some((message) => message.messageId === "missingField")).toBe(false);
      }
    });
  }

  it("groups recipients under their template in the stylish output and closes with a campaign summary", () => {
    const run = runCli(["--no-config-lookup", TEMPLATE, "--recipients", "fixtures/recipients/recipients.csv"], REPO);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines.filter((line) => line.includes(TEMPLATE))).toEqual([`${TEMPLATE} (template, 5 recipients)`, `  ${TEMPLATE}  ${gradeSummary(run.stdout)}`]);
    NAMES.forEach((name, index) => expect(lines).toContain(`  → ${name} (recipient ${index + 1})`));
    const samAt = lines.indexOf("  → Sam Okafor (recipient 4)");
    expect(lines[samAt + 1]).toMatch(/^ {2}9:154 +error +Sam Okafor \(fixtures\/recipients\/recipients\.csv:5\) has no value for \{\{company\}\}: this message was not rendered$/);
    expect(lines).toContain("campaign: 1 template × 5 recipients = 5 messages");
    expect(lines.find((line) => line.startsWith("  lowest: "))).toMatch(/^ {2}lowest: Sam Okafor F 0\/100/);
  });

  it("moves positions back onto the template: static text keeps its column, a filled-in value points at its field", () => {
    const dir = tempDir({
      "no-todo.mjs": NO_TODO_PLUGIN,
      ".inmail-lintrc.json": NO_TODO_CONFIG,
      "t.md": "---\nsubject: Hello {{first_name}}\n---\nHi {{first_name}}, TODO check {{company}} TODO.\n",
      // Different name lengths, a value that itself says TODO, and a value with a line break.
      "people.csv": 'first_name,company\nAl,TODO Corp\nBartholomew,Initech\nCy,"Two\nLines"\n',
    });
    const run = runCli(["t.md", "--recipients", "people.csv", "-f", "json"], dir);
    expect(run.stderr).toBe("");
    const positions = jsonResults(run.stdout).map((result) =>
      result.messages.filter((message) => message.ruleId === "no-todo/no-todo").map((message) => [message.line, message.column, message.endLine, message.endColumn]),
    );
    expect(positions).toEqual([
      [[4, 20, 4, 24], [4, 31, 4, 42], [4, 43, 4, 47]],
      [[4, 20, 4, 24], [4, 43, 4, 47]],
      [[4, 20, 4, 24], [4, 43, 4, 47]],
    ]);
  });

  it("lints all renderings as one run, so batch rules see every message", () => {
    const batchPlugin = `export default { rules: { "run-size": {
      meta: { id: "run-size", description: "d", category: "spam", defaultSeverity: "warn", fixable: false, hasSuggestions: false, options: {}, messages: { size: "{{count}} messages in this run; this one is {{label}}" } },
      summarize() { return null; },
      checkBatch(context) { context.items.forEach((item, index) => context.report(index, { messageId: "size", data: { count: context.items.length, label: item.label }, span: { start: 0, end: 0 } })); },
    } } };`;
    const dir = tempDir({
      "run-size.mjs": batchPlugin,
      ".inmail-lintrc.json": JSON.stringify({ plugins: ["./run-size.mjs"], rules: { "run-size/run-size": "warn" } }),
      "a.md": "Hi {{first_name}},\n\nI'm Sam from Acme about {{company}}.\n",
      "b.md": "Hello {{first_name}},\n\nA role at Acme for {{title}} people.\n",
      "people.yaml": "- name: Ann Lee\n  company: Initech\n  title: Engineer\n- name: Bo Chen\n  company: Globex\n",
    });
    const run = runCli(["a.md", "b.md", "--recipients", "people.yaml", "-f", "json"], dir);
    const sizes = jsonResults(run.stdout).map((result) => result.messages.find((message) => message.ruleId === "run-size/run-size")?.message ?? null);
    // Bo Chen has no title, so b.md is not rendered for him: three renderings in one run.
    expect(sizes).toEqual([
      "3 messages in this run; this one is a.md → Ann Lee",
      "3 messages in this run; this one is a.md → Bo Chen",
      "3 messages in this run; this one is b.md → Ann Lee",
      null,
    ]);
  });

  describe("a bad recipients file is exit 2 with one line naming the file and line", () => {
    const cases: Array<[string, string, string]> = [
      ["empty.csv", "", "empty.csv: recipients file is empty: expected a header row and one row per recipient"],
      ["header-only.csv", "name,company\n", "header-only.csv:1: recipients file has a header row but no recipients"],
      ["unclosed.csv", 'name,company\nAnn,Acme\nBo,"Globex\n', `unclosed.csv:3: invalid CSV: a quoted cell is never closed (missing '"')`],
      ["ragged.csv", "name,company\nAnn,Acme\nBo,Globex,extra\n", "ragged.csv:3: row has 3 cells but the header names 2 columns"],
      ["nameless.csv", "name,,company\nAnn,x,Acme\n", "nameless.csv:1: header column 2 has no name"],
      ["wrong-type.json", '[\n  {"name": "Ann"},\n  {"name": "Bo", "skills": 42}\n]\n', "wrong-type.json:3: entry 2: field 'skills' must be a list of strings or a comma-separated string"],
      ["broken.yaml", "- name: Ann\n  skills: [Go\n- name: Bo\n", "broken.yaml:3: invalid YAML in recipients file: Flow sequence in block collection must be sufficiently indented and end with a ]"],
      ["scalar.yaml", "- name: Ann\n- just a string\n", "scalar.yaml:2: entry 2 must be a mapping of profile fields"],
      ["mapping.yaml", "name: Ann\n", "mapping.yaml:1: recipients file must be a list of profiles (one entry per recipient)"],
      ["none.json", "[]", "none.json: recipients file lists no recipients"],
    ];
    for (const [file, text, line] of cases) {
      it(file, () => {
        const dir = tempDir({ "t.md": "Hi {{first_name}},\n\nA note about {{company}}.\n", [file]: text });
        const run = runCli(["--no-config-lookup", "t.md", "--recipients", file], dir);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe("");
        expect(run.stderr).toBe(`inmail-lint: ${line}\n`);
      });
    }

    it("a missing file, or one of another type", () => {
      const dir = tempDir({ "t.md": "Hi {{first_name}},\n", "people.txt": "Ann\n" });
      expect(runCli(["t.md", "--recipients", "nobody.csv"], dir)).toEqual({ code: 2, stdout: "", stderr: "inmail-lint: nobody.csv: recipients file not found\n" });
      expect(runCli(["t.md", "--recipients", "people.txt"], dir)).toEqual({ code: 2, stdout: "", stderr: "inmail-lint: --recipients: expected a .csv, .json, .yaml or .yml file (got 'people.txt')\n" });
    });
  });

  it("refuses --fix with --recipients (renderings are not files; fix the template)", () => {
    const run = runCli([TEMPLATE, "--recipients", "fixtures/recipients/recipients.csv", "--fix"], REPO);
    expect(run).toEqual({ code: 2, stdout: "", stderr: "inmail-lint: --recipients cannot be used with --stdin, --fix or --fix-dry-run (fix the template itself)\n" });
  });
});

describe("--template", () => {
  it("treats a draft without front matter as a template, so its merge fields are slots", () => {
    const dir = tempDir({ "plain.md": "Hi {{first_name}},\n\nI'm Sam, a recruiter at Acme, about a backend role: https://acme.example/jobs/1\n\nBest,\nSam\n" });
    const slotMessage = (args: string[]) =>
      jsonResults(runCli(["--no-config-lookup", "plain.md", "-f", "json", ...args], dir).stdout)[0]!.messages.filter((message) => message.messageId === "templateWithoutSlots");
    expect(slotMessage([])).toEqual([]);
    expect(slotMessage(["--template"])).toEqual([
      {
        ruleId: "personalization",
        messageId: "templateWithoutSlots",
        severity: 2,
        message: "This template has no personalization slot besides the name: add a field such as {{company}}",
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 19,
      },
    ]);
  });
});

/** The grade distribution the summary prints for the template, e.g. "4 A, 1 F", read from the graded line. */
function gradeSummary(stdout: string): string {
  return /^\d+ drafts? graded: (.*)$/m.exec(stdout)![1]!;
}
