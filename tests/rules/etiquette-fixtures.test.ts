import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { lintFiles } from "../../src/api.js";
import type { LintResult } from "../../src/types.js";

/**
 * The fixture drafts against the etiquette rules: good drafts stay clean, and every
 * `<!-- expect: rule -->` hint for these rules in a bad draft is met on its line.
 */
const RULES = ["generic-opener", "self-focus", "call-to-action", "readability", "relevance", "respect-boundaries", "duplicate-outreach"];
const DRAFTS = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/drafts");
const files = readdirSync(DRAFTS).filter((file) => file.endsWith(".md"));

let results: LintResult[] = [];
beforeAll(async () => {
  // One run, as the CLI does over a folder, so duplicate-outreach compares the drafts.
  results = await lintFiles(files.map((file) => join(DRAFTS, file)), { today: "2026-11-27", configLookup: false });
});

function messagesOf(file: string) {
  const result = results.find((candidate) => basename(candidate.filePath) === file);
  if (!result) throw new Error(`no result for ${file}`);
  return result.messages.filter((message) => message.ruleId !== null && RULES.includes(message.ruleId));
}

describe("good drafts stay clean", () => {
  it.each(files.filter((file) => file.startsWith("good-")))("%s", (file) => {
    expect(messagesOf(file).map((message) => `${message.line}: ${message.ruleId}: ${message.message}`)).toEqual([]);
  });
});

describe("bad drafts are reported where their hints say", () => {
  const hinted = files.flatMap((file) =>
    readFileSync(join(DRAFTS, file), "utf8")
      .split("\n")
      .flatMap((text, index) => [...text.matchAll(/<!-- expect: ([\w-]+) -->/g)].map((match) => ({ file, line: index + 1, rule: match[1]! })))
      .filter((hint) => RULES.includes(hint.rule)),
  );

  it("covers every rule", () => {
    expect(new Set(hinted.map((hint) => hint.rule))).toEqual(new Set(RULES));
  });

  it.each(hinted)("$file line $line: $rule", ({ file, line, rule }) => {
    expect(messagesOf(file).filter((message) => message.ruleId === rule).map((message) => message.line)).toContain(line);
  });
});
