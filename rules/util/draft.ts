import type { Draft, Sentence, Span, Word } from "../../src/types.js";

/** Sentences of the message itself: not the greeting, not the sign-off. */
export function bodySentences(draft: Draft): Sentence[] {
  return draft.sentences.filter((sentence) => sentence.role !== "greeting" && sentence.role !== "sign-off");
}

/** The first `count` sentences of the message (after the greeting). */
export function openingSentences(draft: Draft, count: number): Sentence[] {
  return bodySentences(draft).slice(0, count);
}

export function wordsOf(draft: Draft, sentence: Sentence): Word[] {
  return draft.words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount);
}

export function spanOf(sentences: readonly Sentence[]): Span | null {
  if (sentences.length === 0) return null;
  return { start: sentences[0]!.span.start, end: sentences[sentences.length - 1]!.span.end };
}

/** Where a problem about the message as a whole is shown: its greeting, else its first sentence. */
export function openingSpan(draft: Draft): Span {
  if (draft.greeting) return draft.greeting.span;
  const first = bodySentences(draft)[0] ?? draft.sentences[0];
  return first ? first.span : { start: draft.body.start, end: draft.body.start };
}

/** Where a problem about the message's ending is shown: its last sentence before the sign-off. */
export function closingSpan(draft: Draft): Span {
  const sentences = bodySentences(draft);
  const last = sentences[sentences.length - 1] ?? draft.sentences[draft.sentences.length - 1];
  return last ? last.span : { start: draft.body.start, end: draft.body.start };
}

/** The sentence containing an offset. */
export function sentenceAt(draft: Draft, offset: number): Sentence | undefined {
  return draft.sentences.find((sentence) => offset >= sentence.span.start && offset < sentence.span.end);
}

export function sentenceIndexAt(draft: Draft, offset: number): number {
  return draft.sentences.findIndex((sentence) => offset >= sentence.span.start && offset < sentence.span.end);
}

/**
 * Where the sentence holding `offset` starts (the last one starting at or before it), by binary
 * search: a context check per match must not scan every sentence of a long draft. The body's
 * start when no sentence starts before the offset.
 */
export function sentenceStartBefore(draft: Draft, offset: number): number {
  const sentences = draft.sentences;
  let low = 0;
  let high = sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.span.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found === -1 ? draft.body.start : sentences[found]!.span.start;
}
