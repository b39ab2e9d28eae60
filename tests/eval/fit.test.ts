import { describe, expect, it } from "vitest";
import { DEFAULT_FIT_OPTIONS, fitWeights, type FitSample } from "../../src/eval/fit.js";

const sample = (good: boolean, rules: Record<string, number>, credits: string[] = []): FitSample => ({
  good,
  features: { ruleUnits: new Map(Object.entries(rules)), credits: new Set(credits) },
});

/**
 * 40 drafts: `spam` fires on 16 of 20 bad drafts and 1 good one; `weak` on 8 bad and 4 good;
 * `inverse` mostly on good drafts (it would get a negative weight if allowed); `nice` is a
 * credit on 12 good drafts and 2 bad; `bad-credit` a credit that fires on bad drafts only;
 * `rare` fires once.
 */
function corpus(): FitSample[] {
  const samples: FitSample[] = [];
  for (let index = 0; index < 20; index++) {
    const rules: Record<string, number> = {};
    if (index < 16) rules.spam = index % 4 === 0 ? 2 : 1;
    if (index % 5 < 2) rules.weak = 1;
    if (index === 3) rules.inverse = 1;
    if (index === 7) rules.rare = 1;
    samples.push(sample(false, rules, index < 2 ? ["nice"] : index % 2 === 0 ? ["bad-credit"] : []));
  }
  for (let index = 0; index < 20; index++) {
    const rules: Record<string, number> = {};
    if (index === 0) rules.spam = 1;
    if (index % 5 === 0) rules.weak = 1;
    if (index < 10) rules.inverse = 1;
    samples.push(sample(true, rules, index < 12 ? ["nice"] : []));
  }
  return samples;
}

describe("fitWeights", () => {
  it("is deterministic: same input, same weights, in any sample order", () => {
    const first = fitWeights(corpus());
    expect(fitWeights(corpus())).toEqual(first);
    expect(fitWeights([...corpus()].reverse())).toEqual(first);
    expect(Object.keys(first.rules)).toEqual([...Object.keys(first.rules)].sort());
  });

  it("keeps every rule costing points and every credit giving points (projected, never negative)", () => {
    const fit = fitWeights(corpus());
    for (const points of Object.values(fit.rules)) expect(points).toBeGreaterThanOrEqual(DEFAULT_FIT_OPTIONS.minPoints);
    for (const points of Object.values(fit.credits)) expect(points).toBeGreaterThanOrEqual(0);
    // A rule that fires mostly on good drafts is held at the floor and reported, not made a bonus.
    expect(fit.rules.inverse).toBe(DEFAULT_FIT_OPTIONS.minPoints);
    expect(fit.floored).toContain("inverse");
    // A credit that fires only on bad drafts gives nothing.
    expect(fit.credits["bad-credit"]).toBe(0);
  });

  it("ranks signals by their evidence: the precise rule costs more than the noisy one", () => {
    const fit = fitWeights(corpus());
    expect(fit.rules.spam!).toBeGreaterThan(fit.rules.weak!);
    expect(fit.credits.nice!).toBeGreaterThan(0);
    expect(fit.sharpness).toBeGreaterThan(0);
  });

  it("leaves signals with too few hits alone", () => {
    const fit = fitWeights(corpus());
    expect(fit.skipped).toEqual(["rare"]);
    expect(fit.rules.rare).toBeUndefined();
  });

  it("maps the decision boundary to the gate: a draft with p(good) = 0.5 scores the gate score", () => {
    // One rule firing once on every bad draft and never on a good one, 1:1 ham preference and
    // a light penalty: the boundary sits between 0 and 1 unit, so one hit takes more than 30 points.
    const samples = [...Array.from({ length: 10 }, () => sample(false, { only: 1 })), ...Array.from({ length: 10 }, () => sample(true, {}))];
    const fit = fitWeights(samples, { ...DEFAULT_FIT_OPTIONS, hamPreference: 1 });
    expect(fit.rules.only!).toBeGreaterThan(100 - DEFAULT_FIT_OPTIONS.gateScore);
  });

  it("keeps the prior of a rule the labels cannot size, and moves one they contradict", () => {
    // `flag` only fires on bad drafts that `sink` already sinks: the labels say nothing about its
    // size. Pulled towards 0 it would lose most of its points; centred on its prior, it keeps them.
    const samples = [
      ...Array.from({ length: 12 }, (_, index) => sample(false, index < 6 ? { sink: 1, flag: 1 } : { sink: 1 })),
      ...Array.from({ length: 12 }, (_, index) => sample(true, index < 1 ? { sink: 1 } : {})),
    ];
    const towardsZero = fitWeights(samples);
    const fromPrior = fitWeights(samples, DEFAULT_FIT_OPTIONS, { rules: { sink: 40, flag: 30 }, credits: {} });
    expect(towardsZero.rules.flag!).toBeLessThan(15);
    expect(Math.abs(fromPrior.rules.flag! - 30)).toBeLessThan(2);
    // `weak` fires on good drafts too: the fit takes it well below a prior of 30.
    expect(fitWeights(corpus(), DEFAULT_FIT_OPTIONS, { rules: { spam: 30, weak: 30, inverse: 10 }, credits: {} }).rules.weak!).toBeLessThan(25);
  });

  it("refuses labels where drafts above the gate are not mostly good (a low reply rate)", () => {
    const samples = [...Array.from({ length: 18 }, () => sample(false, { a: 0.1 })), sample(true, {}), sample(true, {})];
    expect(() => fitWeights(samples)).toThrow("the fit found that drafts scoring above the gate are not mostly good");
  });

  it("refuses labels of one class", () => {
    expect(() => fitWeights([sample(true, { a: 1 }), sample(true, { a: 1 })])).toThrow("the fit needs both good and bad drafts in the fit split");
  });
});
