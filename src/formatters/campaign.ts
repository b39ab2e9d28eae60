import type { ChalkInstance } from "chalk";
import type { Grade, LintResult } from "../types.js";

/*
 * The stylish format's campaign parts (`--recipients`): renderings grouped under their template,
 * and a closing summary of grades per template and the recipients whose messages grade lowest.
 */

const WORST_SHOWN = 3;

function recipientName(recipient: NonNullable<LintResult["recipient"]>): string {
  return recipient.name ?? `recipient ${recipient.index + 1}`;
}

/** The heading lines above a result: its path, or for a rendering its recipient (under the template when it changes). */
export function resultHeading(results: readonly LintResult[], index: number, display: (filePath: string) => string, chalk: ChalkInstance): string[] {
  const result = results[index]!;
  const path = display(result.filePath);
  if (!result.recipient) return ["", chalk.underline(path)];
  const previous = results[index - 1];
  const recipientLine = `  ${chalk.bold(`→ ${recipientName(result.recipient)}`)} ${chalk.dim(`(recipient ${result.recipient.index + 1})`)}`;
  if (previous?.recipient && previous.filePath === result.filePath) return ["", recipientLine];
  const count = results.filter((other) => other.recipient && other.filePath === result.filePath).length;
  return ["", `${chalk.underline(path)} ${chalk.dim(`(template, ${count} recipient${count === 1 ? "" : "s"})`)}`, recipientLine];
}

/** Closing lines for a campaign run; none for an ordinary one. */
export function campaignSummary(results: readonly LintResult[], display: (filePath: string) => string, chalk: ChalkInstance): string[] {
  const renderings = results.filter((result) => result.recipient);
  if (renderings.length === 0) return [];
  const byTemplate = new Map<string, LintResult[]>();
  for (const result of renderings) byTemplate.set(result.filePath, [...(byTemplate.get(result.filePath) ?? []), result]);
  const recipients = new Set(renderings.map((result) => result.recipient!.index)).size;
  const lines = [chalk.bold(`campaign: ${byTemplate.size} template${byTemplate.size === 1 ? "" : "s"} × ${recipients} recipient${recipients === 1 ? "" : "s"} = ${renderings.length} message${renderings.length === 1 ? "" : "s"}`)];
  for (const [filePath, group] of byTemplate) lines.push(`  ${display(filePath)}  ${distribution(group)}`);
  // Ties keep template and recipient order (the sort is stable).
  const worst = renderings.filter((result) => result.grade !== "A").sort((a, b) => a.score - b.score).slice(0, WORST_SHOWN);
  const where = byTemplate.size > 1;
  if (worst.length > 0) lines.push(`  lowest: ${worst.map((result) => `${recipientName(result.recipient!)}${where ? ` (${display(result.filePath)})` : ""} ${result.grade} ${result.score}/100`).join("; ")}`);
  return lines;
}

function distribution(results: readonly LintResult[]): string {
  const counts = new Map<Grade, number>();
  for (const result of results) counts.set(result.grade, (counts.get(result.grade) ?? 0) + 1);
  return (["A", "B", "C", "D", "F"] as Grade[]).filter((grade) => counts.has(grade)).map((grade) => `${counts.get(grade)} ${grade}`).join(", ");
}
