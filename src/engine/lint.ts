import type { ResolvedConfig } from "../config/resolve.js";
import { createPositionMapper } from "../draft/positions.js";
import { parseDraft } from "../draft/parse.js";
import { InmailLintError, inputError } from "../errors.js";
import type { BatchItem, BatchRule, Directive, Draft, Fix, LintMessage, LintResult, RecipientProfile } from "../types.js";
import { isBatchRule } from "../types.js";
import { applyDirectives, indexDirectives, suppressingDirectives, type DirectiveContext } from "./directives.js";
import { applyFixes, MAX_FIX_PASSES } from "./fix.js";
import { computeScore, gradeFor } from "./grade.js";
import { crashProblem, runRules, toProblem, type Credit, type Problem } from "./run-rules.js";
import { DEFAULT_WEIGHTS, withOverrides } from "./weights.js";

/** One draft to lint: its text and everything already resolved for it. */
export interface LintTarget {
  /** Absolute path (or the `--stdin-filename`). */
  filePath: string;
  text: string;
  config: ResolvedConfig;
  /** Resolves the recipient for a parsed draft (front matter `profile:` wins over `--profile`). */
  profile: (draft: Draft) => RecipientProfile | null;
  /** Overrides front matter `template:` (`--template`, or false for a campaign rendering). */
  template?: boolean;
  /** For campaign runs. */
  recipient?: LintResult["recipient"];
  label?: string;
}

export interface RunOptions {
  fix: boolean;
  /** `--report-unused-disable-directives` severity (0 = off). */
  reportUnusedDirectives: 0 | 1 | 2;
  inlineConfig: boolean;
  timing: boolean;
  /** Keep `source` on results (formatters that show text need it). */
  keepSource: boolean;
  /**
   * Called once per run, before grading, with every draft's reported messages: may move some to
   * `suppressed` (the bulk suppressions file), so that the grade, like the exit code, ignores them
   * as it ignores problems under a disable comment.
   */
  suppress?: (drafts: ReportedDraft[]) => void;
}

/** A draft's messages after disable comments, before grading. */
export interface ReportedDraft {
  filePath: string;
  messages: LintMessage[];
  suppressed: LintMessage[];
}

/** A draft linted on its own; batch rules and grading happen in `finishRun`. */
export interface DraftRun {
  target: LintTarget;
  /** The text the problems refer to (the fixed text when fixing). */
  source: string;
  bom: boolean;
  problems: Problem[];
  credits: Credit[];
  summaries: Map<string, unknown>;
  directives: Directive[];
  /** Offset of the body's first prose character (see `DirectiveContext.proseStart`). */
  proseStart: number;
  recipientKey: string | null;
  /** The profile file the draft was linted against (front matter or `--profile`), if any. */
  profileSource: string | null;
  /** Set when fixing changed the text. */
  output?: string;
  /** The text as read, when fixing changed it. */
  originalSource?: string;
  timings: Map<string, number>;
}

/**
 * A linted draft without its target: plain data (maps, arrays, strings, numbers), so it can come
 * back from a worker thread or out of the cache, and `finishRun` can use it with the target again.
 */
export type DraftRunData = Omit<DraftRun, "target">;

export function runData(run: DraftRun): DraftRunData {
  const { target: _target, ...data } = run;
  return data;
}

/**
 * Parses and lints one draft, applying fixes in passes when asked (at most MAX_FIX_PASSES, as
 * ESLint; markdownlint-cli2 users complain that one pass leaves problems behind, cli2#738).
 * Throws InmailLintError for unreadable front matter, so such a file is never fixed or written.
 */
