import { parseDraft } from "../../src/draft/parse.js";
import { resolveRuleOptions } from "../../src/engine/options.js";
import { runRules } from "../../src/engine/run-rules.js";
import rule from "../../rules/vague-opportunity.js";

/** The `concrete-role` credit vague-opportunity gives the grade: a named role with a posted pay range. */
function credits(text: string): string[] {
  const { options } = resolveRuleOptions(rule.meta, undefined);
  const outcome = runRules(parseDraft(text, "draft.md"), null, [{ id: rule.meta.id, rule, severity: 1, options }], { words: [], today: "2026-11-27" });
  return outcome.credits.map((credit) => `${credit.id}: ${credit.detail}`);
}

describe("vague-opportunity credit", () => {
  it("credits a role with a pay range", () => {
    expect(credits("Hi Ana,\n\nThe role is Backend Engineer II, hybrid in Austin, and pays $135,000 to $155,000.\n")).toEqual([
      "concrete-role: role 'Engineer' with pay range from '$135,000'",
    ]);
    expect(credits("---\nsubject: Staff SRE at Mosaic Health (remote US, $200-230k)\n---\nHi Aisha,\n")).toEqual(["concrete-role: role 'SRE' with pay range from '$200'"]);
  });

  it("does not credit one figure, or pay without a role", () => {
    expect(credits("Hi Ana,\n\nThe Developer position pays $180,000 per year.\n")).toEqual([]);
    expect(credits("Hi Ana,\n\nIt pays $135,000 to $155,000.\n")).toEqual([]);
  });
});
