import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { lintFiles } from "../../src/api.js";

/**
 * The fixture drafts as acceptance tests for vague-opportunity, length, subject-line, pressure,
 * spam-phrases and shouting: silent on every good-*.md, and on a bad draft that carries an
 * `expect: <rule>` hint (an HTML comment in the body, a YAML comment in the front matter) the rule
 * reports on exactly the hinted lines.
 */
const RULES = ["vague-opportunity", "length", "subject-line", "pressure", "spam-phrases", "shouting"];
const DRAFTS = fileURLToPath(new URL("../../fixtures/drafts", import.meta.url));
const HINT = /(?:<!--|#)\s*expect:\s*([\w-]+)/g;

function hintedLines(text: string, ruleId: string): number[] {
  const lines: number[] = [];
  text.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(HINT)) if (match[1] === ruleId) lines.push(index + 1);
  });
  return lines;
}

const files = readdirSync(DRAFTS).filter((name) => name.endsWith(".md"));
const goodFiles = files.filter((name) => name.startsWith("good-"));

describe("limits and tone rules on the fixture drafts", () => {
  for (const ruleId of RULES) {
    const config = { rules: Object.fromEntries(RULES.map((id) => [id, id === ruleId ? "error" : "off"])) };

    it(`${ruleId} is silent on the good drafts`, async () => {
      const results = await lintFiles(goodFiles.map((name) => join(DRAFTS, name)), { config, configLookup: false, today: "2026-11-27" });
      const problems = results.flatMap((result) => result.messages.filter((message) => message.ruleId === ruleId).map((message) => `${result.filePath}:${message.line} ${message.message}`));
      expect(problems).toEqual([]);
    });

    const hinted = files.filter((name) => name.startsWith("bad-") && hintedLines(readFileSync(join(DRAFTS, name), "utf8"), ruleId).length > 0);
    it(`${ruleId} has bad drafts with hints`, () => expect(hinted.length).toBeGreaterThan(0));
    for (const name of hinted) {
      it(`${ruleId} reports on the hinted lines of ${name}`, async () => {
        const [result] = await lintFiles([join(DRAFTS, name)], { config, configLookup: false, today: "2026-11-27" });
        const reported = [...new Set(result!.messages.filter((message) => message.ruleId === ruleId).map((message) => message.line))];
        expect(reported).toEqual(hintedLines(readFileSync(join(DRAFTS, name), "utf8"), ruleId));
      });
    }
  }
});
