/**
 * The grade's weights, in one table (data, not constants scattered through rules).
 * Points taken per problem = `weight` for an error, half of it for a warning; a rule never takes
 * more than its `cap` (Rspamd's one-rule-cannot-sink-a-message idea), and rules in a `group`
 * share the group's cap (spam-phrase and hype evidence is weak alone: SpamAssassin and Suped).
 * Credits give points back for strong positive signals, up to `creditCap`.
 * Config `weights: { "<rule-id>": number }` replaces a rule's `weight` (its cap scales with it).
 */
export interface RuleWeight {
  weight: number;
  cap: number;
  group?: string;
}

export interface WeightTable {
  rules: Record<string, RuleWeight>;
  groups: Record<string, { cap: number; description: string }>;
  credits: Record<string, { points: number; description: string }>;
  creditCap: number;
  /** For rules not in the table (plugins). */
  fallback: RuleWeight;
  /** A warning costs this share of the rule's weight. */
  warningFactor: number;
}

export const DEFAULT_WEIGHTS: WeightTable = {
  rules: {
    personalization: { weight: 20, cap: 25 },
    "stated-purpose": { weight: 12, cap: 15 },
    transparency: { weight: 15, cap: 20 },
    "follow-up-links": { weight: 8, cap: 10 },
  },
  groups: {
    "spam-and-hype": { cap: 15, description: "spam phrases, hype and shouting together" },
  },
  credits: {},
  creditCap: 5,
  fallback: { weight: 10, cap: 20 },
  warningFactor: 0.5,
};

/** Applies config `weights` overrides: a new weight, with the cap scaled in proportion. */
export function withOverrides(table: WeightTable, overrides: Record<string, number> | undefined): WeightTable {
  if (!overrides || Object.keys(overrides).length === 0) return table;
  const rules = { ...table.rules };
  for (const [ruleId, weight] of Object.entries(overrides)) {
    const base = rules[ruleId] ?? table.fallback;
    const ratio = base.weight > 0 ? base.cap / base.weight : 1.25;
    rules[ruleId] = { ...base, weight, cap: Math.round(weight * ratio * 100) / 100 };
  }
  return { ...table, rules };
}
