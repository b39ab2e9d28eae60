import { describe, expect, it } from "vitest";
import { parseDraft } from "../../src/draft/parse.js";
import { buildNlpDocument, NLP_MAX_CHARS, nlpText } from "../../src/draft/nlp.js";

/** compromise has hung on repeated periods (#511) and long sentence-less strings (#847): its input is defused. */
describe("text handed to compromise", () => {
  const hostile = {
    periods: `Hi Jane,\n\nWe are hiring${".".repeat(100_000)}\n`,
    noSpaces: `Hi Jane,\n\n${"a".repeat(200_000)}\n`,
    dashes: `Hi Jane,\n\n${"-=".repeat(40_000)}\n`,
  };

  it("keeps offsets: the defused text is a same-length prefix view of the body", () => {
    const draft = parseDraft("---\nsubject: x\n---\nHi Jane,\n\nI saw your talk... Great!!!! Thanks.\n");
    const text = nlpText(draft);
    expect(text.length).toBe(draft.body.end - draft.body.start);
    expect(text.indexOf("talk")).toBe(draft.prose.indexOf("talk") - draft.body.start);
    expect(text).not.toContain("!!!!");
  });

  it("caps the amount of text", () => {
    expect(nlpText(parseDraft(hostile.noSpaces)).length).toBeLessThanOrEqual(NLP_MAX_CHARS);
  });

  for (const [name, text] of Object.entries(hostile)) {
    it(`builds a document for ${name} input`, () => {
      const document = buildNlpDocument(parseDraft(text));
      expect(typeof document.sentences().length).toBe("number");
    }, 30_000);
  }
});
