import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, runCli } from "./helpers.js";

const written = (dir: string) => JSON.parse(readFileSync(join(dir, ".inmail-lintrc.json"), "utf8")) as unknown;

describe("--init", () => {
  it("asks two questions and writes the answers (sales, strict)", () => {
    const dir = project({});
    const run = runCli(["--init"], { cwd: dir, input: "2\ny\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("What do you send? 1) recruiting messages  2) sales messages [1]: 2\n");
    expect(run.stdout).toContain("(y/N): y\n");
    expect(run.stdout).toContain("Wrote .inmail-lintrc.json.");
    expect(written(dir)).toEqual({ extends: ["inmail-lint:sales", "inmail-lint:strict"], rules: { "sales-disclosure": ["error", { sentences: 2 }] } });
  });

  it("asks again after an answer it does not understand, and takes the default on an empty line", () => {
    const dir = project({});
    const run = runCli(["--init"], { cwd: dir, input: "maybe\nrecruiting\n\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Please answer 1 (recruiting) or 2 (sales).");
    expect(written(dir)).toEqual({ extends: ["inmail-lint:recruiting"], rules: { "role-details": ["error", { requireSalary: false }] } });
  });

  it("--yes takes the defaults without reading input", () => {
    const dir = project({});
    const run = runCli(["--init", "--yes"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("What do you send?");
    expect(written(dir)).toEqual({ extends: ["inmail-lint:recruiting"], rules: { "role-details": ["error", { requireSalary: false }] } });
  });

  it("writes a config the linter then uses", () => {
    const dir = project({ "draft.md": "Hi Jane,\n\nI have an exciting opportunity for you. Interested?\n" });
    runCli(["--init", "--yes"], { cwd: dir });
    const results = JSON.parse(runCli(["draft.md", "-f", "json"], { cwd: dir }).stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(results[0]!.messages.map((message) => message.ruleId)).toContain("role-details");
  });

  it("never overwrites an existing config, whatever its name", () => {
    for (const [name, content] of [
      [".inmail-lintrc.json", "{}\n"],
      [".inmail-lintrc.yaml", "rules: {}\n"],
      ["package.json", JSON.stringify({ name: "x", "inmail-lint": { rules: {} } })],
    ] as const) {
      const dir = project({});
      writeFileSync(join(dir, name), content);
      const run = runCli(["--init", "--yes"], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^inmail-lint: --init: .+ already exists in this folder; not overwriting it\n$/);
      expect(readFileSync(join(dir, name), "utf8")).toBe(content);
    }
  });

  it("a package.json without an inmail-lint key is not a config", () => {
    const dir = project({ "package.json": { name: "x" } });
    expect(runCli(["--init", "--yes"], { cwd: dir }).code).toBe(0);
  });
});
