/**
 * The grade's weights, in one table: data, not constants scattered through the rules.
 *
 * A rule takes `error` points per error and `warning` points per warning, never more than its
 * `cap` (Rspamd's max_score idea: one rule cannot sink a draft on its own). A `oneShot` rule
 * counts once, at its worst problem, however often it fires (Rspamd's one_shot): a missing
 * purpose is one problem even when reported twice. Rules in a `group` share the group's cap
 * (spam and hype evidence is weak alone and correlated: SpamAssassin and Rspamd both cap it).
 * Credits give points back for strong positive signals (SpamAssassin's "nice" rules), up to
 * `creditCap` and at most `creditShare` of the points taken: they soften a problem but never
 * hide it, and never lift a draft above 100.
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
  /**
   * The reasoned points of one error, before the fit on the corpus moved them: the centre of the
   * fit's prior (docs/grade.md, "Recalibrating"), kept so that refitting starts from the same
   * place and does not count the corpus twice. Absent when `error` is itself the reasoned value.
   */
  prior?: number;
  /** Points one warning takes (rules that report both levels, and rules set to "warn"). */
  warning: number;
  /** The most points this rule takes from one draft. */
  cap: number;
  /** Counted once, at its worst problem, however many times it fires. */
  oneShot?: boolean;
  /** Rules that share a cap (see `groups`). */
  group?: string;
  /**
   * A group for single messages of the rule (by message id), e.g. follow-up-links' `noLink` is one
   * of the rubric's C-level `weaknesses` while its `shortener` is a red flag. On a draft, the rule's
   * points join a message group when every problem the rule reported there belongs to it;
   * otherwise they count under `group` (or no group).
   */
  messageGroups?: Record<string, string>;
  /**
   * Scales the points of single messages of the rule (by message id): a rule's messages are
   * separate tests of different precision (stated-purpose's `missingWhy` fires on good drafts
   * far more often than `missingBoth`), as SpamAssassin scores each test on its own.
   */
  messages?: Record<string, number>;
}

export interface CreditWeight {
  points: number;
  /** The reasoned points before fitting, as `RuleWeight.prior`. */
  prior?: number;
  description: string;
}

export interface WeightTable {
  rules: Record<string, RuleWeight>;
  groups: Record<string, { cap: number; description: string }>;
  /** Keyed `<rule-id>/<signal-id>`, as rules call `context.credit({ id })`. */
  credits: Record<string, CreditWeight>;
  /** The most points all credits together give back. */
  creditCap: number;
  /** Credits give back at most this share of the points taken (0.5: every problem still costs at least half its points). */
  creditShare: number;
  /** For rules not in the table (plugins). */
  fallback: RuleWeight;
}

/*
 * Why these numbers (docs/grade.md has the table with a reason per rule; the rubric is
 * fixtures/corpus/README.md; the bands are A >= 90, B >= 80, C >= 70, D >= 60):
 * - Tiers from the rubric, for a draft that is otherwise excellent: a red flag the rubric calls
 *   F on its own (an unfilled merge field, a wrong name or company, a role from another
 *   profession) costs 45-50; a serious red flag that makes a draft D (pushing past a decline or
 *   a third unanswered message, a mass message, a fake "Re:", a bait-and-switch, a platform limit,
 *   hype, pressure, spam) costs 35-45; a weakness the rubric allows in a C or B (no link, no ask,
 *   a boilerplate opener, no name) costs 5-15.
 * - Groups (Rspamd's group max_score) for evidence that is weak alone or measures one thing
 *   twice: `spam-and-hype` (50), `mechanics` (spelling and grammar, 30), `generic` (no profile
 *   fact and a boilerplate opener, 30: the rubric grades a generic pitch C, and so does the fit
 *   split's 075), and `weaknesses` (28): the rubric's C-level weaknesses alone leave a draft
 *   sendable, and on the labelled real messages they fire on good and bad messages alike
 *   (bad-share 0.57-0.65 against a base rate of 0.62).
 * - Message factors follow each message's bad-share (SpamAssassin's S/O) on the fit split and on
 *   the real messages: stated-purpose `missingBoth` is strong, `missingWho` and `missingWhy`
 *   weak; follow-up-links `shortener` is a red flag, `noLink` a weakness; call-to-action `noAsk`
 *   is weak (1 good, 1 bad on the fit split) while a barrage of questions or requests is not.
 * - Entries with a `prior` were fitted on the `fit` split of fixtures/corpus
 *   (tests/tools/recalibrate.mjs): a logistic fit centred on that reasoned value, so rules the
 *   labels cannot size keep it. The others fired on fewer than five fit drafts and keep their
 *   reasoned values.
 */
