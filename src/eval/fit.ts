import { inputError } from "../errors.js";
import type { DraftFeatures } from "./features.js";

export interface FitSample {
  features: DraftFeatures;
  good: boolean;
}

/** The weights a fit starts from and is pulled back towards: the current table (points per rule error, per credit). */
export interface FitPrior {
  rules: Record<string, number>;
  credits: Record<string, number>;
}

export interface FitOptions {
  /**
   * How far, in points, the data must argue to move a weight from its current value: the
   * standard deviation of the Gaussian prior centred on the current weights. A weight the drafts
   * say nothing about stays where it is; one they contradict moves, further the more drafts agree.
   */
  priorSd: number;
  /**
   * Weight of a good draft in the loss relative to a bad one: SpamAssassin's perceptron defaults
   * to 2.0 ("ham preference"), because failing a good draft costs more trust than passing a bad one.
   */
  hamPreference: number;
  /** Rounds of (fit the sharpness, then the weights); fixed, so the result is the same every run. */
  rounds: number;
  /** Projected gradient steps on the weights per round. */
  steps: number;
  /**
   * The most confident the model may be about a draft with no problems: a clean draft is good
   * with at most this probability. Without a bound, labels the current weights already separate
   * would make the model infinitely sharp, and every weight would move to fix a single draft.
   */
  maxCleanGood: number;
  /**
   * The least confident: a clean draft is good with at least this probability. From a prior
   * that does not separate the drafts at all (every weight 0), the weights could otherwise never
   * start to move.
   */
  minCleanGood: number;
  /** The score a draft on the decision boundary (p = 0.5) gets: the default gate, grade C. */
  gateScore: number;
  /**
   * A signal must fire on at least this many drafts to be fitted; others keep their weights
   * (two or three hits are not evidence).
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
  priorSd: 10,
  hamPreference: 2,
  rounds: 20,
  steps: 1000,
  maxCleanGood: 0.99,
  minCleanGood: 0.75,
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
  /** Log-odds of "good" for a draft with no problems (score 100): how sharply the score separates the labels. */
  sharpness: number;
}

const NO_PRIOR: FitPrior = { rules: {}, credits: {} };

/**
 * Maximum a posteriori logistic regression of "good" on the drafts' rule and credit features, in
 * points: P(good) = sigmoid(sharpness * margin / (100 - gate)), where margin = (100 - gate)
 * - sum(points_r * units_r) + sum(points_k * credit_k) is how far the draft scores above the gate
 * (before caps). So a draft on the decision boundary scores the gate, as SpamAssassin maps its
 * perceptron to a threshold. Each weight has a Gaussian prior centred on its current value
 * (`prior`; 0 when absent) with `priorSd` points: rules whose size the labels cannot tell (a rule
 * that only fires on drafts that other rules already sink) keep their reasoned weights instead of
 * being pulled to 0, and a team fitting on a few dozen replies moves the defaults only as far as
 * its data argues. Weights stay non-negative (projected gradient descent): a rule always costs
 * points, a credit always gives. Alternates a 1-D fit of the sharpness (bounded by
 * `maxCleanGood`) with gradient steps on the weights, both convex. Deterministic: fixed rounds
 * and steps from the prior, sorted features.
 */
