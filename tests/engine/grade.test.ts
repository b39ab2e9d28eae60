import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { computeScore, gradeFor } from "../../src/engine/grade.js";
import type { Credit } from "../../src/engine/run-rules.js";
import { DEFAULT_WEIGHTS, withOverrides, type WeightTable } from "../../src/engine/weights.js";
import { builtinRules } from "../../rules/index.js";
import type { LintMessage, ScoreBreakdown } from "../../src/types.js";

const problem = (ruleId: string, severity: 1 | 2 = 2, messageId = "problem"): LintMessage => ({
  ruleId,
  messageId,
  severity,
  message: "m",
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
});
const credit = (ruleId: string, id: string): Credit => ({ ruleId, id, detail: `${id} detail`, amount: 1 });

const table: WeightTable = {
  rules: {
    heavy: { error: 45, warning: 20, cap: 50 },
    once: { error: 12, warning: 6, cap: 12, oneShot: true },
    phrases: { error: 10, warning: 5, cap: 30, group: "hype" },
    shout: { error: 10, warning: 5, cap: 20, group: "hype" },
    light: { error: 3.3, warning: 1.1, cap: 9.9 },
    tuned: { error: 10, warning: 5, cap: 20, messages: { weak: 0.25, strong: 2 } },
    mixed: { error: 10, warning: 6, cap: 30, messageGroups: { soft: "minor", softer: "minor" } },
    soft: { error: 10, warning: 6, cap: 30, group: "minor" },
  },
  groups: { hype: { cap: 25, description: "test group" }, minor: { cap: 15, description: "weaknesses" } },
  credits: { "once/nice": { points: 4, description: "" }, "light/good": { points: 6, description: "" } },
  creditCap: 8,
  creditShare: 0.5,
  fallback: { error: 10, warning: 5, cap: 20 },
};

/** base - (deductions + credits + adjustments) must be the total, and the total the score. */
function expectAccounted(score: number, breakdown: ScoreBreakdown): void {
  const lines = [...breakdown.deductions, ...breakdown.credits, ...(breakdown.adjustments ?? [])];
  expect(lines.every((item) => Number.isInteger(item.points))).toBe(true);
  expect(breakdown.base - lines.reduce((sum, item) => sum + item.points, 0)).toBe(breakdown.total);
  expect(breakdown.total).toBe(score);
}

