import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lintFiles } from "../../src/api.js";
import type { LintResult } from "../../src/types.js";

/**
 * The grade on fixtures/drafts, where each bad draft is an otherwise good message with one
 * problem (its `<!-- expect: rule-id -->` hints name the rules that report it). The issue's
 * acceptance: "a personalized, transparent draft with a clear purpose and a link grades A or B; a
 * generic mass message grades D or F", and each bad draft loses points, visibly, for its problem.
 * The bands below are what a careful recruiter would give by the corpus rubric
 * (fixtures/corpus/README.md); none of these drafts is in the corpus the weights were fitted on.
 */
const root = resolve(import.meta.dirname, "..", "..");
const drafts = resolve(root, "fixtures/drafts");
let results: Map<string, LintResult>;

/**
 * The mildest problems: one weakness the rubric allows even in a C, on a draft that is otherwise
 * an example to follow. They may stay at the bottom of A when the draft earns the personalization
 * credit; every other bad draft grades B or lower.
 */
const MILD = ["bad-generic-opener.md", "bad-no-call-to-action.md", "bad-no-link.md", "bad-too-many-links.md"];
/** Red flags the rubric calls F on their own: mail-merge accidents, a wrong person, guilt after several bumps. */
const F_ALONE = ["bad-placeholders.md", "bad-template-unknown-field.md", "bad-recipient-mismatch-name.md", "bad-pushy-follow-up.md", "bad-generic-mass-message.md"];
/** Serious red flags: the draft should not be sent as is (D or F), so the default gate (C) fails it. */
const FAILS_THE_GATE = [
  ...F_ALONE,
  "bad-after-decline.md",
  "bad-bait-and-switch.md",
  "bad-duplicate-a.md",
  "bad-duplicate-b.md",
  "bad-duplicate-c.md",
  "bad-fake-reply.md",
  "bad-irrelevant.md",
  "bad-link-shortener.md",
  "bad-long-connection-note.md",
  "bad-pressure.md",
  "bad-recipient-mismatch-company.md",
  "bad-shouting.md",
  "bad-spam-phrases.md",
  "bad-too-long.md",
  "bad-vague-opportunity.md",
];

describe("grades of fixtures/drafts", () => {
  beforeAll(async () => {
    // One run over the folder, so duplicate-outreach sees the three near-identical drafts together.
    const linted = await lintFiles([drafts], { cwd: root });
    results = new Map(linted.map((result) => [basename(result.filePath), result]));
  }, 60_000);

  const named = (prefix: string) => [...results.keys()].filter((file) => file.startsWith(prefix)).sort();

  it("grades every good draft A or B", () => {
    expect(named("good-").length).toBeGreaterThanOrEqual(10);
    for (const file of named("good-")) expect(["A", "B"], `${file}: ${results.get(file)!.score}`).toContain(results.get(file)!.grade);
  });

  it("grades the generic mass message D or F", () => {
    expect(["D", "F"]).toContain(results.get("bad-generic-mass-message.md")!.grade);
  });

  it("takes points from each bad draft for the problem it shows, on the rules its hints name, and grades it below A unless the problem is mild", () => {
    expect(named("bad-").length).toBeGreaterThanOrEqual(34);
    for (const file of named("bad-")) {
      const result = results.get(file)!;
      expect(result.score, file).toBeLessThanOrEqual(MILD.includes(file) ? 95 : 89);
      const expected = [...readFileSync(resolve(drafts, file), "utf8").matchAll(/expect: ([a-z-]+)/g)].map((match) => match[1]!);
      const deducted = new Set(result.scoreBreakdown.deductions.filter((item) => item.points > 0).map((item) => item.ruleId));
      for (const ruleId of expected) expect(deducted.has(ruleId), `${file}: no points taken by ${ruleId}`).toBe(true);
    }
  });

  it("ranks every bad draft below every good draft", () => {
    const worstGood = Math.min(...named("good-").map((file) => results.get(file)!.score));
    for (const file of named("bad-")) expect(results.get(file)!.score, file).toBeLessThan(worstGood);
  });

  it("fails the serious red flags at the default gate (below C), and grades the F-alone ones F", () => {
    for (const file of FAILS_THE_GATE) expect(results.get(file)!.score, file).toBeLessThan(70);
    for (const file of F_ALONE) expect(results.get(file)!.grade, file).toBe("F");
  });
});
