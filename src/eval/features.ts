import { hitsByRule, uncappedPoints } from "../engine/grade.js";
import { DEFAULT_WEIGHTS, ruleWeight } from "../engine/weights.js";
import type { Credit } from "../engine/run-rules.js";
import type { LintResult } from "../types.js";

/**
 * What the fit sees of a draft: how many "errors' worth" each rule took (its hits through its
 * own shape: warnings at their share of an error, one-shot, rule cap) and which credits fired.
 * The shape comes from the default table, so the features do not depend on the weights being
 * fitted: a draft's points for a rule are then exactly `weight x units`.
 */
export interface DraftFeatures {
  ruleUnits: Map<string, number>;
  credits: Set<string>;
}

export function featuresOf(result: LintResult): DraftFeatures {
  const ruleUnits = new Map<string, number>();
  for (const [ruleId, hits] of hitsByRule(result.messages)) {
    const shape = ruleWeight(DEFAULT_WEIGHTS, ruleId);
    if (shape.error <= 0) continue;
    ruleUnits.set(ruleId, Math.min(uncappedPoints(hits, shape), shape.cap) / shape.error);
  }
  return { ruleUnits, credits: new Set(result.scoreBreakdown.credits.map((item) => item.ruleId)) };
}

/** The credit signals of a result, as the grade takes them (to re-score with other weights). */
export function creditsOf(result: LintResult): Credit[] {
  return result.scoreBreakdown.credits.map((item) => {
    const slash = item.ruleId.lastIndexOf("/");
    return { ruleId: item.ruleId.slice(0, slash), id: item.ruleId.slice(slash + 1), detail: item.detail, amount: 1 };
  });
}
