import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { ReportedDraft } from "../engine/lint.js";
import { usageError } from "../errors.js";
import { relativePosixPath } from "../files/paths.js";
import { applySuppressions, prune, suppress, unusedCount } from "./apply.js";
import { emptySuppressions, readSuppressions, SUPPRESSIONS_FILE, writeSuppressions, type Suppressions } from "./file.js";

export interface SuppressionFlags {
  suppressAll?: boolean;
  suppressRule?: string[];
  suppressionsLocation?: string;
  pruneSuppressions?: boolean;
  passOnUnprunedSuppressions?: boolean;
}

export interface SuppressionSession {
  /** Runs inside the engine before grading (`LintOptions.suppress`): records, prunes, then applies the file. */
  hook: (drafts: ReportedDraft[]) => void;
  /** After the run: the one line to print when recorded errors no longer occur (exit 2, as ESLint), or null. */
  stale(): string | null;
}

/** The CLI's suppression flags, checked and the file read before any linting (a broken file is exit 2 up front). */
export function createSuppressionSession(flags: SuppressionFlags, cwd: string): SuppressionSession {
  if (flags.suppressAll && flags.suppressRule?.length) throw usageError("--suppress-all and --suppress-rule cannot be used together");
  const path = resolve(cwd, flags.suppressionsLocation ?? SUPPRESSIONS_FILE);
  const display = relativePosixPath(path, cwd);
  const recording = Boolean(flags.suppressAll || flags.suppressRule?.length);
  const exists = existsSync(path);
  // A mistyped --suppressions-location must not quietly turn the baseline off.
  if (!exists && flags.suppressionsLocation && !recording) throw usageError(`--suppressions-location: ${display} does not exist (create it with --suppress-all)`);
  let suppressions: Suppressions = exists ? readSuppressions(path, display) : emptySuppressions();
  let unused: Suppressions = emptySuppressions();

  return {
    hook(drafts) {
      // ESLint's order: record, prune, then apply the (updated) file to this run.
      if (recording) suppressions = suppress(drafts, suppressions, cwd, flags.suppressAll ? undefined : flags.suppressRule);
      if (flags.pruneSuppressions && exists) suppressions = prune(drafts, suppressions, cwd);
      if (recording || (flags.pruneSuppressions && exists)) writeSuppressions(path, display, suppressions);
      unused = applySuppressions(drafts, suppressions, cwd);
    },
    stale() {
      const count = unusedCount(unused);
      if (count === 0 || flags.passOnUnprunedSuppressions) return null;
      const [file, rules] = Object.entries(unused)[0]!;
      return `${display}: ${count} suppressed error${count === 1 ? "" : "s"} no longer occur${count === 1 ? "s" : ""} (first: ${file}: ${Object.keys(rules)[0]}); run with --prune-suppressions to remove ${count === 1 ? "it" : "them"}, or pass --pass-on-unpruned-suppressions`;
    },
  };
}
