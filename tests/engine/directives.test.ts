import { describe, expect, it } from "vitest";
import { parseDraft } from "../../src/draft/parse.js";
import { applyDirectives, type DirectiveOptions } from "../../src/engine/directives.js";
import type { LintMessage } from "../../src/types.js";

const KNOWN = new Set(["personalization", "transparency", "stated-purpose"]);

/** One problem per `rule@line` entry, then the directives of `text` applied to them. */
function apply(text: string, problems: string[], reportUnused: 0 | 1 | 2 = 0) {
  const draft = parseDraft(text, "draft.md");
  const lines = draft.source.split("\n");
  const messages: LintMessage[] = problems.map((entry) => {
    const [ruleId, line] = entry.split("@") as [string, string];
    return { ruleId, severity: 2, message: ruleId, line: Number(line), column: 1, endLine: Number(line), endColumn: 2 };
  });
  const options: DirectiveOptions = {
    reportUnused,
    isKnownRule: (id) => KNOWN.has(id),
    nextContentLine: (line) => {
      for (let next = line + 1; next <= lines.length; next++) if (lines[next - 1]!.trim() !== "") return next;
      return line + 1;
    },
    positionAt: draft.positionAt,
  };
  const outcome = applyDirectives(messages, draft.directives, options);
  const show = (list: LintMessage[]) => list.map((message) => `${message.ruleId}@${message.line}`);
  return { kept: show(outcome.kept), suppressed: show(outcome.suppressed), problems: outcome.directiveProblems.map((problem) => `${problem.line}:${problem.column} ${problem.severity} ${problem.message}`) };
}

describe("inline directives", () => {
  it("disable ... enable silences the named rules in between", () => {
    const text = "Line one\n<!-- inmail-lint-disable personalization -->\nLine three\n<!-- inmail-lint-enable personalization -->\nLine five\n";
    expect(apply(text, ["personalization@1", "personalization@3", "transparency@3", "personalization@5"])).toEqual({
      kept: ["personalization@1", "transparency@3", "personalization@5"],
      suppressed: ["personalization@3"],
      problems: [],
    });
  });

  it("disable without rules silences every rule to the end", () => {
    const text = "Line one\n<!-- inmail-lint-disable -->\nLine three\nLine four\n";
    expect(apply(text, ["transparency@1", "transparency@3", "personalization@4"]).kept).toEqual(["transparency@1"]);
  });

  it("enable <rule> after disabling every rule re-enables just that rule", () => {
    const text = "<!-- inmail-lint-disable -->\nLine two\n<!-- inmail-lint-enable transparency -->\nLine four\n";
    expect(apply(text, ["transparency@2", "transparency@4", "personalization@4"])).toMatchObject({
      kept: ["transparency@4"],
      suppressed: ["transparency@2", "personalization@4"],
    });
  });

  it("enable <rule> after disabling two rules keeps the other one disabled", () => {
    const text = "<!-- inmail-lint-disable transparency, personalization -->\nLine two\n<!-- inmail-lint-enable transparency -->\nLine four\n";
    expect(apply(text, ["transparency@4", "personalization@4"])).toMatchObject({ kept: ["transparency@4"], suppressed: ["personalization@4"] });
  });

  it("disable-line silences its own line; disable-next-line the next line with text", () => {
    const text = "Hi Jane, <!-- inmail-lint-disable-line personalization -->\n<!-- inmail-lint-disable-next-line transparency -->\n\nLine four\nLine five\n";
    expect(apply(text, ["personalization@1", "transparency@1", "transparency@4", "transparency@5"])).toMatchObject({
      kept: ["transparency@1", "transparency@5"],
      suppressed: ["personalization@1", "transparency@4"],
    });
  });

  it("disable-next-line counts from the end of a comment that spans lines", () => {
    const text = "<!-- inmail-lint-disable-next-line transparency\n     -- the subject is a real reply -->\nLine three\n";
    expect(apply(text, ["transparency@2", "transparency@3"])).toMatchObject({ kept: ["transparency@2"], suppressed: ["transparency@3"] });
  });

  it("never silences a problem about the file itself", () => {
    const draft = parseDraft("<!-- inmail-lint-disable -->\nText\n", "draft.md");
    const fatal: LintMessage = { ruleId: null, severity: 2, message: "unreadable", line: 2, column: 1, endLine: 2, endColumn: 1, fatal: true };
    const outcome = applyDirectives([fatal], draft.directives, { reportUnused: 0, isKnownRule: () => true, nextContentLine: (line) => line + 1, positionAt: draft.positionAt });
    expect(outcome.kept).toEqual([fatal]);
  });

  it("reports an unknown rule in a directive as an error at the comment", () => {
    const text = "Text\n  <!-- inmail-lint-disable personalisation -->\n";
    expect(apply(text, ["personalization@1"]).problems).toEqual(["2:3 2 Unknown rule 'personalisation' in inmail-lint-disable directive"]);
  });

  it("reports unused directives only when asked, at the asked severity", () => {
    const text = "<!-- inmail-lint-disable transparency, personalization -->\nText\n<!-- inmail-lint-disable-line -->\n";
    expect(apply(text, ["transparency@2"]).problems).toEqual([]);
    expect(apply(text, ["transparency@2"], 1).problems).toEqual([
      "1:1 1 Unused inmail-lint-disable directive (no problems were reported from 'personalization')",
      "3:1 1 Unused inmail-lint-disable-line directive",
    ]);
  });
});
