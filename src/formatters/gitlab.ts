import { createHash } from "node:crypto";
import type { LintMessage } from "../types.js";
import { isFileFailure, oneLine, recipientName, reportPath } from "./labels.js";
import type { Formatter } from "./types.js";

/**
 * GitLab code quality report (`artifacts: reports: codequality`), a subset of the Code Climate
 * issue format. GitLab matches issues between the base and head pipelines by `fingerprint`, so it
 * leaves out the line number: a problem whose line moved is not "new". Identical problems in one
 * file are told apart by their order.
 */

type Severity = "info" | "minor" | "major" | "critical" | "blocker";

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: Severity;
  location: { path: string; lines: { begin: number } };
}

function severityOf(message: LintMessage): Severity {
  if (isFileFailure(message)) return "critical";
  return message.severity === 2 ? "major" : "minor";
}

export function fingerprint(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

const gitlab: Formatter = (results, context) => {
  const issues: CodeQualityIssue[] = [];
  const seen = new Map<string, number>();
  for (const result of results) {
    const path = reportPath(result.filePath, context.cwd);
    const recipient = recipientName(result);
    for (const message of result.messages) {
      const checkName = message.ruleId ?? "inmail-lint";
      const description = oneLine(message.message) + (recipient ? ` (to ${recipient})` : "");
      const key = [path, recipient ?? "", checkName, description].join("\u0000");
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      issues.push({
        description,
        check_name: checkName,
        fingerprint: fingerprint([path, recipient ?? "", checkName, description, String(occurrence)]),
        severity: severityOf(message),
        location: { path, lines: { begin: message.line } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};

export default gitlab;
