import type { Span } from "../../src/types.js";

/**
 * What to delete to remove a sentence cleanly: the sentence and the spaces after it; a sentence
 * alone on its line takes the line with it, and a one-sentence paragraph its blank line too, so
 * no gap or stray space is left behind.
 */
export function removalSpan(source: string, span: Span): Span {
  const lineStart = source.lastIndexOf("\n", span.start - 1) + 1;
  const lineEnd = endOfLine(source, span.end);
  const alone = source.slice(lineStart, span.start).trim() === "" && source.slice(span.end, lineEnd).trim() === "";
  if (alone) {
    let end = afterNewline(source, lineEnd);
    const previousBlank = lineStart === 0 || isBlankLine(source, source.lastIndexOf("\n", lineStart - 2) + 1);
    const nextEnd = endOfLine(source, end);
    if (previousBlank && end < source.length && source.slice(end, nextEnd).trim() === "") end = afterNewline(source, nextEnd);
    return { start: lineStart, end };
  }
  let end = span.end;
  while (end < lineEnd && (source[end] === " " || source[end] === "\t")) end++;
  if (end < lineEnd) return { start: span.start, end };
  // Last sentence on a line with text before it: take the space before it instead.
  let start = span.start;
  while (start > lineStart && (source[start - 1] === " " || source[start - 1] === "\t")) start--;
  return { start, end: span.end };
}

/** Offset of the line break (or the end of the text) at or after `offset`, before any `\r`. */
function endOfLine(source: string, offset: number): number {
  const newline = source.indexOf("\n", offset);
  const end = newline === -1 ? source.length : newline;
  return source[end - 1] === "\r" ? end - 1 : end;
}

function afterNewline(source: string, lineEnd: number): number {
  if (source.startsWith("\r\n", lineEnd)) return lineEnd + 2;
  return source[lineEnd] === "\n" ? lineEnd + 1 : lineEnd;
}

function isBlankLine(source: string, lineStart: number): boolean {
  return source.slice(lineStart, endOfLine(source, lineStart)).trim() === "";
}
