import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { builtInFormatterNames, loadFormatter } from "../../src/formatters/index.js";
import { InmailLintError } from "../../src/errors.js";
import { context, sampleResults } from "./sample-results.js";

const FIXTURE = join(import.meta.dirname, "../../fixtures/formatters/tally.js");
const TALLY = "tally: 4 drafts, 6 problems, rules acme/no-html,acme/tone,personalization,spam-phrases,transparency (5 described)\n";

describe("formatter registry", () => {
  test("knows every built-in format, and each one formats the sample results", async () => {
    expect(builtInFormatterNames()).toEqual(["stylish", "json", "compact", "codeframe", "sarif", "github", "junit", "gitlab", "markdown", "html"]);
    for (const name of builtInFormatterNames()) {
      const output = await (await loadFormatter(name))(sampleResults, context());
      expect(output.length, name).toBeGreaterThan(50);
    }
  });

  test("loads a custom formatter from a file path, relative or absolute", async () => {
    const cwd = join(import.meta.dirname, "../..");
    expect(await (await loadFormatter(`./${relative(cwd, FIXTURE)}`, cwd))(sampleResults, context())).toBe(TALLY);
    expect(await (await loadFormatter(FIXTURE, cwd))(sampleResults, context())).toBe(TALLY);
  });

  describe("from a package", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "inmail-lint-formatter-"));
      const write = (name: string, main: string, code: string) => {
        const root = join(dir, "node_modules", name);
        mkdirSync(root, { recursive: true });
        writeFileSync(join(root, "package.json"), JSON.stringify({ name, version: "1.0.0", type: "module", main }));
        writeFileSync(join(root, main), code);
      };
      write("inmail-lint-formatter-count", "index.js", "export function format(results) { return `count: ${results.length}`; }\n");
      write("@acme/inmail-lint-formatter-brief", "lib.js", "export default (results, context) => `brief in ${context.cwd}: ${results.map((r) => r.grade).join('')}`;\n");
      write("inmail-lint-formatter-broken", "index.js", "export const nothing = 1;\n");
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("by short name (inmail-lint-formatter-<name>), exporting `format`", async () => {
      expect(await (await loadFormatter("count", dir))(sampleResults, context())).toBe("count: 4");
      expect(await (await loadFormatter("inmail-lint-formatter-count", dir))(sampleResults, context())).toBe("count: 4");
    });

    test("by scoped package name, exporting a default function", async () => {
      expect(await (await loadFormatter("@acme/inmail-lint-formatter-brief", dir))(sampleResults, context())).toBe("brief in /repo: FAFA");
    });

    test("a package without a formatter function, or no such package, is a usage error naming it", async () => {
      await expect(loadFormatter("broken", dir)).rejects.toThrow("formatter 'broken' does not export a function (default export or 'format')");
      const missing = await loadFormatter("nope", dir).catch((error: unknown) => error);
      expect(missing).toBeInstanceOf(InmailLintError);
      expect((missing as InmailLintError).kind).toBe("usage");
      expect((missing as Error).message).toMatch(/^unknown format 'nope' \(built-in: stylish, json, compact, codeframe, sarif, github, junit, gitlab, markdown, html; or a file path/);
    });
  });

  test("names of Object.prototype members are not formats", async () => {
    await expect(loadFormatter("toString", "/")).rejects.toThrow("unknown format 'toString'");
  });
});
