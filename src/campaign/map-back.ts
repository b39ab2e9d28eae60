import { createPositionMapper } from "../draft/positions.js";
import type { LintFix, LintMessage, LintResult } from "../types.js";
import type { RenderedPiece } from "./render.js";

/**
 * Moves a rendering's problems back onto the template file, which is what the user edits:
 * a position in static text lands on the same character of the template; a position inside a
 * filled-in value lands on the merge field that produced it (start on its start, end on its end).
 */
export function mapResultToTemplate(result: LintResult, rendered: string, template: string, pieces: readonly RenderedPiece[]): LintResult {
  const toOffset = createOffsetMapper(rendered);
  const toPosition = createPositionMapper(template);
  const mapOffset = (offset: number, side: "start" | "end") => templateOffset(pieces, offset, side, template.length);

  const mapMessage = (message: LintMessage): LintMessage => {
    const start = toPosition(mapOffset(toOffset(message.line, message.column), "start"));
    const end = toPosition(mapOffset(toOffset(message.endLine, message.endColumn), "end"));
    const mapped: LintMessage = { ...message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    delete mapped.fix;
    delete mapped.suggestions;
    const fix = message.fix && mapFix(message.fix, pieces);
    if (fix) mapped.fix = fix;
    const suggestions = message.suggestions?.flatMap((suggestion) => {
      const suggestionFix = mapFix(suggestion.fix, pieces);
      return suggestionFix ? [{ ...suggestion, fix: suggestionFix }] : [];
    });
    if (suggestions?.length) mapped.suggestions = suggestions;
    return mapped;
  };

  const messages = result.messages.map(mapMessage);
  const mapped: LintResult = {
    ...result,
    messages,
    fixableErrorCount: messages.filter((message) => message.severity === 2 && message.fix).length,
    fixableWarningCount: messages.filter((message) => message.severity === 1 && message.fix).length,
  };
  if (result.suppressedMessages) mapped.suppressedMessages = result.suppressedMessages.map(mapMessage);
  if (result.source !== undefined) mapped.source = template;
  return mapped;
}

/** A fix applies to the template only when it touches static text alone; one that edits a filled-in value does not. */
function mapFix(fix: LintFix, pieces: readonly RenderedPiece[]): LintFix | null {
  const [start, end] = fix.range;
  const piece = pieces.find((candidate) => !candidate.field && candidate.rendered.start <= start && end <= candidate.rendered.end);
  if (!piece) return null;
  const shift = piece.template.start - piece.rendered.start;
  return { range: [start + shift, end + shift], text: fix.text };
}

function templateOffset(pieces: readonly RenderedPiece[], offset: number, side: "start" | "end", templateLength: number): number {
  // Binary search for the piece holding the offset: [start, end) for a start, (start, end] for an end.
  let low = 0;
  let high = pieces.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const { rendered } = pieces[mid]!;
    const before = side === "start" ? offset < rendered.start : offset <= rendered.start;
    const after = side === "start" ? offset >= rendered.end : offset > rendered.end;
    if (before) high = mid - 1;
    else if (after) low = mid + 1;
    else {
      const piece = pieces[mid]!;
      if (piece.field) return side === "start" ? piece.template.start : piece.template.end;
      return piece.template.start + (offset - piece.rendered.start);
    }
  }
  return offset <= 0 ? 0 : templateLength;
}

/** 1-based line and column back to an offset (the inverse of createPositionMapper). */
function createOffsetMapper(source: string): (line: number, column: number) => number {
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return (line, column) => {
    const start = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1]!;
    return Math.min(start + Math.max(column, 1) - 1, source.length);
  };
}
