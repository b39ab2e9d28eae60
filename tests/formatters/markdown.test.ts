import markdown, { escapeCell, MAX_ROWS } from "../../src/formatters/markdown.js";
import type { LintResult } from "../../src/types.js";
import { cleanDraft, context, sampleResults } from "./sample-results.js";

describe("markdown formatter", () => {
  test("prints a summary and a table row per draft, errors first in the top problems", async () => {
    expect(await markdown(sampleResults, context())).toBe(
      [
        "## inmail-lint",
        "",
        "**3 errors** and **3 warnings** in 3 of 4 drafts. Grades: 2 A, 2 F.",
        "",
        "| Draft | Grade | Errors | Warnings | Top problems |",
        "| :--- | :---: | ---: | ---: | :--- |",
        "| drafts/a.md | **F** 58 | 2 | 2 | `personalization` Greeting 'Hi there' names no one (1:1)<br>`transparency` Pitch spans lines: say who you are (4:1)<br>`spam-phrases` Spam phrase \"50% off, now\": say what is on offer (3:20)<br>…and 1 more |",
        "| drafts/clean.md | **A** 100 | 0 | 0 | — |",
        "| drafts/broken.md | **F** 0 | 1 | 0 | front matter: expected a YAML mapping (2:1) |",
        "| templates/intro, v2.md → Sam Okafor | **A** 92 | 0 | 1 | `acme/tone` Sounds like an ad (3:1) |",
        "",
      ].join("\n"),
    );
  });

  test("escapes pipes and Markdown in cells so the table stays intact", async () => {
    const result: LintResult = { ...cleanDraft, filePath: "/repo/a|b.md", warningCount: 1, messages: [{ ruleId: "x", severity: 1, message: "Use <b>|</b> *less* @jane [link]", line: 1, column: 1, endLine: 1, endColumn: 2 }] };
    const row = (await markdown([result], context())).trimEnd().split("\n").at(-1)!;
    expect(row).toBe(String.raw`| a\|b.md | **A** 100 | 0 | 1 | ` + "`x` " + String.raw`Use &lt;b&gt;\|&lt;/b&gt; \*less\* \@jane \[link\] (1:1) |`);
    // Five cells: once escaped pipes are set aside, six separators remain.
    expect(row.replace(/\\\|/g, "").split("|")).toHaveLength(7);
    expect(escapeCell("a\\b\nc")).toBe(String.raw`a\\b c`);
  });

  test("cuts the table after MAX_ROWS drafts and says how many were left out", async () => {
    const many = Array.from({ length: MAX_ROWS + 2 }, (_, index) => ({ ...cleanDraft, filePath: `/repo/d${index}.md` }));
    const lines = (await markdown(many, context())).trimEnd().split("\n");
    expect(lines.filter((line) => line.startsWith("| d"))).toHaveLength(MAX_ROWS);
    expect(lines.at(-1)).toBe("…and 2 more drafts not shown (see the full report: `-f stylish` or `-f html`).");
  });

  test("says so when nothing was linted", async () => {
    expect(await markdown([], context())).toBe("## inmail-lint\n\nNo drafts were linted.\n");
  });
});
