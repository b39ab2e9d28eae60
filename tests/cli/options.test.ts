import { describe, expect, it } from "vitest";
import { decideColor, parseMaxWarnings, parseMinGrade, parseRuleFlag } from "../../src/cli/options.js";
import { InmailLintError } from "../../src/errors.js";

function usage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InmailLintError);
    expect((error as InmailLintError).kind).toBe("usage");
    return (error as Error).message;
  }
  throw new Error("expected a usage error");
}

describe("--min-grade", () => {
  it.each([
    ["A", 90, "grade A"],
    ["b", 80, "grade B"],
    [" C ", 70, "grade C"],
    ["D", 60, "grade D"],
    ["F", 0, "grade F"],
    ["0", 0, "score 0"],
    ["85", 85, "score 85"],
    ["100", 100, "score 100"],
  ])("%j is a minimum score of %i", (value, minScore, label) => {
    expect(parseMinGrade(value)).toEqual({ minScore, label });
  });

  it.each(["A+", "E", "101", "-5", "8.5", "", "ninety"])("%j is a usage error", (value) => {
    expect(usage(() => parseMinGrade(value))).toBe(`--min-grade: expected a grade A, B, C, D or F, or a score 0-100 (got '${value}')`);
  });
});

describe("--max-warnings", () => {
  it("takes a whole number, or -1 for no limit", () => {
    expect(parseMaxWarnings("0")).toBe(0);
    expect(parseMaxWarnings("12")).toBe(12);
    expect(parseMaxWarnings("-1")).toBe(-1);
  });

  it.each(["-2", "1.5", "ten", ""])("rejects %j", (value) => {
    expect(usage(() => parseMaxWarnings(value))).toBe(`--max-warnings: expected a whole number, or -1 for no limit (got '${value}')`);
  });
});

describe("--rule", () => {
  it("reads '<id>: <severity>' with names or numbers, and options as a JSON list", () => {
    let rules = parseRuleFlag("personalization: off");
    rules = parseRuleFlag("transparency:2", rules);
    rules = parseRuleFlag('follow-up-links: ["warn", {"maxLinks": 2}]', rules);
    rules = parseRuleFlag("personalization: warn", rules);
    expect(rules).toEqual({ personalization: "warn", transparency: 2, "follow-up-links": ["warn", { maxLinks: 2 }] });
  });

  it("reads ESLint's JSON object form", () => {
    expect(parseRuleFlag('{"transparency": "error", "personalization": 0}')).toEqual({ transparency: "error", personalization: 0 });
  });

  it("rejects what it cannot read", () => {
    expect(usage(() => parseRuleFlag("transparency"))).toBe(`--rule: expected "<rule-id>: <severity>" (got 'transparency')`);
    expect(usage(() => parseRuleFlag("transparency: loud"))).toBe(`--rule 'transparency' has invalid severity "loud" (use "off", "warn", "error" or 0, 1, 2)`);
    expect(usage(() => parseRuleFlag("transparency: [warn"))).toBe(`--rule transparency: cannot parse '[warn' as a JSON list like ["warn", {"max": 3}]`);
    expect(usage(() => parseRuleFlag("{transparency: 1}"))).toBe(`--rule: cannot parse '{transparency: 1}' (expected "<rule-id>: <severity>")`);
  });
});

describe("colour", () => {
  const tty = true;
  const pipe = false;

  it("follows the terminal by default", () => {
    expect(decideColor(undefined, {}, tty, false)).toBe(true);
    expect(decideColor(undefined, {}, pipe, false)).toBe(false);
  });

  it("NO_COLOR (any non-empty value) turns it off, even on a terminal and over FORCE_COLOR", () => {
    expect(decideColor(undefined, { NO_COLOR: "1" }, tty, false)).toBe(false);
    expect(decideColor(undefined, { NO_COLOR: "1", FORCE_COLOR: "1" }, tty, false)).toBe(false);
    expect(decideColor(undefined, { NO_COLOR: "" }, tty, false)).toBe(true);
  });

  it("FORCE_COLOR turns it on in a pipe, unless it is 0 or false", () => {
    expect(decideColor(undefined, { FORCE_COLOR: "1" }, pipe, false)).toBe(true);
    expect(decideColor(undefined, { FORCE_COLOR: "" }, pipe, false)).toBe(true);
    expect(decideColor(undefined, { FORCE_COLOR: "0" }, tty, false)).toBe(false);
    expect(decideColor(undefined, { FORCE_COLOR: "false" }, tty, false)).toBe(false);
  });

  it("--color and --no-color win over everything", () => {
    expect(decideColor(true, { NO_COLOR: "1" }, pipe, true)).toBe(true);
    expect(decideColor(false, { FORCE_COLOR: "1" }, tty, false)).toBe(false);
  });

  it("is off when writing to a file", () => {
    expect(decideColor(undefined, { FORCE_COLOR: "1" }, tty, true)).toBe(false);
  });
});
