/**
 * A unified-diff-like preview of what `--fix-dry-run` would change: hunks of removed and added
 * lines with `@@ -a,n +b,m @@` headers, no context lines (the stylish report above already
 * shows where the problems are).
 */

export interface PreviewPaint {
  removed(text: string): string;
  added(text: string): string;
  header(text: string): string;
}

const plain: PreviewPaint = { removed: (text) => text, added: (text) => text, header: (text) => text };

/** Beyond this many differing lines the preview is one hunk: Myers' cost grows with it. */
const MAX_EDIT_DISTANCE = 200;

type Edit = { kind: "same" | "removed" | "added"; text: string };

export function fixPreviewLines(original: string, fixed: string, paint: PreviewPaint = plain, indent = "  "): string[] {
  const before = splitLines(original);
  const after = splitLines(fixed);
  const lines: string[] = [];
  for (const hunk of hunks(diffLines(before, after))) {
    lines.push(indent + paint.header(`@@ -${range(hunk.oldStart, hunk.removed.length)} +${range(hunk.newStart, hunk.added.length)} @@`));
    for (const text of hunk.removed) lines.push(indent + paint.removed(`-${text}`));
    for (const text of hunk.added) lines.push(indent + paint.added(`+${text}`));
  }
  return lines;
}

function splitLines(text: string): string[] {
  return text.split("\n").map((line) => line.replace(/\r$/, ""));
}

/** `start,count` as in unified diffs (a count of 0 names the line before). */
function range(start: number, count: number): string {
  return count === 1 ? String(start) : `${count === 0 ? start - 1 : start},${count}`;
}

interface Hunk {
  oldStart: number;
  newStart: number;
  removed: string[];
  added: string[];
}

function hunks(edits: Edit[]): Hunk[] {
  const found: Hunk[] = [];
  let oldLine = 1;
  let newLine = 1;
  let current: Hunk | null = null;
  for (const edit of edits) {
    if (edit.kind === "same") {
      current = null;
      oldLine++;
      newLine++;
      continue;
    }
    if (!current) {
      current = { oldStart: oldLine, newStart: newLine, removed: [], added: [] };
      found.push(current);
    }
    if (edit.kind === "removed") {
      current.removed.push(edit.text);
      oldLine++;
    } else {
      current.added.push(edit.text);
      newLine++;
    }
  }
  return found;
}

/** Line edits from `a` to `b`: Myers' O(ND) diff after trimming the common head and tail. */
export function diffLines(a: string[], b: string[]): Edit[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const same = (lines: string[]) => lines.map((text): Edit => ({ kind: "same", text }));
  const middle = myers(middleA, middleB) ?? [
    ...middleA.map((text): Edit => ({ kind: "removed", text })),
    ...middleB.map((text): Edit => ({ kind: "added", text })),
  ];
  return [...same(a.slice(0, head)), ...middle, ...same(a.slice(a.length - tail))];
}

/** null when the edit distance exceeds MAX_EDIT_DISTANCE. */
function myers(a: string[], b: string[]): Edit[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  let v = new Array<number>(2 * max + 3).fill(0);
  const trace: number[][] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, [...trace, next], offset);
    }
    v = next;
  }
  return null;
}

function backtrack(a: string[], b: string[], trace: number[][], offset: number): Edit[] {
  const edits: Edit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 2; d >= 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = v[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      edits.push({ kind: "same", text: a[x - 1]! });
      x--;
      y--;
    }
    if (d > 0) {
      if (down) edits.push({ kind: "added", text: b[y - 1]! });
      else edits.push({ kind: "removed", text: a[x - 1]! });
    }
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    edits.push({ kind: "same", text: a[x - 1]! });
    x--;
    y--;
  }
  return edits.reverse();
}
