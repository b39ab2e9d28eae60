import codeframe from "../../src/formatters/codeframe.js";
import stylish from "../../src/formatters/stylish.js";
import type { LintResult } from "../../src/types.js";
import { cleanDraft, context, draftA, sampleResults } from "./sample-results.js";

const SUMMARY = [
  "✖ 6 problems (3 errors, 3 warnings)",
  "  0 errors and 1 warning potentially fixable with the `--fix` option.",
  "4 drafts graded: 2 A, 2 F",
  "campaign: 1 template × 1 recipient = 1 message",
  "  templates/intro, v2.md  1 A",
  "",
];

describe("stylish formatter", () => {
  test("prints problems per draft, the grade, and with --explain the score breakdown", async () => {
    const out = await stylish(sampleResults, context({ explain: true }));
    expect(out).toBe(
      [
        "",
        "drafts/a.md",
        "  1:1   error    Greeting 'Hi there' names no one                  personalization",
        '  3:20  warning  Spam phrase "50% off, now": say what is on offer  spam-phrases',
        "  3:37  warning  HTML <b> tags | pipes show as text                acme/no-html",
        "  4:1   error    Pitch spans lines: say who you are                transparency",
        "  grade F  58/100",
        "  score breakdown",
        "        100  base",
        "        -20  personalization: 1 error",
        "        -15  transparency: 1 error",
        "         -5  spam-phrases: 1 warning (8 before warnings)",
        "         -4  acme/no-html: 1 warning",
        "         +2  follow-up-links: one job link",
        "       = 58  score",
        "",
        "drafts/clean.md",
        "  grade A  100/100",
        "  score breakdown",
        "        100  base",
        "      = 100  score",
        "",
        "drafts/broken.md",
        "  2:1  error  front matter: expected a YAML mapping",
        "  grade F  0/100",
        "  score breakdown",
        "        100  base",
        "        = 0  score",
        "",
        "templates/intro, v2.md (template, 1 recipient)",
        "  → Sam Okafor (recipient 2)",
        "  3:1  warning  Sounds like an ad  acme/tone",
        "  grade A  92/100",
        "  score breakdown",
        "        100  base",
        "         -8  acme/tone: 1 warning",
        "       = 92  score",
        "",
        ...SUMMARY,
      ].join("\n"),
    );
  });

  test("--context (codeFrame) shows the offending text under each problem; codeframe is the same", async () => {
    const expected = [
      "",
      "drafts/a.md",
      "  1:1   error    Greeting 'Hi there' names no one                  personalization",
      "    1 | Hi there,",
      "      | ^^^^^^^^",
      '  3:20  warning  Spam phrase "50% off, now": say what is on offer  spam-phrases',
      '    3 | Great opportunity: 50% off, "now" | <b>act</b> today!',
      "      |                    ^^^^^^^^^^^^^^",
      "  3:37  warning  HTML <b> tags | pipes show as text                acme/no-html",
      '    3 | Great opportunity: 50% off, "now" | <b>act</b> today!',
      "      |                                     ^^^^^^^^^^",
      "  4:1   error    Pitch spans lines: say who you are                transparency",
      "    4 | I run sales at Acme,",
      "      | ^^^^^^^^^^^^^^^^^^^^",
      "  grade F  58/100",
      "",
      "drafts/clean.md",
      "  grade A  100/100",
      "",
      "drafts/broken.md",
      "  2:1  error  front matter: expected a YAML mapping",
      "  grade F  0/100",
      "",
      "templates/intro, v2.md (template, 1 recipient)",
      "  → Sam Okafor (recipient 2)",
      "  3:1  warning  Sounds like an ad  acme/tone",
      "    3 | Our platform: PipelinePilot.",
      "      | ^^^^^^^^^^^^",
      "  grade A  92/100",
      "",
      ...SUMMARY,
    ].join("\n");
    expect(await stylish(sampleResults, context({ codeFrame: true }))).toBe(expected);
    expect(await codeframe(sampleResults, context())).toBe(expected);
  });

  test("the code frame shows a window of a very long line, not all of it", async () => {
    const line = `${"x".repeat(200_000)} problem here ${"y".repeat(200_000)}`;
    const result: LintResult = { ...cleanDraft, source: line, errorCount: 1, messages: [{ ruleId: "r", severity: 2, message: "m", line: 1, column: 200_002, endLine: 1, endColumn: 200_009 }] };
    const [, , , frame, carets] = (await codeframe([result], context())).split("\n");
    expect(frame).toBe(`    1 | …${"x".repeat(39)} problem here ${"y".repeat(160 - 39 - 14)}…`);
    expect(carets).toBe(`      | ${" ".repeat(41)}^^^^^^^`);
  });

  test("colours only when allowed", async () => {
    expect(await stylish([draftA], context())).not.toContain("\u001b[");
    expect(await stylish([draftA], context({ color: true }))).toContain("\u001b[31merror\u001b[39m");
  });

  test("says so when there are no problems", async () => {
    expect(await stylish([cleanDraft], context())).toBe("\ndrafts/clean.md\n  grade A  100/100\n\n✔ No problems\n1 draft graded: 1 A\n");
  });
});
