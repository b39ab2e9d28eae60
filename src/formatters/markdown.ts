import type { LintMessage, LintResult } from "../types.js";
import { oneLine, resultLabel } from "./labels.js";
import { gradeDistribution, plural, totalsOf } from "./totals.js";
import type { Formatter } from "./types.js";

/**
 * A GitHub-flavoured Markdown summary for pull-request comments and `$GITHUB_STEP_SUMMARY`:
 * one table row per draft with its grade, counts and first few problems.
 */

/** Rows shown before the table is cut: a PR comment holds at most 65,536 characters. */
export const MAX_ROWS = 50;
/** Problems named per row; the full list is in the other formats. */
const TOP_PROBLEMS = 3;

/**
 * Table cells come from drafts and paths, so they are escaped: `|` would end the cell, `<` could
 * open HTML, `*`/`_`/`` ` ``/`[` would format, and `@name` would notify a GitHub user.
 */
export function escapeCell(text: string): string {
  return oneLine(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~@#]/g, (char) => `\\${char}`);
}

const ruleLabel = (ruleId: string | null) => (ruleId === null ? "" : /^[\w@./-]+$/.test(ruleId) ? `\`${ruleId}\` ` : `${escapeCell(ruleId)} `);

/** Errors before warnings, then in reading order: the first lines should be what blocks the merge. */
function topProblems(messages: readonly LintMessage[]): string {
  if (messages.length === 0) return "—";
  const ordered = [...messages].sort((a, b) => b.severity - a.severity || a.line - b.line || a.column - b.column);
  const shown = ordered.slice(0, TOP_PROBLEMS).map((message) => `${ruleLabel(message.ruleId)}${escapeCell(message.message)} (${message.line}:${message.column})`);
  if (ordered.length > TOP_PROBLEMS) shown.push(`…and ${ordered.length - TOP_PROBLEMS} more`);
  return shown.join("<br>");
}

function row(result: LintResult, cwd: string): string {
  return `| ${escapeCell(resultLabel(result, cwd))} | **${result.grade}** ${result.score} | ${result.errorCount} | ${result.warningCount} | ${topProblems(result.messages)} |`;
}

const markdown: Formatter = (results, context) => {
  const { errors, warnings, draftsWithProblems, grades } = totalsOf(results);
  const lines = ["## inmail-lint", ""];
  if (results.length === 0) return `${[...lines, "No drafts were linted."].join("\n")}\n`;
  const found = errors + warnings === 0 ? `No problems in ${plural(results.length, "draft")}` : `**${plural(errors, "error")}** and **${plural(warnings, "warning")}** in ${draftsWithProblems} of ${plural(results.length, "draft")}`;
  lines.push(`${found}. Grades: ${gradeDistribution(grades)}.`, "");
  lines.push("| Draft | Grade | Errors | Warnings | Top problems |", "| :--- | :---: | ---: | ---: | :--- |");
  for (const result of results.slice(0, MAX_ROWS)) lines.push(row(result, context.cwd));
  if (results.length > MAX_ROWS) lines.push("", `…and ${plural(results.length - MAX_ROWS, "more draft")} not shown (see the full report: \`-f stylish\` or \`-f html\`).`);
  return `${lines.join("\n")}\n`;
};

export default markdown;
