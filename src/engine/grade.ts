import type { Grade, LintMessage, ScoreBreakdown, ScoreItem } from "../types.js";
import type { Credit } from "./run-rules.js";
import type { WeightTable } from "./weights.js";

export const GRADE_BANDS: ReadonlyArray<[Grade, number]> = [
  ["A", 90],
  ["B", 80],
  ["C", 70],
  ["D", 60],
  ["F", 0],
];

export function gradeFor(score: number): Grade {
  return GRADE_BANDS.find(([, floor]) => score >= floor)![0];
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * 100 minus each rule's capped deduction (group caps on top), plus bounded credits, clamped
 * to 0-100. Every point is accounted for in the breakdown, so `--explain` can show it.
 */
export function computeScore(messages: readonly LintMessage[], credits: readonly Credit[], table: WeightTable): { score: number; breakdown: ScoreBreakdown } {
  const perRule = new Map<string, { points: number; errors: number; warnings: number }>();
  for (const message of messages) {
    if (!message.ruleId) continue;
    const weight = table.rules[message.ruleId] ?? table.fallback;
    const points = message.severity === 2 ? weight.weight : weight.weight * table.warningFactor;
    const entry = perRule.get(message.ruleId) ?? { points: 0, errors: 0, warnings: 0 };
    entry.points += points;
    if (message.severity === 2) entry.errors++;
    else entry.warnings++;
    perRule.set(message.ruleId, entry);
  }

  const deductions: ScoreItem[] = [];
  const groupItems = new Map<string, ScoreItem[]>();
  for (const [ruleId, entry] of perRule) {
    const weight = table.rules[ruleId] ?? table.fallback;
    const capped = Math.min(entry.points, weight.cap);
    const counts = [entry.errors && `${entry.errors} error${entry.errors > 1 ? "s" : ""}`, entry.warnings && `${entry.warnings} warning${entry.warnings > 1 ? "s" : ""}`].filter(Boolean).join(", ");
    const item: ScoreItem = { ruleId, points: round(capped), detail: counts };
    if (capped < entry.points) {
      item.uncapped = round(entry.points);
      item.cap = `rule cap ${weight.cap}`;
    }
    deductions.push(item);
    if (weight.group) groupItems.set(weight.group, [...(groupItems.get(weight.group) ?? []), item]);
  }
  // A group's rules together never take more than the group cap: scale them down pro rata.
  for (const [group, items] of groupItems) {
    const cap = table.groups[group]?.cap;
    const total = items.reduce((sum, item) => sum + item.points, 0);
    if (cap === undefined || total <= cap) continue;
    for (const item of items) {
      item.uncapped ??= item.points;
      item.points = round((item.points * cap) / total);
      item.cap = `group '${group}' cap ${cap}`;
    }
  }

  const creditItems: ScoreItem[] = [];
  let creditTotal = 0;
  for (const credit of credits) {
    const key = `${credit.ruleId}/${credit.id}`;
    const spec = table.credits[key];
    if (!spec) continue;
    const room = Math.max(0, table.creditCap - creditTotal);
    const points = Math.min(spec.points, room);
    if (points <= 0) continue;
    creditTotal += points;
    creditItems.push({ ruleId: key, points: -round(points), detail: credit.detail });
  }

  const deducted = deductions.reduce((sum, item) => sum + item.points, 0);
  const total = Math.max(0, Math.min(100, round(100 - deducted + creditTotal)));
  deductions.sort((a, b) => b.points - a.points || a.ruleId.localeCompare(b.ruleId));
  return { score: Math.round(total), breakdown: { base: 100, deductions, credits: creditItems, total } };
}
