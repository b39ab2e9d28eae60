import { describe, expect, it } from "vitest";
import { parseDraft } from "../../src/draft/parse.js";
import { buildNlpDocument, NLP_MAX_CHARS, NLP_MAX_SENTENCE, nlpText } from "../../src/draft/nlp.js";

/** compromise has hung on repeated periods (#511) and long sentence-less strings (#847): its input is defused. */
describe("text handed to compromise", () => {
  const hostile = {
    periods: `Hi Jane,\n\nWe are hiring${".".repeat(100_000)}\n`,
    noSpaces: `Hi Jane,\n\n${"a".repeat(200_000)}\n`,
    dashes: `Hi Jane,\n\n${"-=".repeat(40_000)}\n`,
    oneSentence: `Hi Jane,\n\n${"we are hiring a senior engineer at Acme and you would love it ".repeat(3_000)}\n`,
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

  it("breaks a stretch longer than NLP_MAX_SENTENCE with a newline in place of a space", () => {
    const draft = parseDraft(hostile.oneSentence);
    const text = nlpText(draft);
    const lines = text.split("\n");
    expect(lines.length).toBeGreaterThan(NLP_MAX_CHARS / (NLP_MAX_SENTENCE + 100));
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(NLP_MAX_SENTENCE + 100);
    // Only spaces became newlines: same length, same words.
    expect(text.length).toBe(Math.min(NLP_MAX_CHARS, draft.body.end - draft.body.start));
    const prose = draft.prose.slice(draft.body.start, draft.body.start + text.length);
    const changed = [...text].flatMap((char, i) => (char === prose[i] ? [] : [`${JSON.stringify(prose[i])}->${JSON.stringify(char)}`]));
    expect(new Set(changed)).toEqual(new Set(['" "->"\\n"']));
  });

  it("leaves real paragraphs alone", () => {
    const draft = parseDraft("Hi Jane,\n\nI saw your talk on Go at GopherCon. Would you be open to a call?\n\nBest,\nSam\n");
    expect(nlpText(draft)).toBe(draft.prose.slice(draft.body.start, draft.body.end));
  });

  for (const [name, text] of Object.entries(hostile)) {
    it(`builds a document for ${name} input`, () => {
      const document = buildNlpDocument(parseDraft(text));
      expect(typeof document.sentences().length).toBe("number");
    }, 30_000);
  }
});
