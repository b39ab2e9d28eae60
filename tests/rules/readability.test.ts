import { RuleTester } from "../../src/testing/rule-tester.js";
import rule, { fleschKincaidGrade } from "../../rules/readability.js";
import { syllables } from "../../rules/util/syllables.js";

/** `count` one-syllable words as one sentence. */
function plainSentence(count: number): string {
  const words = ["We", ...Array.from({ length: count - 1 }, (_, index) => ["build", "the", "tools", "that", "help", "small", "shops", "ship"][index % 8]!)];
  return `${words.join(" ")}.`;
}

/** 38 words, nearly all of four syllables or more. */
const DENSE =
  "Notwithstanding considerable organizational heterogeneity, contemporary documentation infrastructures consistently demonstrate substantially " +
  "accelerated alignment whenever comprehensive governance methodologies are implemented incrementally alongside existing architectural investments, " +
  "particularly within multidisciplinary engineering organizations operating internationally across numerous interdependent regulatory jurisdictions " +
  "and commercial territories.";
/** The first 30 words of DENSE: dense but not long. */
const DENSE_30 = `${DENSE.split(" ").slice(0, 30).join(" ")}.`;

describe("syllables", () => {
  it.each([
    ["a", 1], ["the", 1], ["make", 1], ["played", 1], ["table", 2], ["boxes", 2], ["wanted", 2], ["nation", 2], ["social", 2],
    ["quality", 3], ["studio", 3], ["engineer", 3], ["organization", 5], ["opportunity", 5], ["API", 3],
  ] as const)("%s has %i", (word, count) => {
    expect(syllables(word)).toBe(count);
  });

  it("ignores what is not a letter and caps pathological words", () => {
    expect(syllables("2026")).toBe(0);
    expect(syllables("a".repeat(200_000))).toBe(1);
  });
});

describe("fleschKincaidGrade", () => {
  it("is 0.39 x words per sentence + 11.8 x syllables per word - 15.59", () => {
    expect(fleschKincaidGrade(100, 5, 150)).toBeCloseTo(9.91, 5);
    expect(fleschKincaidGrade(10, 1, 10)).toBeCloseTo(0.11, 5);
  });
});

new RuleTester().run("readability", rule, {
  valid: [
    "Hi Jane,\n\nI'm Sam from Acme. We are hiring a backend engineer. Would you be open to a call next week?\n",
    { code: `Hi Jane,\n\n${plainSentence(45)}\n`, name: "a long sentence of plain words, under maxPlainSentenceWords" },
    { code: `Hi Jane,\n\n${plainSentence(25)} ${plainSentence(25)}\n`, name: "two long sentences: too few for an average" },
    {
      code: `Hi Jane,\n\nThe role:\n\n- ${plainSentence(60)}\n- ${plainSentence(60)}\n\nWould you like a call?\n`,
      name: "list items are fragments, not prose",
    },
    { code: `Hi Jane,\n\n${DENSE}\n`, options: { maxSentenceWords: 40 }, name: "maxSentenceWords: 40" },
  ],
  invalid: [
    {
      code: `Hi Jane,\n\n${plainSentence(52)}\n`,
      errors: [
        {
          messageId: "longSentence",
          message: "Sentence of 52 words: split it (aim for 50 or fewer)",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: plainSentence(52).length + 1,
          severity: 1,
        },
      ],
    },
    {
      code: `Hi Jane,\n\n${plainSentence(45)}\n`,
      options: { maxPlainSentenceWords: 40 },
      errors: [{ message: "Sentence of 45 words: split it (aim for 40 or fewer)", line: 3, column: 1 }],
    },
    {
      code: `Hi Jane,\n\nI'm Sam. ${DENSE}\n`,
      errors: [
        {
          messageId: "longDenseSentence",
          message: "Sentence of 38 words, most of them long: split it and use plainer words (aim for 35 or fewer)",
          line: 3,
          column: 10,
          endColumn: 10 + DENSE.length,
        },
      ],
    },
    {
      name: "a short draft: average sentence length",
      code: `Hi Jane,\n\n${plainSentence(22)} ${plainSentence(22)} ${plainSentence(22)}\n`,
      errors: [
        {
          messageId: "longAverage",
          message: "Sentences average 22.0 words: keep them under 20 so the message reads at a glance",
          line: 3,
          column: 1,
          endColumn: plainSentence(22).length + 1,
        },
      ],
    },
    {
      name: "100 words or more: the grade, at the first body sentence",
      code: `Hi Jane,\n\n${DENSE_30} ${DENSE_30}\n\n${DENSE_30} ${DENSE_30}\n\nBest,\nSam\n`,
      errors: [{ messageId: "hardGrade", message: /^Reads at grade \d+\.\d \(Flesch-Kincaid\): aim for 10 or lower/, line: 3, column: 1, endColumn: DENSE_30.length + 1 }],
    },
  ],
});
