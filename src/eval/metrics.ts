import { GRADE_BANDS } from "../engine/grade.js";
import type { Grade } from "../types.js";

/** A draft's score and whether it is labelled good. */
export interface ScoredLabel {
  score: number;
  good: boolean;
}

/**
 * ROC AUC: the chance that a random good draft scores higher than a random bad one (ties count
 * half), computed from ranks (Mann-Whitney U) in O(n log n). Null when one class is missing.
 */
export function rocAuc(points: readonly ScoredLabel[]): number | null {
  const good = points.filter((point) => point.good).length;
  const bad = points.length - good;
  if (good === 0 || bad === 0) return null;
  const sorted = [...points].sort((a, b) => a.score - b.score);
  let goodRankSum = 0;
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end < sorted.length && sorted[end]!.score === sorted[start]!.score) end++;
    // Tied scores share the average of their 1-based ranks.
    const averageRank = (start + 1 + end) / 2;
    for (let index = start; index < end; index++) if (sorted[index]!.good) goodRankSum += averageRank;
    start = end;
  }
  return (goodRankSum - (good * (good + 1)) / 2) / (good * bad);
}

/** "Grade >= cut-off means good", as a gate (`--min-grade`) decides. */
export interface ThresholdRow {
  grade: Grade;
  minScore: number;
  /** Good drafts passed, bad drafts passed, good drafts failed, bad drafts failed. */
  goodPassed: number;
  badPassed: number;
  goodFailed: number;
  badFailed: number;
  /** Of the drafts passed, the share that are good (null when none pass). */
  precision: number | null;
  /** Of the good drafts, the share passed (null when there are none). */
  recall: number | null;
  accuracy: number | null;
}

/** One row per grade cut-off (A, B, C, D). */
export function thresholdTable(points: readonly ScoredLabel[]): ThresholdRow[] {
  return GRADE_BANDS.filter(([, minScore]) => minScore > 0).map(([grade, minScore]) => {
    const passed = points.filter((point) => point.score >= minScore);
    const goodPassed = passed.filter((point) => point.good).length;
    const badPassed = passed.length - goodPassed;
    const good = points.filter((point) => point.good).length;
    const goodFailed = good - goodPassed;
    const badFailed = points.length - good - badPassed;
    return {
      grade,
      minScore,
      goodPassed,
      badPassed,
      goodFailed,
      badFailed,
      precision: ratio(goodPassed, passed.length),
      recall: ratio(goodPassed, good),
      accuracy: ratio(goodPassed + badFailed, points.length),
    };
  });
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** How often a signal fires on good and on bad drafts. */
export interface HitRow {
  id: string;
  goodHits: number;
  badHits: number;
  /**
   * For rules: bad hits / all hits (SpamAssassin's S/O). For credits: good hits / all hits
   * (the test inverted for "nice" rules).
   */
  share: number;
  /** Share below the bar: a candidate for demotion (SpamAssassin's rule QA uses 0.8). */
  demote: boolean;
}

export const DEMOTION_BAR = 0.8;

/**
 * Per signal, the drafts it fired on, split by label. `isRule` decides which share is the
 * signal's precision: a rule should fire on bad drafts, a credit on good ones.
 */
export function hitTable(samples: ReadonlyArray<{ good: boolean; ids: ReadonlySet<string> }>, isRule: boolean): HitRow[] {
  const counts = new Map<string, { good: number; bad: number }>();
  for (const sample of samples) {
    for (const id of sample.ids) {
      const entry = counts.get(id) ?? { good: 0, bad: 0 };
      if (sample.good) entry.good++;
      else entry.bad++;
      counts.set(id, entry);
    }
  }
  return [...counts]
    .map(([id, { good, bad }]) => {
      const share = (isRule ? bad : good) / (good + bad);
      return { id, goodHits: good, badHits: bad, share, demote: share < DEMOTION_BAR };
    })
    .sort((a, b) => a.share - b.share || a.id.localeCompare(b.id));
}
