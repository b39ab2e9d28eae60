import { phraseWords } from "../../src/draft/segment.js";

/**
 * Phrases matched on words rather than characters: a lookup by first word, so matching a draft
 * costs one map lookup per word however long the list is (no large alternation to compile or scan).
 * Phrases are split by the draft parser's own tokenizer, so they meet `Word.lower` word for word.
 */

/** Phrases as word lists, indexed by their first word, longest first. */
export type PhraseIndex = Map<string, string[][]>;

/** Lower-cased words of a phrase (a profile value, a list entry), with straight apostrophes, as `Word.lower`. */
export function lowerWords(text: string): string[] {
  return phraseWords(text);
}

export function phraseIndex(phrases: Iterable<readonly string[]>): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    const list = index.get(phrase[0]!) ?? [];
    list.push([...phrase]);
    index.set(phrase[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** The longest indexed phrase that starts at `words[at]`, if any. */
export function longestPhraseAt(index: PhraseIndex, words: readonly string[], at: number): string[] | undefined {
  return index.get(words[at]!)?.find((phrase) => phrase.every((word, offset) => words[at + offset] === word));
}
