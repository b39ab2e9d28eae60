import type { Grade, LintMessage, ScoreBreakdown, ScoreItem } from "../types.js";
import type { Credit } from "./run-rules.js";
import { ruleWeight, type RuleWeight, type WeightTable } from "./weights.js";

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

const round2 = (value: number) => Math.round(value * 100) / 100;

/** What one rule reported on a draft: the input of its deduction. */
export interface RuleHits {
  errors: number;
  warnings: number;
  /** Each problem's message id and severity, in report order. */
  problems: Array<{ messageId: string; severity: 1 | 2 }>;
}

/** Groups a draft's problems by rule, in first-report order. Problems without a rule id (unreadable file) are not the grade's. */
export function hitsByRule(messages: readonly LintMessage[]): Map<string, RuleHits> {
  const hits = new Map<string, RuleHits>();
  for (const message of messages) {
    if (!message.ruleId) continue;
    const entry = hits.get(message.ruleId) ?? { errors: 0, warnings: 0, problems: [] };
    if (message.severity === 2) entry.errors++;
    else entry.warnings++;
    entry.problems.push({ messageId: message.messageId ?? message.ruleId, severity: message.severity });
    hits.set(message.ruleId, entry);
  }
  return hits;
}

/** One problem's points: its severity's points, scaled by the message's factor when the table has one. */
export function problemPoints(weight: RuleWeight, problem: { messageId: string; severity: 1 | 2 }): number {
  return (problem.severity === 2 ? weight.error : weight.warning) * (weight.messages?.[problem.messageId] ?? 1);
}

/** A rule's points before its cap: the sum over its problems, or only the worst for a one-shot rule. */
export function uncappedPoints(hits: RuleHits, weight: RuleWeight): number {
  const points = hits.problems.map((problem) => problemPoints(weight, problem));
  return weight.oneShot ? Math.max(0, ...points) : points.reduce((sum, value) => sum + value, 0);
}

interface RawItem {
  item: ScoreItem;
  /** Exact points (deductions positive, credits and adjustments negative) before rounding to whole points. */
  exact: number;
}

/**
 * 100 minus each rule's deduction (rule caps, one-shot rules, then group caps), plus bounded
 * credits, floored at 0. Points are whole numbers: the exact (fractional) points are rounded so
 * that the lines add up to the score exactly, so `--explain` accounts for every point:
 * `total = base - sum of points over deductions, credits and adjustments` (credits and
 * adjustments carry negative points).
 */
export function computeScore(messages: readonly LintMessage[], credits: readonly Credit[], table: WeightTable): { score: number; breakdown: ScoreBreakdown } {
  const deductions = ruleDeductions(hitsByRule(messages), table);
  applyGroupCaps(deductions, table);
  const deducted = deductions.reduce((sum, entry) => sum + entry.exact, 0);
  const creditItems = creditLines(credits, table, deducted);
  const given = creditItems.reduce((sum, entry) => sum - entry.exact, 0);

  const adjustments: RawItem[] = [];
  const exactTotal = 100 - deducted + given;
  if (exactTotal < 0) {
    adjustments.push({ item: { ruleId: "floor", points: 0, detail: `the score does not go below 0 (${round2(-exactTotal)} points not counted)` }, exact: exactTotal });
  }
  const score = Math.round(Math.max(0, exactTotal));
  apportion([...deductions, ...creditItems, ...adjustments], 100 - score);

  deductions.sort((a, b) => b.item.points - a.item.points || a.item.ruleId.localeCompare(b.item.ruleId));
  return {
    score,
    breakdown: {
      base: 100,
      deductions: deductions.map((entry) => entry.item),
      credits: creditItems.map((entry) => entry.item),
      adjustments: adjustments.map((entry) => entry.item),
      total: score,
    },
  };
}

function ruleDeductions(hits: Map<string, RuleHits>, table: WeightTable): RawItem[] {
  const items: RawItem[] = [];
  for (const [ruleId, entry] of hits) {
    const weight = ruleWeight(table, ruleId);
    const uncapped = uncappedPoints(entry, weight);
    const exact = Math.min(uncapped, weight.cap);
    const item: ScoreItem = { ruleId, points: 0, detail: describeHits(entry) };
    const group = groupOf(weight, entry);
    if (group) item.group = group;
    if (weight.oneShot && entry.errors + entry.warnings > 1) item.cap = "one-shot: counted once";
    if (exact < uncapped) {
      item.uncapped = round2(uncapped);
      item.cap = `rule cap ${weight.cap}`;
    }
    items.push({ item, exact });
  }
  return items;
}

