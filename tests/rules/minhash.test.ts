import { jaccard, jaccardAtLeast } from "../../rules/util/minhash.js";

/** Jaccard similarity the plain way, to check the merges against. */
function reference(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const inB = new Set(b);
  const shared = a.filter((value) => inB.has(value)).length;
  return shared / (a.length + b.length - shared);
}
import { rng } from "../bench/generate.mjs";

/**
 * duplicate-outreach verifies LSH candidates with `jaccardAtLeast`, which stops reading a pair once
 * it cannot reach the threshold: the verdict (and the similarity of every pair that reaches it)
 * must be exactly the Jaccard similarity's.
 */
describe("jaccardAtLeast", () => {
  const random = rng(3);
  /** Two sorted, distinct sets drawn from a small universe, so overlaps run from none to all. */
  function pair(): [number[], number[]] {
    const universe = 1 + Math.floor(random() * 400);
    const keep = random();
    const draw = () => [...new Set(Array.from({ length: Math.floor(random() * universe) }, () => Math.floor(random() * universe)))].sort((x, y) => x - y);
    const a = draw();
    const b = random() < 0.5 ? a.filter(() => random() < keep).concat(draw().filter(() => random() < 1 - keep)) : draw();
    return [a, [...new Set(b)].sort((x, y) => x - y)];
  }

  it("agrees with jaccard on every verdict, and on the similarity whenever it reaches the threshold", () => {
    let reached = 0;
    let missed = 0;
    for (let n = 0; n < 20_000; n++) {
      const [a, b] = pair();
      const threshold = [0.5, 0.8, 0.95, 1, random()][n % 5]!;
      const exact = reference(a, b);
      expect(jaccard(a, b)).toBe(exact);
      const bounded = jaccardAtLeast(a, b, threshold);
      expect(bounded >= threshold, `${a.length}/${b.length} at ${threshold}`).toBe(exact >= threshold);
      if (exact >= threshold) {
        reached++;
        expect(bounded).toBe(exact);
      } else missed++;
    }
    expect(reached).toBeGreaterThan(1000);
    expect(missed).toBeGreaterThan(1000);
  });

  it("treats the edge cases alike: empty sets, equal sets, similarity exactly at the threshold", () => {
    expect(jaccardAtLeast([], [], 0.8)).toBe(1);
    expect(jaccardAtLeast([1, 2, 3], [1, 2, 3], 1)).toBe(1);
    expect(jaccardAtLeast([1, 2, 3, 4], [1, 2, 3, 4, 5], 0.8)).toBe(0.8);
    expect(jaccardAtLeast([1, 2, 3, 4], [1, 2, 3, 5, 6], 0.8)).toBeLessThan(0.8);
    expect(jaccardAtLeast([], [1], 0.5)).toBeLessThan(0.5);
  });
});
