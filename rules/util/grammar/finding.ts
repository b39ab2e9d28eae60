import type { Draft, Fix, Span } from "../../../src/types.js";

/** One grammar problem, as a check finds it; the grammar rule reports it. */
export interface GrammarFinding {
  messageId: string;
  data: Record<string, string>;
  span: Span;
  fix?: Fix;
}

/** Spans of prose that are not sentences to check: bare URLs and domains, e-mail addresses and @handles. */
export function opaqueSpans(draft: Draft): Span[] {
  return [
    ...draft.links.filter((link) => !link.markdown).map((link) => link.span),
    ...draft.words.filter((word) => word.kind === "email" || word.kind === "handle" || word.kind === "url").map((word) => word.span),
  ];
}

export function insideAny(spans: readonly Span[], offset: number): boolean {
  return spans.some((span) => offset >= span.start && offset < span.end);
}
