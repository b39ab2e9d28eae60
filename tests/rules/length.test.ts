import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/length.js";

/** 21 characters; n of them joined by spaces take 22n - 1. */
const SENTENCE = "Abcdefghij klmnopqrs.";
/** "Hi Samuel," (10) and a paragraph break (2): the body's sentences start at visible character 12. */
const message = (sentences: number, frontMatter = "") => `${frontMatter}Hi Samuel,\n\n${Array(sentences).fill(SENTENCE).join(" ")}\n`;
/** Visible length: 10 + 2 + 22n - 1. */
const visibleLength = (sentences: number) => 22 * sentences + 11;
/** Column where sentence k (0-based) starts, and the column after it ends. */
const startColumn = (k: number) => 22 * k + 1;
const endColumn = (k: number) => 22 * k + 22;

new RuleTester().run("length", rule, {
  valid: [
    { name: "a short InMail", code: message(20) },
    { name: "exactly the recommended length", code: `${"a".repeat(1200)}\n` },
    { name: "a connection note under 300", code: message(13, "---\nkind: connection-request\n---\n") },
    { name: "a 200-character subject", code: `---\nsubject: ${"a".repeat(200)}\n---\nHi Samuel,\n` },
    { name: "recommended length raised", code: message(60), options: { recommendedLength: 1400 } },
  ],
  invalid: [
    {
      name: "InMail body over 1,900: the sentence holding character 1,901",
      // Character 1,901 is column 1901 - 12 = 1889 of line 3, inside sentence 85 (columns 1871-1891).
      code: message(90),
      errors: [
        {
          messageId: "bodyTooLong",
          message: `Message is ${visibleLength(90)} characters; an InMail holds 1900, and this sentence crosses the limit`,
          line: 3,
          column: startColumn(85),
          endLine: 3,
          endColumn: endColumn(85),
          severity: 2,
        },
      ],
    },
    {
      name: "over 1,200: a warning at the sentence holding character 1,201",
      // Character 1,201 is column 1189, the first letter of sentence 54.
      code: message(60),
      errors: [
        {
          messageId: "longBody",
          message: `Message is ${visibleLength(60)} characters; InMails over 1200 get fewer replies (LinkedIn), and this sentence passes 1200`,
          line: 3,
          column: startColumn(54),
          endColumn: endColumn(54),
          severity: 1,
        },
      ],
    },
    {
      name: "maxLength raised to LinkedIn's 2,000: only the warning is left",
      code: message(90),
      options: { maxLength: 2000 },
      errors: [{ messageId: "longBody", line: 3, column: startColumn(54), endColumn: endColumn(54), severity: 1 }],
    },
    {
      name: "a regular message has no InMail limit, only the recommendation",
      code: message(90, "---\nkind: message\n---\n"),
      errors: [{ messageId: "longBody", line: 6, column: startColumn(54), severity: 1 }],
    },
    {
      name: "follow-ups are InMails",
      code: message(90, "---\nkind: follow-up\n---\n"),
      errors: [{ messageId: "bodyTooLong", line: 6, column: startColumn(85), severity: 2 }],
    },
    {
      name: "connection note over 300 (premium)",
      // Character 301 is column 289, inside sentence 13 (columns 287-307).
      code: message(14, "---\nkind: connection-request\n---\n"),
      errors: [
        {
          messageId: "noteTooLong",
          message: `Connection note is ${visibleLength(14)} characters; the premium plan allows 300, and this sentence crosses the limit`,
          line: 6,
          column: startColumn(13),
          endLine: 6,
          endColumn: endColumn(13),
          severity: 2,
        },
      ],
    },
    {
      name: "connection note over 200 on the free plan",
      // Character 201 is column 189, inside sentence 8 (columns 177-197).
      code: message(9, "---\nkind: connection-request\n---\n"),
      options: { plan: "free" },
      errors: [
        {
          message: `Connection note is ${visibleLength(9)} characters; the free plan allows 200, and this sentence crosses the limit`,
          line: 6,
          column: startColumn(8),
          endColumn: endColumn(8),
        },
      ],
    },
    {
      name: "a Markdown link's URL counts: it is pasted when the message is sent",
      // 275 (12 sentences) + " Read my post ." (15; the blanked link syntax leaves a space before the period) + the URL and a space (18) = 308.
      // Without the URL it would be 290, under the limit; the URL pushes it over inside the last sentence.
      code: `---\nkind: connection-request\n---\nHi Samuel,\n\n${Array(12).fill(SENTENCE).join(" ")} Read [my post](https://ex.co/abc).\n`,
      errors: [{ message: "Connection note is 308 characters; the premium plan allows 300, and this sentence crosses the limit", line: 6, column: 265, endColumn: 299 }],
    },
    {
      name: "subject over 200: from character 201 to the end",
      code: `---\nsubject: ${"a".repeat(203)}\n---\nHi Samuel,\n`,
      errors: [{ messageId: "subjectTooLong", message: "Subject is 203 characters; LinkedIn allows 200 in an InMail subject", line: 2, column: 210, endLine: 2, endColumn: 213, severity: 2 }],
    },
    {
      name: "a run of blank lines counts as one paragraph break (two), indentation after it as nothing",
      // 1,195 letters + "\n\n\n\n  " (2) + "bcdefg." (7) = 1,204: character 1,201 is the "e".
      code: `${"a".repeat(1195)}\n\n\n\n  bcdefg.\n`,
      errors: [{ messageId: "longBody", message: "Message is 1204 characters; InMails over 1200 get fewer replies (LinkedIn), and this sentence passes 1200", line: 5, column: 3, endColumn: 10 }],
    },
  ],
});