export function lintDraft(target: LintTarget, options: RunOptions): DraftRun {
  // An empty file is no message: grading it (it scored A) would tell the user all is well.
  if (/^\uFEFF?\s*$/.test(target.text)) throw inputError(target.filePath, "is empty: there is no message to lint", 1);
  const settings = { words: target.config.words, today: target.config.today };
  const overrides = { template: target.template };
  const original = parseDraft(target.text, target.filePath, overrides);
  let draft = original;
  let profile = target.profile(draft);
  let outcome = runRules(draft, profile, target.config.rules, settings, options.timing);

  if (options.fix) {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const fixes = fixesToApply(draft, outcome.problems, target.config, options.inlineConfig);
      if (fixes.length === 0) break;
      const { output: fixed } = applyFixes(draft.source, fixes);
      if (fixed === draft.source) break;
      let next: Draft;
      try {
        next = parseDraft(fixed, target.filePath, overrides);
      } catch (error) {
        // A fix that breaks the front matter is dropped with its pass; the last good text stands.
        if (error instanceof InmailLintError) break;
        throw error;
      }
      draft = next;
      profile = target.profile(draft);
      outcome = runRules(draft, profile, target.config.rules, settings, options.timing);
    }
  }

  const run: DraftRun = {
    target,
    source: draft.source,
    // Fixed text is parsed without its BOM; the file's own BOM is what goes back on.
    bom: original.bom,
    problems: outcome.problems,
    credits: outcome.credits,
    summaries: outcome.summaries,
    directives: options.inlineConfig ? draft.directives : [],
    proseStart: proseStartOf(draft),
    recipientKey: recipientKeyOf(draft, profile),
    profileSource: profile?.source ?? null,
    timings: outcome.timings,
  };
  if (draft !== original) {
    run.output = draft.source;
    run.originalSource = original.source;
  }
  return run;
}

/**
 * The fixes of one pass: not those of problems an inline directive suppresses (a disabled rule
 * must not rewrite the text), with line breaks in the fix text matching the file's.
 */
function fixesToApply(draft: Draft, problems: readonly Problem[], config: ResolvedConfig, inlineConfig: boolean): Fix[] {
  const withFix = problems.filter((problem) => problem.fix && problem.ruleId);
  if (withFix.length === 0) return [];
  const index = inlineConfig ? indexDirectives(draft.directives, directiveContext(draft.source, proseStartOf(draft), config)) : null;
  const fixes: Fix[] = [];
  for (const problem of withFix) {
    if (index && suppressingDirectives(index, problem.ruleId!, draft.positionAt(problem.span.start)).length > 0) continue;
    const text = draft.lineEnding === "\r\n" ? problem.fix!.text.replace(/\r?\n/g, "\r\n") : problem.fix!.text;
    fixes.push({ span: problem.fix!.span, text });
  }
  return fixes;
}

function proseStartOf(draft: Draft): number {
  const offset = draft.prose.slice(draft.body.start).search(/\S/);
  return offset === -1 ? draft.source.length : draft.body.start + offset;
}

function directiveContext(source: string, proseStart: number, config: ResolvedConfig, positionAt = createPositionMapper(source)): DirectiveContext {
  const lines = source.split("\n");
  return {
    isKnownRule: (ruleId) => config.knownRules.has(ruleId),
    positionAt,
    nextContentLine: (line) => {
      for (let next = line + 1; next <= lines.length; next++) if (lines[next - 1]!.trim() !== "") return next;
      return line + 1;
    },
    proseStart,
  };
}

/**
 * Runs the batch rules over all drafts, applies directives, and grades each draft. With
 * `options.timing`, each batch rule's `checkBatch` time is added to `batchTimings` (its
 * per-draft `summarize` time is in each run's `timings`).
 */
export function finishRun(runs: readonly DraftRun[], options: RunOptions, batchTimings?: Map<string, number>): LintResult[] {
  runBatchRules(runs, options.timing ? batchTimings : undefined);
  const reported = runs.map((run) => reportedMessages(run, options));
  options.suppress?.(reported);
  return runs.map((run, index) => toResult(run, reported[index]!, options));
}

