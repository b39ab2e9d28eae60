import { describe, expect, it } from "vitest";
import { defineRule } from "../../src/define-rule.js";
import { parseDraft } from "../../src/draft/parse.js";
import { interpolate, runRules, type ActiveRule } from "../../src/engine/run-rules.js";
import type { DraftRule, RuleMeta } from "../../src/types.js";

const SETTINGS = { words: [], today: "2026-11-27" };

function meta(id: string, extra: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    description: "test rule",
    category: "mechanics",
    defaultSeverity: "error",
    fixable: false,
    hasSuggestions: false,
    options: {},
    messages: { found: "Found '{{word}}'", soft: "A soft note" },
    ...extra,
  };
}

function active(rule: DraftRule, severity: 1 | 2 = 2, options: Record<string, unknown> = {}): ActiveRule {
  return { id: rule.meta.id, rule, severity, options };
}

const draft = parseDraft("Hi Jane,\n\nWe build robots.\n", "draft.md");

const reportsRobots = defineRule({
  meta: meta("reports-robots"),
  check(context) {
    const word = context.draft.words.find((candidate) => candidate.lower === "robots")!;
    context.report({ messageId: "found", data: { word: word.text }, span: word.span });
  },
});

describe("runRules", () => {
  it("turns reports into problems with the interpolated message and the configured severity", () => {
    const outcome = runRules(draft, null, [active(reportsRobots, 1)], SETTINGS);
    expect(outcome.problems).toEqual([
      { ruleId: "reports-robots", messageId: "found", severity: 1, message: "Found 'robots'", span: { start: 19, end: 25 } },
    ]);
  });

  it("contains a rule that throws: one error naming the rule, and the other rules still run", () => {
    const throws = defineRule({
      meta: meta("throws"),
      check() {
        throw new TypeError("cannot read properties of undefined");
      },
    });
    const outcome = runRules(draft, null, [active(throws, 1), active(reportsRobots)], SETTINGS);
    expect(outcome.problems).toEqual([
      {
        ruleId: "throws",
        messageId: "ruleError",
        severity: 2,
        message: "Rule 'throws' failed on this draft: cannot read properties of undefined",
        span: { start: 0, end: 0 },
        fatal: true,
      },
      { ruleId: "reports-robots", messageId: "found", severity: 2, message: "Found 'robots'", span: { start: 19, end: 25 } },
    ]);
  });

  it("treats a thrown non-Error the same way", () => {
    const throws = defineRule({
      meta: meta("throws-string"),
      check() {
        throw "plain string";
      },
    });
    expect(runRules(draft, null, [active(throws)], SETTINGS).problems[0]!.message).toBe("Rule 'throws-string' failed on this draft: plain string");
  });

  it.each([
    ["an unknown message id", { messageId: "nope", span: { start: 0, end: 1 } }, "reported unknown messageId 'nope'"],
    ["a fix without meta.fixable", { messageId: "soft", span: { start: 0, end: 1 }, fix: { span: { start: 0, end: 1 }, text: "x" } }, "reported a fix but meta.fixable is false"],
    [
      "suggestions without meta.hasSuggestions",
      { messageId: "soft", span: { start: 0, end: 1 }, suggest: [{ messageId: "soft", fix: { span: { start: 0, end: 1 }, text: "x" } }] },
      "reported suggestions but meta.hasSuggestions is false",
    ],
    ["a span that is not a number", { messageId: "soft", span: { start: Number.NaN, end: 2 } }, 'reported an invalid span {"start":null,"end":2}'],
  ])("reports a rule bug as its crash: %s", (_name, descriptor, reason) => {
    const buggy = defineRule({
      meta: meta("buggy"),
      check(context) {
        context.report(descriptor as never);
      },
    });
    expect(runRules(draft, null, [active(buggy)], SETTINGS).problems.map((problem) => problem.message)).toEqual([`Rule 'buggy' failed on this draft: ${reason}`]);
  });

  it("clamps spans to the source", () => {
    const wide = defineRule({
      meta: meta("wide"),
      check(context) {
        context.report({ messageId: "soft", span: { start: -5, end: 10_000 } });
      },
    });
    expect(runRules(draft, null, [active(wide)], SETTINGS).problems[0]!.span).toEqual({ start: 0, end: draft.source.length });
  });

  it("reports a rule's warning messages as warnings even when the rule is an error", () => {
    const mixed = defineRule({
      meta: meta("mixed", { warningMessages: ["soft"] }),
      check(context) {
        context.report({ messageId: "soft", span: { start: 0, end: 2 } });
        context.report({ messageId: "found", data: { word: "x" }, span: { start: 0, end: 2 } });
      },
    });
    expect(runRules(draft, null, [active(mixed, 2)], SETTINGS).problems.map((problem) => problem.severity)).toEqual([1, 2]);
  });

  it("passes options, settings and the profile to the rule, and collects credits", () => {
    let seen: unknown;
    const curious = defineRule({
      meta: meta("curious"),
      check(context) {
        seen = { options: context.options, settings: context.settings, profile: context.profile, id: context.id };
        context.credit({ id: "signal", detail: "two references", amount: 2 });
        context.credit({ id: "plain", detail: "one" });
      },
    });
    const outcome = runRules(draft, null, [active(curious, 2, { max: 3 })], SETTINGS);
    expect(seen).toEqual({ options: { max: 3 }, settings: SETTINGS, profile: null, id: "curious" });
    expect(outcome.credits).toEqual([
      { ruleId: "curious", id: "signal", detail: "two references", amount: 2 },
      { ruleId: "curious", id: "plain", detail: "one", amount: 1 },
    ]);
  });

  it("builds the compromise document once, only when a rule asks, and shares it", () => {
    const documents: unknown[] = [];
    const asks = (id: string) =>
      defineRule({
        meta: meta(id),
        check(context) {
          documents.push(context.nlp());
        },
      });
    runRules(draft, null, [active(asks("a")), active(asks("b"))], SETTINGS);
    expect(documents).toHaveLength(2);
    expect(documents[0]).toBe(documents[1]);
  });

  it("times rules only when asked", () => {
    expect(runRules(draft, null, [active(reportsRobots)], SETTINGS).timings.size).toBe(0);
    expect([...runRules(draft, null, [active(reportsRobots)], SETTINGS, true).timings.keys()]).toEqual(["reports-robots"]);
  });
});

describe("interpolate", () => {
  it("fills known placeholders and leaves unknown ones as written", () => {
    expect(interpolate("{{count}} links, max {{ max }}; {{other}}", { count: 5, max: "3" })).toBe("5 links, max 3; {{other}}");
    expect(interpolate("No data {{x}}", undefined)).toBe("No data {{x}}");
  });
});
