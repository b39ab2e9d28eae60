import { isAscii } from "node:buffer";
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
 * The sorted list, one word a line, kept as the one string the file was read into and searched in
 * place (`start` is where its first line begins): splitting it into 124,000 strings, or even
 * indexing its lines, cost a cold start 10 to 20 ms (and as much in garbage collection) for the
 * few dozen lookups one draft makes.
 */
let sortedWords: { text: string; start: number } | null = null;
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

function words(): { text: string; start: number } {
  if (!sortedWords) {
    const file = WORD_LIST_PATHS.find((path) => existsSync(path));
    const text = file ? readWordList(file) : expandDictionary(loadHunspell());
    const headerEnd = text.indexOf("\n");
    noSuggest = new Set(text.slice(NO_SUGGEST_HEADER.length, headerEnd).split(" "));
    sortedWords = { text, start: headerEnd + 1 };
  }
  return sortedWords;
}

/** The generated file is ASCII today; read as Latin-1 it decodes several times faster, and exactly alike. */
function readWordList(file: string): string {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}

/** The line from `start` to `end` compared with `word` as `<` compares strings (by UTF-16 code units). */
function compareLine(text: string, start: number, end: number, word: string): number {
  const shared = Math.min(end - start, word.length);
  for (let k = 0; k < shared; k++) {
    const difference = text.charCodeAt(start + k) - word.charCodeAt(k);
    if (difference !== 0) return difference;
  }
  return end - start - word.length;
}

/** Listed, but never offered as a correction (as Hunspell's NOSUGGEST flag asks). */
export function isNeverSuggested(word: string): boolean {
  words();
  return noSuggest!.has(word.toLowerCase());
}

/** Exactly this form is in the list (no case folding). */
export function isListedExactly(word: string): boolean {
  const { text, start } = words();
  // Binary search over the sorted lines by character offset: [low, high) always holds whole lines
  // (high is one past the newline ending the last of them; the last line of the file has none).
  let low = start;
  let high = text.length + 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const lineStart = text.lastIndexOf("\n", middle - 1) + 1;
    const newline = text.indexOf("\n", middle);
    const lineEnd = newline === -1 ? text.length : newline;
    const order = compareLine(text, lineStart, lineEnd, word);
    if (order === 0) return true;
    if (order < 0) low = lineEnd + 1;
    else high = lineStart;
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
