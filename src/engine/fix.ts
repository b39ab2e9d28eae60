import type { Fix } from "../types.js";

/** ESLint's bound: fixes are re-applied until nothing changes, at most this many passes. */
export const MAX_FIX_PASSES = 10;

/**
 * Applies the fixes that do not overlap, in source order; an overlapping fix is deferred to
 * the next pass (after re-linting), never merged, so two rules cannot garble the same words.
 */
export function applyFixes(source: string, fixes: readonly Fix[]): { output: string; applied: number; deferred: number } {
  const ordered = [...fixes].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let output = "";
  let cursor = 0;
  let lastStart = -1;
  let lastEnd = -1;
  let applied = 0;
  let deferred = 0;
  for (const fix of ordered) {
    // Adjacent spans are fine; two insertions at one point have no defined order, so wait.
    const overlaps = fix.span.start < lastEnd || (fix.span.start === lastStart && fix.span.start === fix.span.end);
    if (overlaps) {
      deferred++;
      continue;
    }
    output += source.slice(cursor, fix.span.start) + fix.text;
    cursor = fix.span.end;
    lastStart = fix.span.start;
    lastEnd = fix.span.end;
    applied++;
  }
  output += source.slice(cursor);
  return { output, applied, deferred };
}
