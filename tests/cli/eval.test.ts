import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "inmail-lint.js");
const corpus = ["fixtures/corpus", "--labels", "fixtures/corpus/labels.tsv"];

function cli(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "inmail-lint-eval-"));
  // Two tiny drafts without front matter: one personal, one generic, and a profile for both.
  writeFileSync(join(dir, "warm.md"), "Hi Jane,\n\nI'm Sam, a recruiter at Acme. Your pg-migrate-lite project at Northwind Health caught my eye: we are hiring a backend engineer. Details: https://acme.example/jobs/1\n\nWould a 20-minute call next week work?\n\nSam\n");
  writeFileSync(join(dir, "cold.md"), "Hello,\n\nWe have an opening. Interested?\n");
  writeFileSync(join(dir, "jane.json"), JSON.stringify({ basics: { name: "Jane Doe" }, work: [{ name: "Northwind Health", position: "Engineer" }], projects: [{ name: "pg-migrate-lite" }] }));
  writeFileSync(join(dir, "replies.csv"), "file,replied\nwarm.md,replied\ncold.md,no-reply\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each spawn lints the whole corpus (about a second); the default 5 s is too tight on a busy machine.
describe("inmail-lint eval", { timeout: 60_000 }, () => {
  it("prints the ranking, the gate table and the rule table for the corpus", () => {
    const { code, stdout, stderr } = cli(["eval", ...corpus]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("inmail-lint eval: 96 labelled drafts from fixtures/corpus/labels.tsv (49 good, 47 bad)");
    expect(stdout).toContain("not evaluated (no label): fixtures/corpus/README.md");
    expect(stdout).toMatch(/^ {2}report {2}32 drafts {2}\d\.\d{3} {2}held out$/m);
    expect(stdout).toMatch(/^ {2}report {2}A \(90\) +\d\.\d\d +\d\.\d\d +\d\.\d\d +\d+\/17 +\d+\/15$/m);
    expect(stdout).toMatch(/^ {2}personalization +\d+ +\d+ +\d\.\d\d/m);
  });

  it("prints JSON for machines, with the same numbers", () => {
    const { code, stdout } = cli(["eval", ...corpus, "-f", "json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.drafts).toHaveLength(96);
    expect(report.splitSource).toBe("column");
    expect(report.summaries.map((summary: { split: string; drafts: number }) => [summary.split, summary.drafts])).toEqual([
      ["all", 96],
      ["fit", 64],
      ["report", 32],
    ]);
    expect(report.summaries[2].thresholds.map((row: { grade: string }) => row.grade)).toEqual(["A", "B", "C", "D"]);
  });

  it("applies --rule as the main command does", () => {
    const { stdout } = cli(["eval", ...corpus, "-f", "json", "--rule", "follow-up-links: off"]);
    expect(JSON.parse(stdout).rules.map((row: { id: string }) => row.id)).not.toContain("follow-up-links");
  });

  it("evaluates reply outcomes (replied/no-reply) and applies --profile", () => {
    const without = JSON.parse(cli(["eval", ".", "--labels", "replies.csv", "-f", "json"], dir).stdout);
    const withProfile = JSON.parse(cli(["eval", ".", "--labels", "replies.csv", "-f", "json", "--profile", "jane.json"], dir).stdout);
    expect(without.drafts.map((draft: { file: string; good: boolean }) => [draft.file, draft.good])).toEqual([
      ["warm.md", true],
      ["cold.md", false],
    ]);
    expect(without.splitSource).toBe("deterministic");
    expect(withProfile.summaries[0].auc).toBe(1);
    // With the profile, the warm draft earns the personalization credit and the cold one loses points for having no reference;
    // the warm draft's one question ("Would a 20-minute call next week work?") is one clear ask.
    expect(withProfile.credits.map((row: { id: string }) => row.id)).toEqual(["call-to-action/single-ask", "personalization/profile-references"]);
  });

  it("exits 2 with one line naming the labels file and row when a labelled file is missing", () => {
    writeFileSync(join(dir, "missing.tsv"), "file\tlabel\nwarm.md\tgood\nnot-there.md\tbad\n");
    const { code, stdout, stderr } = cli(["eval", ".", "--labels", "missing.tsv"], dir);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`inmail-lint: ${join(dir, "missing.tsv")}:3: no draft 'not-there.md' among the given paths (row for a missing file)\n`);
  });

  it("exits 2 on an unknown label value, without a stack trace", () => {
    writeFileSync(join(dir, "unknown.tsv"), "file\tlabel\nwarm.md\tmaybe\n");
    const { code, stderr } = cli(["eval", ".", "--labels", "unknown.tsv"], dir);
    expect(code).toBe(2);
    expect(stderr).toBe(`inmail-lint: ${join(dir, "unknown.tsv")}:2: unknown label 'maybe' for 'warm.md' (expected good/bad, replied/no-reply or 1/0)\n`);
  });

  it("exits 2 on usage mistakes", () => {
    expect(cli(["eval", ...corpus, "--write-weights", "x.json"]).stderr).toBe("inmail-lint: --write-weights needs --fit\n");
    const noLabels = cli(["eval", "fixtures/corpus"]);
    expect(noLabels.code).toBe(2);
    expect(noLabels.stderr).toContain("required option '--labels <file>' not specified");
    expect(cli(["eval", ...corpus, "-f", "stylish-ish"]).code).toBe(2);
  });

  it("fits, writes the weights into a YAML config, and writes the same file every time", () => {
    const target = join(dir, "fitted.yaml");
    writeFileSync(target, "# team config\nrules:\n  length: off\n");
    const first = cli(["eval", ...corpus, "--fit", "--write-weights", target]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ {2}report +\d\.\d{3} +\d\.\d{3}$/m);
    expect(first.stdout).toContain(`weights written to ${target}`);
    const written = readFileSync(target, "utf8");
    // The comment and the other keys survive; weights follow, one per fitted rule, sorted.
    expect(written).toMatch(/^# team config\nrules:\n {2}length: off\nweights:\n(?: {2}[\w/-]+: [\d.]+\n)+$/);
    expect(written).toMatch(/\n {2}personalization: [\d.]+\n/);
    const keys = [...written.matchAll(/^ {2}([\w/-]+): [\d.]+$/gm)].map((match) => match[1]!);
    expect(keys).toEqual([...keys].sort());
    cli(["eval", ...corpus, "--fit", "--write-weights", target]);
    expect(readFileSync(target, "utf8")).toBe(written);
  });
});

describe("inmail-lint --explain", { timeout: 30_000 }, () => {
  const draft = "fixtures/corpus/039-treasury-role-wrong-company-meera.md";

  it("prints every deduction and credit under the problems, adding up to the score", () => {
    const { stdout } = cli([draft, "--explain"]);
    const lines = stdout.split("\n");
    const start = lines.findIndex((line) => line.trim() === "score breakdown");
    expect(start).toBeGreaterThan(0);
    const points = lines.slice(start + 1).filter((line) => /^ +[-+]?\d+ {2}/.test(line) && !line.includes("base")).map((line) => Number(line.trim().split(/\s+/)[0]));
    const total = Number(/= (\d+) {2}score/.exec(stdout)![1]);
    expect(100 + points.reduce((sum, value) => sum + value, 0)).toBe(total);
    expect(stdout).toContain(`${total}/100`);
    // A capped line says which cap applied (the generic group keeps a generic pitch at C).
    expect(stdout).toMatch(/^ +-\d+ {2}personalization: 1 error \(noReferences\)(?: \([\d.]+ before (?:rule|group '[a-z-]+') cap \d+\))?$/m);
  });

  it("puts the same breakdown in the JSON output as scoreBreakdown", () => {
    const [result] = JSON.parse(cli([draft, "-f", "json"]).stdout);
    const { base, deductions, credits, adjustments, total } = result.scoreBreakdown;
    const taken = [...deductions, ...credits, ...adjustments].reduce((sum: number, item: { points: number }) => sum + item.points, 0);
    expect(base - taken).toBe(total);
    expect(total).toBe(result.score);
    expect(deductions.map((item: { ruleId: string }) => item.ruleId)).toContain("personalization");
  });
});
