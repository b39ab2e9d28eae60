import { builtinRules } from "../../rules/index.js";

/**
 * Every built-in rule on, at its default level (the ones off by default at "warn"), and nothing
 * else: reliability tests must reach every rule's code, whatever the presets turn on.
 */
export function allRulesConfig(): { extends: string[]; rules: Record<string, string> } {
  const rules: Record<string, string> = {};
  for (const rule of builtinRules) rules[rule.meta.id] = rule.meta.defaultSeverity === "off" ? "warn" : rule.meta.defaultSeverity;
  return { extends: [], rules };
}

export const ALL_RULES_JSON = `${JSON.stringify(allRulesConfig(), null, 2)}\n`;
