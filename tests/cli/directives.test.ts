import { describe, expect, it } from "vitest";
import { EXAMPLE_PLUGIN, jsonResults, project, runCli } from "./helpers.js";

/** A rule that reports every "!" of the message, subject included: easy to place on any line. */
const bangPlugin = `export default {
  meta: { name: "test" },
  rules: {
    bang: {
      meta: { messages: { bang: "No '!'" } },
      check(context) {
        const { draft } = context;
        for (let i = draft.source.indexOf("!"); i !== -1; i = draft.source.indexOf("!", i + 1)) {
          const inSubject = draft.subject && i >= draft.subject.span.start && i < draft.subject.span.end;
          if (draft.prose[i] === "!" || inSubject) context.report({ messageId: "bang", span: { start: i, end: i + 1 } });
        }
      },
    },
  },
};
`;
const config = { extends: [], plugins: [EXAMPLE_PLUGIN, "./plugin.js"], rules: { "test/bang": "error", "example/prefer-plain-words": "error" } };
const where = (messages: Array<Record<string, unknown>> = []) => messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`);

function lint(draft: string, flags: string[] = []) {
  const dir = project({ ".inmail-lintrc.json": config, "plugin.js": bangPlugin, "draft.md": draft });
  const run = runCli(["draft.md", "-f", "json", ...flags], { cwd: dir });
  return { run, result: jsonResults(run)[0]! };
}

describe("inline directives", () => {
  const draft = [
    "<!-- inmail-lint-disable -- whole intro reviewed -->",
    "Hi Jane!",
    "<!-- inmail-lint-enable test/bang -->",
    "We utilize Go!",
    "<!-- inmail-lint-enable -->",
    "<!-- inmail-lint-disable-next-line test/bang -- quoting the customer -->",
    "",
    "We utilize Rust!",
    "We utilize C! <!-- inmail-lint-disable-line -->",
    "<!-- inmail-lint-disable test/bang, example/prefer-plain-words -->",
    "Wow!",
    "<!-- inmail-lint-enable test/bang -->",
    "Utilize it!",
    "",
  ].join("\n");

  it("follow ESLint's semantics: per-rule enable after a bare disable, -line, -next-line (blank lines skipped)", () => {
    const { run, result } = lint(draft);
    expect(run.code).toBe(1);
    expect(where(result.messages)).toEqual(["4:14 test/bang", "8:4 example/prefer-plain-words", "13:11 test/bang"]);
    expect(where(result.suppressedMessages)).toEqual([
      "2:8 test/bang",
      "4:4 example/prefer-plain-words",
      "8:16 test/bang",
      "9:4 example/prefer-plain-words",
      "9:13 test/bang",
      "11:4 test/bang",
      "13:1 example/prefer-plain-words",
    ]);
    const justification = (line: number) => result.suppressedMessages!.find((message) => message.line === line)!.suppressions;
    expect(justification(2)).toEqual([{ kind: "directive", justification: "whole intro reviewed" }]);
    expect(justification(8)).toEqual([{ kind: "directive", justification: "quoting the customer" }]);
  });

  it("a disable before the message covers the subject in the front matter", () => {
    const text = "---\nsubject: Hello!\n---\n<!-- inmail-lint-disable test/bang -->\nHi Jane,\n\nNice!\n";
    expect(lint(text).result.messages).toEqual([]);
    expect(where(lint(text.replace("<!-- inmail-lint-disable test/bang -->\n", "")).result.messages)).toEqual(["2:15 test/bang", "6:5 test/bang"]);
  });

  it("report a directive naming an unknown rule (exit 1), and do not let it disable everything", () => {
    const { run, result } = lint("Hi Jane!\n<!-- inmail-lint-disable-next-line no-such-rule -->\nWe utilize Go!\n");
    expect(run.code).toBe(1);
    expect(result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.severity} ${message.message}`)).toEqual([
      "1:8 test/bang 2 No '!'",
      "2:1 null 2 Unknown rule 'no-such-rule' in inmail-lint-disable-next-line directive",
      "3:4 example/prefer-plain-words 2 Write 'use' instead of 'utilize'",
      "3:14 test/bang 2 No '!'",
    ]);
  });

  const unused = "<!-- inmail-lint-disable-next-line test/bang, example/prefer-plain-words -->\nWe utilize Go.\n<!-- inmail-lint-enable test/bang -->\n";

  it("--report-unused-disable-directives reports unused disable and enable directives as errors", () => {
    const { run, result } = lint(unused, ["--report-unused-disable-directives"]);
    expect(run.code).toBe(1);
    expect(result.messages.map((message) => `${message.line}:${message.column} ${message.severity} ${message.message}`)).toEqual([
      "1:1 2 Unused inmail-lint-disable-next-line directive (no problems were reported from 'test/bang').",
      "3:1 2 Unused inmail-lint-enable directive (no matching inmail-lint-disable directives were found for 'test/bang').",
    ]);
  });

  it("--report-unused-disable-directives-severity warn reports them as warnings", () => {
    const { run, result } = lint(unused, ["--report-unused-disable-directives-severity", "warn"]);
    expect(run.code).toBe(0);
    expect(result.messages.map((message) => message.severity)).toEqual([1, 1]);
    expect(lint(unused).result.messages).toEqual([]);
  });

  it("--no-inline-config ignores every directive", () => {
    const { result } = lint("<!-- inmail-lint-disable -->\nWe utilize Go!\n<!-- inmail-lint-disable no-such-rule -->\n", ["--no-inline-config"]);
    expect(where(result.messages)).toEqual(["2:4 example/prefer-plain-words", "2:14 test/bang"]);
    expect(result.suppressedMessages).toBeUndefined();
  });
});
