import { relative } from "node:path";
import { Chalk, type ChalkInstance } from "chalk";
import type { Grade, LintMessage, LintResult, ScoreBreakdown } from "../types.js";
import type { Formatter, FormatterContext } from "./types.js";
import { campaignSummary, resultHeading } from "./campaign.js";
import { fixPreviewLines } from "../engine/fix-preview.js";

/** Path relative to cwd when inside it, as people type it. */
export function displayPath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  return rel && !rel.startsWith("..") ? rel : filePath;
}

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

export function codeFrame(source: string, message: LintMessage, chalk: ChalkInstance): string[] {
  const lines = source.split("\n");
  const text = (lines[message.line - 1] ?? "").replace(/\r$/, "");
  const endColumn = message.endLine === message.line ? message.endColumn : text.length + 1;
  const width = Math.max(1, endColumn - message.column);
  const gutter = String(message.line).padStart(5);
  return [
    chalk.dim(`${gutter} | `) + text,
    chalk.dim(`${" ".repeat(5)} | `) + " ".repeat(Math.max(0, message.column - 1)) + chalk.red("^".repeat(Math.min(width, Math.max(1, text.length - message.column + 2)))),
  ];
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
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  const grades = new Map<Grade, number>();

  for (const [index, result] of results.entries()) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    grades.set(result.grade, (grades.get(result.grade) ?? 0) + 1);

    out.push(...resultHeading(results, index, (path) => displayPath(path, context.cwd), chalk));
    const rows = result.messages.map((message) => [
      chalk.dim(`  ${message.line}:${message.column}`),
      message.severity === 2 ? chalk.red("error") : chalk.yellow("warning"),
      message.message,
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
    const summary = `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
    out.push((errors > 0 ? chalk.red.bold : chalk.yellow.bold)(summary));
    if (fixableErrors + fixableWarnings > 0) {
      out.push(chalk.dim(`  ${fixableErrors} error${fixableErrors === 1 ? "" : "s"} and ${fixableWarnings} warning${fixableWarnings === 1 ? "" : "s"} potentially fixable with the \`--fix\` option.`));
    }
  } else {
    out.push(chalk.green.bold("✔ No problems"));
  }
  const distribution = (["A", "B", "C", "D", "F"] as Grade[]).filter((grade) => grades.has(grade)).map((grade) => `${grades.get(grade)} ${grade}`).join(", ");
  out.push(chalk.dim(`${results.length} draft${results.length === 1 ? "" : "s"} graded: ${distribution}`));
  out.push(...campaignSummary(results, (path) => displayPath(path, context.cwd), chalk));
  return `${out.join("\n")}\n`;
};

export default stylish;
