import { inputError } from "../errors.js";
import type { DraftFeatures } from "./features.js";

export interface FitSample {
  features: DraftFeatures;
  good: boolean;
}

export interface FitOptions {
  /** L2 penalty on the rule and credit coefficients. */
  l2: number;
  /**
   * Weight of a good draft in the loss relative to a bad one: SpamAssassin's perceptron defaults
   * to 2.0 ("ham preference"), because failing a good draft costs more trust than passing a bad one.
   */
  hamPreference: number;
  /** Full-batch gradient steps (fixed, so the result is the same every run). */
  iterations: number;
  /** The score a draft on the decision boundary (p = 0.5) gets: the default gate, grade C. */
  gateScore: number;
  /**
   * A signal must fire on at least this many drafts to be fitted; others keep their weights. Two
   * or three hits are not evidence: the penalty would pull a rare red flag (a fake "Re:") towards 0.
   */
  minHits: number;
  /** A fitted rule costs at least this many points, so no rule silently stops counting. */
  minPoints: number;
  /**
   * At most this share of the good fit drafts may fall below grade C (the default gate); the
   * fitted rule points are scaled down until it holds (see `eval/run.ts`).
   */
  maxGoodFailedShare: number;
}

export const DEFAULT_FIT_OPTIONS: FitOptions = {
  l2: 0.02,
  hamPreference: 2,
  iterations: 4000,
  gateScore: 70,
  minHits: 5,
  minPoints: 1,
  maxGoodFailedShare: 0.05,
};

export interface FitResult {
  /** Points per rule error, for the rules that were fitted (sorted by id). */
  rules: Record<string, number>;
  /** Points per credit, for the credits that were fitted (sorted by key). */
  credits: Record<string, number>;
  /** Signals that fired on fewer than `minHits` drafts and kept their weights. */
  skipped: string[];
  /** Rules the fit put at or below `minPoints` (raised to it): no evidence they separate good from bad. */
  floored: string[];
  bias: number;
}

/**
 * L2-regularised logistic regression of "good" on the drafts' rule and credit features:
 * P(good) = sigmoid(b - sum(beta_r * units_r) + sum(gamma_k * credit_k)), with beta and gamma
 * kept non-negative by projected gradient descent (a rule always costs points, a credit always
 * gives). The coefficients map back to points so that the decision boundary lands on the gate:
 * points = coefficient * (100 - gateScore) / b, as SpamAssassin maps perceptron weights to
 * scores (score = threshold * w / bias). Deterministic: zero start, fixed steps, sorted features.
 */
export function fitWeights(samples: readonly FitSample[], options: FitOptions = DEFAULT_FIT_OPTIONS): FitResult {
  const ruleCounts = countDrafts(samples, (features) => features.ruleUnits.keys());
  const creditCounts = countDrafts(samples, (features) => features.credits);
  const rules = [...ruleCounts].filter(([, count]) => count >= options.minHits).map(([id]) => id).sort();
  const credits = [...creditCounts].filter(([, count]) => count >= options.minHits).map(([id]) => id).sort();
  const skipped = [...ruleCounts.keys(), ...creditCounts.keys()].filter((id) => !rules.includes(id) && !credits.includes(id)).sort();
  if (samples.every((sample) => sample.good) || samples.every((sample) => !sample.good)) {
    throw inputError(undefined, "the fit needs both good and bad drafts in the fit split");
  }

  // Design matrix: rule columns enter negatively (they take points), credit columns positively.
  const columns = [...rules, ...credits];
  const signs = columns.map((_, index) => (index < rules.length ? -1 : 1));
  const rows = samples.map((sample) =>
    columns.map((id, index) => (index < rules.length ? (sample.features.ruleUnits.get(id) ?? 0) : sample.features.credits.has(id) ? 1 : 0)),
  );
  const targets = samples.map((sample) => (sample.good ? 1 : 0));
  const sampleWeights = samples.map((sample) => (sample.good ? options.hamPreference : 1));
  const totalWeight = sampleWeights.reduce((sum, weight) => sum + weight, 0);

  // Step 1/L, L the gradient's Lipschitz bound (a quarter of the largest squared feature row,
  // plus the penalty): projected gradient descent then converges without a tuned learning rate.
  const largestRow = rows.reduce((largest, row) => Math.max(largest, row.reduce((sum, value) => sum + value * value, 1)), 1);
  const lipschitz = 0.25 * largestRow + options.l2;
  const step = 1 / lipschitz;
  let bias = 0;
  const coefficients = columns.map(() => 0);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    let biasGradient = 0;
    const gradient = columns.map((_, index) => options.l2 * coefficients[index]!);
    rows.forEach((row, sampleIndex) => {
      let z = bias;
      row.forEach((value, index) => (z += signs[index]! * coefficients[index]! * value));
      const error = (sampleWeights[sampleIndex]! * (sigmoid(z) - targets[sampleIndex]!)) / totalWeight;
      biasGradient += error;
      row.forEach((value, index) => (gradient[index]! += error * signs[index]! * value));
    });
    bias -= step * biasGradient;
    coefficients.forEach((value, index) => (coefficients[index] = Math.max(0, value - step * gradient[index]!)));
  }

  if (!(bias > 0)) {
    throw inputError(undefined, "the fit found that drafts with no problems are not mostly good (bias <= 0), so weights cannot be mapped to points; check the labels, or that the rules fire on the bad drafts");
  }
  const toPoints = (coefficient: number) => Math.round(((coefficient * (100 - options.gateScore)) / bias) * 10) / 10;
  const floored: string[] = [];
  const fittedRules: Record<string, number> = {};
  rules.forEach((id, index) => {
    const points = toPoints(coefficients[index]!);
    if (points < options.minPoints) floored.push(id);
    fittedRules[id] = Math.max(points, options.minPoints);
  });
  const fittedCredits: Record<string, number> = {};
  credits.forEach((id, index) => (fittedCredits[id] = toPoints(coefficients[rules.length + index]!)));
  return { rules: fittedRules, credits: fittedCredits, skipped, floored, bias: Math.round(bias * 1e6) / 1e6 };
}

function countDrafts(samples: readonly FitSample[], idsOf: (features: DraftFeatures) => Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sample of samples) for (const id of idsOf(sample.features)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
