import { lintTexts } from "../../src/api.js";

/**
 * Hostile input must not hang or crash the etiquette rules (linear regexes, bounded scans).
 * No timing is asserted: a hang shows up as the test runner's timeout.
 */
const RULES = ["generic-opener", "self-focus", "call-to-action", "readability", "relevance", "respect-boundaries", "duplicate-outreach"];
const jane = { name: "Jane Doe", title: "Senior Backend Engineer", skills: ["Go", "PostgreSQL"] };

const HOSTILE: Record<string, string> = {
  "200,000 characters without a space": `Hi Jane,\n\n${"a".repeat(200_000)}\n`,
  "100,000 periods": `Hi Jane,\n\n${".".repeat(100_000)}\n`,
  "a 30,000-part hyphenated title": `Hi Jane,\n\nWe are hiring a ${"senior-".repeat(30_000)}nurse role.\n`,
  "10,000 questions": `Hi Jane,\n\n${"Would you be open to a call? ".repeat(10_000)}\n`,
  "50,000 one-letter words after a hiring cue": `Hi Jane,\n\nWe are hiring ${"a ".repeat(50_000)}nurse.\n`,
};

describe("etiquette rules on hostile input", () => {
  it.each(Object.keys(HOSTILE))("%s", async (name) => {
    const text = HOSTILE[name]!;
    const results = await lintTexts([{ text, filePath: "hostile-a.md", profile: jane }, { text, filePath: "hostile-b.md", profile: { ...jane, name: "Ann Lee" } }], {
      configLookup: false,
      today: "2026-11-27",
    });
    expect(results).toHaveLength(2);
    const crashes = results.flatMap((result) => result.messages.filter((message) => message.fatal && RULES.includes(message.ruleId ?? "")));
    expect(crashes).toEqual([]);
  });
});
