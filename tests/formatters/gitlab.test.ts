import gitlab, { fingerprint } from "../../src/formatters/gitlab.js";
import type { LintResult } from "../../src/types.js";
import { cleanDraft, context, draftA, sampleResults } from "./sample-results.js";

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const parse = async (results: LintResult[]) => JSON.parse(await gitlab(results, context())) as Issue[];

describe("gitlab formatter (code quality)", () => {
  test("prints the code quality issues GitLab reads", async () => {
    const issues = await parse(sampleResults);
    expect(issues.map(({ fingerprint: _, ...issue }) => issue)).toEqual([
      { description: "Greeting 'Hi there' names no one", check_name: "personalization", severity: "major", location: { path: "drafts/a.md", lines: { begin: 1 } } },
      { description: 'Spam phrase "50% off, now": say what is on offer', check_name: "spam-phrases", severity: "minor", location: { path: "drafts/a.md", lines: { begin: 3 } } },
      { description: "HTML <b> tags | pipes show as text", check_name: "acme/no-html", severity: "minor", location: { path: "drafts/a.md", lines: { begin: 3 } } },
      { description: "Pitch spans lines: say who you are", check_name: "transparency", severity: "major", location: { path: "drafts/a.md", lines: { begin: 4 } } },
      { description: "front matter: expected a YAML mapping", check_name: "inmail-lint", severity: "critical", location: { path: "drafts/broken.md", lines: { begin: 2 } } },
      { description: "Sounds like an ad (to Sam Okafor)", check_name: "acme/tone", severity: "minor", location: { path: "templates/intro, v2.md", lines: { begin: 3 } } },
    ]);
    for (const issue of issues) expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(issues[0]!.fingerprint).toBe(fingerprint(["drafts/a.md", "", "personalization", "Greeting 'Hi there' names no one", "1"]));
  });

  test("fingerprints are unique, and stable when a problem moves to another line", async () => {
    const issues = await parse(sampleResults);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    const moved: LintResult = { ...draftA, messages: draftA.messages.map((message) => ({ ...message, line: message.line + 3, endLine: message.endLine + 3 })) };
    const before = (await parse([draftA])).map((issue) => issue.fingerprint);
    const after = (await parse([moved])).map((issue) => issue.fingerprint);
    expect(after).toEqual(before);
  });

  test("tells identical problems in one file apart", async () => {
    const twice = { ruleId: "length", severity: 1 as const, message: "Too long", line: 1, column: 1, endLine: 1, endColumn: 2 };
    const issues = await parse([{ ...cleanDraft, messages: [twice, { ...twice, line: 5, endLine: 5 }] }]);
    expect(issues[0]!.fingerprint).not.toBe(issues[1]!.fingerprint);
  });

  test("prints an empty list for a clean run", async () => {
    expect(await gitlab([cleanDraft], context())).toBe("[]\n");
  });
});
