import { buildNlpDocument } from "../draft/nlp.js";
import type {
  CreditSignal,
  Draft,
  DraftRule,
  Fix,
  NlpDocument,
  RecipientProfile,
  ReportDescriptor,
  Rule,
  RuleContext,
  RuleMeta,
  RuleSettings,
  Severity,
  Span,
} from "../types.js";
import { isBatchRule } from "../types.js";

/** A rule switched on for a draft, with its severity and complete options. */
export interface ActiveRule {
  id: string;
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

/** A report before positions are attached: spans into the draft's source. */
export interface Problem {
  ruleId: string | null;
  messageId: string;
  severity: Severity;
  message: string;
  span: Span;
  fix?: Fix;
  suggestions?: Array<{ messageId: string; desc: string; fix: Fix }>;
  fatal?: boolean;
}

export interface Credit {
  ruleId: string;
  id: string;
  detail: string;
  amount: number;
}

export interface DraftOutcome {
  problems: Problem[];
  credits: Credit[];
  /** Batch rules' per-draft summaries, by rule id. */
  summaries: Map<string, unknown>;
  /** Milliseconds spent per rule (for `TIMING=1`). */
  timings: Map<string, number>;
}

/** Runs every active rule on one draft. A rule that throws becomes one fatal problem; the others go on. */
export function runRules(
  draft: Draft,
  profile: RecipientProfile | null,
  rules: readonly ActiveRule[],
  settings: RuleSettings,
  timing = false,
  isRuleEnabled: (ruleId: string) => boolean = enabledAmong(rules),
): DraftOutcome {
  const outcome: DraftOutcome = { problems: [], credits: [], summaries: new Map(), timings: new Map() };
  let nlpDocument: NlpDocument | undefined;
  const nlp = () => (nlpDocument ??= buildNlpDocument(draft));

  for (const active of rules) {
    const started = timing ? performance.now() : 0;
    const context: RuleContext = {
      id: active.id,
      options: active.options,
      draft,
      profile,
      settings,
      nlp,
      isRuleEnabled,
      report: (descriptor) => outcome.problems.push(toProblem(active, descriptor, draft.source.length)),
      credit: (signal: CreditSignal) =>
        outcome.credits.push({ ruleId: active.id, id: signal.id, detail: signal.detail, amount: signal.amount ?? 1 }),
    };
    try {
      if (isBatchRule(active.rule)) outcome.summaries.set(active.id, active.rule.summarize(context));
      else (active.rule as DraftRule).check(context);
    } catch (error) {
      outcome.problems.push(crashProblem(active.id, error));
    }
    if (timing) outcome.timings.set(active.id, performance.now() - started);
  }
  return outcome;
}

/** The rules of one resolved config, remembered per list: drafts under one config share it. */
const enabledSets = new WeakMap<readonly ActiveRule[], (ruleId: string) => boolean>();
function enabledAmong(rules: readonly ActiveRule[]): (ruleId: string) => boolean {
  let isEnabled = enabledSets.get(rules);
  if (!isEnabled) {
    const ids = new Set(rules.map((active) => active.id));
    isEnabled = (ruleId) => ids.has(ruleId);
    enabledSets.set(rules, isEnabled);
  }
  return isEnabled;
}

export function toProblem(active: ActiveRule, descriptor: ReportDescriptor, sourceLength: number): Problem {
  const meta = active.rule.meta;
  const template = meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`reported unknown messageId '${descriptor.messageId}'`);
  if (descriptor.fix && !meta.fixable) throw new Error("reported a fix but meta.fixable is false");
  if (descriptor.suggest?.length && !meta.hasSuggestions) throw new Error("reported suggestions but meta.hasSuggestions is false");
  const span = clampSpan(descriptor.span, sourceLength);
  const problem: Problem = {
    ruleId: active.id,
    messageId: descriptor.messageId,
    severity: severityFor(meta, active.severity, descriptor.messageId),
    message: interpolate(template, descriptor.data),
    span,
  };
  if (descriptor.fix) problem.fix = { span: clampSpan(descriptor.fix.span, sourceLength), text: descriptor.fix.text };
  if (descriptor.suggest?.length) {
    problem.suggestions = descriptor.suggest.map((suggestion) => ({
      messageId: suggestion.messageId,
      desc: interpolate(meta.messages[suggestion.messageId] ?? suggestion.messageId, suggestion.data),
      fix: { span: clampSpan(suggestion.fix.span, sourceLength), text: suggestion.fix.text },
    }));
  }
  return problem;
}

/** The configured severity is a ceiling; some messages are warnings by nature (`meta.warningMessages`). */
function severityFor(meta: RuleMeta, configured: Severity, messageId: string): Severity {
  return meta.warningMessages?.includes(messageId) ? 1 : configured;
}

export function crashProblem(ruleId: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId,
    messageId: "ruleError",
    severity: 2,
    message: `Rule '${ruleId}' failed on this draft: ${reason}`,
    span: { start: 0, end: 0 },
    fatal: true,
  };
}

/** `{{name}}` placeholders filled from `data`; unknown ones are left as written. */
export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? shorten(String(data[key])) : whole));
}

/**
 * A value quoted in a message, cut to MAX_QUOTED characters: a profile "company" of 80,000
 * characters, quoted in each of 40,000 problems, ran the report out of memory.
 */
export const MAX_QUOTED = 120;
function shorten(value: string): string {
  return value.length <= MAX_QUOTED ? value : `${value.slice(0, MAX_QUOTED - 1)}…`;
}

function clampSpan(span: Span, length: number): Span {
  // A NaN offset would print as "1:NaN"; it is a bug in the rule, reported as its crash.
  if (!Number.isFinite(span?.start) || !Number.isFinite(span?.end)) throw new Error(`reported an invalid span ${JSON.stringify(span)}`);
  const start = Math.max(0, Math.min(Math.floor(span.start), length));
  const end = Math.max(start, Math.min(Math.floor(span.end), length));
  return { start, end };
}
