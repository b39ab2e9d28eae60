import type { OptionSpec, RuleMeta } from "../types.js";

/**
 * Rule options: the user's object checked against `meta.options` and merged over the
 * defaults, so a rule always sees a complete, typed options object. Returns the problems
 * as "key: reason" strings for the config loader to attach the file name.
 */
export function resolveRuleOptions(meta: RuleMeta, given: unknown): { options: Record<string, unknown>; problems: string[] } {
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(meta.options)) options[name] = cloneDefault(spec.default);
  const problems: string[] = [];
  if (given === undefined || given === null) return { options, problems };
  if (typeof given !== "object" || Array.isArray(given)) {
    problems.push(`options must be an object (e.g. ["warn", { ... }])`);
    return { options, problems };
  }
  for (const [name, value] of Object.entries(given as Record<string, unknown>)) {
    const spec = meta.options[name];
    if (!spec) {
      const known = Object.keys(meta.options);
      problems.push(`unknown option '${name}'${known.length ? ` (known: ${known.join(", ")})` : " (this rule has no options)"}`);
      continue;
    }
    const problem = checkOption(spec, value);
    if (problem) problems.push(`option '${name}' ${problem}`);
    else options[name] = value;
  }
  return { options, problems };
}

function checkOption(spec: OptionSpec, value: unknown): string | null {
  switch (spec.type) {
    case "number":
    case "integer": {
      if (typeof value !== "number" || Number.isNaN(value)) return `must be a number (got ${describe(value)})`;
      if (spec.type === "integer" && !Number.isInteger(value)) return `must be a whole number (got ${value})`;
      if (spec.minimum !== undefined && value < spec.minimum) return `must be at least ${spec.minimum} (got ${value})`;
      if (spec.maximum !== undefined && value > spec.maximum) return `must be at most ${spec.maximum} (got ${value})`;
      return null;
    }
    case "string":
      return typeof value === "string" ? null : `must be a string (got ${describe(value)})`;
    case "boolean":
      return typeof value === "boolean" ? null : `must be true or false (got ${describe(value)})`;
    case "string[]":
      return Array.isArray(value) && value.every((item) => typeof item === "string") ? null : `must be a list of strings (got ${describe(value)})`;
    case "enum":
      return typeof value === "string" && spec.values?.includes(value) ? null : `must be one of ${spec.values?.map((v) => `"${v}"`).join(", ")} (got ${describe(value)})`;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return typeof value === "string" ? JSON.stringify(value) : typeof value === "object" ? "an object" : String(value);
}

function cloneDefault(value: unknown): unknown {
  return Array.isArray(value) ? [...value] : value;
}
