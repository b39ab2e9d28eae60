/**
 * The ReDoS audit of every regular expression inmail-lint compiles (docs/reliability.md).
 *
 * - `inventory()` lists them (tests/reliability/regex-inventory.mjs, run on the build);
 * - phrase-list regexes (rules/util/phrases.ts) are checked by their shape: alternations of
 *   literal words joined by `\s+` are linear by construction, and there is one per list, so a
 *   list edit must not cost a slow check;
 * - every other regex is checked by recheck (automaton analysis, with a seeded fuzzer for
 *   look-arounds), pure-JS backend. Its verdicts are kept in regex-audit.json by a hash of the
 *   pattern, because checking them all takes minutes; a pattern not in the file is checked on the
 *   spot, so a new or changed pattern is always checked.
 *
 * `node tests/reliability/regex-audit.mjs --write` re-checks everything and rewrites the file.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const INVENTORY = fileURLToPath(new URL("./regex-inventory.mjs", import.meta.url));
export const AUDIT_FILE = fileURLToPath(new URL("./regex-audit.json", import.meta.url));
const require = createRequire(import.meta.url);
const RECHECK_VERSION = require("recheck/package.json").version;

/** Every regex, deduplicated: { key, source, flags, origins: ["file.ts:line", ...], phraseList }. */
export function inventory() {
  const run = spawnSync(process.execPath, [INVENTORY], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  if (run.status !== 0) throw new Error(`regex inventory failed: ${run.stderr || run.error}`);
  const { literals, constructed, constructorSites } = JSON.parse(run.stdout);
  const regexes = new Map();
  const add = (source, flags, origin) => {
    const key = hashOf(source, flags);
    const entry = regexes.get(key) ?? { key, source, flags, origins: [] };
    if (!entry.origins.includes(origin)) entry.origins.push(origin);
    regexes.set(key, entry);
  };
  for (const literal of literals) add(literal.source, literal.flags, `${literal.file}:${literal.line}`);
  for (const made of constructed) for (const site of made.sites) add(made.source, made.flags, site);
  const phraseSites = new Set(constructorSites.filter((site) => site.file === "rules/util/phrases.ts").map((site) => site.site));
  for (const entry of regexes.values()) entry.phraseList = entry.origins.every((origin) => phraseSites.has(origin));
  return { regexes: [...regexes.values()], constructorSites, constructed };
}

export function hashOf(source, flags) {
  return createHash("sha256").update(`/${source}/${flags}`).digest("hex").slice(0, 20);
}

/** recheck's verdict: { status: "safe" | "vulnerable" | "unknown", complexity, checker, attack? }. */
export function recheck(source, flags, timeout = 30_000) {
  const { checkSync } = require("recheck");
  const result = checkSync(source, flags, { backend: "pure", timeout, randomSeed: 20_261_127 });
  return {
    status: result.status,
    checker: result.checker ?? null,
    complexity: result.complexity?.summary ?? result.error?.kind ?? null,
    ...(result.attack ? { attack: result.attack.pattern } : {}),
  };
}

export function readAudit() {
  try {
    const audit = JSON.parse(readFileSync(AUDIT_FILE, "utf8"));
    return audit.recheck === RECHECK_VERSION ? audit.verdicts : {};
  } catch {
    return {};
  }
}

/**
 * A phrase-list regex as rules/util/phrases.ts builds it: `(?:` runs of `(?:alt|alt)` wrapped
 * in the fixed word-boundary look-arounds `)`, each alternative literal characters (escaped
 * where special), `['’]` for an apostrophe, and `\s+` between two words. Every `\s+` sits between
 * two non-space literals, so there is one way to match each alternative: linear.
 * Returns null when the shape holds, else what breaks it.
 */
export function phraseShapeProblem(source) {
  const BEFORE = "(?<![\\p{L}\\p{N}_])";
  const AFTER = "(?![\\p{L}\\p{N}_])";
  // The same boundaries in the ASCII twins plain text is searched with (rules/util/plain-text.ts),
  // as built for lower-cased text by rules/util/phrases.ts.
  const ASCII_BOUNDARIES = ["(?<![A-Za-z0-9_])", "(?![A-Za-z0-9_])", "(?<![a-za-z0-9_])", "(?![a-za-z0-9_])"];
  const tokens = [];
  for (let i = 0; i < source.length; ) {
    const rest = source.slice(i);
    const fixed = [BEFORE, AFTER, ...ASCII_BOUNDARIES, "(?:", "\\s+", "['’]", ")", "|"].find((token) => rest.startsWith(token));
    if (fixed) {
      tokens.push(fixed);
      i += fixed.length;
    } else if (rest[0] === "\\") {
      if (!/[.*+?^${}()|[\]\\/-]/.test(rest[1] ?? "")) return `unexpected escape '${rest.slice(0, 2)}' at ${i}`;
      tokens.push("literal");
      i += 2;
    } else if (/[.*+?^${}()|[\]]/.test(rest[0])) {
      return `unescaped '${rest[0]}' at ${i}`;
    } else {
      if (/\s/.test(rest[0])) return `literal whitespace at ${i}`;
      tokens.push("literal");
      i += rest[0].length;
    }
  }
  const isWord = (token) => token === "literal" || token === "['’]";
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === "\\s+" && !(isWord(tokens[i - 1]) && isWord(tokens[i + 1]))) return "\\s+ not between two words";
  }
  return null;
}

/** One verdict per line, sorted by hash: a re-check shows in review as the lines that changed. */
export function formatAudit(verdicts) {
  const lines = Object.keys(verdicts)
    .sort()
    .map((key) => `  ${JSON.stringify(key)}: ${JSON.stringify(verdicts[key])}`);
  return `{\n "recheck": ${JSON.stringify(RECHECK_VERSION)},\n "verdicts": {\n${lines.join(",\n")}\n }\n}\n`;
}

if (process.argv.includes("--write")) {
  const { regexes } = inventory();
  const verdicts = {};
  let done = 0;
  for (const regex of regexes) {
    if (regex.phraseList) continue;
    verdicts[regex.key] = { origin: regex.origins[0], ...recheck(regex.source, regex.flags, 60_000) };
    delete verdicts[regex.key].attack;
    if (++done % 50 === 0) process.stderr.write(`${done} checked\n`);
  }
  writeFileSync(AUDIT_FILE, formatAudit(verdicts));
  const counts = {};
  for (const verdict of Object.values(verdicts)) counts[verdict.status] = (counts[verdict.status] ?? 0) + 1;
  process.stdout.write(`${regexes.length} regexes: ${regexes.filter((regex) => regex.phraseList).length} phrase lists, ${JSON.stringify(counts)}\n`);
}
