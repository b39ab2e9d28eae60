import assert from "node:assert/strict";
import { parseDraft } from "../draft/parse.js";
import { applyFixes, MAX_FIX_PASSES } from "../engine/fix.js";
import { resolveRuleOptions } from "../engine/options.js";
import { createPositionMapper } from "../draft/positions.js";
import { interpolate, runRules, toProblem, type ActiveRule, type Problem } from "../engine/run-rules.js";
import { normalizeProfile } from "../profile/normalize.js";
import type { BatchRule, RecipientProfile, Rule } from "../types.js";
import { isBatchRule } from "../types.js";

type TestFn = ((name: string, fn: () => void | Promise<void>) => void) & { only?: (name: string, fn: () => void | Promise<void>) => void };

export interface TesterCaseBase {
  /** The draft; for a batch rule (duplicate-outreach), a list of drafts linted as one run. */
  code: string | string[];
  name?: string;
  /** Run only this case (the framework's `it.only`), as ESLint's RuleTester. */
  only?: boolean;
  options?: Record<string, unknown>;
  /** A JSON Resume / flat profile object, or a `RecipientProfile`; for batch cases, one per draft. */
  profile?: unknown;
  profiles?: unknown[];
  filePath?: string;
  /** `words` and `today` settings. */
  settings?: { words?: string[]; today?: string };
  /**
   * The other rules on in the config the case is linted under (`context.isRuleEnabled`); by
   * default every other rule is on, as with a preset. `[]`: this rule runs alone.
   */
  enabledRules?: string[];
}

export interface ExpectedProblem {
  messageId?: string;
  /** With `messageId`: the placeholders; the message must equal the filled-in template. */
  data?: Record<string, string | number>;
  message?: string | RegExp;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: 1 | 2;
  /** For batch cases: which draft the problem is on. */
  draft?: number;
  /** Expected suggestion descriptions and outputs, in order. */
  suggestions?: Array<{ desc?: string; messageId?: string; output?: string }>;
}

export interface InvalidCase extends TesterCaseBase {
  /** The expected problems, in order; or just their number. */
  errors: ExpectedProblem[] | number;
  /** Text after applying fixes in passes (null: no fix expected). Omit to skip the check. */
  output?: string | null;
}

export type ValidCase = string | TesterCaseBase;

/**
 * ESLint's RuleTester for inmail-lint rules: valid drafts must give no problem, invalid ones
 * exactly the listed problems (message or messageId, position, severity), and fixes the given
 * output. Uses the test framework's global `describe`/`it` (vitest with `globals: true`, mocha,
 * jest), or the ones assigned to `RuleTester.describe` and `RuleTester.it`.
 *
 * As ESLint 9's, it also fails a test that leaves behaviour unchecked: a valid case with
 * `errors` or `output`, an invalid case whose rule fixes the text but has no `output`, a problem
 * with suggestions but no `suggestions`, and a `messageId` the rule does not declare.
 */
export class RuleTester {
  static describe: TestFn | undefined;
  static it: TestFn | undefined;

  constructor(private readonly defaults: { settings?: { words?: string[]; today?: string } } = {}) {}

  run(name: string, rule: Rule, tests: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    const describe = RuleTester.describe ?? (globalThis as { describe?: TestFn }).describe;
    const it = RuleTester.it ?? (globalThis as { it?: TestFn }).it;
    if (!describe || !it) throw new Error("RuleTester needs describe/it: enable test globals or set RuleTester.describe and RuleTester.it");
    describe(name, () => {
      describe("valid", () => {
        tests.valid.forEach((test, index) => {
          const testCase = typeof test === "string" ? { code: test } : test;
          testFor(it, testCase)(testCase.name ?? caseTitle(testCase.code, index), () => this.checkValid(rule, testCase));
        });
      });
      describe("invalid", () => {
        tests.invalid.forEach((testCase, index) => {
          testFor(it, testCase)(testCase.name ?? caseTitle(testCase.code, index), () => this.checkInvalid(rule, testCase));
        });
      });
    });
  }

  /** Lints one case with only this rule on; exposed for tests that need the raw problems. */
  lint(rule: Rule, testCase: TesterCaseBase): Array<{ draft: number; problem: Problem; source: string }> {
    const { options, problems } = resolveRuleOptions(rule.meta, testCase.options);
    if (problems.length > 0) throw new Error(`invalid options for ${rule.meta.id}: ${problems.join("; ")}`);
    const active: ActiveRule = { id: rule.meta.id, rule, severity: rule.meta.defaultSeverity === "warn" ? 1 : 2, options };
    const settings = { words: testCase.settings?.words ?? this.defaults.settings?.words ?? [], today: testCase.settings?.today ?? this.defaults.settings?.today ?? "2026-11-27" };
    const codes = Array.isArray(testCase.code) ? testCase.code : [testCase.code];
    const profiles = codes.map((_, index) => toProfile(testCase.profiles?.[index] ?? testCase.profile));
    const drafts = codes.map((code, index) => parseDraft(code, testCase.filePath ?? `draft-${index}.md`));
    const others = testCase.enabledRules;
    const isRuleEnabled = (ruleId: string) => ruleId === rule.meta.id || others === undefined || others.includes(ruleId);
    const outcomes = drafts.map((draft, index) => runRules(draft, profiles[index]!, [active], settings, false, isRuleEnabled));
    const found = outcomes.flatMap((outcome, index) => outcome.problems.map((problem) => ({ draft: index, problem, source: drafts[index]!.source })));
    if (isBatchRule(rule)) {
      (rule as BatchRule).checkBatch({
        id: rule.meta.id,
        options,
        settings,
        items: outcomes.map((outcome, index) => ({
          summary: outcome.summaries.get(rule.meta.id),
          recipientKey: profiles[index]?.fullName?.toLowerCase() ?? drafts[index]!.greeting?.name?.text.toLowerCase() ?? null,
          label: `draft-${index}.md`,
        })),
        report: (index, descriptor) => found.push({ draft: index, problem: toProblem(active, descriptor, drafts[index]!.source.length), source: drafts[index]!.source }),
      });
    }
    for (const { problem } of found) if (problem.fatal) throw new Error(problem.message);
    return found.sort((a, b) => a.draft - b.draft || a.problem.span.start - b.problem.span.start);
  }

