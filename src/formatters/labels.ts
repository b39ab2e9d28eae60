import { relative, sep } from "node:path";
import type { LintMessage, LintResult } from "../types.js";

/** Path relative to cwd when inside it, as people type it. */
export function displayPath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  return rel && !rel.startsWith("..") ? rel : filePath;
}

/** `displayPath` with forward slashes: what CI systems expect in reports, whatever the OS. */
export function reportPath(filePath: string, cwd: string): string {
  const path = displayPath(filePath, cwd);
  return sep === "\\" ? path.replaceAll("\\", "/") : path;
}

/** Who a campaign rendering was addressed to, for labels; null for an ordinary draft. */
export function recipientName(result: LintResult): string | null {
  if (!result.recipient) return null;
  return result.recipient.name ?? `recipient ${result.recipient.index + 1}`;
}

/** One name per result: the path, plus the recipient for campaign renderings (they share a path). */
export function resultLabel(result: LintResult, cwd: string): string {
  const path = reportPath(result.filePath, cwd);
  const recipient = recipientName(result);
  return recipient ? `${path} → ${recipient}` : path;
}

export const severityName = (message: LintMessage): "error" | "warning" => (message.severity === 2 ? "error" : "warning");

/** Messages are one line by contract; formats with one problem per line must not be broken by a stray newline. */
export const oneLine = (text: string): string => text.replace(/(?<!\s)\s*[\r\n]+\s*/g, " ");

/** A file that could not be read or parsed (no rule to blame), as opposed to a problem in its text. */
export const isFileFailure = (message: LintMessage): boolean => message.fatal === true && message.ruleId === null;
