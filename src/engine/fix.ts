import type { Fix } from "../types.js";

/** ESLint's bound: fixes are re-applied until nothing changes, at most this many passes. */
export const MAX_FIX_PASSES = 10;

/**
 * Applies the fixes that do not overlap, in source order; a fix that overlaps or touches one
 * already taken is deferred to the next pass (after re-linting), never merged, so two rules
 * cannot garble the same words. "Touches" follows ESLint: a fix starting where the previous
 * one ended waits too, since the order of the two edits would decide the text.
 */
export function applyFixes(source: string, fixes: readonly Fix[]): { output: string; applied: number; deferred: number } {
  const ordered = [...fixes].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let output = "";
  let cursor = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  let applied = 0;
  let deferred = 0;
  for (const fix of ordered) {
    if (fix.span.start <= lastEnd || fix.span.start > fix.span.end) {
      deferred++;
      continue;
    }
    output += source.slice(cursor, fix.span.start) + fix.text;
    cursor = fix.span.end;
    lastEnd = fix.span.end;
    applied++;
  }
  output += source.slice(cursor);
  return { output, applied, deferred };
}
