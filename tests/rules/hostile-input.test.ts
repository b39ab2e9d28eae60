import { parseDraft } from "../../src/draft/parse.js";
import { runRules } from "../../src/engine/run-rules.js";
import { normalizeProfile } from "../../src/profile/normalize.js";
import grammar from "../../rules/grammar.js";
import noPlaceholders from "../../rules/no-placeholders.js";
import recipientMismatch from "../../rules/recipient-mismatch.js";
import spelling from "../../rules/spelling.js";
import type { Rule } from "../../src/types.js";

/** Inputs that make non-linear patterns hang; each must lint (vitest's timeout catches a hang, no timing is asserted). */
const HOSTILE: Array<[string, string]> = [
  ["200,000 letters without a space", `Hi Jane,\n\n${"a".repeat(200_000)}\n`],
  ["100,000 periods", `Hi Jane,\n\n${".".repeat(100_000)}\n`],
  ["initials without end", `Hi Jane,\n\nWe ${"a.".repeat(50_000)}x and the rest.\n`],
  ["brackets and quotes", `Hi Jane,\n\n${"(".repeat(50_000)}${"\"".repeat(50_000)}${"]".repeat(50_000)}\n`],
  ["redaction runs", `Hi Jane,\n\n${"X".repeat(200_000)} ${"{{".repeat(50_000)}\n`],
  ["claims with endless names", `Hi Jane,\n\nYour work at ${"Acme ".repeat(40_000)}, where you build ${"Big ".repeat(20_000)}.\n`],
  ["repeated words", `Hi Jane,\n\n${"the ".repeat(50_000)}\n`],
  ["greeting of capitals", `Dear Mr. ${"Smith ".repeat(30_000)},\n\nHi.\n`],
];

const profile = normalizeProfile({ name: "Jane Doe", company: "Northwind Health", pastCompanies: ["Initech"], schools: ["University of Michigan"] });
const rules: Rule[] = [noPlaceholders, recipientMismatch, spelling, grammar];

describe("hostile input", () => {
  it.each(HOSTILE)("%s", (_, text) => {
    const draft = parseDraft(text, "hostile.md");
    const outcome = runRules(draft, profile, rules.map((rule) => ({ id: rule.meta.id, rule, severity: 1, options: defaults(rule) })), { words: [], today: "2026-11-27" });
    expect(outcome.problems.filter((problem) => problem.fatal)).toEqual([]);
  }, 20_000);
});

function defaults(rule: Rule): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule.meta.options).map(([name, spec]) => [name, spec.default]));
}
