import type { LintMessage } from "../types.js";
import { recipientName, reportPath, severityName } from "./labels.js";
import { gradeDistribution, plural, totalsOf } from "./totals.js";
import type { Formatter } from "./types.js";

/**
 * GitHub Actions workflow commands (`::error file=...::message`): each problem becomes an
 * annotation on the pull request's diff. Escaping follows @actions/core: `%`, CR and LF in the
 * message; additionally `:` and `,` in property values, which would otherwise end the value.
 */

/** GitHub shows at most this many annotations of each severity per step; the rest are dropped silently. */
export const ANNOTATION_LIMIT = 10;

export function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

function annotation(path: string, message: LintMessage, recipient: string | null): string {
  const properties: Array<[string, string | number]> = [
    ["file", path],
    ["line", message.line],
    ["endLine", message.endLine],
  ];
  // GitHub rejects columns on an annotation that spans lines (@actions/core AnnotationProperties).
  if (message.endLine === message.line) properties.push(["col", message.column], ["endColumn", message.endColumn]);
  properties.push(["title", message.ruleId ?? "inmail-lint"]);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  const text = recipient ? `${message.message} (to ${recipient})` : message.message;
  return `::${severityName(message)} ${props}::${escapeData(text)}`;
}

const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const path = reportPath(result.filePath, context.cwd);
    const recipient = recipientName(result);
    for (const message of result.messages) lines.push(annotation(path, message, recipient));
  }
  const { errors, warnings, draftsWithProblems, grades } = totalsOf(results);
  const found = errors + warnings === 0 ? `no problems in ${plural(results.length, "draft")}` : `${plural(errors, "error")} and ${plural(warnings, "warning")} in ${draftsWithProblems} of ${plural(results.length, "draft")}`;
  lines.push(`inmail-lint: ${found}${results.length > 0 ? ` (grades: ${gradeDistribution(grades)})` : ""}.`);
  if (errors > ANNOTATION_LIMIT || warnings > ANNOTATION_LIMIT) {
    lines.push(`::notice title=inmail-lint::GitHub shows only the first ${ANNOTATION_LIMIT} errors and ${ANNOTATION_LIMIT} warnings of a step as annotations. All ${errors + warnings} problems are listed in this log; for a full report use -f sarif (code scanning) or -f markdown >> $GITHUB_STEP_SUMMARY.`);
  }
  return `${lines.join("\n")}\n`;
};

export default github;
