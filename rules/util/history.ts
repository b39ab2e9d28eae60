import type { HistoryEntry } from "../../src/types.js";

const DAY_MS = 86_400_000;

/** Entries oldest first; entries of the same day keep their written order. */
export function chronological(history: readonly HistoryEntry[]): HistoryEntry[] {
  return history
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The recipient's latest message in the thread, if any. */
export function lastReceived(history: readonly HistoryEntry[]): HistoryEntry | undefined {
  const sorted = chronological(history);
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]!.direction === "received") return sorted[i];
  return undefined;
}

/** Messages sent since the recipient last wrote (all of them when they never did). */
export function unansweredSent(history: readonly HistoryEntry[]): HistoryEntry[] {
  const sorted = chronological(history);
  const unanswered: HistoryEntry[] = [];
  for (let i = sorted.length - 1; i >= 0 && sorted[i]!.direction === "sent"; i--) unanswered.unshift(sorted[i]!);
  return unanswered;
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier); null for a bad date. */
export function daysBetween(from: string, to: string): number | null {
  const start = dayNumber(from);
  const end = dayNumber(to);
  return start === null || end === null ? null : end - start;
}

function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : Math.round(time / DAY_MS);
}
