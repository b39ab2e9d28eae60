import type { LintMessage } from "../types.js";
import { escapeMarkup } from "./markup.js";

/**
 * Lays problem spans over the draft text as nested `<mark>`s. Spans that nest become nested marks;
 * a span that crosses out of an enclosing one is cut at that boundary and carried on in a
 * continuation mark, so every problem still has exactly one focusable highlight (its first piece).
 */

export interface HighlightSpan {
  start: number;
  end: number;
  /** Index of the problem in the draft's message list. */
  problem: number;
  /** The problem's first piece (focusable, described); later pieces only continue the colour. */
  primary: boolean;
}

export interface HighlightNode extends HighlightSpan {
  children: HighlightNode[];
}

/** Reading order; at one start the longer span first, so it can enclose the shorter. */
function byPosition(a: HighlightSpan, b: HighlightSpan): number {
  return a.start - b.start || b.end - a.end || a.problem - b.problem;
}

export function nestHighlights(spans: readonly HighlightSpan[]): HighlightNode[] {
  // A heap, not a sorted array with shift() and splice(): 150,000 problems on one draft (a run of
  // repeated words) took 35 s to render, quadratic.
  const queue = new SpanHeap(spans);
  const root: HighlightNode = { start: 0, end: Number.POSITIVE_INFINITY, problem: -1, primary: false, children: [] };
  const open: HighlightNode[] = [root];
  for (let span = queue.pop(); span; span = queue.pop()) {
    while (open.length > 1 && open.at(-1)!.end <= span.start) open.pop();
    const parent = open.at(-1)!;
    let piece = span;
    if (span.end > parent.end) {
      // Crossing spans: keep the piece inside the parent, carry the rest on after the parent ends.
      piece = { ...span, end: parent.end };
      queue.push({ start: parent.end, end: span.end, problem: span.problem, primary: false });
    }
    const node: HighlightNode = { ...piece, children: [] };
    parent.children.push(node);
    open.push(node);
  }
  return root.children;
}

/** A binary min-heap of spans in reading order (`byPosition`). */
class SpanHeap {
  private readonly items: HighlightSpan[] = [];

  constructor(spans: readonly HighlightSpan[]) {
    for (const span of spans) this.push(span);
  }

  push(span: HighlightSpan): void {
    const items = this.items;
    items.push(span);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (byPosition(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): HighlightSpan | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && byPosition(items[left]!, items[smallest]!) < 0) smallest = left;
        if (right < items.length && byPosition(items[right]!, items[smallest]!) < 0) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest]!, items[i]!];
        i = smallest;
      }
    }
    return top;
  }
}

/** UTF-16 offsets of a message's start and end in `source` (columns are UTF-16, as ESLint counts). */
export function messageOffsets(lineStarts: readonly number[], sourceLength: number, message: LintMessage): [number, number] {
  const offset = (line: number, column: number) => {
    const lineStart = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1]!;
    return Math.min(Math.max(lineStart + column - 1, lineStart), sourceLength);
  };
  const start = offset(message.line, message.column);
  return [start, Math.max(start, offset(message.endLine, message.endColumn))];
}

export function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let index = source.indexOf("\n"); index !== -1; index = source.indexOf("\n", index + 1)) starts.push(index + 1);
  return starts;
}

export interface MarkRenderer {
  open(node: HighlightNode): string;
  close(node: HighlightNode): string;
}

/** The source as escaped HTML with the marks laid in. */
export function renderHighlighted(source: string, nodes: readonly HighlightNode[], marks: MarkRenderer): string {
  const out: string[] = [];
  const walk = (children: readonly HighlightNode[], from: number, to: number) => {
    let position = from;
    for (const node of children) {
      out.push(escapeMarkup(source.slice(position, node.start)), marks.open(node));
      walk(node.children, node.start, node.end);
      out.push(marks.close(node));
      position = node.end;
    }
    out.push(escapeMarkup(source.slice(position, to)));
  };
  walk(nodes, 0, source.length);
  return out.join("");
}
