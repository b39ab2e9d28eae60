import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, run, tree } from "../cli/run.js";
import { ALL_RULES_JSON } from "./all-rules.js";

interface Fix {
  range: [number, number];
  text: string;
}
interface Message {
  fix?: Fix;
  suggestions?: Array<{ fix: Fix }>;
  [key: string]: unknown;
}
interface Result {
  filePath: string;
  messages: Message[];
  [key: string]: unknown;
}

const DRAFTS = join(FIXTURES, "drafts");
const names = readdirSync(DRAFTS).filter((name) => name.endsWith(".md"));
/** Fixture drafts name their profile relative to fixtures/drafts; copies elsewhere need it absolute. */
const lf = new Map(names.map((name) => [name, readFileSync(join(DRAFTS, name), "utf8").replace(/^profile: (\.\.\/\S+)$/m, (_, path: string) => `profile: ${join(DRAFTS, path)}`)]));

const VARIANTS: Record<string, (text: string) => string> = {
  lf: (text) => text,
  crlf: (text) => text.replace(/\n/g, "\r\n"),
  "bom-lf": (text) => `\uFEFF${text}`,
  "bom-crlf": (text) => `\uFEFF${text.replace(/\n/g, "\r\n")}`,
};

/** Every fixture draft in one line-ending variant, linted with every rule on: the JSON report. */
function lintVariant(variant: string): Result[] {
  const files: Record<string, string> = { ".inmail-lintrc.json": ALL_RULES_JSON };
  for (const [name, text] of lf) files[`drafts/${name}`] = VARIANTS[variant]!(text);
  const root = tree(files);
  const result = run(["drafts", "-f", "json", "--today", "2026-11-27"], { cwd: root });
  expect(result.stderr).toBe("");
  return (JSON.parse(result.stdout) as Result[]).map((entry) => ({ ...entry, filePath: entry.filePath.slice(root.length + 1) }));
}

/** Fix ranges are offsets into the text (without its BOM): map CRLF offsets to the LF text's. */
function toLfOffsets(results: Result[], crlf: boolean): Result[] {
  if (!crlf) return results;
  return results.map((entry) => {
    const source = VARIANTS.crlf!(lf.get(entry.filePath.replace(/^drafts\//, ""))!);
    const lfOffset = (offset: number) => offset - (source.slice(0, offset).match(/\r/g)?.length ?? 0);
    const mapFix = (fix: Fix): Fix => ({ range: [lfOffset(fix.range[0]), lfOffset(fix.range[1])], text: fix.text.replace(/\r\n/g, "\n") });
    return {
      ...entry,
      messages: entry.messages.map((message) => ({
        ...message,
        ...(message.fix ? { fix: mapFix(message.fix) } : {}),
        ...(message.suggestions ? { suggestions: message.suggestions.map((suggestion) => ({ ...suggestion, fix: mapFix(suggestion.fix) })) } : {}),
      })),
    };
  });
}

describe("line endings and byte order mark", () => {
  it("CRLF and a BOM give the same findings, positions, fixes and grades as LF, every rule on", () => {
    const expected = lintVariant("lf");
    // The comparison means something only if the drafts trip many rules, fixes included.
    const rules = new Set(expected.flatMap((entry) => entry.messages.map((message) => message.ruleId)));
    expect(rules.size).toBeGreaterThanOrEqual(20);
    expect(expected.some((entry) => entry.messages.some((message) => message.fix))).toBe(true);
    for (const variant of ["crlf", "bom-lf", "bom-crlf"]) {
      expect({ variant, results: toLfOffsets(lintVariant(variant), variant.endsWith("crlf")) }).toEqual({ variant, results: expected });
    }
  }, 180_000);
});
