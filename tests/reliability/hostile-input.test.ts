import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = join(process.cwd(), "bin/inmail-lint.js");

/**
 * Pathological text must not hang the linter (compromise has hung on repeated periods and on
 * long sentence-less strings). Each case must finish, exit with a lint verdict (0 or 1), and
 * produce valid JSON. The generous timeout is a hang guard, not a speed assertion.
 */
const CASES: Array<[string, () => string]> = [
  ["200,000 characters without a space", () => `Hi Jane,\n\n${"a".repeat(200_000)}\n`],
  ["100,000 periods", () => `Hi Jane,\n\nWe are hiring${".".repeat(100_000)}\n`],
  ["100,000 exclamation marks and question marks", () => `Subject: ${"!?".repeat(100)}\n\nHi Jane,\n\nHello${"!?".repeat(50_000)}\n`],
  ["deeply repeated brackets", () => `Hi Jane,\n\n${"(".repeat(50_000)}text${")".repeat(50_000)} ${"[".repeat(20_000)}{{${"{".repeat(20_000)}\n`],
  ["thousands of greetings", () => `${"Hi Jane, ".repeat(20_000)}\n\nThanks,\nSam\n`],
  ["a wall of words with no punctuation", () => `Hi Jane,\n\n${"opportunity rockstar synergy ".repeat(30_000)}\n`],
  ["one 150,000-word sentence", () => `Hi Jane,\n\n${"word ".repeat(150_000)}\n`],
  ["a million-character line of URLs", () => `Hi Jane,\n\n${"https://example.com/a?b=c ".repeat(40_000)}\n`],
  ["repeated Markdown emphasis and backticks", () => `Hi Jane,\n\n${"**a** `b` _c_ ".repeat(30_000)}\n`],
  ["unclosed HTML comment and code fence", () => `Hi Jane,\n\n<!-- never closed ${"x ".repeat(50_000)}\n\`\`\`\ncode\n`],
  ["emoji runs", () => `Hi Jane,\n\n${"🚀".repeat(50_000)}\n`],
];

describe("hostile input finishes", () => {
  const dir = mkdtempSync(join(tmpdir(), "inmail-lint-hostile-"));
  for (const [name, make] of CASES) {
    it(name, () => {
      const file = join(dir, `${name.replace(/\W+/g, "-")}.md`);
      writeFileSync(file, make());
      const run = spawnSync(process.execPath, [BIN, file, "-f", "json", "--no-config-lookup"], { encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
      expect(run.error, "the linter must finish").toBeUndefined();
      expect(run.stderr).toBe("");
      expect([0, 1]).toContain(run.status);
      const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: unknown[] }>;
      expect(results).toHaveLength(1);
      expect(results[0]!.filePath).toBe(file);
    }, 90_000);
  }
});
