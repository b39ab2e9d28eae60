import { describe, expect, it } from "vitest";
import { hitTable, rocAuc, thresholdTable } from "../../src/eval/metrics.js";

const good = (score: number) => ({ score, good: true });
const bad = (score: number) => ({ score, good: false });

describe("rocAuc", () => {
  it("is the share of (good, bad) pairs ranked right: 5 of 6 here", () => {
    // 90 and 70 beat both bad drafts (4 pairs); 50 beats 30 but not 60 (1 pair).
    expect(rocAuc([good(90), good(70), good(50), bad(60), bad(30)])).toBeCloseTo(5 / 6, 12);
  });

  it("counts a tie as half a pair", () => {
    expect(rocAuc([good(50), bad(50), bad(20)])).toBe(0.75);
    expect(rocAuc([good(80), good(80), bad(80), bad(80)])).toBe(0.5);
  });

  it("is 1 for a perfect ranking and 0 for a reversed one, whatever the order given", () => {
    expect(rocAuc([bad(10), good(99), bad(40), good(41)])).toBe(1);
    expect(rocAuc([good(10), bad(99), good(40), bad(41)])).toBe(0);
  });

  it("is null when one class is missing", () => {
    expect(rocAuc([good(1), good(2)])).toBeNull();
    expect(rocAuc([])).toBeNull();
  });
});

describe("thresholdTable", () => {
  it("gives precision, recall and accuracy of 'grade >= cut-off means good' per grade", () => {
    const rows = thresholdTable([good(95), good(85), good(72), good(55), bad(91), bad(75), bad(65), bad(40)]);
    expect(rows.map((row) => [row.grade, row.minScore, row.goodPassed, row.badPassed, row.goodFailed, row.badFailed])).toEqual([
      ["A", 90, 1, 1, 3, 3],
      ["B", 80, 2, 1, 2, 3],
      ["C", 70, 3, 2, 1, 2],
      ["D", 60, 3, 3, 1, 1],
    ]);
    expect(rows.map((row) => [row.precision, row.recall, row.accuracy])).toEqual([
      [0.5, 0.25, 0.5],
      [2 / 3, 0.5, 5 / 8],
      [0.6, 0.75, 5 / 8],
      [0.5, 0.75, 0.5],
    ]);
  });

  it("treats the cut-off score itself as passing, and has no precision when nothing passes", () => {
    const [a, , c] = thresholdTable([good(70), bad(10)]);
    expect(a!.precision).toBeNull();
    expect(a!.recall).toBe(0);
    expect(c!.goodPassed).toBe(1);
  });
});

describe("hitTable", () => {
  const samples = [
    { good: false, ids: new Set(["spam", "vague"]) },
    { good: false, ids: new Set(["spam", "vague"]) },
    { good: false, ids: new Set(["spam"]) },
    { good: false, ids: new Set(["spam"]) },
    { good: true, ids: new Set(["vague"]) },
  ];

  it("gives a rule's bad-share (S/O) and flags rules under 0.8", () => {
    expect(hitTable(samples, true)).toEqual([
      { id: "vague", goodHits: 1, badHits: 2, share: 2 / 3, demote: true },
      { id: "spam", goodHits: 0, badHits: 4, share: 1, demote: false },
    ]);
  });

  it("inverts the share for credits (nice rules): good hits over all hits", () => {
    expect(hitTable(samples, false).map((row) => [row.id, row.share, row.demote])).toEqual([
      ["spam", 0, true],
      ["vague", 1 / 3, true],
    ]);
  });
});