function runBatchRules(runs: readonly DraftRun[], timings: Map<string, number> | undefined): void {
  const batchRuleIds = new Set<string>();
  for (const run of runs) for (const id of run.summaries.keys()) batchRuleIds.add(id);
  for (const ruleId of batchRuleIds) {
    const members = runs.filter((run) => run.summaries.has(ruleId));
    const active = members[0]!.target.config.rules.find((rule) => rule.id === ruleId)!;
    if (!isBatchRule(active.rule)) continue;
    const rule = active.rule as BatchRule;
    const items: BatchItem[] = members.map((run) => ({
      summary: run.summaries.get(ruleId),
      recipientKey: run.recipientKey,
      label: run.target.label ?? run.target.filePath,
    }));
    const started = timings ? performance.now() : 0;
    try {
      rule.checkBatch({
        id: ruleId,
        options: active.options,
        items,
        settings: { words: members[0]!.target.config.words, today: members[0]!.target.config.today },
        report: (index, descriptor) => {
          const run = members[index];
          if (!run) return;
          const own = run.target.config.rules.find((candidate) => candidate.id === ruleId) ?? active;
          run.problems.push(toProblem(own, descriptor, run.source.length));
        },
      });
    } catch (error) {
      for (const run of members) run.problems.push(crashProblem(ruleId, error));
    }
    if (timings) timings.set(ruleId, (timings.get(ruleId) ?? 0) + performance.now() - started);
  }
}

function reportedMessages(run: DraftRun, options: RunOptions): ReportedDraft {
  const positionAt = createPositionMapper(run.source);
  const messages = run.problems.map((problem) => toMessage(problem, positionAt));
  const { config } = run.target;
  const context = directiveContext(run.source, run.proseStart, config, positionAt);
  const outcome = applyDirectives(messages, indexDirectives(run.directives, context), context, options.reportUnusedDirectives);
  return { filePath: run.target.filePath, messages: [...outcome.kept, ...outcome.directiveProblems].sort(byPosition), suppressed: outcome.suppressed.sort(byPosition) };
}

function toResult(run: DraftRun, reported: ReportedDraft, options: RunOptions): LintResult {
  const { config } = run.target;
  const kept = reported.messages;
  const { score, breakdown } = computeScore(kept, run.credits, withOverrides(DEFAULT_WEIGHTS, config.weights));
  const result: LintResult = {
    filePath: run.target.filePath,
    messages: kept,
    errorCount: kept.filter((message) => message.severity === 2).length,
    warningCount: kept.filter((message) => message.severity === 1).length,
    fixableErrorCount: kept.filter((message) => message.severity === 2 && message.fix).length,
    fixableWarningCount: kept.filter((message) => message.severity === 1 && message.fix).length,
    score,
    grade: gradeFor(score),
    scoreBreakdown: breakdown,
  };
  if (reported.suppressed.length > 0) result.suppressedMessages = reported.suppressed;
  if (options.keepSource) result.source = run.source;
  if (run.output !== undefined) {
    // The byte order mark goes back on, so a fixed file differs only where the fixes are.
    result.output = (run.bom ? "\uFEFF" : "") + run.output;
    if (options.keepSource && run.originalSource !== undefined) result.originalSource = run.originalSource;
  }
  if (run.target.recipient) result.recipient = run.target.recipient;
  return result;
}

function toMessage(problem: Problem, positionAt: (offset: number) => { line: number; column: number }): LintMessage {
  const start = positionAt(problem.span.start);
  const end = positionAt(problem.span.end);
  const message: LintMessage = {
    ruleId: problem.ruleId,
    messageId: problem.messageId,
    severity: problem.severity,
    message: problem.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  if (problem.fix) message.fix = { range: [problem.fix.span.start, problem.fix.span.end], text: problem.fix.text };
  if (problem.suggestions) {
    message.suggestions = problem.suggestions.map((suggestion) => ({
      messageId: suggestion.messageId,
      desc: suggestion.desc,
      fix: { range: [suggestion.fix.span.start, suggestion.fix.span.end], text: suggestion.fix.text },
    }));
  }
  if (problem.fatal) message.fatal = true;
  return message;
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? "").localeCompare(b.ruleId ?? "");
}

/** Who a draft goes to, to tell "same message to many people" from one person's drafts. */
function recipientKeyOf(draft: Draft, profile: RecipientProfile | null): string | null {
  if (profile?.fullName) return profile.fullName.toLowerCase();
  if (profile?.source) return profile.source;
  const name = draft.greeting && !draft.greeting.generic ? draft.greeting.name?.text : null;
  return name ? name.toLowerCase() : null;
}

