import { Chalk, type ChalkInstance } from "chalk";
import type { Grade, LintMessage, LintResult, ScoreBreakdown } from "../types.js";
import { displayPath, oneLine } from "./labels.js";
import { gradeDistribution, plural, totalsOf } from "./totals.js";
import type { Formatter, FormatterContext } from "./types.js";
import { campaignSummary, resultHeading } from "./campaign.js";
import { fixPreviewLines } from "../engine/fix-preview.js";

export { displayPath };

function gradeColor(chalk: ChalkInstance, grade: Grade): (text: string) => string {
  return grade === "A" || grade === "B" ? chalk.green : grade === "C" ? chalk.yellow : chalk.red;
}

/** Pads columns to the widest cell, as ESLint's stylish does with text-table. */
function table(rows: string[][], visibleLength: (text: string) => number): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, visibleLength(cell))));
  return rows.map((row) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell + " ".repeat(widths[index]! - visibleLength(cell))))
      .join("  ")
      .trimEnd(),
  );
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const visible = (text: string) => text.replace(ANSI, "").length;

/**
 * Characters of a line shown around a problem. A Markdown paragraph is one line, often several
 * hundred characters; a hostile 200,000-character line must not flood the terminal.
 */
const FRAME_WIDTH = 160;
/** How much of the line before the problem the window keeps, for context. */
const FRAME_LEAD = 40;

/** The offending line with carets under the problem (ESLint's codeframe, one line of context). */
export function codeFrame(source: string, message: LintMessage, chalk: ChalkInstance): string[] {
  const lineStart = lineOffset(source, message.line);
  const lineEnd = source.indexOf("\n", lineStart);
  const text = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd).replace(/\r$/, "");
  const start = Math.min(Math.max(0, message.column - 1), text.length);
  const end = message.endLine === message.line ? Math.min(Math.max(start, message.endColumn - 1), text.length) : text.length;
  // Window the line so the problem's start is visible; an ellipsis marks what was cut.
  const from = text.length <= FRAME_WIDTH ? 0 : Math.max(0, Math.min(start - FRAME_LEAD, text.length - FRAME_WIDTH));
  const to = Math.min(text.length, from + FRAME_WIDTH);
  const before = from > 0 ? "…" : "";
  const after = to < text.length ? "…" : "";
  const caretStart = before.length + start - from;
  const caretWidth = Math.max(1, Math.min(end, to) - start);
  const gutter = String(message.line).padStart(5);
  return [
    chalk.dim(`${gutter} | `) + before + text.slice(from, to) + after,
    chalk.dim(`${" ".repeat(5)} | `) + " ".repeat(caretStart) + chalk.red("^".repeat(caretWidth)),
  ];
}

function lineOffset(source: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = source.indexOf("\n", offset);
    if (next === -1) return source.length;
    offset = next + 1;
  }
  return offset;
}

/** `--explain`: every line of the score, so the points shown add up to the score. */
export function breakdownLines(breakdown: ScoreBreakdown, chalk: ChalkInstance): string[] {
  const lines = [chalk.bold("  score breakdown")];
  const row = (points: string, text: string, color = (value: string) => value) => lines.push(`    ${color(points.padStart(7))}  ${text}`);
  // Items carry points taken: a deduction shows as -n, a credit or adjustment (negative points) as +n.
  const signed = (taken: number) => (taken > 0 ? `-${taken}` : taken < 0 ? `+${-taken}` : "0");
  row(String(breakdown.base), "base");
  for (const item of breakdown.deductions) {
    const capped = item.cap ? chalk.dim(item.uncapped !== undefined ? ` (${item.uncapped} before ${item.cap})` : ` (${item.cap})`) : "";
    row(signed(item.points), `${item.ruleId}: ${item.detail}${capped}`, chalk.red);
  }
  for (const item of breakdown.credits) row(signed(item.points), `${item.ruleId}: ${item.detail}`, chalk.green);
  for (const item of breakdown.adjustments ?? []) row(signed(item.points), `${item.ruleId}: ${item.detail}`, chalk.dim);
  row(`= ${breakdown.total}`, "score");
  return lines;
}

const stylish: Formatter = (results: LintResult[], context: FormatterContext) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  const { errors, warnings, grades } = totalsOf(results);
  let fixableErrors = 0;
  let fixableWarnings = 0;

  for (const [index, result] of results.entries()) {
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;

    out.push(...resultHeading(results, index, (path) => displayPath(path, context.cwd), chalk));
    const rows = result.messages.map((message) => [
      chalk.dim(`  ${message.line}:${message.column}`),
      message.severity === 2 ? chalk.red("error") : chalk.yellow("warning"),
      oneLine(message.message),
      chalk.dim(message.ruleId ?? ""),
    ]);
    const formatted = table(rows, visible);
    result.messages.forEach((message, index) => {
      out.push(formatted[index]!);
      if (context.codeFrame && result.source !== undefined) out.push(...codeFrame(result.source, message, chalk));
    });
    const color = gradeColor(chalk, result.grade);
    out.push(`  ${color(`grade ${result.grade}`)}  ${result.score}/100`);
    if (context.explain) out.push(...breakdownLines(result.scoreBreakdown, chalk));
    if (context.fixDryRun && result.output !== undefined) {
      out.push(chalk.dim("  --fix would change:"));
      if (result.originalSource !== undefined) out.push(...fixPreviewLines(result.originalSource, result.output.replace(/^\uFEFF/, ""), { removed: chalk.red, added: chalk.green, header: chalk.cyan }, "    "));
    }
  }

  const total = errors + warnings;
  out.push("");
  if (total > 0) {
    const summary = `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
    out.push((errors > 0 ? chalk.red.bold : chalk.yellow.bold)(summary));
    if (fixableErrors + fixableWarnings > 0) {
      out.push(chalk.dim(`  ${plural(fixableErrors, "error")} and ${plural(fixableWarnings, "warning")} potentially fixable with the \`--fix\` option.`));
    }
  } else {
    out.push(chalk.green.bold("✔ No problems"));
  }
  out.push(chalk.dim(`${plural(results.length, "draft")} graded: ${gradeDistribution(grades)}`));
  out.push(...campaignSummary(results, (path) => displayPath(path, context.cwd), chalk));
  return `${out.join("\n")}\n`;
};

export default stylish;
