import { dirname } from "node:path";
import { loadConfig, type LintOptions } from "../api.js";
import type { LintResult, RuleMeta } from "../types.js";
import { builtinRules } from "../../rules/index.js";

/**
 * Meta of every rule in the results, for formatters (SARIF rule descriptions, docs links).
 * Plugin rules are looked up in the config that linted their draft, once per folder, and only
 * when a plugin rule actually reported something: most runs never load a config again.
 */
export async function rulesMetaFor(results: readonly LintResult[], options: LintOptions): Promise<Record<string, RuleMeta>> {
  const meta: Record<string, RuleMeta> = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, rule.meta]));
  const foldersSeen = new Set<string>();
  for (const result of results) {
    const missing = result.messages.filter((message) => message.ruleId !== null && !Object.hasOwn(meta, message.ruleId));
    if (missing.length === 0 || foldersSeen.has(dirname(result.filePath))) continue;
    foldersSeen.add(dirname(result.filePath));
    const config = await loadConfig(result.filePath, options);
    for (const [id, rule] of config.knownRules) meta[id] ??= rule.meta;
  }
  return meta;
}