export const DEFAULT_WEIGHTS: WeightTable = {
  rules: {
    "no-placeholders": { error: 50, warning: 20, cap: 60 },
    "recipient-mismatch": { error: 50, warning: 20, cap: 60 },
    relevance: { error: 50, warning: 45, cap: 50, oneShot: true },
    "respect-boundaries": { error: 42.5, prior: 40, warning: 26.6, cap: 53.1 },
    "duplicate-outreach": { error: 40.2, prior: 40, warning: 12.1, cap: 40.2, oneShot: true },
    length: { error: 40, warning: 8, cap: 40, oneShot: true, messageGroups: { longBody: "weaknesses" } },
    transparency: { error: 40, warning: 10, cap: 45 },
    "self-focus": { error: 35, warning: 30, cap: 35, oneShot: true },
    "subject-line": { error: 30, prior: 30, warning: 15, cap: 30 },
    personalization: { error: 31.2, prior: 30, warning: 12.5, cap: 31.2, oneShot: true, group: "generic", messages: { noNamedGreeting: 0.5 }, messageGroups: { noNamedGreeting: "weaknesses", tooFewReferences: "weaknesses" } },
    "generic-opener": { error: 15.2, prior: 20, warning: 9.1, cap: 15.2, group: "generic" },
    "stated-purpose": { error: 27.9, prior: 24, warning: 14, cap: 41.9, oneShot: true, messages: { missingBoth: 2.5, missingWho: 0.8, missingWhy: 0.3 }, messageGroups: { missingWho: "weaknesses", missingWhy: "weaknesses" } },
    "call-to-action": { error: 38.4, prior: 35, warning: 32.9, cap: 32.9, oneShot: true, messages: { noAsk: 0.4 }, messageGroups: { noAsk: "weaknesses" } },
    "follow-up-links": { error: 30.1, prior: 24, warning: 15.1, cap: 50.1, messages: { shortener: 2.5 }, messageGroups: { noLink: "weaknesses", tooManyLinks: "weaknesses" } },
    "role-details": { error: 20, warning: 10, cap: 20, oneShot: true, group: "weaknesses" },
    "sales-disclosure": { error: 20, warning: 10, cap: 20, oneShot: true },
    "vague-opportunity": { error: 25.9, prior: 20, warning: 13, cap: 51.8, group: "spam-and-hype" },
    pressure: { error: 20.3, prior: 20, warning: 12.2, cap: 40.6, group: "spam-and-hype" },
    "spam-phrases": { error: 20, warning: 10, cap: 40, group: "spam-and-hype" },
    shouting: { error: 15, prior: 15, warning: 8, cap: 40, group: "spam-and-hype" },
    readability: { error: 25, warning: 15, cap: 25 },
    grammar: { error: 6, warning: 4, cap: 25, group: "mechanics" },
    spelling: { error: 6, warning: 4, cap: 25, group: "mechanics" },
  },
  groups: {
    "spam-and-hype": { cap: 50, description: "spam phrases, shouting, hype and pressure together" },
    mechanics: { cap: 30, description: "spelling and grammar together" },
    generic: { cap: 30, description: "no fact from the recipient's profile and a boilerplate opener: two views of a message not written for this reader" },
    weaknesses: { cap: 28, description: "the rubric's C-level weaknesses (no link, no ask, who is writing, a long body): alone they leave a draft sendable" },
  },
  credits: {
    "personalization/profile-references": { points: 4.3, prior: 8, description: "two or more facts from the recipient's profile, one only they have" },
    "vague-opportunity/concrete-role": { points: 0, prior: 3, description: "a concrete role with a salary range" },
    "call-to-action/single-ask": { points: 0, prior: 2, description: "exactly one clear ask" },
  },
  creditCap: 8,
  creditShare: 0.25,
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
