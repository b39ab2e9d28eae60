import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../rules/index.js";

/**
 * Every built-in rule ships with its docs page and its tests (ESLint's checkRuleFiles): a rule
 * added without them fails here, whoever adds it.
 */
const ROOT = process.cwd();

/** The lines of a `## Heading` section, up to the next `## ` heading. */
function section(lines: string[], heading: string): string[] | null {
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start === -1) return null;
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  return lines.slice(start + 1, end === -1 ? lines.length : end);
}

describe("every built-in rule has docs and tests", () => {
  it("has rules to check, with unique ids", () => {
    const ids = builtinRules.map((rule) => rule.meta.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of builtinRules) {
    const { id } = rule.meta;

    describe(id, () => {
      const docsPath = join(ROOT, "docs/rules", `${id}.md`);
      const testPath = join(ROOT, "tests/rules", `${id}.test.ts`);

      it(`has docs/rules/${id}.md with the required sections`, () => {
        expect(existsSync(docsPath), `missing docs/rules/${id}.md`).toBe(true);
        const lines = readFileSync(docsPath, "utf8").split(/\r?\n/);
        expect(lines[0], "the first line is '# <id>'").toBe(`# ${id}`);
        const description = lines.slice(1).find((line) => line.trim() !== "");
        expect(description, "a one-line description follows the title").toBeDefined();
        expect(description!.startsWith("#"), "a one-line description follows the title").toBe(false);
        const headings = lines.filter((line) => /^#{2,3} /.test(line)).map((line) => line.trim());
        for (const heading of ["## Why", "## Examples", "### Bad", "### Good", "## Options", "## Messages"]) {
          expect(headings, `docs/rules/${id}.md needs '${heading}'`).toContain(heading);
        }
        const order = ["## Examples", "### Bad", "### Good", "## Options"].map((heading) => headings.indexOf(heading));
        expect(order, "Examples holds Bad then Good, before Options").toEqual([...order].sort((a, b) => a - b));
      });

      it("documents every option, or says it has none", () => {
        const lines = readFileSync(docsPath, "utf8").split(/\r?\n/);
        const options = section(lines, "## Options") ?? [];
        const names = Object.keys(rule.meta.options);
        if (names.length === 0) {
          expect(options.join("\n"), "'## Options' says None").toMatch(/\bnone\b/i);
          return;
        }
        const rows = options.filter((line) => line.trim().startsWith("|"));
        for (const name of names) {
          expect(
            rows.some((row) => row.includes(`\`${name}\``)),
            `option '${name}' is a row of the Options table in docs/rules/${id}.md`,
          ).toBe(true);
        }
      });

      it("lists every message id", () => {
        const lines = readFileSync(docsPath, "utf8").split(/\r?\n/);
        const messages = (section(lines, "## Messages") ?? []).join("\n");
        for (const messageId of Object.keys(rule.meta.messages)) {
          expect(messages.includes(`\`${messageId}\``), `message '${messageId}' is listed under '## Messages' in docs/rules/${id}.md`).toBe(true);
        }
      });

      it(`has tests/rules/${id}.test.ts with valid and invalid RuleTester cases`, () => {
        expect(existsSync(testPath), `missing tests/rules/${id}.test.ts`).toBe(true);
        const text = readFileSync(testPath, "utf8");
        expect(text).toMatch(/RuleTester/);
        expect(text).toMatch(/\bvalid\s*:/);
        expect(text).toMatch(/\binvalid\s*:/);
      });
    });
  }
});
