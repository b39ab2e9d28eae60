import { defineRule } from "../src/define-rule.js";
import type { Draft, RecipientProfile, Span, SuggestionDescriptor, Word } from "../src/types.js";
import { SPELLING_TERMS } from "./data/spelling-terms.js";
import { isDictionaryWord } from "./util/english-words.js";
import { profileText } from "./util/org-match.js";
import { foldName, nameTokens } from "./util/person-names.js";
import { corrections } from "./util/spelling-suggestions.js";
import { americanVariants } from "./util/spelling-variants.js";
import { isRegularForm } from "./util/word-forms.js";

interface Options {
  maxSuggestions: number;
}

interface Accepted {
  has(lowerCaseWord: string): boolean;
}

interface Candidate {
  text: string;
  span: Span;
  /** Capitalised as the first word of a sentence: a typo there or a name ("Findly shows ..."). */
  opensSentence: boolean;
}

/** Word prefixes written with a hyphen that the dictionary does not list alone ("co-founder", "re-org"). */
const HYPHEN_PREFIXES = new Set([
  "co", "re", "pre", "non", "multi", "anti", "sub", "self", "cross", "ex", "de", "un", "mid", "post", "semi", "bi", "tri", "inter",
  "intra", "micro", "macro", "mega", "meta", "over", "under", "out", "up", "e", "x", "full", "half", "well", "all", "one", "two",
]);
/** Characters that glue a word to code, a path, a hashtag or a handle: "#opentowork", "pg_dump", "src/index". */
const CODE_BEFORE = /[#@_/\\$~^=<>|*]/;
const CODE_AFTER = /[_/\\@=<>|]/;
/** Above this share of unknown words, the message is not English (or is all jargon): say nothing rather than flag every word. */
const FOREIGN_TEXT_SHARE = 0.3;
const FOREIGN_TEXT_MIN_WORDS = 10;
/** No English word is longer; a longer run of letters is not worth a dictionary look-up (and could be hostile input). */
const MAX_WORD_LENGTH = 45;
/** A long word with no one-edit correction costs a Hunspell search (20-60 ms): a draft gets this many distinct words looked at, at most. */
const MAX_WORDS_SUGGESTED = 25;
/**
 * Two- and three-letter tokens are mostly acronyms and names written in lower case ("swe", "lfi", "sms");
 * only a swap of letters in one of these very common words is reported ("teh", "adn", "yuo").
 */
const COMMON_SHORT_WORDS = new Set([
  "the", "and", "you", "for", "are", "not", "but", "our", "can", "has", "was", "how", "any", "who", "its", "one", "all", "get",
  "new", "now", "out", "see", "use", "way", "may", "day", "why", "let", "job", "pay", "own", "too", "yet", "ask", "set", "top",
]);

const BUILT_IN_TERMS = new Set(SPELLING_TERMS.map((entry) => entry.phrase));

/**
 * Lavender's coaching says to "comb your writing religiously for errors", and the corpus rubric
 * asks for messages "correctly spelled": a typo in a message to a stranger reads as careless.
 * Precision first: names, companies and skills from the profile, proper nouns, acronyms,
 * code-like tokens (Node.js, gRPC, dbt), URLs and handles are never checked.
 */
export default defineRule<Options>({
  meta: {
    id: "spelling",
    description: "English misspellings, with suggestions; names, proper nouns, tech terms and the config's words are skipped",
    category: "mechanics",
    defaultSeverity: "warn",
    fixable: false,
    hasSuggestions: true,
    options: {
      maxSuggestions: { type: "integer", default: 3, minimum: 1, maximum: 3, description: "Corrections offered per misspelled word" },
    },
    messages: {
      misspelled: "Possible misspelling '{{word}}': did you mean {{suggestions}}?",
      replace: "Replace with '{{suggestion}}'",
    },
  },
  check(context) {
    const { draft, profile, settings, options } = context;
    const accepted = acceptedWords(profile, settings.words);
    const candidates = wordsToCheck(draft, accepted);
    const unknown = candidates.filter((candidate) => !isSpelledRight(candidate.text, accepted));
    if (candidates.length >= FOREIGN_TEXT_MIN_WORDS && unknown.length / candidates.length > FOREIGN_TEXT_SHARE) return;

    const suggestionCache = new Map<string, string[]>();
    for (const word of unknown) {
      let suggestions = suggestionCache.get(word.text);
      if (!suggestions) {
        suggestions = suggestionCache.size < MAX_WORDS_SUGGESTED ? likelyCorrections(word.text, options.maxSuggestions) : [];
        suggestionCache.set(word.text, suggestions);
      }
      // A product named at the start of a sentence ("Findly shows ...") is a letter away from some word;
      // a slip of the hand swaps two letters ("Thier", "Recieve").
      if (word.opensSentence) suggestions = suggestions.filter((suggestion) => isTransposition(word.text.toLowerCase(), suggestion.toLowerCase()));
      // No correction close by: a name, a product or jargon the dictionary lacks, not a typo.
      if (suggestions.length === 0) continue;
      const suggest: SuggestionDescriptor[] = suggestions.map((suggestion) => ({ messageId: "replace", data: { suggestion }, fix: { span: word.span, text: suggestion } }));
      context.report({ messageId: "misspelled", data: { word: word.text, suggestions: suggestions.map((s) => `'${s}'`).join(" or ") }, span: word.span, suggest });
    }
  },
});

/** Corrections a typo away; for two- and three-letter words only a swap of letters in a very common word. */
function likelyCorrections(word: string, max: number): string[] {
  if (word.length > 3) return corrections(word, max);
  return corrections(word, 8)
    .filter((suggestion) => COMMON_SHORT_WORDS.has(suggestion.toLowerCase()) && isTransposition(word.toLowerCase(), suggestion.toLowerCase()))
    .slice(0, max);
}

function isTransposition(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join("") === [...b].sort().join("");
}

/** Lower-case words that are right whatever the dictionary says: the profile's, the config's, built-in terms. */
function acceptedWords(profile: RecipientProfile | null, configWords: readonly string[]): Accepted {
  const accepted = new Set<string>();
  const profileStrings = profile ? [profile.fullName, profile.currentCompany, ...profile.pastCompanies, ...profile.schools, ...profileText(profile)] : [];
  for (const text of [...profileStrings, ...configWords]) {
    if (!text) continue;
    accepted.add(foldName(text.trim()));
    for (const token of nameTokens(text)) accepted.add(token);
  }
  return { has: (word) => BUILT_IN_TERMS.has(word) || accepted.has(word) };
}

/**
 * Word tokens worth checking, split at hyphens: not in the greeting's name or the sign-off
 * (names and titles), not code-like, not acronyms, not proper nouns.
 */
function wordsToCheck(draft: Draft, accepted: Accepted): Candidate[] {
  const skipped: Span[] = [];
  if (draft.greeting?.name) skipped.push(draft.greeting.name.span);
  if (draft.signOff) skipped.push(draft.signOff.span);
  const properNouns = capitalisedMidSentence(draft.words);
  const candidates: Candidate[] = [];
  draft.words.forEach((word, index) => {
    if (word.kind !== "word" || skipped.some((span) => word.span.start >= span.start && word.span.end <= span.end)) return;
    if (!isPlainWord(word.text) || gluedToCode(draft.prose, word.span)) return;
    if (/^\p{Lu}/u.test(word.text) && looksLikeProperNoun(draft, word, draft.words[index + 1], properNouns)) return;
    if (accepted.has(foldName(word.text))) return;
    candidates.push(...hyphenParts(word, word.sentenceStart && /^\p{Lu}/u.test(word.text)));
  });
  return candidates;
}

/** Letters with apostrophes or hyphens only, not an acronym (SRE, KPIs) and not mixed case (GitHub, gRPC, iPhone). */
function isPlainWord(text: string): boolean {
  if (text.length > MAX_WORD_LENGTH || !/^[\p{L}\p{M}'’-]{2,}$/u.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2 || /^\p{Lu}+s?$/u.test(letters)) return false;
  return !/\p{Lu}/u.test(letters.slice(1));
}

function gluedToCode(prose: string, span: Span): boolean {
  return CODE_BEFORE.test(prose[span.start - 1] ?? "") || CODE_AFTER.test(prose[span.end] ?? "") || prose.startsWith("://", span.end);
}

/** Capitalised words seen after the first word of a sentence: the draft's own proper nouns. */
function capitalisedMidSentence(words: readonly Word[]): Set<string> {
  return new Set(words.filter((word) => !word.sentenceStart && /^\p{Lu}/u.test(word.text)).map((word) => word.text.replace(/['’]s$/, "")));
}

/**
 * A capitalised word is a name unless it opens a sentence; even then it is one when the draft
 * capitalises it elsewhere, the next word is capitalised too ("Prairie Line Freight"), it is a
 * possessive ("Quillstack's"), or every word of its line is capitalised (a signature: "Devika").
 */
function looksLikeProperNoun(draft: Draft, word: Word, next: Word | undefined, properNouns: ReadonlySet<string>): boolean {
  if (!word.sentenceStart) return true;
  if (/['’]s$/.test(word.text) || properNouns.has(word.text)) return true;
  if (next !== undefined && next.sentence === word.sentence && /^\p{Lu}/u.test(next.text)) return true;
  const sentence = draft.sentences[word.sentence]!;
  return draft.words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount).every((other) => /^\p{Lu}/u.test(other.text));
}

/** "night-shift" is checked as "night" and "shift"; prefixes such as "co-" and one-letter parts are skipped. */
function hyphenParts(word: Word, opensSentence: boolean): Candidate[] {
  const text = word.text.replace(/’/g, "'");
  if (!text.includes("-") || isDictionaryWord(text)) return [{ text, span: word.span, opensSentence }];
  const parts: Candidate[] = [];
  let offset = 0;
  for (const part of text.split("-")) {
    const start = word.span.start + offset;
    offset += part.length + 1;
    if (part.length < 2 || HYPHEN_PREFIXES.has(part.toLowerCase())) continue;
    parts.push({ text: part, span: { start, end: start + part.length }, opensSentence: opensSentence && parts.length === 0 && start === word.span.start });
  }
  return parts;
}

function isSpelledRight(text: string, accepted: Accepted): boolean {
  const forms = [text];
  const withoutPossessive = text.replace(/'s$|s'$|'$/, (ending) => (ending === "s'" ? "s" : ""));
  if (withoutPossessive !== text) forms.push(withoutPossessive);
  if (!/^[\x00-\x7f]*$/.test(text)) {
    const unaccented = text.normalize("NFD").replace(/\p{M}/gu, "");
    if (unaccented !== text) forms.push(unaccented);
  }
  for (const form of forms) {
    if (accepted.has(form.toLowerCase()) || isDictionaryWord(form)) return true;
    if (americanVariants(form.toLowerCase()).some((variant) => isDictionaryWord(variant))) return true;
    if (isRegularForm(form, isDictionaryWord)) return true;
  }
  return false;
}
