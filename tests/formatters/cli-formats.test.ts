/** The formats through the real CLI (the built bin, as CI and hooks run it). */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lintFiles } from "../../src/api.js";
import { loadFormatter } from "../../src/formatters/index.js";
import { sarifViolations } from "./sarif-constraints.js";

const ROOT = join(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/inmail-lint.js");
const DRAFTS = ["fixtures/drafts/bad-bait-and-switch.md", "fixtures/drafts/good-follow-up.md"];
const COMMON = ["--today", "2026-11-20", "--no-config-lookup"];

function cli(args: string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "" } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case spawns the CLI a few times; on a busy two-core CI machine that takes seconds.
describe("CLI formats", { timeout: 60_000 }, () => {
  let reference: Array<{ messages: unknown[] }>;
  let problems: number;
  beforeAll(() => {
    reference = JSON.parse(cli([...DRAFTS, ...COMMON, "-f", "json"]).stdout);
    problems = reference.reduce((sum, result) => sum + result.messages.length, 0);
  });

  test("the json run the other formats are compared with found problems", () => {
    expect(reference).toHaveLength(2);
    expect(problems).toBeGreaterThan(0);
  });

  test("-f sarif prints valid SARIF with a result per problem", () => {
    const run = cli([...DRAFTS, ...COMMON, "-f", "sarif"]);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(sarifViolations(log)).toEqual([]);
    expect(log.runs[0].results).toHaveLength(problems);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("fixtures/drafts/bad-bait-and-switch.md");
  });

  test("-f html keeps each draft's text, so every problem is highlighted in place", () => {
    expect(cli([...DRAFTS, ...COMMON, "-f", "html"]).stdout.match(/<mark [^>]*data-problem=/g)).toHaveLength(problems);
  });

  test("the other machine-read formats cover every problem of the same run", async () => {
    // In-process through the API (as the CLI calls it): spawning a CLI per format only adds start-up time.
    const results = await lintFiles(DRAFTS, { cwd: ROOT, today: "2026-11-20", configLookup: false, keepSource: true });
    const context = { cwd: ROOT, color: false, rulesMeta: {}, explain: false, codeFrame: false, fixDryRun: false };
    const format = async (name: string) => (await loadFormatter(name))(results, context);
    expect(JSON.parse(await format("gitlab"))).toHaveLength(problems);
    expect((await format("compact")).split("\n").filter((line) => line.startsWith("fixtures/drafts/"))).toHaveLength(problems);
    expect((await format("github")).split("\n").filter((line) => /^::(error|warning) file=fixtures\/drafts\//.test(line))).toHaveLength(problems);
    expect((await format("junit")).match(/<failure /g)).toHaveLength(problems);
    expect(await format("markdown")).toContain("| fixtures/drafts/good-follow-up.md | **A** 100 | 0 | 0 | — |");
  });

  test("--context and -f codeframe show the offending text under each problem", () => {
    const withContext = cli([...DRAFTS, ...COMMON, "--context"]);
    expect(withContext.code).toBe(1);
    expect(withContext.stdout).toMatch(/\n {3}\d+ \| .+\n {6}\| +\^+\n/);
    expect(cli([...DRAFTS, ...COMMON, "-f", "codeframe"]).stdout).toBe(withContext.stdout);
  });

  test("-o writes the report to a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "inmail-lint-out-"));
    try {
      const run = cli([...DRAFTS, ...COMMON, "-f", "sarif", "-o", join(dir, "reports/inmail-lint.sarif")]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("-f with a formatter file", () => {
    const run = cli([...DRAFTS, ...COMMON, "-f", "./fixtures/formatters/tally.js"]);
    expect(run.stdout).toMatch(/^tally: 2 drafts, \d+ problems, rules [a-z,-]+ \(\d+ described\)\n$/);
  });

  test("an unknown format is a usage error: one line, exit 2", () => {
    const run = cli([...DRAFTS, ...COMMON, "-f", "nope"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^inmail-lint: unknown format 'nope' \(built-in: stylish, json, compact, codeframe, sarif, github, junit, gitlab, markdown, html;/);
  });

  test("--help lists the built-in formats", () => {
    expect(cli(["--help"]).stdout.replace(/\s+/g, " ")).toContain("output format: stylish, json, compact, codeframe, sarif, github, junit, gitlab, markdown, html, or a formatter file or inmail-lint-formatter-<name> package");
  });

  describe("with a plugin and a formatter package in the project", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "inmail-lint-project-"));
      const plugin = `export default {
  name: "acme",
  rules: {
    "no-shouting": {
      meta: { id: "no-shouting", description: "No words in capitals", category: "mechanics", defaultSeverity: "warn", fixable: false, hasSuggestions: false, options: {}, messages: { loud: "'{{word}}' is shouting" }, url: "https://acme.example/rules/no-shouting" },
      check(context) {
        for (const word of context.draft.words) if (word.text.length > 3 && word.text === word.text.toUpperCase() && /[A-Z]/.test(word.text)) context.report({ messageId: "loud", data: { word: word.text }, span: word.span });
      },
    },
  },
};
`;
      writeFileSync(join(dir, "acme-plugin.mjs"), plugin);
      writeFileSync(join(dir, ".inmail-lintrc.json"), JSON.stringify({ plugins: ["./acme-plugin.mjs"], rules: { "acme/no-shouting": "warn" } }));
      writeFileSync(join(dir, "draft.md"), "Hi Jane,\n\nThis is URGENT.\n\nBest,\nSam\n");
      const formatter = join(dir, "node_modules", "inmail-lint-formatter-rules");
      mkdirSync(formatter, { recursive: true });
      writeFileSync(join(formatter, "package.json"), JSON.stringify({ name: "inmail-lint-formatter-rules", version: "1.0.0", type: "module", main: "index.js" }));
      writeFileSync(join(formatter, "index.js"), "export default (results, context) => results.flatMap((r) => r.messages).map((m) => `${m.ruleId}: ${context.rulesMeta[m.ruleId]?.url ?? '-'}`).join('\\n');\n");
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("SARIF describes the plugin rule with its own docs URL", () => {
      const run = cli(["draft.md", "--today", "2026-11-20", "-f", "sarif"], dir);
      const log = JSON.parse(run.stdout);
      expect(sarifViolations(log)).toEqual([]);
      const rule = log.runs[0].tool.driver.rules.find((candidate: { id: string }) => candidate.id === "acme/no-shouting");
      expect(rule).toMatchObject({ name: "AcmeNoShouting", shortDescription: { text: "No words in capitals" }, helpUri: "https://acme.example/rules/no-shouting" });
      expect(log.runs[0].results.find((result: { ruleId: string }) => result.ruleId === "acme/no-shouting").message.text).toBe("'URGENT' is shouting");
    });

    test("-f <name> loads inmail-lint-formatter-<name> from the project's node_modules", () => {
      const run = cli(["draft.md", "--today", "2026-11-20", "-f", "rules"], dir);
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("acme/no-shouting: https://acme.example/rules/no-shouting\n");
    });
  });
});