export function fitWeights(samples: readonly FitSample[], options: FitOptions = DEFAULT_FIT_OPTIONS, prior: FitPrior = NO_PRIOR): FitResult {
  const ruleCounts = countDrafts(samples, (features) => features.ruleUnits.keys());
  const creditCounts = countDrafts(samples, (features) => features.credits);
  const rules = [...ruleCounts].filter(([, count]) => count >= options.minHits).map(([id]) => id).sort();
  const credits = [...creditCounts].filter(([, count]) => count >= options.minHits).map(([id]) => id).sort();
  const skipped = [...ruleCounts.keys(), ...creditCounts.keys()].filter((id) => !rules.includes(id) && !credits.includes(id)).sort();
  if (samples.every((sample) => sample.good) || samples.every((sample) => !sample.good)) {
    throw inputError(undefined, "the fit needs both good and bad drafts in the fit split");
  }

  // Design matrix: rule columns take points (sign -1), credit columns give them (+1).
  const columns = [...rules, ...credits];
  const signs = columns.map((_, index) => (index < rules.length ? -1 : 1));
  const priorPoints = columns.map((id, index) => (index < rules.length ? prior.rules[id] : prior.credits[id]) ?? 0);
  const rows = samples.map((sample) =>
    columns.map((id, index) => (index < rules.length ? (sample.features.ruleUnits.get(id) ?? 0) : sample.features.credits.has(id) ? 1 : 0)),
  );
  const targets = samples.map((sample) => (sample.good ? 1 : 0));
  const sampleWeights = samples.map((sample) => (sample.good ? options.hamPreference : 1));
  const totalWeight = sampleWeights.reduce((sum, weight) => sum + weight, 0);
  const headroom = 100 - options.gateScore;
  // The prior's curvature per point, on the same (per unit of sample weight) scale as the loss.
  const precision = 1 / (options.priorSd * options.priorSd * totalWeight);
  const logit = (probability: number) => Math.log(probability / (1 - probability));
  const [minSharpness, maxSharpness] = [logit(options.minCleanGood), logit(options.maxCleanGood)];

  const points = [...priorPoints];
  const margins = () => rows.map((row) => row.reduce((margin, value, index) => margin + signs[index]! * points[index]! * value, headroom));
  let sharpness = minSharpness;
  const largestRow = rows.reduce((largest, row) => Math.max(largest, row.reduce((sum, value) => sum + value * value, 0)), 0);
  for (let round = 0; round < options.rounds; round++) {
    sharpness = fitSharpness(margins(), targets, sampleWeights, headroom, minSharpness, maxSharpness);
    // Step 1/L, L the gradient's Lipschitz bound for this sharpness: no tuned learning rate.
    const scale = sharpness / headroom;
    const step = 1 / (0.25 * scale * scale * largestRow + precision);
    for (let iteration = 0; iteration < options.steps; iteration++) {
      const gradient = points.map((value, index) => precision * (value - priorPoints[index]!));
      rows.forEach((row, sampleIndex) => {
        let z = headroom;
        row.forEach((value, index) => (z += signs[index]! * points[index]! * value));
        const error = (sampleWeights[sampleIndex]! * (sigmoid(scale * z) - targets[sampleIndex]!) * scale) / totalWeight;
        row.forEach((value, index) => (gradient[index]! += error * signs[index]! * value));
      });
      points.forEach((value, index) => (points[index] = Math.max(0, value - step * gradient[index]!)));
    }
  }

  if (fitSharpness(margins(), targets, sampleWeights, headroom, 0, maxSharpness) === 0) {
    throw inputError(
      undefined,
      "the fit found that drafts scoring above the gate are not mostly good, so weights cannot be mapped to points; check the labels (a reply rate far below 50% cannot be mapped onto the C gate), or that the rules fire on the bad drafts",
    );
  }
  const round1 = (value: number) => Math.round(value * 10) / 10;
  const floored: string[] = [];
  const fittedRules: Record<string, number> = {};
  rules.forEach((id, index) => {
    const value = round1(points[index]!);
    if (value < options.minPoints) floored.push(id);
    fittedRules[id] = Math.max(value, options.minPoints);
  });
  const fittedCredits: Record<string, number> = {};
  credits.forEach((id, index) => (fittedCredits[id] = round1(points[rules.length + index]!)));
  return { rules: fittedRules, credits: fittedCredits, skipped, floored, sharpness: Math.round(sharpness * 1e6) / 1e6 };
}

/**
 * The sharpness that best explains the labels given the drafts' margins, within [min, max]: a
 * convex 1-D problem, solved by bisection on the derivative.
 */
function fitSharpness(margins: readonly number[], targets: readonly number[], weights: readonly number[], headroom: number, min: number, max: number): number {
  const slope = (sharpness: number) => margins.reduce((sum, margin, index) => sum + weights[index]! * (sigmoid((sharpness * margin) / headroom) - targets[index]!) * margin, 0);
  if (slope(min) >= 0) return min;
  if (slope(max) <= 0) return max;
  let low = min;
  let high = max;
  for (let iteration = 0; iteration < 60; iteration++) {
    const middle = (low + high) / 2;
    if (slope(middle) < 0) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

function countDrafts(samples: readonly FitSample[], idsOf: (features: DraftFeatures) => Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sample of samples) for (const id of idsOf(sample.features)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
