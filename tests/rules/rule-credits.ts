import { parseDraft } from "../../src/draft/parse.js";
import { resolveRuleOptions } from "../../src/engine/options.js";
import { runRules } from "../../src/engine/run-rules.js";
import type { Rule } from "../../src/types.js";

/** The credits one rule gives the grade on a draft, as "id: detail" (default options, no profile). */
export function ruleCredits(rule: Rule, text: string): string[] {
  const { options } = resolveRuleOptions(rule.meta, undefined);
  const outcome = runRules(parseDraft(text, "draft.md"), null, [{ id: rule.meta.id, rule, severity: 1, options }], { words: [], today: "2026-11-27" });
  return outcome.credits.map((credit) => `${credit.id}: ${credit.detail}`);
}
