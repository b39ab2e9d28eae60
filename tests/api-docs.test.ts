// docs/api.md must stay true: its examples run against the built package, as a user would import it.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, ROOT, runCli } from "./cli/helpers.js";

const docs = readFileSync(join(ROOT, "docs/api.md"), "utf8");
const examples = [...docs.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);
const vague = "Subject: A role for you\n\nHi Jane,\n\nI have an exciting opportunity for you. Interested?\n";

/** A folder where `import "inmail-lint"` resolves to this package, as after `npm install inmail-lint`. */
function consumer(): string {
  const dir = project({ "drafts/jane.md": vague });
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(ROOT, join(dir, "node_modules/inmail-lint"), "dir");
  return dir;
}

function runModule(dir: string, file: string, code: string) {
  writeFileSync(join(dir, file), code);
  return spawnSync(process.execPath, [file], { cwd: dir, encoding: "utf8", env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: "1" } });
}

describe("docs/api.md", () => {
  it("has the examples this test runs", () => {
    expect(examples.length).toBe(2);
  });

  it("the main example runs and prints what it promises", () => {
    const run = runModule(consumer(), "example.mjs", examples[0]!);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("1:12 error role-details: This message is about a job but never names the role");
    expect(run.stdout).toMatch(/grade [A-F] \(\d+\/100\)/);
    expect(run.stdout).toContain("drafts/jane.md");
    expect(run.stdout).toMatch(/1 draft\(s\), [01] with errors/);
    expect(run.stdout).toMatch(/rules on: .*personalization/);
  });

  it("the outputFixes example runs", () => {
    const run = runModule(consumer(), "fix.mjs", examples[1]!);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("fixed 0 file(s)\n");
  });

  it("lintText returns what the JSON format prints for the same text", async () => {
    const dir = consumer();
    const code = `import { lintText } from "inmail-lint";\nconst text = ${JSON.stringify(vague)};\nprocess.stdout.write(JSON.stringify(await lintText(text, { filePath: "drafts/jane.md" })));\n`;
    const api = JSON.parse(runModule(dir, "api.mjs", code).stdout) as unknown;
    const cli = JSON.parse(runCli(["--stdin", "--stdin-filename", "drafts/jane.md", "-f", "json"], { cwd: dir, input: vague }).stdout) as unknown;
    expect(api).toEqual(cli);
  });

  it("ships TypeScript types that a consumer can compile against", () => {
    const dir = consumer();
    writeFileSync(
      join(dir, "check.mts"),
      [
        'import { defineRule, lintText, RuleTester, type LintResult, type RuleContext } from "inmail-lint";',
        'const rule = defineRule<{ max: number }>({ meta: { id: "x", description: "", category: "mechanics", defaultSeverity: "warn", fixable: false, hasSuggestions: false, options: {}, messages: { m: "M" } },',
        '  check(context: RuleContext<{ max: number }>) { const limit: number = context.options.max; void limit; } });',
        'const results: LintResult[] = await lintText("Hi", { filePath: "a.md" });',
        "void rule; void results; void RuleTester;",
        "",
      ].join("\n"),
    );
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    const run = spawnSync(process.execPath, [tsc, "--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--skipLibCheck", "--types", "node", "--typeRoots", join(ROOT, "node_modules/@types"), "check.mts"], { cwd: dir, encoding: "utf8" });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
