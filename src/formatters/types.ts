import type { LintResult, RuleMeta } from "../types.js";

/** What every formatter gets besides the results (as ESLint's formatter context). */
export interface FormatterContext {
  cwd: string;
  /** Colour output allowed (TTY, `--color`, NO_COLOR/FORCE_COLOR resolved by the CLI). */
  color: boolean;
  /** Meta of every rule that appears in the results, by id. */
  rulesMeta: Record<string, RuleMeta>;
  /** `--explain`: show the score breakdown under each file. */
  explain: boolean;
  /** `--context` (or the codeframe format): show the offending text under each problem. */
  codeFrame: boolean;
  /** Fix dry-run: results may carry `output`. */
  fixDryRun: boolean;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>;