describe("computeScore", () => {
  it("gives 100 with no problems and shows a credit it cannot pay", () => {
    const { score, breakdown } = computeScore([], [credit("once", "nice")], table);
    expect(score).toBe(100);
    expect(breakdown.credits).toEqual([{ ruleId: "once/nice", points: 0, detail: "nice detail (nothing to give back: no points were taken)" }]);
    expectAccounted(score, breakdown);
  });

  it("takes error and warning points per problem and caps a rule", () => {
    const { score, breakdown } = computeScore([problem("heavy"), problem("heavy", 1)], [], table);
    expect(breakdown.deductions).toEqual([{ ruleId: "heavy", points: 50, detail: "1 error, 1 warning (problem ×2)", uncapped: 65, cap: "rule cap 50" }]);
    expect(score).toBe(50);
  });

  it("counts a one-shot rule once, at its worst problem", () => {
    const { score, breakdown } = computeScore([problem("once", 1), problem("once", 2), problem("once", 2)], [], table);
    expect(breakdown.deductions[0]).toMatchObject({ ruleId: "once", points: 12, cap: "one-shot: counted once" });
    expect(score).toBe(88);
  });

  it("scales a message by its factor", () => {
    const { breakdown } = computeScore([problem("tuned", 2, "weak"), problem("tuned", 2, "strong")], [], table);
    expect(breakdown.deductions[0]).toMatchObject({ ruleId: "tuned", points: 20, uncapped: 22.5, cap: "rule cap 20" });
    expect(computeScore([problem("tuned", 1, "weak")], [], table).score).toBe(99);
  });

  it("shares a group cap pro rata and says so", () => {
    const messages = [problem("phrases"), problem("phrases"), problem("phrases"), problem("shout"), problem("shout")];
    const { score, breakdown } = computeScore(messages, [], table);
    // phrases 30 and shout 20 (rule caps), 50 in all, scaled to the group cap 25: 15 and 10.
    expect(breakdown.deductions).toEqual([
      { ruleId: "phrases", points: 15, detail: "3 errors (problem ×3)", uncapped: 30, cap: "group 'hype' cap 25, shared by phrases, shout", group: "hype" },
      { ruleId: "shout", points: 10, detail: "2 errors (problem ×2)", uncapped: 20, cap: "group 'hype' cap 25, shared by phrases, shout", group: "hype" },
    ]);
    expect(score).toBe(75);
    expectAccounted(score, breakdown);
  });

  it("gives credits back up to the credit cap, once per signal", () => {
    const { score, breakdown } = computeScore([problem("heavy")], [credit("once", "nice"), credit("once", "nice"), credit("light", "good")], table);
    expect(breakdown.credits).toEqual([
      { ruleId: "once/nice", points: -4, detail: "nice detail" },
      { ruleId: "light/good", points: -4, detail: "good detail (limited by the credit cap 8)" },
    ]);
    expect(score).toBe(63);
    expectAccounted(score, breakdown);
  });

  it("gives credits back at most the credit share of the points taken: a credit never hides a problem", () => {
    // once: 6 points for a warning; half of it (3) can come back, not the credit's 4.
    const { score, breakdown } = computeScore([problem("once", 1)], [credit("once", "nice"), credit("light", "good")], table);
    expect(breakdown.credits).toEqual([
      { ruleId: "once/nice", points: -3, detail: "nice detail (limited: credits give back at most 50% of the points taken)" },
      { ruleId: "light/good", points: 0, detail: "good detail (limited: credits give back at most 50% of the points taken)" },
    ]);
    expect(score).toBe(97);
    expectAccounted(score, breakdown);
  });

  it("puts a rule in a message's group only when all its problems on the draft belong to it", () => {
    // mixed: two 'soft' warnings (12) join soft's group 'minor' (6 + 12 = 18, capped at 15).
    const grouped = computeScore([problem("mixed", 1, "soft"), problem("mixed", 1, "softer"), problem("soft", 1)], [], table);
    expect(grouped.breakdown.deductions.map((item) => [item.ruleId, item.points, item.group])).toEqual([
      ["mixed", 10, "minor"],
      ["soft", 5, "minor"],
    ]);
    expect(grouped.score).toBe(85);
    // With a 'hard' error as well, mixed is not a weakness on this draft: no group, no group cap.
    const ungrouped = computeScore([problem("mixed", 1, "soft"), problem("mixed", 2, "hard"), problem("soft", 1)], [], table);
    expect(ungrouped.breakdown.deductions.map((item) => [item.ruleId, item.points, item.group])).toEqual([
      ["mixed", 16, undefined],
      ["soft", 6, "minor"],
    ]);
    expect(ungrouped.score).toBe(78);
  });

  it("lists a credit the table does not know, with no points", () => {
    const { breakdown } = computeScore([problem("heavy")], [credit("plugin", "x")], table);
    expect(breakdown.credits).toEqual([{ ruleId: "plugin/x", points: 0, detail: "x detail (no points for this signal in the weights table)" }]);
  });

  it("floors at 0 with an adjustment line, so the lines still add up", () => {
    // heavy 50 (capped), once 12, phrases 25 (group cap), a plugin rule 10 (fallback), tuned 20: 117.
    const messages = [problem("heavy"), problem("heavy"), problem("once"), problem("phrases"), problem("phrases"), problem("phrases"), problem("plugin/rule"), problem("tuned", 2, "strong")];
    const { score, breakdown } = computeScore(messages, [], table);
    expect(score).toBe(0);
    expect(breakdown.adjustments).toEqual([{ ruleId: "floor", points: -17, detail: "the score does not go below 0 (17 points not counted)" }]);
    expectAccounted(score, breakdown);
  });

  it("rounds fractional points so that they add up to the score exactly", () => {
    // light: 3 x 3.3 + 1.1 = 11, capped at 9.9; tuned: one weak warning, 5 x 0.25 = 1.25.
    // Exact score 100 - 11.15 = 88.85, so 89; the 11 points go 10 and 1 (largest remainder).
    const { score, breakdown } = computeScore([problem("light"), problem("light"), problem("light"), problem("light", 1), problem("tuned", 1, "weak")], [], table);
    expect(score).toBe(89);
    expect(breakdown.deductions.map((item) => [item.ruleId, item.points])).toEqual([["light", 10], ["tuned", 1]]);
    expectAccounted(score, breakdown);
  });

  it("accounts for every point over many combinations of the default table", () => {
    const ids = Object.keys(DEFAULT_WEIGHTS.rules);
    const credits = Object.keys(DEFAULT_WEIGHTS.credits).map((key) => credit(key.split("/")[0]!, key.split("/")[1]!));
    for (let seed = 0; seed < 300; seed++) {
      // Each rule's scaled and grouped message ids as well as a plain one, so message factors and message groups are exercised.
      const messageIds = (id: string) => ["problem", ...Object.keys({ ...DEFAULT_WEIGHTS.rules[id]!.messages, ...DEFAULT_WEIGHTS.rules[id]!.messageGroups })];
      const messages = ids
        .filter((_, index) => (seed * 7 + index * 13) % 5 === 0)
        .flatMap((id, index) =>
          Array.from({ length: 1 + ((seed + index) % 3) }, (_, k) => problem(id, ((seed + k) % 2 === 0 ? 2 : 1) as 1 | 2, messageIds(id)[(seed + k) % messageIds(id).length]!)),
        );
      const { score, breakdown } = computeScore(messages, credits.slice(0, seed % 4), DEFAULT_WEIGHTS);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      expectAccounted(score, breakdown);
    }
  });
});

