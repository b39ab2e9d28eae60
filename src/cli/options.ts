import { usageError } from "../errors.js";
import { ruleSetting, type RuleSetting } from "../config/schema.js";
import type { Grade } from "../types.js";

/** `--min-grade`: a letter (A-F) or a score (0-100), as a minimum score. */
export function parseMinGrade(value: string): { label: string; minScore: number } {
  const letters: Record<string, number> = { A: 90, B: 80, C: 70, D: 60, F: 0 };
  const upper = value.trim().toUpperCase();
  if (upper in letters) return { label: `grade ${upper}`, minScore: letters[upper]! };
  if (/^\d{1,3}$/.test(value.trim()) && Number(value) <= 100) return { label: `score ${Number(value)}`, minScore: Number(value) };
  throw usageError(`--min-grade: expected a grade A, B, C, D or F, or a score 0-100 (got '${value}')`);
}

/** `--today` (hidden, for reproducible runs): a YYYY-MM-DD date. */
export function checkToday(value: string | undefined): void {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw usageError(`--today: expected YYYY-MM-DD (got '${value}')`);
}

export function parseMaxWarnings(value: string): number {
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < -1) throw usageError(`--max-warnings: expected a whole number, or -1 for no limit (got '${value}')`);
  return Number(value);
}

/**
 * `--rule "<id>: <severity>"` or `--rule '<id>: ["warn", {"max": 3}]'` (repeatable); later wins.
 * Also accepts a JSON object `{"<id>": "warn"}` as ESLint's levn form does.
 */
export function parseRuleFlag(value: string, previous: Record<string, RuleSetting> = {}): Record<string, RuleSetting> {
  const text = value.trim();
  if (text.startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw usageError(`--rule: cannot parse '${value}' (expected "<rule-id>: <severity>")`);
    }
    const rules = { ...previous };
    for (const [id, setting] of Object.entries(parsed as Record<string, unknown>)) rules[id] = checked(setting, id);
    return rules;
  }
  const colon = text.indexOf(":");
  if (colon <= 0) throw usageError(`--rule: expected "<rule-id>: <severity>" (got '${value}')`);
  const id = text.slice(0, colon).trim();
  const rest = text.slice(colon + 1).trim();
  let setting: unknown = rest;
  if (rest.startsWith("[")) {
    try {
      setting = JSON.parse(rest);
    } catch {
      throw usageError(`--rule ${id}: cannot parse '${rest}' as a JSON list like ["warn", {"max": 3}]`);
    }
  } else if (/^[0-2]$/.test(rest)) setting = Number(rest);
  return { ...previous, [id]: checked(setting, id) };
}

function checked(setting: unknown, id: string): RuleSetting {
  try {
    return ruleSetting(setting, undefined, id);
  } catch (error) {
    throw usageError(`--rule ${(error as Error).message}`);
  }
}

/** `--report-unused-disable-directives-severity`: ESLint's names or numbers. */
export function parseUnusedDirectivesSeverity(value: string): "off" | "warn" | "error" {
  const names = { off: "off", "0": "off", warn: "warn", "1": "warn", error: "error", "2": "error" } as const;
  const level = names[value.trim().toLowerCase() as keyof typeof names];
  if (!level) throw usageError(`--report-unused-disable-directives-severity: expected off, warn or error (or 0, 1, 2) (got '${value}')`);
  return level;
}

/**
 * Colour: `--color`/`--no-color` win; then NO_COLOR (any value) and FORCE_COLOR (0/false = off);
 * else only when writing to a terminal.
 */
export function decideColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return !/^(?:0|false)$/i.test(env.FORCE_COLOR);
  return isTTY;
}

export type { Grade };
