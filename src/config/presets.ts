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

/**
 * The rules recommended turns on, at their default level. The purpose presets build on this,
 * not on recommended, so they leave the other purpose's rule alone and compose in any order:
 * `["inmail-lint:recruiting", "inmail-lint:sales"]` keeps both role-details and sales-disclosure.
 */
function defaultsOn(severity?: "error"): ConfigObject {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of builtinRules) if (rule.meta.defaultSeverity !== "off") rules[rule.meta.id] = severity ?? rule.meta.defaultSeverity;
  return { rules };
}

/**
 * Every rule the recommended set turns on, at "error": for teams that gate sends on a clean run.
 * Rules that are off by default (the recruiting and sales ones) are left out rather than turned
 * off, so `extends: ["inmail-lint:recruiting", "inmail-lint:strict"]` keeps role-details on.
 */
function strict(): ConfigObject {
  return defaultsOn("error");
}

/** Recommended, plus: a job pitch names the role and the hiring company. */
function recruiting(): ConfigObject {
  return withRules(defaultsOn(), { "role-details": "error" });
}

/** Recommended, plus: a sales message says it is one, early. */
function sales(): ConfigObject {
  return withRules(defaultsOn(), { "sales-disclosure": "error" });
}

function withRules(base: ConfigObject, rules: Record<string, RuleSetting>): ConfigObject {
  return { ...base, rules: { ...base.rules, ...rules } };
}

const PRESETS: Record<string, () => ConfigObject> = {
  recommended,
  strict,
  recruiting,
  sales,
};

export function presetConfig(name: string): ConfigObject | null {
  const key = name.slice(PRESET_PREFIX.length);
  return Object.hasOwn(PRESETS, key) ? PRESETS[key]!() : null;
}

export function presetNames(): string[] {
  return Object.keys(PRESETS).map((name) => PRESET_PREFIX + name);
}
