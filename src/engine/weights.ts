/**
 * The grade's weights, in one table: data, not constants scattered through the rules.
 *
 * A rule takes `error` points per error and `warning` points per warning, never more than its
 * `cap` (Rspamd's max_score idea: one rule cannot sink a draft on its own). A `oneShot` rule
 * counts once, at its worst problem, however often it fires (Rspamd's one_shot): a missing
 * purpose is one problem even when reported twice. Rules in a `group` share the group's cap
 * (spam and hype evidence is weak alone and correlated: SpamAssassin and Rspamd both cap it).
 * Credits give points back for strong positive signals (SpamAssassin's "nice" rules), up to
 * `creditCap`, and never lift a draft above 100.
 *
 * The numbers are the starting point explained in docs/grade.md; `inmail-lint eval --fit`
 * refits them on labelled drafts (see docs/grade.md, "Recalibrating the defaults"), and
 * config `weights: { "<rule-id>": points }` overrides them per team.
 *
 * Keep each rule and credit entry on one line: tests/tools/recalibrate.mjs rewrites them.
 */
export interface RuleWeight {
  /** Points one error takes. */
  error: number;
  /** Points one warning takes (rules that report both levels, and rules set to "warn"). */
  warning: number;
  /** The most points this rule takes from one draft. */
  cap: number;
  /** Counted once, at its worst problem, however many times it fires. */
  oneShot?: boolean;
  /** Rules that share a cap (see `groups`). */
  group?: string;
  /**
   * Scales the points of single messages of the rule (by message id): a rule's messages are
   * separate tests of different precision (stated-purpose's `missingWhy` fires on good drafts
   * far more often than `missingBoth`), as SpamAssassin scores each test on its own.
   */
  messages?: Record<string, number>;
}

export interface CreditWeight {
  points: number;
  description: string;
}

export interface WeightTable {
  rules: Record<string, RuleWeight>;
  groups: Record<string, { cap: number; description: string }>;
  /** Keyed `<rule-id>/<signal-id>`, as rules call `context.credit({ id })`. */
  credits: Record<string, CreditWeight>;
  /** The most points all credits together give back. */
  creditCap: number;
  /** For rules not in the table (plugins). */
  fallback: RuleWeight;
}

/*
 * Why these numbers (the rubric is fixtures/corpus/README.md; the bands are A >= 90, B >= 80,
 * C >= 70, D >= 60):
 * - A red flag the rubric calls F on its own (unfilled merge field, wrong name or company) costs
 *   45: a draft that is otherwise perfect lands at 55, an F, before any other rule speaks.
 * - Serious problems that make a draft D (mis-targeted, pushing past a decline, a mass blast,
 *   over a platform limit) cost 30-35 one-shot.
 * - Weaknesses the rubric allows in a C (boilerplate opener, no link, vague ask) cost 4-12.
 * - Spelling and grammar are light per hit and capped (one typo is a B, a typo-riddled draft a
 *   D), and share the `mechanics` cap with readability.
 * - Spam phrases, shouting, hype and pressure share `spam-and-hype` (cap 45): each alone is weak
 *   evidence, but a draft full of them is spam, an F.
 * - Warnings cost about half an error, or less where the warning is a matter of taste
 *   (length over 1,200 characters: LinkedIn measured only 11% fewer replies).
 * - Message factors follow each message's bad-share on the fit split (SpamAssassin's S/O) and on
 *   the labelled sample of real messages: stated-purpose `missingWhy` (0.36) and
 *   follow-up-links `noLink` (0.75; 0.62 on real messages, where good GitHub outreach often has
 *   no link) are weak; a link shortener (1.0) is a red flag; a missing name without a profile is
 *   weak evidence (0.68 on real messages).
 * The error points of personalization, stated-purpose and follow-up-links and the
 * personalization credit were fitted on the `fit` split of fixtures/corpus
 * (tests/tools/recalibrate.mjs); transparency, the fourth rule at calibration time, fired on too
 * few drafts to fit. With only four rules the fitted ones stand in for all the others: refit once
 * the other rules are merged.
 */
