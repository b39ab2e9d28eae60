import { memoized } from "./memo.js";

/**
 * English syllable counting by heuristic, for readability formulas. Counting vowel groups with a
 * few suffix corrections is what the common readability tools do (the `syllable` package and
 * textstat use the same idea with larger exception lists); it is right for about nine words in
 * ten, and the errors average out over a message. Numbers, URLs and placeholders are not words here.
 */

/** Words whose vowel groups mislead the heuristic, with their real count. */
const EXCEPTIONS: ReadonlyMap<string, number> = new Map([
  ["the", 1], ["every", 2], ["business", 2], ["evening", 2], ["different", 3], ["interest", 3], ["interested", 4],
  ["area", 3], ["idea", 3], ["ideas", 3], ["create", 2], ["created", 3], ["people", 2], ["real", 1], ["really", 2],
  ["via", 2], ["being", 2], ["science", 2], ["scientist", 3], ["quiet", 2], ["react", 2], ["ai", 2], ["api", 3],
  ["sql", 3], ["ios", 3], ["ui", 2], ["ux", 2], ["aws", 3], ["gcp", 3], ["ceo", 3], ["cto", 3], ["vp", 2], ["hr", 2],
  ["fyi", 3], ["someone", 2], ["something", 2], ["sometimes", 2], ["somewhere", 2], ["likely", 2], ["lively", 2],
  ["whole", 1], ["where", 1], ["there", 1], ["here", 1], ["were", 1], ["more", 1], ["before", 2], ["therefore", 2],
  ["because", 2], ["since", 1], ["once", 1], ["one", 1], ["some", 1], ["come", 1], ["done", 1], ["gone", 1],
  ["none", 1], ["give", 1], ["live", 1], ["have", 1], ["love", 1], ["move", 1], ["prove", 1], ["above", 2],
  ["role", 1], ["roles", 1], ["use", 1], ["used", 1], ["uses", 2], ["user", 2], ["users", 2], ["queue", 1],
  ["hire", 1], ["hires", 1], ["hired", 1], ["fire", 1], ["tired", 1], ["our", 1], ["hour", 1], ["hours", 1],
  ["poem", 2], ["poet", 2], ["cruel", 2], ["fuel", 2], ["coordinate", 4], ["cooperate", 4], ["reopen", 3],
]);

const MAX_WORD = 40;

/** Counted once per word as written (see memo.ts). */
export const syllables: (word: string) => number = memoized(countSyllables);

function countSyllables(word: string): number {
  let text = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, "").replace(/[^a-z]/g, "");
  if (text.length === 0) return 0;
  // Acronyms and long compounds: the formula only needs a plausible count, not a pathological one.
  if (text.length > MAX_WORD) text = text.slice(0, MAX_WORD);
  const known = EXCEPTIONS.get(text);
  if (known !== undefined) return known;
  if (text.length <= 3) return 1;

  let count = (text.match(/[aeiouy]+/g) ?? []).length;
  // Silent final "e" ("make"), but not "-le" after a consonant ("table") or a lone "e" vowel ("be").
  if (/[^aeiouy]e$/.test(text) && !/[^aeiouy]le$/.test(text)) count--;
  // "-es" and "-ed" are silent except after sibilants or t/d ("boxes", "wanted").
  if (/[^aeiouy]es$/.test(text) && !/(?:[sxz]|ch|sh|ce|ge)es$/.test(text)) count--;
  if (/[^aeiouy]ed$/.test(text) && !/[td]ed$/.test(text)) count--;
  // Vowel pairs that are usually two syllables ("stu-di-o", "ac-tu-al", "vi-de-o"), but not in
  // "-tion", "-cial", "-geous" or after a consonantal "u" ("quality", "language").
  count += (text.match(/(?<![tcsgx])i[aou]|(?<!g)eo|(?<![qg])u[ao]/g) ?? []).length;
  return Math.max(1, count);
}
