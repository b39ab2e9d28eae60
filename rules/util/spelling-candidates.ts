import type { Draft, Span, Word } from "../../src/types.js";
import { isDictionaryWord } from "./english-words.js";
import type { Accepted } from "./known-words.js";
import { foldName } from "./person-names.js";

/** A word, or one part of a hyphenated word, for the spelling rule to look up. */
export interface Candidate {
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
/** No English word is longer; a longer run of letters is not worth a dictionary look-up (and could be hostile input). */
const MAX_WORD_LENGTH = 45;
/**
 * Word tokens worth checking, split at hyphens: the subject's lower-case words (a subject is often
 * in Title Case, where any capital may start a name), then the body's words that are not in the
 * greeting's name or the sign-off (names and titles), not code-like, not acronyms, not proper nouns.
 */
export function wordsToCheck(draft: Draft, accepted: Accepted): Candidate[] {
  const subject = draft.subjectWords
    .filter((word) => word.kind === "word" && /^\p{Ll}/u.test(word.text) && isPlainWord(word.text) && !gluedToCode(draft.source, word.span) && !accepted.has(foldName(word.text)))
    .flatMap((word) => hyphenParts(word, false));
  return [...subject, ...bodyWordsToCheck(draft, accepted)];
}

function bodyWordsToCheck(draft: Draft, accepted: Accepted): Candidate[] {
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
