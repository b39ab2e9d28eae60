import rule from "../../rules/vague-opportunity.js";
import { ruleCredits } from "./rule-credits.js";

/** The `concrete-role` credit vague-opportunity gives the grade: a named role with a posted pay range. */
const credits = (text: string) => ruleCredits(rule, text);

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
