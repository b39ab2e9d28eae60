import type { Grade, LintResult } from "../types.js";

export interface Totals {
  errors: number;
  warnings: number;
  /** Drafts with at least one problem. */
  draftsWithProblems: number;
  grades: Map<Grade, number>;
}

export function totalsOf(results: readonly LintResult[]): Totals {
  const totals: Totals = { errors: 0, warnings: 0, draftsWithProblems: 0, grades: new Map() };
  for (const result of results) {
    totals.errors += result.errorCount;
    totals.warnings += result.warningCount;
    if (result.errorCount + result.warningCount > 0) totals.draftsWithProblems++;
    totals.grades.set(result.grade, (totals.grades.get(result.grade) ?? 0) + 1);
  }
  return totals;
}

/** "1 error", "2 warnings". */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** "2 A, 1 C" in grade order. */
export function gradeDistribution(grades: Map<Grade, number>): string {
  return (["A", "B", "C", "D", "F"] as Grade[]).filter((grade) => grades.has(grade)).map((grade) => `${grades.get(grade)} ${grade}`).join(", ");
}
