import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The English word list behind the spelling and grammar rules: the `dictionary-en` Hunspell
 * dictionary (SCOWL en_US, maintained by wooorm) with its affixes expanded.
 *
 * Expanding the affixes is what costs (nspell takes 200-300 ms for it), so the build does it once
 * and writes every accepted form, sorted, to `dist/generated/english-words.txt`; at run time that
 * file is read and searched in about 20 ms, on first use only. The Hunspell engine itself (nspell)
 * is loaded only to suggest corrections for words that are reported. Without the generated file
 * (a test run on the sources before any build) the list is expanded in process, with the same result.
 */

interface Hunspell {
  suggest(word: string): string[];
  data: Record<string, string[]>;
  flags: Record<string, unknown>;
}
type NSpell = (dictionary: { aff: Buffer; dic: Buffer }) => Hunspell;

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** Where the build writes the list, seen from `dist/rules/util/`, then from `rules/util/` (sources) and `dist/bundle/`. */
export const WORD_LIST_PATHS: readonly string[] = [join(here, "../../generated/english-words.txt"), join(here, "../../dist/generated/english-words.txt")];

/** The generated file's first line lists the words Hunspell never suggests (slurs and profanity, flag NOSUGGEST). */
const NO_SUGGEST_HEADER = "#nosuggest ";

/**
 * The sorted list, one word a line, kept as the one string the file was read into, with where each
 * line starts: splitting it into 124,000 strings cost a cold start about 10 ms, and as much again
 * in garbage collection, for the few dozen lookups one draft makes.
 */
let sortedWords: { text: string; starts: Uint32Array } | null = null;
let noSuggest: Set<string> | null = null;
let hunspell: Hunspell | null = null;

/** nspell with dictionary-en, read synchronously (the package's own entry uses top-level await). */
export function loadHunspell(): Hunspell {
  if (!hunspell) {
    const folder = dirname(require.resolve("dictionary-en"));
    const nspell = require("nspell") as NSpell;
    hunspell = nspell({ aff: readFileSync(join(folder, "index.aff")), dic: readFileSync(join(folder, "index.dic")) });
  }
  return hunspell;
}

/**
 * Every form Hunspell accepts on its own (forms allowed only inside compounds, like "1th", are left
 * out), sorted, as the generated file holds them: a first line of words never to suggest, then one word a line.
 */
export function expandDictionary(engine: Hunspell): string {
  const flagged = (word: string, flag: unknown) => typeof flag === "string" && (engine.data[word] ?? []).includes(flag);
  const words = Object.keys(engine.data)
    .filter((word) => !flagged(word, engine.flags.ONLYINCOMPOUND) && !flagged(word, engine.flags.FORBIDDENWORD))
    .sort();
  const noSuggestWords = words.filter((word) => flagged(word, engine.flags.NOSUGGEST));
  return `${NO_SUGGEST_HEADER}${noSuggestWords.join(" ")}\n${words.join("\n")}`;
}

function words(): { text: string; starts: Uint32Array } {
  if (!sortedWords) {
    const file = WORD_LIST_PATHS.find((path) => existsSync(path));
    const text = file ? readFileSync(file, "utf8") : expandDictionary(loadHunspell());
    const headerEnd = text.indexOf("\n");
    noSuggest = new Set(text.slice(NO_SUGGEST_HEADER.length, headerEnd).split(" "));
    let lines = 1;
    for (let at = text.indexOf("\n", headerEnd + 1); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
    // One start per line, plus where a line after the last would start, so line i ends at starts[i + 1] - 1.
    const starts = new Uint32Array(lines + 1);
    starts[0] = headerEnd + 1;
    let line = 1;
    for (let at = text.indexOf("\n", headerEnd + 1); at !== -1; at = text.indexOf("\n", at + 1)) starts[line++] = at + 1;
    starts[lines] = text.length + 1;
    sortedWords = { text, starts };
  }
  return sortedWords;
}

/** Line `index` of the list compared with `word` as `<` compares strings (by UTF-16 code units). */
function compareLine(list: { text: string; starts: Uint32Array }, index: number, word: string): number {
  const start = list.starts[index]!;
  const length = list.starts[index + 1]! - 1 - start;
  const shared = Math.min(length, word.length);
  for (let k = 0; k < shared; k++) {
    const difference = list.text.charCodeAt(start + k) - word.charCodeAt(k);
    if (difference !== 0) return difference;
  }
  return length - word.length;
}

/** Listed, but never offered as a correction (as Hunspell's NOSUGGEST flag asks). */
export function isNeverSuggested(word: string): boolean {
  words();
  return noSuggest!.has(word.toLowerCase());
}

/** Exactly this form is in the list (no case folding). */
export function isListedExactly(word: string): boolean {
  const list = words();
  let low = 0;
  let high = list.starts.length - 2;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const order = compareLine(list, mid, word);
    if (order === 0) return true;
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/**
 * Is this form in the dictionary, with Hunspell's casing rules: an exact match, or a capitalised or
 * upper-case word whose lower-case form is listed ("Recruiters", "RECRUITERS"), but not the other
 * way round ("london" is not "London").
 */
export function isDictionaryWord(word: string): boolean {
  if (isListedExactly(word)) return true;
  if (word.length > 1 && word === word.toUpperCase()) {
    const sentenceCase = word[0] + word.slice(1).toLowerCase();
    if (isListedExactly(sentenceCase)) return true;
  }
  const lower = word.toLowerCase();
  return lower !== word && isListedExactly(lower);
}

/** Up to `max` corrections from Hunspell (nspell), loading it on first use. */
export function suggestSpellings(word: string, max: number): string[] {
  return loadHunspell().suggest(word).slice(0, max);
}
