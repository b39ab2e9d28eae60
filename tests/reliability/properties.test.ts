import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText, loadFormatter, type LintOptions } from "../../src/api.js";
import { applyFixes } from "../../src/engine/fix.js";
import type { LintMessage, LintResult } from "../../src/types.js";
import { allRulesConfig } from "./all-rules.js";

/**
 * Properties of linting any text, checked on generated drafts: realistic pieces (greetings, merge
 * fields, URLs, Markdown, emoji, line endings, a BOM, long runs) mixed with random Unicode.
 * Seeded, so a run is repeatable; on failure fast-check prints the seed and the smallest draft
 * that breaks the property.
 */
const SEED = Number(process.env.FC_SEED ?? 20_261_127);
const RUNS = Number(process.env.FC_RUNS ?? 150);

const greetings = fc.constantFrom("Hi Jane,", "Dear {{first_name}},", "Hello there!", "Hey [First Name] -", "Hi Mr. Smith,", "Hi Jane Doe,", "Hello,", "Hi,");
const mergeFields = fc.constantFrom("{{first_name}}", "{{ company }}", "{company}", "[First Name]", "[insert company]", "<NAME>", "%FIRSTNAME%", "*|FNAME|*", "XXX", "#firstName#", "{{lead.Company}}");
const urls = fc.constantFrom("https://acme.example/jobs/42", "www.acme.com", "bit.ly/3xYz", "mailto:sam@acme.io", "sam@acme.io", "https://linkedin.com/in/sam-park/", "http://x.io/a_(b)", "https://acme.example/?q=a&b=c#frag");
const markdown = fc.constantFrom("**bold**", "_it_", "`code`", "[link](https://x.io)", "> quote", "- item", "1. item", "```\ncode\n```", "<!-- comment -->", "<!-- inmail-lint-disable -->", "<!-- inmail-lint-enable -->", "<!-- inmail-lint-disable-next-line spelling -->", "<!-- inmail-lint-disable-line -->", "# Heading", "***", "<b>x</b>", "[ref]: https://x.io", "![img](a.png)", "\\*", "~~gone~~");
const emoji = fc.constantFrom("🚀", "👍🏽", "👩‍💻", "🇺🇸", "❤️", "🙂", "✅");
const prose = fc.constantFrom(
  "I'm Sam Park, a recruiter at Acme.",
  "We are hiring a senior Go engineer for our payments team.",
  "Would you be open to a call next week?",
  "This is a great opportunity!",
  "ACT NOW!!! LIMITED TIME",
  "I saw your talk at GopherCon on PostgreSQL.",
  "teh recieve a apple an car",
  "the the",
  "Best,\nSam",
  "Thanks,\nSam Park\nRecruiter, Acme",
  "P.S. just following up again",
  "Re: our chat",
  "Subject: Quick question",
  "Your work at Northwind Health on the ICU scheduler",
  "Salary: $150,000 - $180,000 USD, 100% remote.",
  "As we discussed, I'm reaching out about a role.",
  "U.S. e.g. Inc. Dr. No. 5",
  "I I I me my mine",
);
const spaces = fc.constantFrom("\n", "\r\n", "\n\n", "\r\n\r\n", " ", "\t", "\u00a0", "\u2028", "\r", "\u200b", "  ");
const longRun = fc
  .tuple(fc.constantFrom(".", "!", " ", "a", "(", ")", "'", "*", "_", "-", "\t", "{", "[", "A", "0,", "\n"), fc.integer({ min: 30, max: 1_500 }))
  .map(([unit, count]) => unit.repeat(count));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const randomText = fc.oneof(fc.string({ unit: "grapheme", maxLength: 12 }), fc.string({ unit: "binary", maxLength: 8 }), loneSurrogate);

const piece = fc.oneof(
  { arbitrary: prose, weight: 5 },
  { arbitrary: spaces, weight: 5 },
  { arbitrary: greetings, weight: 2 },
  { arbitrary: mergeFields, weight: 2 },
  { arbitrary: urls, weight: 2 },
  { arbitrary: markdown, weight: 2 },
  { arbitrary: emoji, weight: 1 },
  { arbitrary: longRun, weight: 1 },
  { arbitrary: randomText, weight: 3 },
);

const yamlValue = fc.oneof(fc.constantFrom("Backend role at Acme", '"Re: hello"', "[unclosed", "{a: b}", "'quoted'", "", "Hi {{first_name}}", "|\n  block"), fc.string({ maxLength: 12 }));
// Mostly valid front matter: a broken one ends linting at once (a file-level error), which is
// checked, but says little about the rules.
const frontMatter = fc.oneof(
  { arbitrary: fc.constant(""), weight: 5 },
  { arbitrary: fc.constantFrom("Backend role at Acme", "Quick question, {{first_name}}", "RE: our chat", "🚀 GREAT OPPORTUNITY!!!").map((subject) => `---\nsubject: ${subject}\n---\n`), weight: 3 },
  { arbitrary: fc.constantFrom("---\nkind: follow-up\nhistory:\n  - date: 2026-11-01\n---\n", "---\nkind: connection-request\n---\n", "---\ntemplate: true\n---\n", "---\n---\n"), weight: 2 },
  { arbitrary: yamlValue.map((subject) => `---\nsubject: ${subject}\n---\n`), weight: 1 },
  { arbitrary: fc.oneof(fc.constantFrom("---\nkind: email\n---\n", "---\nsubject: x\n"), fc.string({ maxLength: 30 }).map((yaml) => `---\n${yaml}\n---\n`)), weight: 1 },
);