describe("gradeFor", () => {
  it("uses A >= 90, B >= 80, C >= 70, D >= 60", () => {
    expect([100, 90, 89, 80, 79, 70, 69, 60, 59, 0].map(gradeFor)).toEqual(["A", "A", "B", "B", "C", "C", "D", "D", "F", "F"]);
  });
});

describe("withOverrides", () => {
  it("sets a rule's error points and scales its warning points and cap with them", () => {
    const overridden = withOverrides(table, { heavy: 90, "light/good": 1, "plugin/rule": 4 });
    expect(overridden.rules.heavy).toEqual({ error: 90, warning: 40, cap: 100 });
    expect(overridden.credits["light/good"]!.points).toBe(1);
    expect(overridden.rules["plugin/rule"]).toEqual({ error: 4, warning: 2, cap: 8 });
    expect(table.rules.heavy!.error).toBe(45);
  });

  it("has a default entry for every built-in rule and every credit a built-in rule gives", () => {
    expect(Object.keys(DEFAULT_WEIGHTS.rules).sort()).toEqual(builtinRules.map((rule) => rule.meta.id).sort());
    // The credits the rules' sources give (`context.credit({ id: ... })`), so a new credit cannot go unweighted.
    const given = builtinRules.flatMap((rule) => {
      const source = readFileSync(resolve(import.meta.dirname, "..", "..", "rules", `${rule.meta.id}.ts`), "utf8");
      return [...source.matchAll(/context\.credit\(\{\s*id: "([a-z-]+)"/g)].map((match) => `${rule.meta.id}/${match[1]}`);
    });
    expect(given.sort()).toEqual(["call-to-action/single-ask", "personalization/profile-references", "vague-opportunity/concrete-role"]);
    expect(Object.keys(DEFAULT_WEIGHTS.credits).sort()).toEqual(given);
    for (const rule of ["spam-phrases", "shouting", "vague-opportunity", "pressure"]) expect(DEFAULT_WEIGHTS.rules[rule]!.group).toBe("spam-and-hype");
    for (const rule of ["spelling", "grammar"]) expect(DEFAULT_WEIGHTS.rules[rule]!.group).toBe("mechanics");
  });
});