  private checkValid(rule: Rule, testCase: TesterCaseBase): void {
    const extra = testCase as Partial<InvalidCase>;
    assert.ok(extra.errors === undefined && extra.output === undefined, "a valid case must not have 'errors' or 'output'");
    const found = this.lint(rule, testCase);
    assert.deepEqual(
      found.map(({ problem }) => `${problem.messageId}: ${problem.message}`),
      [],
      `expected no problems from ${rule.meta.id}`,
    );
  }

  private checkInvalid(rule: Rule, testCase: InvalidCase): void {
    const found = this.lint(rule, testCase);
    if (testCase.output === undefined && found.some(({ problem }) => problem.fix)) {
      assert.fail("The rule fixed the text. Add 'output' to the test case with the fixed text.");
    }
    if (typeof testCase.errors === "number") {
      assert.equal(found.length, testCase.errors, `expected ${testCase.errors} problems, got ${found.length}: ${found.map(({ problem }) => problem.message).join(" | ")}`);
    } else {
      assert.equal(found.length, testCase.errors.length, `expected ${testCase.errors.length} problems, got ${found.length}: ${found.map(({ problem }) => problem.message).join(" | ")}`);
      testCase.errors.forEach((expected, index) => {
        const { draft, problem, source } = found[index]!;
        if (expected.messageId !== undefined) {
          assert.ok(expected.messageId in rule.meta.messages, `problem ${index + 1}: invalid messageId '${expected.messageId}'; the rule has: ${Object.keys(rule.meta.messages).join(", ")}`);
        }
        if (expected.data !== undefined) {
          assert.ok(expected.messageId !== undefined, `problem ${index + 1}: 'data' needs a 'messageId'`);
          assert.equal(problem.message, interpolate(rule.meta.messages[expected.messageId!]!, expected.data), `problem ${index + 1}: message from messageId and data`);
        }
        if (problem.suggestions?.length && expected.suggestions === undefined) {
          assert.fail(`problem ${index + 1} has suggestions. Add 'suggestions' to its expected problem.`);
        }
        const positionAt = createPositionMapper(source);
        const start = positionAt(problem.span.start);
        const end = positionAt(problem.span.end);
        const actual = { messageId: problem.messageId, message: problem.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity: problem.severity, draft };
        for (const key of ["messageId", "line", "column", "endLine", "endColumn", "severity", "draft"] as const) {
          if (expected[key] !== undefined) assert.equal(actual[key], expected[key], `problem ${index + 1}: ${key}`);
        }
        if (expected.message instanceof RegExp) assert.match(actual.message, expected.message, `problem ${index + 1}: message`);
        else if (expected.message !== undefined) assert.equal(actual.message, expected.message, `problem ${index + 1}: message`);
        if (expected.suggestions) {
          const suggestions = problem.suggestions ?? [];
          assert.equal(suggestions.length, expected.suggestions.length, `problem ${index + 1}: number of suggestions`);
          expected.suggestions.forEach((suggestion, which) => {
            const actualSuggestion = suggestions[which]!;
            if (suggestion.desc !== undefined) assert.equal(actualSuggestion.desc, suggestion.desc);
            if (suggestion.messageId !== undefined) assert.equal(actualSuggestion.messageId, suggestion.messageId);
            if (suggestion.output !== undefined) assert.equal(applyFixes(source, [actualSuggestion.fix]).output, suggestion.output);
          });
        }
      });
    }
    if (testCase.output !== undefined) {
      const output = this.fixed(rule, testCase);
      if (testCase.output === null) assert.equal(output, null, "expected no fix");
      else assert.equal(output, testCase.output, "fixed output");
    }
  }

  /** Applies this rule's fixes in passes, as --fix does; null when nothing changed. */
  private fixed(rule: Rule, testCase: TesterCaseBase): string | null {
    if (Array.isArray(testCase.code)) return null;
    let text = testCase.code;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const fixes = this.lint(rule, { ...testCase, code: text }).flatMap(({ problem }) => (problem.fix ? [problem.fix] : []));
      if (fixes.length === 0) break;
      const { output } = applyFixes(text, fixes);
      if (output === text) break;
      text = output;
    }
    return text === testCase.code ? null : text;
  }
}

function testFor(it: TestFn, testCase: TesterCaseBase): TestFn {
  if (!testCase.only) return it;
  if (!it.only) throw new Error("RuleTester: 'only' needs a test framework with it.only");
  return it.only as TestFn;
}

function toProfile(value: unknown): RecipientProfile | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "object" && "pastCompanies" in value && "fields" in value) return value as RecipientProfile;
  return normalizeProfile(value, null);
}

function caseTitle(code: string | string[], index: number): string {
  const text = Array.isArray(code) ? code.join(" | ") : code;
  const oneLine = text.replace(/\s+/g, " ").trim();
  return `#${index + 1}: ${oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine}`;
}
