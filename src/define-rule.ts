import type { BatchRule, DraftRule } from "./types.js";

/**
 * Declares a rule. An identity function with types, as typescript-eslint's `RuleCreator`:
 * the options type flows into `check`, and `meta` is checked against `RuleMeta`.
 */
export function defineRule<Options = Record<string, unknown>>(rule: DraftRule<Options>): DraftRule<Options> {
  return rule;
}

/** Declares a rule that compares the drafts of a run (see `BatchRule`). */
export function defineBatchRule<Options = Record<string, unknown>, Summary = unknown>(rule: BatchRule<Options, Summary>): BatchRule<Options, Summary> {
  return rule;
}
