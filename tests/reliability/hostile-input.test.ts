import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_RULES_JSON } from "./all-rules.js";

const BIN = join(process.cwd(), "bin/inmail-lint.js");
const LINT_AND_FORMAT = join(process.cwd(), "tests/reliability/lint-and-format.mjs");

/**
 * Pathological text must not hang the linter (compromise has hung on repeated periods and on
 * long sentence-less strings; regexes went quadratic on long runs). Every rule is on, and every
 * formatter that shows the text renders the result. Each case runs in a child process with a
 * generous timeout: a hang guard, not a speed assertion.
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
  // Shapes the regex audit found quadratic (each took seconds at 55,000 characters before the fix).
  ["200,000 closing brackets and quotes before a line break", () => `Hi Jane,\n\nWe ${")'\"’”".repeat(40_000)}!x\nNext line.\n`],
  ["a number of 200,000 digits and commas", () => `Hi Jane,\n\nThe pay is ${"0,".repeat(100_000)}x USD and $${"0.000".repeat(40_000)}00n.\n`],
  ["a subject line with 100,000 tabs inside", () => `Subject: RE${"\t".repeat(100_000)}RE: hello\r x\n\nHi Jane,\n\nfrom Acme${"\t".repeat(100_000)}s\n`],
  ["a front matter subject with 100,000 spaces inside", () => `---\nsubject: "G${" ".repeat(100_000)}C"\n---\nHi Jane,\n\nText.\n`],
  ["20,000 merge fields", () => `Hi {{first_name}},\n\n${"{{a}} [Company] %X% ".repeat(20_000)}\n`],
  ["100,000 apostrophes and slashes", () => `Hi Jane,\n\nSee https://acme.example/${"/".repeat(100_000)}x and O${"'".repeat(100_000)}x.\n`],
  ["a repeated word run of 100,000 tabs", () => `Hi Jane,\n\nthe${"\t".repeat(100_000)}#the the\n`],
  // The sender-introduction pattern of rules/util/specifics.ts (28 s before its blanks were bounded).
  ["an introduction followed by 100,000 spaces", () => `Hi Jane,\n\nI'm A${" ".repeat(100_000)}!\n`],
];

/**
 * A profile whose names are as long as a profile may make them (300 characters), in the shapes
 * that went quadratic, and whose prose fields are long runs (profile terms are matched in every draft).
 */
const HOSTILE_PROFILE = {
  name: `Jane ${"'".repeat(290)}Doe`,
  headline: `Engineer at ${"\t".repeat(50_000)}\nAcme`,
  company: `Acme${"\t,".repeat(140)}x Inc`,
  title: `Senior ${"Engineer ".repeat(30)}`,
  schools: [`Michigan${" ".repeat(280)}x University`],
  skills: [`${"a.".repeat(140)}'`, "Go"],
  summary: "I build things. ".repeat(10_000),
  recentActivity: [`Talk: ${"scaling ".repeat(5_000)}`],
};

describe("hostile input finishes, every rule on, through every formatter that shows text", () => {
  const dir = mkdtempSync(join(tmpdir(), "inmail-lint-hostile-"));
  const config = join(dir, "all-rules.json");
  writeFileSync(config, ALL_RULES_JSON);
  const profile = join(dir, "hostile-profile.json");
  writeFileSync(profile, JSON.stringify(HOSTILE_PROFILE));

  for (const [name, make] of CASES) {
    it(name, () => {
      const file = join(dir, `${name.replace(/\W+/g, "-")}.md`);
      writeFileSync(file, make());
      const run = spawnSync(process.execPath, [BIN, file, "-f", "json", "-c", config], { encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
      expect(run.error, "the linter must finish").toBeUndefined();
      expect(run.stderr).toBe("");
      expect([0, 1]).toContain(run.status);
      const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ fatal?: boolean; message: string }> }>;
      expect(results).toHaveLength(1);
      expect(results[0]!.filePath).toBe(file);
      expect(results[0]!.messages.filter((message) => message.fatal)).toEqual([]);

      const formatted = spawnSync(process.execPath, [LINT_AND_FORMAT, file, config, profile], { encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
      expect(formatted.error, "linting with the hostile profile and formatting must finish").toBeUndefined();
      expect(formatted.stderr).toBe("");
      const { lengths, crashes } = JSON.parse(formatted.stdout) as { lengths: Record<string, number>; crashes: string[] };
      expect(crashes).toEqual([]);
      for (const format of ["stylish", "codeframe", "html", "markdown", "compact", "json"]) expect(lengths[format], format).toBeGreaterThan(0);
    }, 150_000);
  }
});