/** A draft: maybe a BOM, maybe front matter, then pieces; maybe every line ending turned CRLF. */
const draft = fc
  .tuple(fc.boolean(), frontMatter, fc.array(piece, { maxLength: 30 }), fc.constantFrom("", " ", "\n"), fc.boolean())
  .map(([bom, head, pieces, glue, crlf]) => {
    const text = head + pieces.join(glue);
    return (bom ? "\uFEFF" : "") + (crlf ? text.replace(/\r?\n/g, "\r\n") : text);
  });

const profile = fc.constantFrom(undefined, { name: "Jane Doe", company: "Northwind Health", title: "Senior Backend Engineer", skills: ["Go", "PostgreSQL"], schools: ["University of Michigan"] });

const OPTIONS: LintOptions = { configLookup: false, config: allRulesConfig(), today: "2026-11-27", keepSource: true };
const lint = async (text: string, options: Partial<LintOptions> = {}): Promise<LintResult> => {
  const results = await lintText(text, { ...OPTIONS, filePath: "draft.md", ...options });
  expect(results).toHaveLength(1);
  return results[0]!;
};
const run = <Ts extends [unknown, ...unknown[]]>(property: fc.IAsyncProperty<Ts>) => fc.assert(property, { seed: SEED, numRuns: RUNS, endOnFailure: true });

function expectInside(message: LintMessage, lines: string[]): void {
  const inside = (line: number, column: number) => line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  expect(inside(message.line, message.column), `start ${message.line}:${message.column} of ${JSON.stringify(message)}`).toBe(true);
  expect(inside(message.endLine!, message.endColumn!), `end ${message.endLine}:${message.endColumn} of ${JSON.stringify(message)}`).toBe(true);
  expect(message.endLine! > message.line || (message.endLine === message.line && message.endColumn! >= message.column), `end before start in ${JSON.stringify(message)}`).toBe(true);
}

describe("properties of linting any draft", () => {
  it("never throws, no rule crashes, every span lies inside the file, and the JSON report is valid", async () => {
    const json = await loadFormatter("json");
    await run(
      fc.asyncProperty(draft, profile, async (text, recipient) => {
        const result = await lint(text, { profile: recipient });
        const unreadable = result.messages.some((message) => message.fatal && message.ruleId === null);
        if (unreadable) expect(result.messages).toHaveLength(1);
        expect(result.messages.filter((message) => message.fatal && message.ruleId !== null)).toEqual([]);
        const source = text.replace(/^\uFEFF/, "");
        const lines = source.split("\n");
        for (const message of [...result.messages, ...(result.suppressedMessages ?? [])]) {
          expectInside(message, lines);
          for (const fix of [message.fix, ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)]) {
            if (fix) expect(0 <= fix.range[0] && fix.range[0] <= fix.range[1] && fix.range[1] <= source.length, `fix ${JSON.stringify(fix)}`).toBe(true);
          }
        }
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        const report = await json([result], { cwd: process.cwd(), color: false, rulesMeta: {}, explain: false, codeFrame: false, fixDryRun: false });
        // The JSON format leaves out the text itself (kept here for the formatters that show it).
        const { source: _source, ...printed } = result;
        expect(JSON.parse(report)).toEqual(JSON.parse(JSON.stringify([printed])));
      }),
    );
  }, 300_000);

  it("one rule's fixes never overlap each other, so no pass has to drop a rule's own fix", async () => {
    await run(
      fc.asyncProperty(draft, async (text) => {
        const result = await lint(text);
        const byRule = new Map<string, Array<[number, number]>>();
        for (const message of result.messages) if (message.fix) byRule.set(message.ruleId!, [...(byRule.get(message.ruleId!) ?? []), message.fix.range]);
        for (const [ruleId, ranges] of byRule) {
          const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
          for (let i = 1; i < sorted.length; i++) expect(sorted[i]![0] >= sorted[i - 1]![1], `${ruleId} fixes ${JSON.stringify(sorted)}`).toBe(true);
        }
      }),
    );
  }, 300_000);

  it("fixing twice gives the same text as fixing once", async () => {
    await run(
      fc.asyncProperty(draft, async (text) => {
        const once = (await lint(text, { fix: true })).output ?? text;
        const twice = (await lint(once, { fix: true })).output ?? once;
        expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
      }),
    );
  }, 300_000);
});

describe("properties of applying fixes", () => {
  const fixes = fc.array(
    fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 10 }), fc.string({ maxLength: 4 })).map(([start, length, text]) => ({ span: { start, end: start + length }, text })),
    { maxLength: 12 },
  );

  it("applies fixes that neither overlap nor touch, in order, and defers the rest", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 50, maxLength: 60 }), fixes, (source, list) => {
        const { output, applied, deferred } = applyFixes(source, list);
        expect(applied + deferred).toBe(list.length);
        // Rebuild the output from the fixes a pass may take: sorted, each starting after the last one's end.
        const ordered = [...list].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
        let expected = "";
        let cursor = 0;
        let lastEnd = -1;
        let taken = 0;
        for (const fix of ordered) {
          if (fix.span.start <= lastEnd) continue;
          expected += source.slice(cursor, fix.span.start) + fix.text;
          cursor = fix.span.end;
          lastEnd = fix.span.end;
          taken++;
        }
        expect(output).toBe(expected + source.slice(cursor));
        expect(applied).toBe(taken);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
