/**
 * Words the dictionary does not list but English builds regularly from words it does:
 * "linter" (lint + er), "deliverability" (deliver + ability), "personalization", "integrations",
 * "ungated", "webhooks" (web + hooks), "timeframe". The SCOWL size-60 list behind dictionary-en
 * leaves out much business and software vocabulary, and calling those words misspelled is the
 * false positive users complain about most (vale-cli/vale#1065). These forms are only used to
 * accept a word; each pattern is narrow enough not to accept the usual typos ("untill", "responsable").
 */

type IsWord = (word: string) => boolean;

/**
 * Suffixes added to a whole word; "e" may drop before a vowel ("approve" + "er"), "y" may turn to "i".
 * Not "-ed", "-ing", "-ly" or "-ment": the dictionary lists those forms of every word that has them,
 * and allowing them would accept the classic typos "occured", "begining", "truely", "arguement".
 */
const SUFFIXES = [
  "s", "es", "er", "ers", "able", "ability", "ize", "izes", "ized", "izing", "ization", "izations", "ise", "ised", "ising", "isation",
  "ful", "less", "ness",
];
/** Suffixes where the stem keeps its "e": "sendable" yes, "responsable" (response) no. */
const KEEPS_E = new Set(["able", "ability", "ful", "less", "ness"]);
/** A final consonant doubles before "-er" only after short stems ("get" + "t" + "er"), so "writter" stays a typo. */
const MAX_DOUBLING_STEM = 3;

/** Prefixes and the part they may join, with the shortest part: "un" only before a participle or adjective ("ungated"), never "untill". */
const PREFIXES: ReadonlyArray<{ prefix: string; rest?: RegExp }> = [
  { prefix: "un", rest: /(?:ing|ed|able|ible|ful|ive)$/ },
  { prefix: "re" }, { prefix: "pre" }, { prefix: "non" }, { prefix: "co" }, { prefix: "de" }, { prefix: "dis" }, { prefix: "mis" },
  { prefix: "over" }, { prefix: "under" }, { prefix: "sub" }, { prefix: "super" }, { prefix: "inter" }, { prefix: "multi" },
  { prefix: "auto" }, { prefix: "micro" }, { prefix: "self" }, { prefix: "cross" }, { prefix: "anti" }, { prefix: "post" },
  { prefix: "semi" }, { prefix: "hyper" }, { prefix: "meta" }, { prefix: "cyber" }, { prefix: "out" }, { prefix: "up" },
];
const MIN_PREFIXED_PART = 4;
/**
 * Closed compounds join a head of four letters or more to a tail of three or more ("skill" + "set",
 * "time" + "frame"); three-letter heads only from this list ("web" + "hooks"), so "int" + "rested"
 * does not excuse "intrested".
 */
const MIN_COMPOUND_HEAD = 4;
const MIN_COMPOUND_TAIL = 3;
const SHORT_COMPOUND_HEADS = new Set(["web", "app", "dev", "job", "net", "pay", "key", "log", "bug", "sub", "one", "two"]);
/**
 * Tails that are words but also English suffixes: a split there is a mangled suffix, not a compound
 * ("public" + "ally", "writ" + "ting", "persist" + "ant").
 */
const SUFFIX_LIKE_TAILS = new Set([
  "ally", "ant", "ants", "ate", "ates", "ent", "ents", "ence", "ance", "ion", "ions", "ive", "ous", "est", "ary", "ery", "ism", "ist",
  "ity", "ting", "ling", "less", "ness", "ful", "able", "ible", "ably", "ing", "ings", "tion", "ment",
]);
/** Common misspellings that happen to be two words run together. */
const WRONG_COMPOUNDS = new Set(["everytime", "eachother", "thankyou", "eventhough", "aswell", "atleast", "infact", "incase", "alot", "noone", "ontop", "inspite", "highschool"]);

export function isRegularForm(word: string, isWord: IsWord): boolean {
  const lower = word.toLowerCase();
  if (WRONG_COMPOUNDS.has(lower)) return false;
  return isDerived(lower, isWord) || isPrefixed(lower, isWord) || isCompound(lower, isWord);
}

function isDerived(word: string, isWord: IsWord): boolean {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    // "acess" is not the plural of "aces".
    if (stem.length < 3 || (suffix === "s" && stem.endsWith("s"))) continue;
    const stems = [stem];
    if (!KEEPS_E.has(suffix)) stems.push(`${stem}e`);
    if (suffix.startsWith("er") && stem.length === MAX_DOUBLING_STEM + 1 && /([bdfgklmnprtz])\1$/.test(stem)) stems.push(stem.slice(0, -1)); // get-t-er
    if (suffix.startsWith("iz") || suffix.startsWith("is")) stems.push(`${stem}y`); // synerg-ize
    if (stems.some((candidate) => isWord(candidate))) return true;
  }
  return false;
}

function isPrefixed(word: string, isWord: IsWord): boolean {
  return PREFIXES.some(({ prefix, rest }) => {
    if (!word.startsWith(prefix)) return false;
    const part = word.slice(prefix.length);
    if (part.length < MIN_PREFIXED_PART || (rest && !rest.test(part))) return false;
    return isWord(part) || isDerived(part, isWord);
  });
}

function isCompound(word: string, isWord: IsWord): boolean {
  for (let split = 3; split <= word.length - MIN_COMPOUND_TAIL; split++) {
    const head = word.slice(0, split);
    if (head.length < MIN_COMPOUND_HEAD && !SHORT_COMPOUND_HEADS.has(head)) continue;
    const tail = word.slice(split);
    if (SUFFIX_LIKE_TAILS.has(tail)) continue;
    if (isWord(head) && (isWord(tail) || isDerived(tail, isWord))) return true;
  }
  return false;
}
