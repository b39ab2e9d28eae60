import type { Position } from "../types.js";

/** Maps offsets to 1-based line/column once per draft (binary search over line starts). */
export function createPositionMapper(source: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return (offset: number): Position => {
    const clamped = Math.max(0, Math.min(offset, source.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - lineStarts[low]! + 1 };
  };
}
