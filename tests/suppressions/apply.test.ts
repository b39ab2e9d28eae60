import { describe, expect, it } from "vitest";
import { applySuppressions, countErrors, prune, suppress } from "../../src/suppressions/apply.js";
import { serializeSuppressions } from "../../src/suppressions/file.js";
import type { ReportedDraft } from "../../src/engine/lint.js";
import type { LintMessage } from "../../src/types.js";

const CWD = "/repo";

function message(ruleId: string | null, severity: 1 | 2, extra: Partial<LintMessage> = {}): LintMessage {
  return { ruleId, severity, message: "m", line: 1, column: 1, endLine: 1, endColumn: 2, ...extra };
}

function draft(file: string, messages: LintMessage[]): ReportedDraft {
  return { filePath: `${CWD}/${file}`, messages, suppressed: [] };
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("suppression counts", () => {
  it("counts rule errors only: no warnings, no crashes, no problems without a rule", () => {
    const counts = countErrors([draft("a.md", [message("x", 2), message("x", 2), message("x", 1), message("y", 2, { fatal: true }), message(null, 2)])], CWD);
    expect(plain(counts)).toEqual({ "a.md": { x: { count: 2 } } });
  });

  it("adds up the renderings of one template (campaign renderings share its path)", () => {
    const renderings = [0, 1, 2].map(() => draft("t.md", [message("x", 2)]));
    expect(plain(countErrors(renderings, CWD))).toEqual({ "t.md": { x: { count: 3 } } });
    applySuppressions(renderings, { "t.md": { x: { count: 3 } } }, CWD);
    expect(renderings.map((rendering) => [rendering.messages.length, rendering.suppressed.length])).toEqual([[0, 1], [0, 1], [0, 1]]);
  });

  it("suppress() replaces the entries of files it saw with today's counts and keeps other files' entries", () => {
    const updated = suppress([draft("a.md", [message("x", 2)]), draft("c.md", [])], { "a.md": { x: { count: 5 }, gone: { count: 2 } }, "b.md": { y: { count: 1 } }, "c.md": { x: { count: 1 } } }, CWD);
    expect(plain(updated)).toEqual({ "a.md": { x: { count: 1 } }, "b.md": { y: { count: 1 } } });
  });

  it("suppress() with rules touches only those rules", () => {
    const updated = suppress([draft("a.md", [message("x", 2), message("y", 2)])], { "a.md": { z: { count: 4 } } }, CWD, ["y", "z"]);
    expect(plain(updated)).toEqual({ "a.md": { y: { count: 1 } } });
  });

  it("applySuppressions() moves recorded errors (not warnings) and returns what no longer occurs, for linted files only", () => {
    const drafts = [draft("a.md", [message("x", 2), message("x", 1), message("z", 2)])];
    const unused = applySuppressions(drafts, { "a.md": { x: { count: 3 }, y: { count: 1 } }, "elsewhere.md": { x: { count: 1 } } }, CWD);
    expect(drafts[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([["x", 1], ["z", 2]]);
    expect(drafts[0]!.suppressed).toEqual([{ ...message("x", 2), suppressions: [{ kind: "file", justification: "" }] }]);
    expect(plain(unused)).toEqual({ "a.md": { x: { count: 2 }, y: { count: 1 } } });
  });

  it("reports every error of a rule when a file has more than recorded", () => {
    const drafts = [draft("a.md", [message("x", 2), message("x", 2)])];
    expect(plain(applySuppressions(drafts, { "a.md": { x: { count: 1 } } }, CWD))).toEqual({});
    expect(drafts[0]!.messages).toHaveLength(2);
    expect(drafts[0]!.suppressed).toEqual([]);
  });

  it("prune() lowers and removes entries of linted files and leaves the rest", () => {
    const pruned = prune([draft("a.md", [message("x", 2)])], { "a.md": { x: { count: 3 }, y: { count: 1 } }, "b.md": { x: { count: 1 } } }, CWD);
    expect(plain(pruned)).toEqual({ "a.md": { x: { count: 1 } }, "b.md": { x: { count: 1 } } });
  });

  it("serializes with sorted keys and a trailing newline, dropping files with no rules", () => {
    // JSON.parse makes "__proto__" an own key, as reading a suppressions file does.
    const suppressions = JSON.parse('{ "b.md": { "z": { "count": 1 }, "a": { "count": 2 } }, "a.md": {}, "__proto__": { "x": { "count": 1 } } }');
    expect(serializeSuppressions(suppressions)).toBe(
      '{\n  "__proto__": {\n    "x": {\n      "count": 1\n    }\n  },\n  "b.md": {\n    "a": {\n      "count": 2\n    },\n    "z": {\n      "count": 1\n    }\n  }\n}\n',
    );
  });
});
