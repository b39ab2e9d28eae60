import type { LintMessage, LintResult, RuleMeta, ScoreBreakdown, ScoreItem } from "../types.js";
import { isFileFailure, resultLabel, severityName } from "./labels.js";
import { escapeMarkup as esc } from "./markup.js";
import { REPORT_CSS } from "./html-style.js";
import { lineStartsOf, messageOffsets, nestHighlights, renderHighlighted, type HighlightNode, type HighlightSpan } from "./html-highlight.js";
import { ruleDocsUrl } from "./rule-docs.js";
import { gradeDistribution, plural, totalsOf } from "./totals.js";
import type { Formatter } from "./types.js";

/**
 * One self-contained HTML page: each draft with its problems highlighted in place (focusable,
 * explained in a tooltip on hover or focus and in a list below), its grade and score breakdown.
 * No scripts, fonts or requests: the Content-Security-Policy forbids them, so a report
 * opened from a CI artifact cannot phone home.
 */

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const problemId = (draft: number, problem: number) => `d${draft}-p${problem + 1}`;

function ruleLink(ruleId: string | null, rulesMeta: Record<string, RuleMeta>): string {
  if (ruleId === null) return "";
  const url = ruleDocsUrl(ruleId, rulesMeta[ruleId]);
  return url ? ` <a class="rule" href="${esc(url)}">${esc(ruleId)}</a>` : ` <span class="rule">${esc(ruleId)}</span>`;
}

function explanation(message: LintMessage): string {
  return `<strong>${severityName(message)}</strong> ${esc(message.message)}${message.ruleId ? ` (${esc(message.ruleId)})` : ""}`;
}

function highlightedSource(source: string, messages: readonly LintMessage[], draft: number): string {
  const lineStarts = lineStartsOf(source);
  const spans: HighlightSpan[] = messages.map((message, problem) => {
    const [start, end] = messageOffsets(lineStarts, source.length, message);
    return { start, end, problem, primary: true };
  });
  const classes = (node: HighlightNode) => {
    const message = messages[node.problem]!;
    return `problem ${severityName(message)}${node.start === node.end ? " point" : ""}${node.primary ? "" : " cont"}`;
  };
  return renderHighlighted(source, nestHighlights(spans), {
    open: (node) => {
      const id = problemId(draft, node.problem);
      if (!node.primary) return `<mark class="${classes(node)}" data-continues="${id}">`;
      return `<mark class="${classes(node)}" id="${id}" data-problem="${node.problem + 1}" tabindex="0" aria-describedby="${id}-tip">`;
    },
    close: (node) => {
      if (!node.primary) return "</mark>";
      return `</mark><span class="tip" role="tooltip" id="${problemId(draft, node.problem)}-tip">${explanation(messages[node.problem]!)}</span>`;
    },
  });
}

function problemList(messages: readonly LintMessage[], draft: number, linked: boolean, rulesMeta: Record<string, RuleMeta>): string {
  if (messages.length === 0) return `<p class="note">No problems.</p>`;
  const items = messages.map((message, index) => {
    const where = `${message.line}:${message.column}`;
    const position = linked ? `<a href="#${problemId(draft, index)}">${where}</a>` : where;
    return `<li>${position} <span class="sev ${severityName(message)}">${severityName(message)}</span> ${esc(message.message)}${ruleLink(message.ruleId, rulesMeta)}</li>`;
  });
  return `<ol class="problems">\n${items.join("\n")}\n</ol>`;
}

/** Points taken show as −n, points given back (credits, adjustments) as +n, so the column adds up to the score. */
function signedPoints(taken: number): string {
  return taken > 0 ? `−${taken}` : taken < 0 ? `+${-taken}` : "0";
}

function breakdownTable(breakdown: ScoreBreakdown, draft: number): string {
  const rows = [`<tr><td class="points">${breakdown.base}</td><td>base</td></tr>`];
  const row = (item: ScoreItem, note = "") =>
    rows.push(`<tr><td class="points ${item.points > 0 ? "minus" : "plus"}">${signedPoints(item.points)}</td><td>${esc(item.ruleId)}: ${esc(item.detail)}${note}</td></tr>`);
  for (const item of breakdown.deductions) {
    const capped = item.cap ? (item.uncapped !== undefined ? ` (${item.uncapped} before the cap: ${esc(item.cap)})` : ` (${esc(item.cap)})`) : "";
    row(item, capped);
  }
  for (const item of breakdown.credits) row(item);
  for (const item of breakdown.adjustments ?? []) row(item);
  rows.push(`<tr><th scope="row" class="points">${breakdown.total}</th><th scope="row">score</th></tr>`);
  return [
    `<table class="breakdown" aria-labelledby="d${draft}-breakdown">`,
    `<thead><tr><th scope="col" class="points">Points</th><th scope="col">Reason</th></tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody>`,
    "</table>",
  ].join("\n");
}

function draftSection(result: LintResult, draft: number, cwd: string, rulesMeta: Record<string, RuleMeta>): string {
  const label = resultLabel(result, cwd);
  const hasSource = result.source !== undefined;
  // The newline after <pre> is dropped by HTML parsers; adding one keeps a leading blank line of the draft.
  const source = hasSource
    ? `<pre class="source" aria-label="Text of ${esc(label)}">\n${highlightedSource(result.source!, result.messages, draft)}</pre>`
    : result.messages.some(isFileFailure)
      ? `<p class="note">This file could not be linted; the problem is listed below.</p>`
      : `<p class="note">The draft's text is not in these results (the API keeps it with <code>keepSource: true</code>).</p>`;
  return [
    `<section class="draft" id="d${draft}" aria-labelledby="d${draft}-title">`,
    `<h2 id="d${draft}-title">${esc(label)} <span class="grade grade-${result.grade}">Grade ${result.grade} · ${result.score}/100</span></h2>`,
    `<p class="counts">${plural(result.errorCount, "error")}, ${plural(result.warningCount, "warning")}</p>`,
    `<h3>Draft</h3>`,
    source,
    `<h3>Problems</h3>`,
    problemList(result.messages, draft, hasSource, rulesMeta),
    `<h3 id="d${draft}-breakdown">Score breakdown</h3>`,
    breakdownTable(result.scoreBreakdown, draft),
    "</section>",
  ].join("\n");
}

const html: Formatter = (results, context) => {
  const { errors, warnings, grades } = totalsOf(results);
  const summary = results.length === 0 ? "No drafts were linted." : `${plural(results.length, "draft")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}. Grades: ${gradeDistribution(grades)}.`;
  const nav =
    results.length > 1
      ? `<nav aria-label="Drafts"><ul>\n${results.map((result, index) => `<li><a href="#d${index + 1}">${esc(resultLabel(result, context.cwd))}</a> (grade ${result.grade})</li>`).join("\n")}\n</ul></nav>`
      : "";
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>inmail-lint report</title>",
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    "<header>",
    "<h1>inmail-lint report</h1>",
    `<p class="summary">${summary}</p>`,
    "</header>",
    "<main>",
    nav,
    ...results.map((result, index) => draftSection(result, index + 1, context.cwd, context.rulesMeta)),
    "</main>",
    "</body>",
    "</html>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n")
    .concat("\n");
};

export default html;
