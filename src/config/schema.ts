import { configError } from "../errors.js";
import type { SeverityName } from "../types.js";

/** A severity as users may write it: a name or ESLint's 0/1/2. */
export type SeverityInput = SeverityName | 0 | 1 | 2;
export type RuleSetting = SeverityInput | [SeverityInput] | [SeverityInput, Record<string, unknown>];

export interface OverrideBlock {
  files: string[];
  excludedFiles?: string[];
  rules?: Record<string, RuleSetting>;
  words?: string[];
  weights?: Record<string, number>;
}

/** The config file shape, after type checks. */
export interface ConfigObject {
  extends?: string[];
  plugins?: string[];
  rules?: Record<string, RuleSetting>;
  words?: string[];
  weights?: Record<string, number>;
  overrides?: OverrideBlock[];
  /** Date used as "today" by date-aware rules (YYYY-MM-DD), for reproducible runs. */
  today?: string;
  ignorePatterns?: string[];
}

const TOP_LEVEL_KEYS = ["extends", "plugins", "rules", "words", "weights", "overrides", "today", "ignorePatterns"];
const OVERRIDE_KEYS = ["files", "excludedFiles", "rules", "words", "weights"];

export function severityNumber(value: unknown): 0 | 1 | 2 | null {
  if (value === "off" || value === 0) return 0;
  if (value === "warn" || value === "warning" || value === 1) return 1;
  if (value === "error" || value === 2) return 2;
  return null;
}

/** Type-checks a raw config value; every problem names the file and the key. */
export function validateConfigObject(raw: unknown, file: string): ConfigObject {
  if (raw === null || raw === undefined) throw configError(file, "config is empty (expected an object with 'rules' or 'extends')");
  if (typeof raw !== "object" || Array.isArray(raw)) throw configError(file, "config must be an object");
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!TOP_LEVEL_KEYS.includes(key)) throw configError(file, `unknown key '${key}' (known keys: ${TOP_LEVEL_KEYS.join(", ")})`);
  }
  const config: ConfigObject = {};
  if (record.extends !== undefined) config.extends = stringOrList(record.extends, file, "extends");
  if (record.plugins !== undefined) config.plugins = stringList(record.plugins, file, "plugins");
  if (record.rules !== undefined) config.rules = ruleMap(record.rules, file, "rules");
  if (record.words !== undefined) config.words = stringList(record.words, file, "words");
  if (record.weights !== undefined) config.weights = weightMap(record.weights, file, "weights");
  if (record.ignorePatterns !== undefined) config.ignorePatterns = stringList(record.ignorePatterns, file, "ignorePatterns");
  if (record.today !== undefined) {
    if (typeof record.today !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(record.today)) throw configError(file, "'today' must be a date as YYYY-MM-DD");
    config.today = record.today;
  }
  if (record.overrides !== undefined) {
    if (!Array.isArray(record.overrides)) throw configError(file, "'overrides' must be a list of { files, rules } blocks");
    config.overrides = record.overrides.map((block, index) => overrideBlock(block, file, `overrides[${index}]`));
  }
  return config;
}

function overrideBlock(raw: unknown, file: string, key: string): OverrideBlock {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw configError(file, `'${key}' must be an object with 'files'`);
  const record = raw as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    if (!OVERRIDE_KEYS.includes(name)) throw configError(file, `unknown key '${key}.${name}' (known keys: ${OVERRIDE_KEYS.join(", ")})`);
  }
  if (record.files === undefined) throw configError(file, `'${key}.files' is required (a glob or a list of globs)`);
  const block: OverrideBlock = { files: stringOrList(record.files, file, `${key}.files`) };
  if (record.excludedFiles !== undefined) block.excludedFiles = stringOrList(record.excludedFiles, file, `${key}.excludedFiles`);
  if (record.rules !== undefined) block.rules = ruleMap(record.rules, file, `${key}.rules`);
  if (record.words !== undefined) block.words = stringList(record.words, file, `${key}.words`);
  if (record.weights !== undefined) block.weights = weightMap(record.weights, file, `${key}.weights`);
  return block;
}

function ruleMap(raw: unknown, file: string, key: string): Record<string, RuleSetting> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw configError(file, `'${key}' must be an object of rule ids to severities`);
  const rules: Record<string, RuleSetting> = {};
  for (const [ruleId, setting] of Object.entries(raw as Record<string, unknown>)) {
    rules[ruleId] = ruleSetting(setting, file, `${key}.${ruleId}`);
  }
  return rules;
}

export function ruleSetting(setting: unknown, file: string | undefined, key: string): RuleSetting {
  const severity = Array.isArray(setting) ? setting[0] : setting;
  if (severityNumber(severity) === null) {
    throw configError(file, `'${key}' has invalid severity ${JSON.stringify(severity)} (use "off", "warn", "error" or 0, 1, 2)`);
  }
  if (Array.isArray(setting)) {
    if (setting.length > 2) throw configError(file, `'${key}' must be [severity] or [severity, { options }]`);
    if (setting.length === 2 && (typeof setting[1] !== "object" || setting[1] === null || Array.isArray(setting[1]))) {
      throw configError(file, `'${key}' options must be an object, as in ["warn", { "max": 3 }]`);
    }
  }
  return setting as RuleSetting;
}

function weightMap(raw: unknown, file: string, key: string): Record<string, number> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw configError(file, `'${key}' must be an object of rule ids to numbers`);
  const weights: Record<string, number> = {};
  for (const [ruleId, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw configError(file, `'${key}.${ruleId}' must be a number of points, 0 or more`);
    weights[ruleId] = value;
  }
  return weights;
}

function stringOrList(raw: unknown, file: string, key: string): string[] {
  if (typeof raw === "string") return [raw];
  return stringList(raw, file, key);
}

function stringList(raw: unknown, file: string, key: string): string[] {
  if (!Array.isArray(raw) || !raw.every((item) => typeof item === "string")) throw configError(file, `'${key}' must be a list of strings`);
  return raw as string[];
}
