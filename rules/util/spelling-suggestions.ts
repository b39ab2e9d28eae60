import { editDistance } from "./edit-distance.js";
import { isDictionaryWord, isListedExactly, isNeverSuggested, suggestSpellings } from "./english-words.js";

/**
 * Corrections for a word the dictionary lacks. Most typos are one edit from the word meant
 * ("recieve", "untill", "definately"), and those are found by trying every single edit against the
 * word list: under a millisecond, with no Hunspell engine loaded. Only a long word with no
 * one-edit correction goes to nspell's slower search (two edits, 20-60 ms a word plus ~250 ms to
 * load once). Results are cached for the process, since a batch of drafts repeats its typos.
 */

const ALPHABET = "abcdefghijklmnopqrstuvwxyz'";
const VOWELS = "aeiouy";
/** QWERTY neighbours: "teh" and "tge" are slips of the hand. */
const KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
/** Words this long may be two edits from the word meant ("reccomend"); shorter ones only one. */
const TWO_EDITS_FROM = 7;
const CACHE_LIMIT = 5000;

const cache = new Map<string, string[]>();

/** Up to `max` corrections, best first, each one edit away (two for long words); [] when there is none. */
export function corrections(word: string, max: number): string[] {
  const key = `${max}\u0000${word}`;
  let found = cache.get(key);
  if (!found) {
    found = oneEditCorrections(word);
    if (found.length === 0 && word.length >= TWO_EDITS_FROM) found = twoEditCorrections(word);
    found = found.slice(0, max);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, found);
  }
  return found;
}

function oneEditCorrections(word: string): string[] {
  const lower = word.toLowerCase();
  const capitalised = /^\p{Lu}/u.test(word);
  const ranked: Array<{ text: string; rank: number }> = [];
  const seen = new Set<string>();
  for (const { text, rank } of oneEdits(lower)) {
    if (seen.has(text)) continue;
    seen.add(text);
    const candidate = acceptedForm(text, capitalised);
    if (candidate) ranked.push({ text: candidate, rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.text.localeCompare(b.text)).map((entry) => entry.text);
}

/**
 * The form to suggest: the lower-case word (capitalised again for a capitalised typo), or a
 * proper noun only when the typo was capitalised too ("Londno" -> "London", never "skype" -> "Skye").
 */
function acceptedForm(candidate: string, capitalised: boolean): string | null {
  if (isNeverSuggested(candidate)) return null;
  const upperFirst = candidate[0]!.toUpperCase() + candidate.slice(1);
  if (isListedExactly(candidate)) return capitalised ? upperFirst : candidate;
  if (capitalised && isListedExactly(upperFirst)) return upperFirst;
  return null;
}

/** Every string one edit from `word`, ranked by how likely the slip is (lower is likelier). */
function* oneEdits(word: string): Generator<{ text: string; rank: number }> {
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) yield { text: word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), rank: 0 };
  }
  for (let i = 0; i < word.length; i++) {
    const doubled = word[i] === word[i - 1] || word[i] === word[i + 1];
    yield { text: word.slice(0, i) + word.slice(i + 1), rank: doubled ? 1 : 3 };
    for (const letter of ALPHABET) {
      if (letter === word[i]) continue;
      yield { text: word.slice(0, i) + letter + word.slice(i + 1), rank: similarLetters(word[i]!, letter) ? 1 : 2 };
    }
  }
  for (let i = 0; i <= word.length; i++) {
    for (const letter of ALPHABET) {
      const doubles = letter === word[i - 1] || letter === word[i];
      yield { text: word.slice(0, i) + letter + word.slice(i), rank: doubles ? 1 : 3 };
    }
  }
}

function similarLetters(a: string, b: string): boolean {
  if (VOWELS.includes(a) && VOWELS.includes(b)) return true;
  return KEYBOARD_ROWS.some((row) => {
    const index = row.indexOf(a);
    return index !== -1 && (row[index - 1] === b || row[index + 1] === b);
  });
}

/** nspell's suggestions, kept to those two edits away and not a change of case only. */
function twoEditCorrections(word: string): string[] {
  const lowerCase = /^\p{Ll}/u.test(word);
  return suggestSpellings(word, 8).filter(
    (suggestion) =>
      suggestion.toLowerCase() !== word.toLowerCase() &&
      !(lowerCase && /^\p{Lu}/u.test(suggestion)) &&
      isDictionaryWord(suggestion) &&
      editDistance(word, suggestion, 2) <= 2,
  );
}
