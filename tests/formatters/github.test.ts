import github, { escapeData, escapeProperty } from "../../src/formatters/github.js";
import type { LintResult } from "../../src/types.js";
import { cleanDraft, context, sampleResults } from "./sample-results.js";

describe("github formatter", () => {
  test("prints a workflow command per problem and a summary line", async () => {
    expect(await github(sampleResults, context())).toBe(
      [
        "::error file=drafts/a.md,line=1,endLine=1,col=1,endColumn=9,title=personalization::Greeting 'Hi there' names no one",
        '::warning file=drafts/a.md,line=3,endLine=3,col=20,endColumn=34,title=spam-phrases::Spam phrase "50%25 off, now": say what is on offer',
        "::warning file=drafts/a.md,line=3,endLine=3,col=37,endColumn=47,title=acme/no-html::HTML <b> tags | pipes show as text",
        // Spans two lines: GitHub refuses col/endColumn there; the newline in the message is escaped.
        "::error file=drafts/a.md,line=4,endLine=5,title=transparency::Pitch spans lines:%0Asay who you are",
        "::error file=drafts/broken.md,line=2,endLine=2,col=1,endColumn=1,title=inmail-lint::front matter: expected a YAML mapping",
        "::warning file=templates/intro%2C v2.md,line=3,endLine=3,col=1,endColumn=13,title=acme/tone::Sounds like an ad (to Sam Okafor)",
        "inmail-lint: 3 errors and 3 warnings in 3 of 4 drafts (grades: 2 A, 2 F).",
        "",
      ].join("\n"),
    );
  });

  test("escapes data and properties as @actions/core does", () => {
    expect(escapeData("100% sure\r\nnext: a,b")).toBe("100%25 sure%0D%0Anext: a,b");
    expect(escapeProperty("dir:x/a,b%.md\n")).toBe("dir%3Ax/a%2Cb%25.md%0A");
  });

  test("says so when a clean run has nothing to annotate", async () => {
    expect(await github([cleanDraft], context())).toBe("inmail-lint: no problems in 1 draft (grades: 1 A).\n");
  });

  test("adds a notice when GitHub would drop annotations past 10 of a severity", async () => {
    const many: LintResult = {
      ...cleanDraft,
      messages: Array.from({ length: 11 }, (_, index) => ({ ruleId: "length", severity: 1 as const, message: `Warning ${index}`, line: index + 1, column: 1, endLine: index + 1, endColumn: 2 })),
      warningCount: 11,
    };
    const lines = (await github([many], context())).trimEnd().split("\n");
    expect(lines).toHaveLength(13);
    expect(lines[11]).toBe("inmail-lint: 0 errors and 11 warnings in 1 of 1 draft (grades: 1 A).");
    expect(lines[12]).toBe(
      "::notice title=inmail-lint::GitHub shows only the first 10 errors and 10 warnings of a step as annotations. All 11 problems are listed in this log; for a full report use -f sarif (code scanning) or -f markdown >> $GITHUB_STEP_SUMMARY.",
    );
  });
});
