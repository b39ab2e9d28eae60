import type { ReportedDraft } from "../engine/lint.js";
import { relativePosixPath } from "../files/paths.js";
import type { LintMessage } from "../types.js";
import { emptyRuleCounts, emptySuppressions, type Suppressions } from "./file.js";

/*
 * ESLint's bulk-suppression semantics (eslint/eslint lib/services/suppressions-service.js):
 * per file and rule, a count of errors. Only errors count; warnings are never suppressed. When a
 * file has no more errors of a rule than recorded, they are all suppressed; one more, and all
 * of them are reported, since the new one cannot be told from the old ones.
 */

type Reported = Pick<ReportedDraft, "filePath" | "messages">;

/** Errors a suppression can cover: a rule's, not a crash and not a problem without a rule. */
function isSuppressible(message: LintMessage): message is LintMessage & { ruleId: string } {
  return message.severity === 2 && message.ruleId !== null && !message.fatal;
}

/** Error counts per file (relative to cwd) and rule. Campaign renderings of one template add up under its path. */
export function countErrors(drafts: readonly Reported[], cwd: string): Suppressions {
  const counts = emptySuppressions();
  for (const draft of drafts) {
    const file = relativePosixPath(draft.filePath, cwd);
    for (const message of draft.messages) {
      if (!isSuppressible(message)) continue;
      const rules = (counts[file] ??= emptyRuleCounts());
      rules[message.ruleId] = { count: (rules[message.ruleId]?.count ?? 0) + 1 };
    }
  }
  return counts;
}

/**
 * `--suppress-all` / `--suppress-rule`: the linted files' entries become today's counts (for the
 * given rules only, if any); a rule with no errors left loses its entry rather than keeping an old
 * count that would fail the next run. Files not linted keep their entries.
 */
export function suppress(drafts: readonly Reported[], suppressions: Suppressions, cwd: string, onlyRules?: readonly string[]): Suppressions {
  const updated = copy(suppressions);
  const counts = countErrors(drafts, cwd);
  for (const file of new Set(drafts.map((draft) => relativePosixPath(draft.filePath, cwd)))) {
    const entry = (updated[file] ??= emptyRuleCounts());
    const current = counts[file] ?? emptyRuleCounts();
    for (const ruleId of new Set([...Object.keys(entry), ...Object.keys(current)])) {
      if (onlyRules && !onlyRules.includes(ruleId)) continue;
      if (current[ruleId]) entry[ruleId] = { count: current[ruleId].count };
      else delete entry[ruleId];
    }
    if (Object.keys(entry).length === 0) delete updated[file];
  }
  return updated;
}

/** `--prune-suppressions`: drop entries that no longer occur and lower counts that went down. */
export function prune(drafts: readonly Reported[], suppressions: Suppressions, cwd: string): Suppressions {
  const updated = copy(suppressions);
  for (const [file, rules] of Object.entries(planSuppressions(drafts, suppressions, cwd).unused)) {
    for (const [ruleId, { count }] of Object.entries(rules)) {
      const entry = updated[file]![ruleId]!;
      if (entry.count <= count) delete updated[file]![ruleId];
      else entry.count -= count;
    }
    if (Object.keys(updated[file]!).length === 0) delete updated[file];
  }
  return updated;
}

export interface SuppressionPlan {
  /** Rules whose errors are suppressed, per file. */
  rules: Map<string, Set<string>>;
  /** Recorded errors that no longer occur, for files linted in this run (what a prune would remove). */
  unused: Suppressions;
}

export function planSuppressions(drafts: readonly Reported[], suppressions: Suppressions, cwd: string): SuppressionPlan {
  const counts = countErrors(drafts, cwd);
  const rules = new Map<string, Set<string>>();
  const unused = emptySuppressions();
  for (const file of new Set(drafts.map((draft) => relativePosixPath(draft.filePath, cwd)))) {
    const recorded = suppressions[file];
    if (!recorded) continue;
    for (const [ruleId, { count: allowed }] of Object.entries(recorded)) {
      const current = counts[file]?.[ruleId]?.count ?? 0;
      if (current > 0 && current <= allowed) {
        if (!rules.has(file)) rules.set(file, new Set());
        rules.get(file)!.add(ruleId);
      }
      if (current < allowed) (unused[file] ??= emptyRuleCounts())[ruleId] = { count: allowed - current };
    }
  }
  return { rules, unused };
}

/** Moves the recorded errors of each draft to its `suppressed` list, unless its file has more of them now. Returns what no longer occurs. */
export function applySuppressions(drafts: ReportedDraft[], suppressions: Suppressions, cwd: string): Suppressions {
  const plan = planSuppressions(drafts, suppressions, cwd);
  for (const draft of drafts) {
    const rules = plan.rules.get(relativePosixPath(draft.filePath, cwd));
    if (!rules) continue;
    const isSuppressed = (message: LintMessage) => isSuppressible(message) && rules.has(message.ruleId);
    draft.suppressed.push(...draft.messages.filter(isSuppressed).map((message) => ({ ...message, suppressions: [{ kind: "file" as const, justification: "" }] })));
    draft.messages = draft.messages.filter((message) => !isSuppressed(message));
  }
  return plan.unused;
}

/** How many recorded errors no longer occur. */
export function unusedCount(unused: Suppressions): number {
  return Object.values(unused).reduce((sum, rules) => sum + Object.values(rules).reduce((total, { count }) => total + count, 0), 0);
}

function copy(suppressions: Suppressions): Suppressions {
  const result = emptySuppressions();
  for (const [file, rules] of Object.entries(suppressions)) {
    result[file] = emptyRuleCounts();
    for (const [ruleId, { count }] of Object.entries(rules)) result[file]![ruleId] = { count };
  }
  return result;
}
