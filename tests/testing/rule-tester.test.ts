// RuleTester must fail when expectations are wrong or missing, or plugin authors' tests would pass vacuously.
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import { defineRule } from "../../src/define-rule.js";

const shout = defineRule({
  meta: {
    id: "no-shout",
    description: "No exclamation marks",
    category: "mechanics",
    defaultSeverity: "warn",
    fixable: true,
    hasSuggestions: true,
    options: {},
    messages: { shout: "Drop the '!'", remove: "Remove it" },
  },
  check(context) {
    const index = context.draft.source.indexOf("!");
    if (index === -1) return;
    const span = { start: index, end: index + 1 };
    context.report({ messageId: "shout", span, fix: { span, text: "." }, suggest: [{ messageId: "remove", fix: { span, text: "" } }] });
  },
});

/** Runs one RuleTester case with captured describe/it and returns its error, if any. */
function outcome(tests: Parameters<RuleTester["run"]>[2]): unknown {
  const cases: Array<() => void | Promise<void>> = [];
  RuleTester.describe = (_name, fn) => void fn();
  RuleTester.it = (_name, fn) => void cases.push(fn);
  try {
    new RuleTester().run("no-shout", shout, tests);
  } finally {
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
  }
  try {
    for (const run of cases) void run();
    return null;
  } catch (error) {
    return error;
  }
}

const good = { code: "Hi!\n", errors: [{ messageId: "shout", line: 1, column: 3, endLine: 1, endColumn: 4, suggestions: [{ messageId: "remove", output: "Hi\n" }] }], output: "Hi.\n" };

describe("RuleTester", () => {
  it("passes a correct case", () => {
    expect(outcome({ valid: ["Hi.\n"], invalid: [good] })).toBeNull();
  });
  it("fails a wrong position", () => {
    expect(String(outcome({ valid: [], invalid: [{ ...good, errors: [{ ...good.errors[0]!, column: 2 }] }] }))).toMatch(/column/);
  });
  it("fails a wrong fix output", () => {
    expect(String(outcome({ valid: [], invalid: [{ ...good, output: "Hi?\n" }] }))).toMatch(/fixed output/);
  });
  it("fails when the rule fixes but the case has no output", () => {
    const { output: _output, ...withoutOutput } = good;
    expect(String(outcome({ valid: [], invalid: [withoutOutput] }))).toMatch(/Add 'output'/);
  });
  it("fails when suggestions are not asserted", () => {
    expect(String(outcome({ valid: [], invalid: [{ ...good, errors: [{ messageId: "shout" }] }] }))).toMatch(/has suggestions/);
  });
  it("fails an unknown messageId", () => {
    expect(String(outcome({ valid: [], invalid: [{ ...good, errors: [{ ...good.errors[0]!, messageId: "nope" }] }] }))).toMatch(/invalid messageId 'nope'/);
  });
  it("fails a valid case that reports", () => {
    expect(String(outcome({ valid: ["Hi!\n"], invalid: [] }))).toMatch(/expected no problems/);
  });
  it("fails a valid case that carries errors", () => {
    expect(String(outcome({ valid: [{ code: "Hi.\n", errors: 1 } as never], invalid: [] }))).toMatch(/must not have 'errors'/);
  });
  it("fails a wrong number of problems", () => {
    expect(String(outcome({ valid: [], invalid: [{ ...good, errors: 2 }] }))).toMatch(/expected 2 problems, got 1/);
  });
});