export const DEFAULT_WEIGHTS: WeightTable = {
  rules: {
    "no-placeholders": { error: 45, warning: 20, cap: 50 },
    "recipient-mismatch": { error: 45, warning: 20, cap: 50 },
    relevance: { error: 35, warning: 15, cap: 35, oneShot: true },
    "respect-boundaries": { error: 35, warning: 15, cap: 45 },
    "duplicate-outreach": { error: 30, warning: 12, cap: 30, oneShot: true },
    length: { error: 30, warning: 6, cap: 30, oneShot: true },
    transparency: { error: 30, warning: 10, cap: 35 },
    personalization: { error: 25.3, warning: 7.59, cap: 25.3, oneShot: true, messages: { noNamedGreeting: 0.5 } },
    "subject-line": { error: 15, warning: 5, cap: 20 },
    "self-focus": { error: 15, warning: 8, cap: 15, oneShot: true },
    "call-to-action": { error: 12, warning: 6, cap: 12, oneShot: true },
    "stated-purpose": { error: 17.4, warning: 8.7, cap: 26.1, oneShot: true, messages: { missingBoth: 1.5, missingWhy: 0.25 } },
    "generic-opener": { error: 8, warning: 5, cap: 10 },
    "follow-up-links": { error: 20.4, warning: 10.2, cap: 40.8, messages: { noLink: 0.5, shortener: 2 } },
    "vague-opportunity": { error: 20, warning: 8, cap: 25, group: "spam-and-hype" },
    pressure: { error: 15, warning: 8, cap: 30, group: "spam-and-hype" },
    "spam-phrases": { error: 12, warning: 6, cap: 30, group: "spam-and-hype" },
    shouting: { error: 12, warning: 6, cap: 24, group: "spam-and-hype" },
    readability: { error: 10, warning: 5, cap: 10, oneShot: true, group: "mechanics" },
    grammar: { error: 5, warning: 3, cap: 12, group: "mechanics" },
    spelling: { error: 4, warning: 2, cap: 12, group: "mechanics" },
  },
  groups: {
    "spam-and-hype": { cap: 45, description: "spam phrases, shouting, hype and pressure together" },
    mechanics: { cap: 20, description: "spelling, grammar and readability together" },
  },
  credits: {
    "personalization/profile-references": { points: 8, description: "two or more facts from the recipient's profile, one only they have" },
    "vague-opportunity/concrete-role": { points: 3, description: "a concrete role with a salary range" },
    "call-to-action/single-ask": { points: 2, description: "exactly one clear ask" },
  },
  creditCap: 8,
  fallback: { error: 10, warning: 5, cap: 20 },
};

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Applies config `weights`: a rule id sets the points of one error (its warning points and cap
 * scale in proportion, so the rule keeps its shape); a credit key (`<rule-id>/<signal-id>`) sets
 * that credit's points.
 */
export function withOverrides(table: WeightTable, overrides: Record<string, number> | undefined): WeightTable {
  if (!overrides || Object.keys(overrides).length === 0) return table;
  const rules = { ...table.rules };
  const credits = { ...table.credits };
  for (const [key, points] of Object.entries(overrides)) {
    const credit = credits[key];
    if (credit) {
      credits[key] = { ...credit, points };
      continue;
    }
    const base = rules[key] ?? table.fallback;
    const ratio = base.error > 0 ? points / base.error : 1;
    rules[key] = { ...base, error: points, warning: round2(base.warning * ratio), cap: round2(base.cap * ratio) };
  }
  return { ...table, rules, credits };
}

export function ruleWeight(table: WeightTable, ruleId: string): RuleWeight {
  return table.rules[ruleId] ?? table.fallback;
}
