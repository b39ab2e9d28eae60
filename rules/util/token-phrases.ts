/**
 * Phrases matched on words rather than characters: a lookup by first word, so matching a draft
 * costs one map lookup per word however long the list is (no large alternation to compile or scan).
 */

/** Words as the draft parser splits them: letters and digits, joined by ' ’ - . & (see segment.ts). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.&][\p{L}\p{M}\p{N}]+)*/gu;

/** Phrases as word lists, indexed by their first word, longest first. */
export type PhraseIndex = Map<string, string[][]>;

/** Lower-cased words of a text, with typographic apostrophes straightened (as `Word.lower`). */
export function lowerWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((word) => word.replace(/’/g, "'"));
}

/** Each word of a text with its offsets. */
export function wordsWithOffsets(text: string): Array<{ lower: string; start: number; end: number }> {
  return [...text.matchAll(WORD)].map((match) => ({
    lower: match[0].toLowerCase().replace(/’/g, "'"),
    start: match.index!,
    end: match.index! + match[0].length,
  }));
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
