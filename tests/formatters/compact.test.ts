import compact from "../../src/formatters/compact.js";
import { cleanDraft, context, sampleResults } from "./sample-results.js";

describe("compact formatter", () => {
  test("prints one path:line:col: severity message [rule-id] line per problem", async () => {
    expect(await compact(sampleResults, context())).toBe(
      [
        "drafts/a.md:1:1: error Greeting 'Hi there' names no one [personalization]",
        'drafts/a.md:3:20: warning Spam phrase "50% off, now": say what is on offer [spam-phrases]',
        "drafts/a.md:3:37: warning HTML <b> tags | pipes show as text [acme/no-html]",
        "drafts/a.md:4:1: error Pitch spans lines: say who you are [transparency]",
        "drafts/broken.md:2:1: error front matter: expected a YAML mapping",
        "templates/intro, v2.md:3:1: warning Sounds like an ad (to Sam Okafor) [acme/tone]",
        "",
        "6 problems",
        "",
      ].join("\n"),
    );
  });

  test("prints nothing for clean drafts", async () => {
    expect(await compact([cleanDraft], context())).toBe("");
  });

  test("keeps absolute paths for files outside the working directory", async () => {
    const outside = { ...cleanDraft, filePath: "/elsewhere/x.md", messages: [{ ruleId: "length", severity: 1 as const, message: "Long", line: 2, column: 3, endLine: 2, endColumn: 9 }] };
    expect(await compact([outside], context())).toBe("/elsewhere/x.md:2:3: warning Long [length]\n\n1 problem\n");
  });
});