/** The group a rule's points count under on this draft: its problems' shared message group, or else the rule's group. */
export function groupOf(weight: RuleWeight, hits: RuleHits): string | undefined {
  const groups = new Set(hits.problems.map((problem) => weight.messageGroups?.[problem.messageId]));
  const [only] = groups;
  return groups.size === 1 && only !== undefined ? only : weight.group;
}

/** A group's rules together never take more than the group's cap: they are scaled down pro rata. */
function applyGroupCaps(deductions: RawItem[], table: WeightTable): void {
  const byGroup = new Map<string, RawItem[]>();
  for (const entry of deductions) {
    const group = entry.item.group;
    if (group && table.groups[group]) byGroup.set(group, [...(byGroup.get(group) ?? []), entry]);
  }
  for (const [group, members] of byGroup) {
    const cap = table.groups[group]!.cap;
    const total = members.reduce((sum, entry) => sum + entry.exact, 0);
    if (total <= cap) continue;
    for (const entry of members) {
      entry.item.uncapped ??= round2(entry.exact);
      entry.exact = (entry.exact * cap) / total;
      entry.item.cap = `group '${group}' cap ${cap}${members.length > 1 ? `, shared by ${members.map((member) => member.item.ruleId).join(", ")}` : ""}`;
    }
  }
}

/**
 * One line per credit signal (a signal repeated by a rule counts once). Credits stop at the
 * credit cap and at a share of the points actually taken (`creditShare`): a credit softens a
 * problem but never hides it, so a draft with a problem never gets back to 100 and every
 * problem still costs points. Signals that give nothing are still listed, so the explanation
 * shows what was noticed.
 */
function creditLines(credits: readonly Credit[], table: WeightTable, deducted: number): RawItem[] {
  const items: RawItem[] = [];
  const seen = new Set<string>();
  const shareLimited = deducted * table.creditShare < table.creditCap;
  let room = Math.min(table.creditCap, deducted * table.creditShare);
  for (const credit of credits) {
    const key = `${credit.ruleId}/${credit.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const spec = table.credits[key];
    const wanted = spec?.points ?? 0;
    const points = Math.max(0, Math.min(wanted, room));
    room -= points;
    let detail = credit.detail;
    if (!spec) detail += " (no points for this signal in the weights table)";
    else if (wanted === 0) detail += " (noticed; 0 points in the weights table)";
    else if (points < wanted) detail += shareLimited ? creditShareNote(table.creditShare, deducted) : ` (limited by the credit cap ${table.creditCap})`;
    items.push({ item: { ruleId: key, points: 0, detail }, exact: -points });
  }
  return items;
}

function creditShareNote(share: number, deducted: number): string {
  if (deducted === 0) return " (nothing to give back: no points were taken)";
  return ` (limited: credits give back at most ${Math.round(share * 100)}% of the points taken)`;
}

/**
 * Whole points per line that add up exactly to `target` (100 - score): each line gets its exact
 * points rounded down, and the lines with the largest remainders get one more (largest-remainder
 * rounding, as seat apportionment does). The result is deterministic (ties go to the earlier line).
 */
function apportion(items: RawItem[], target: number): void {
  const exact = items.map((entry) => Math.round(entry.exact * 1e9) / 1e9);
  const floors = exact.map((value) => Math.floor(value));
  let remaining = target - floors.reduce((sum, value) => sum + value, 0);
  const order = exact.map((value, index) => ({ index, fraction: value - floors[index]! })).sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (remaining <= 0) break;
    floors[index] = floors[index]! + 1;
    remaining--;
  }
  items.forEach((entry, index) => (entry.item.points = floors[index]! + 0));
}

/** "1 error (noReferences)", "2 warnings (noLink, shortener)", "3 warnings (spamPhrase ×3)". */
function describeHits(hits: RuleHits): string {
  const counts = new Map<string, number>();
  for (const { messageId } of hits.problems) counts.set(messageId, (counts.get(messageId) ?? 0) + 1);
  const ids = [...counts].map(([id, count]) => (count > 1 ? `${id} ×${count}` : id)).join(", ");
  const parts = [plural(hits.errors, "error"), plural(hits.warnings, "warning")].filter(Boolean).join(", ");
  return `${parts} (${ids})`;
}

function plural(count: number, noun: string): string {
  if (count === 0) return "";
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
