import { builtinRules } from "../../rules/index.js";
import type { ConfigObject, RuleSetting } from "./schema.js";

export const PRESET_PREFIX = "inmail-lint:";

export function isPresetName(name: string): boolean {
  return name.startsWith(PRESET_PREFIX);
}

/** Every built-in rule at its default severity: what runs with no config at all. */
function recommended(): ConfigObject {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of builtinRules) rules[rule.meta.id] = rule.meta.defaultSeverity;
  return { rules };
}

/** Every rule on and every warning an error: for teams that gate sends on a clean run. */
function strict(): ConfigObject {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of builtinRules) rules[rule.meta.id] = "error";
  return { rules };
}

const PRESETS: Record<string, () => ConfigObject> = {
  recommended,
  strict,
};

export function presetConfig(name: string): ConfigObject | null {
  const build = PRESETS[name.slice(PRESET_PREFIX.length)];
  return build ? build() : null;
}

export function presetNames(): string[] {
  return Object.keys(PRESETS).map((name) => PRESET_PREFIX + name);
}
