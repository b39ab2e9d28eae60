// docs/plugins.md must stay true: its rule and its RuleTester test run as a plugin author would
// run them (importing "inmail-lint"), with describe/it globals as mocha or jest provide them.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, ROOT } from "./cli/helpers.js";

const docs = readFileSync(join(ROOT, "docs/plugins.md"), "utf8");
const block = (firstLine: string) => {
  const found = [...docs.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!).find((code) => code.startsWith(firstLine));
  if (!found) throw new Error(`docs/plugins.md has no js block starting with ${firstLine}`);
  return found;
};

/** Minimal describe/it globals: run each test, print its name, count failures. */
const harness = `
let failures = 0;
globalThis.describe = (name, fn) => fn();
globalThis.it = (name, fn) => {
  try { fn(); console.log("ok", name); } catch (error) { failures++; console.log("FAIL", name, error.message); }
};
await import("./test/no-fake-urgency.test.js");
process.exitCode = failures ? 1 : 0;
`;

function plugin(rule: string, test: string) {
  const dir = project({ "package.json": { name: "inmail-lint-plugin-acme", type: "module" }, "rules/no-fake-urgency.js": rule, "test/no-fake-urgency.test.js": test, "run.mjs": harness });
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(ROOT, join(dir, "node_modules/inmail-lint"), "dir");
  return spawnSync(process.execPath, ["run.mjs"], { cwd: dir, encoding: "utf8" });
}

describe("docs/plugins.md", () => {
  const rule = block("// rules/no-fake-urgency.js");
  const test = block("// test/no-fake-urgency.test.js");

  it("its example rule passes its example RuleTester test", () => {
    const run = plugin(rule, test);
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n").filter((line) => line.startsWith("ok"))).toHaveLength(3);
    expect(run.status).toBe(0);
  });

  it("and the same test fails when the rule's positions change", () => {
    const run = plugin(rule.replace("const span = { start: draft.body.start + index,", "const span = { start: draft.body.start + index + 1,"), test);
    expect(run.stdout).toContain("FAIL");
    expect(run.status).toBe(1);
  });
});
