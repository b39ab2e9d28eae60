import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { configError } from "../errors.js";
import { describeJsonError } from "../files/json-error.js";
import { readTextFile } from "../files/read.js";
import { writeFileAtomic } from "../files/write.js";

/** `{ "<file relative to cwd>": { "<rule-id>": { "count": n } } }`, the shape of ESLint's eslint-suppressions.json. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

export const SUPPRESSIONS_FILE = "inmail-lint-suppressions.json";

/** Reads the suppressions file; a missing file is no suppressions. A broken one is exit 2, naming it. */
export function readSuppressions(path: string, display: string): Suppressions {
  if (!existsSync(path)) return {};
  const text = readTextFile(path, "suppressions file").replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { reason, line } = describeJsonError(text, error);
    throw configError(display, `invalid JSON in suppressions file: ${reason}`, line);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw configError(display, "suppressions file must be an object of files");
  const suppressions = emptySuppressions();
  for (const [file, rules] of Object.entries(value)) {
    if (typeof rules !== "object" || rules === null || Array.isArray(rules)) throw configError(display, `'${file}' must map rule ids to { "count": n }`);
    suppressions[file] = emptyRuleCounts();
    for (const [ruleId, entry] of Object.entries(rules as Record<string, unknown>)) {
      const count = (entry as { count?: unknown } | null)?.count;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 1) {
        throw configError(display, `'${file}' rule '${ruleId}' needs { "count": n } with a whole number n >= 1`);
      }
      suppressions[file]![ruleId] = { count };
    }
  }
  return suppressions;
}

/** Sorted keys, two-space indent, trailing newline: the file diffs cleanly in review. Written atomically. */
export function writeSuppressions(path: string, display: string, suppressions: Suppressions): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, serializeSuppressions(suppressions));
  } catch (error) {
    throw configError(display, `cannot write suppressions file: ${(error as Error).message.replace(/^.*cannot write fixed file: /, "")}`);
  }
}

/** Keys are file paths and rule ids from the user's repository: no prototype, so "__proto__" is just a name. */
export function emptySuppressions(): Suppressions {
  return Object.create(null) as Suppressions;
}

export function emptyRuleCounts(): Record<string, { count: number }> {
  return Object.create(null) as Record<string, { count: number }>;
}

export function serializeSuppressions(suppressions: Suppressions): string {
  const sorted = emptySuppressions();
  for (const file of Object.keys(suppressions).sort()) {
    const rules = suppressions[file]!;
    const ruleIds = Object.keys(rules).sort();
    if (ruleIds.length === 0) continue;
    sorted[file] = emptyRuleCounts();
    for (const ruleId of ruleIds) sorted[file]![ruleId] = { count: rules[ruleId]!.count };
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
