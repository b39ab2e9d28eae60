import { parseDraft } from "../../src/draft/parse.js";
import type { Draft, Span } from "../../src/types.js";

/** The source text a span covers. */
export function textOf(draft: Draft, span: Span | null | undefined): string | null {
  return span ? draft.source.slice(span.start, span.end) : null;
}

/** `line:column-endLine:endColumn` of a span, as a problem would print it. */
export function where(draft: Draft, span: Span): string {
  const start = draft.positionAt(span.start);
  const end = draft.positionAt(span.end);
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

/** Sentences as [role, text] pairs, the easiest shape to read in an assertion. */
export function sentencesOf(text: string): Array<[string, string]> {
  const draft = parseDraft(text, "draft.md");
  return draft.sentences.map((sentence) => [sentence.role, sentence.text]);
}

/** Body sentences only, as text. */
export function bodyTexts(text: string): string[] {
  return parseDraft(text, "draft.md")
    .sentences.filter((sentence) => sentence.role === "body" || sentence.role === "list-item")
    .map((sentence) => sentence.text);
}
