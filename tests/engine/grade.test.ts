import { describe, expect, it } from "vitest";
import { computeScore, gradeFor } from "../../src/engine/grade.js";
import type { Credit } from "../../src/engine/run-rules.js";
import { withOverrides, type WeightTable } from "../../src/engine/weights.js";
import type { LintMessage } from "../../src/types.js";

/**
 * The mechanics of the grade with a table of our own: the default weights are being calibrated
 * elsewhere, so nothing here depends on their numbers.
 */
const TABLE: WeightTable = {
  rules: {
    heavy: { weight: 10, cap: 15 },
    light: { weight: 4, cap: 6 },
    hype: { weight: 10, cap: 20, group: "spam" },
    spam: { weight: 8, cap: 20, group: "spam" },
  },
  groups: { spam: { cap: 12, description: "test group" } },
  credits: { "heavy/strong": { points: 3, description: "test credit" }, "light/bonus": { points: 4, description: "test credit" } },
  creditCap: 5,
  fallback: { weight: 5, cap: 7 },
  warningFactor: 0.5,
};

function problem(ruleId: string | null, severity: 1 | 2 = 2): LintMessage {
  return { ruleId, severity, message: "m", line: 1, column: 1, endLine: 1, endColumn: 1 };
}

const score = (messages: LintMessage[], credits: Credit[] = []) => computeScore(messages, credits, TABLE);

describe("computeScore", () => {
  it("starts at 100", () => {
    expect(score([])).toEqual({ score: 100, breakdown: { base: 100, deductions: [], credits: [], total: 100 } });
  });

  it("takes a rule's weight per error and the warning factor of it per warning", () => {
    expect(score([problem("heavy")]).score).toBe(90);
    expect(score([problem("heavy", 1)]).score).toBe(95);
    expect(score([problem("heavy"), problem("light", 1)]).score).toBe(88);
  });

  it("caps what one rule can take", () => {
    const { score: total, breakdown } = score([problem("heavy"), problem("heavy"), problem("heavy")]);
    expect(total).toBe(85);
    expect(breakdown.deductions).toEqual([{ ruleId: "heavy", points: 15, uncapped: 30, cap: "rule cap 15", detail: "3 errors" }]);
  });

  it("caps a group of rules together, scaling each rule down in proportion", () => {
    const { score: total, breakdown } = score([problem("hype"), problem("spam")]);
    expect(total).toBe(88);
    expect(breakdown.deductions).toEqual([
      { ruleId: "hype", points: 6.67, uncapped: 10, cap: "group 'spam' cap 12", detail: "1 error" },
      { ruleId: "spam", points: 5.33, uncapped: 8, cap: "group 'spam' cap 12", detail: "1 error" },
    ]);
  });

  it("uses the fallback weight for rules the table does not know (plugins)", () => {
    expect(score([problem("acme/custom")]).score).toBe(95);
    expect(score([problem("acme/custom"), problem("acme/custom")]).score).toBe(93);
  });

  it("ignores problems without a rule (directive problems)", () => {
    expect(score([problem(null)]).score).toBe(100);
  });

  it("gives back points for known credits, up to the credit cap, never above 100", () => {
    const strong: Credit = { ruleId: "heavy", id: "strong", detail: "3 references", amount: 3 };
    const bonus: Credit = { ruleId: "light", id: "bonus", detail: "bonus", amount: 1 };
    const unknown: Credit = { ruleId: "light", id: "nope", detail: "not in the table", amount: 1 };
    const { score: total, breakdown } = score([problem("heavy")], [strong, bonus, unknown]);
    expect(total).toBe(95);
    expect(breakdown.credits).toEqual([
      { ruleId: "heavy/strong", points: -3, detail: "3 references" },
      { ruleId: "light/bonus", points: -2, detail: "bonus" },
    ]);
    expect(score([], [strong]).score).toBe(100);
  });

  it("never goes below 0", () => {
    const everything = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o"].flatMap((id) => [problem(id), problem(id)]);
    expect(score(everything).score).toBe(0);
  });

  it("is deterministic: the order of problems does not change the score or the breakdown", () => {
    const messages = [problem("heavy"), problem("light", 1), problem("hype"), problem("spam", 1), problem("heavy", 1)];
    const forward = score(messages);
    const backward = score([...messages].reverse());
    expect(backward).toEqual(forward);
    expect(forward.breakdown.deductions.map((item) => item.ruleId)).toEqual(["heavy", "hype", "spam", "light"]);
  });

  it("accounts for every point in the breakdown", () => {
    const { score: total, breakdown } = score([problem("heavy"), problem("light", 1), problem("hype")], [{ ruleId: "heavy", id: "strong", detail: "d", amount: 1 }]);
    const deducted = breakdown.deductions.reduce((sum, item) => sum + item.points, 0);
    const credited = breakdown.credits.reduce((sum, item) => sum - item.points, 0);
    expect(breakdown.total).toBeCloseTo(100 - deducted + credited, 5);
    expect(total).toBe(Math.round(breakdown.total));
  });
});

describe("withOverrides", () => {
  it("replaces a rule's weight and scales its cap with it", () => {
    const table = withOverrides(TABLE, { heavy: 20, "acme/custom": 10 });
    expect(table.rules.heavy).toEqual({ weight: 20, cap: 30 });
    expect(table.rules["acme/custom"]).toEqual({ weight: 10, cap: 14 });
    expect(TABLE.rules.heavy).toEqual({ weight: 10, cap: 15 });
  });

  it("returns the table unchanged without overrides", () => {
    expect(withOverrides(TABLE, {})).toBe(TABLE);
  });
});

describe("gradeFor", () => {
  it.each([
    [100, "A"],
    [90, "A"],
    [89, "B"],
    [80, "B"],
    [79, "C"],
    [70, "C"],
    [69, "D"],
    [60, "D"],
    [59, "F"],
    [0, "F"],
  ])("%i is %s", (value, grade) => {
    expect(gradeFor(value)).toBe(grade);
  });
});
