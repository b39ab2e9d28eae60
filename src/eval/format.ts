import { displayPath } from "../formatters/stylish.js";
import { DEMOTION_BAR, type HitRow, type ThresholdRow } from "./metrics.js";
import type { EvalReport, FitReport } from "./run.js";

/** `--format json`: the whole report, for machines (paths as given, numbers unrounded). */
export function formatEvalJson(report: EvalReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const number = (value: number | null, digits = 3) => (value === null ? "n/a" : value.toFixed(digits));

/** Left-aligned columns, two spaces apart. */
function columns(rows: string[][], indent = "  "): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows.map((row) => indent + row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index]!))).join("  ").trimEnd());
}

/** The human report: ranking, gates, rule quality, and the fit when asked. */
export function formatEvalText(report: EvalReport, cwd: string): string {
  const all = report.summaries.find((summary) => summary.split === "all")!;
  const fit = report.summaries.find((summary) => summary.split === "fit")!;
  const held = report.summaries.find((summary) => summary.split === "report")!;
  const out: string[] = [
    `inmail-lint eval: ${all.drafts} labelled drafts from ${displayPath(report.labels, cwd)} (${all.good} good, ${all.bad} bad)`,
    `split: ${report.splitSource === "column" ? "the labels' split column" : "deterministic (every third draft per label, by file name, is held out)"}: fit ${fit.drafts}, report ${held.drafts}`,
    ...(report.unlabelled.length > 0 ? [`not evaluated (no label): ${listed(report.unlabelled.map((file) => displayPath(file, cwd)))}`] : []),
    "",
    "ROC AUC of the score against the label (1.0 = every good draft outscores every bad one)",
    ...columns(report.summaries.map((summary) => [summary.split, `${summary.drafts} drafts`, number(summary.auc), summary.split === "report" ? "held out" : ""])),
    "",
    'Gates: "grade >= cut-off means good" (precision = good share of passed drafts, recall = share of good drafts passed)',
    ...columns([
      ["split", "cut-off", "precision", "recall", "accuracy", "good failed", "bad passed"],
      ...[all, held].flatMap((summary) => summary.thresholds.map((row, index) => thresholdCells(index === 0 ? summary.split : "", row, summary.good, summary.bad))),
    ]),
    "",
    `Rules on the fit split: drafts hit, and bad-share = bad / all hits (SpamAssassin's S/O; below ${DEMOTION_BAR} = candidate for demotion)`,
    ...hitLines(withMessages(report.rules, report.messages), "rule", "bad-share"),
    "",
    `Credits on the fit split: drafts hit, and good-share = good / all hits (below ${DEMOTION_BAR} = candidate for demotion)`,
    ...hitLines(report.credits, "credit", "good-share"),
  ];
  if (report.fit) out.push("", ...fitLines(report.fit, fit.drafts, held.drafts, cwd));
  return `${out.join("\n")}\n`;
}

function listed(items: readonly string[], shown = 5): string {
  return items.length <= shown ? items.join(", ") : `${items.slice(0, shown).join(", ")} and ${items.length - shown} more`;
}

function thresholdCells(label: string, row: ThresholdRow, good: number, bad: number): string[] {
  return [label, `${row.grade} (${row.minScore})`, number(row.precision, 2), number(row.recall, 2), number(row.accuracy, 2), `${row.goodFailed}/${good}`, `${row.badPassed}/${bad}`];
}

/** Each rule followed by its messages (indented), when more than one of its messages fired. */
function withMessages(rules: readonly HitRow[], messages: readonly HitRow[]): HitRow[] {
  return rules.flatMap((rule) => {
    const own = messages.filter((message) => message.id.startsWith(`${rule.id}:`));
    return own.length > 1 ? [rule, ...own.map((message) => ({ ...message, id: `  ${message.id.slice(rule.id.length + 1)}` }))] : [rule];
  });
}

function hitLines(rows: readonly HitRow[], noun: string, shareName: string): string[] {
  if (rows.length === 0) return [`  (no ${noun} fired)`];
  return columns([[noun, "good", "bad", shareName, ""], ...rows.map((row) => [row.id, String(row.goodHits), String(row.badHits), number(row.share, 2), row.demote ? "demotion candidate" : ""])]);
}

function fitLines(fit: FitReport, fitDrafts: number, reportDrafts: number, cwd: string): string[] {
  const lines = [
    `Fit: logistic regression on the ${fitDrafts} fit drafts, each weight pulled towards its built-in reasoned value (prior sd ${fit.options.priorSd} points, ham preference ${fit.options.hamPreference}); ${reportDrafts} report drafts held out`,
    ...columns([
      ["AUC", "before", "after"],
      ["fit", number(fit.auc.before.fit), number(fit.auc.after.fit)],
      ["report", number(fit.auc.before.report), number(fit.auc.after.report)],
    ]),
    `  good drafts below C on the report split: ${fit.goodFailedAtC.before}/${fit.goodFailedAtC.good} before, ${fit.goodFailedAtC.after}/${fit.goodFailedAtC.good} after`,
    ...(fit.scale < 1 ? [`  rule points scaled by ${fit.scale} so that at most ${fit.options.maxGoodFailedShare * 100}% of the good fit drafts fall below C (precision first)`] : []),
    "",
    ...columns([["weight", "kind", "before", "after", "fit hits"], ...fit.changes.map((change) => [change.id, change.kind, String(change.before), String(change.after), String(change.hits)])]),
  ];
  if (fit.skipped.length > 0) lines.push(`  kept as they were (fired on fewer than ${fit.options.minHits} fit drafts): ${fit.skipped.join(", ")}`);
  if (fit.floored.length > 0) lines.push(`  raised to ${fit.options.minPoints} point (the fit found no evidence they separate good from bad drafts): ${fit.floored.join(", ")}`);
  lines.push(fit.writtenTo ? `  weights written to ${displayPath(fit.writtenTo, cwd)}` : "  (not written: add --write-weights <config-file> to save them)");
  return lines;
}
