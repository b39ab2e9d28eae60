import type { Draft, Sentence } from "../../../src/types.js";
import { isDictionaryWord } from "../english-words.js";
import type { GrammarFinding } from "./finding.js";

/**
 * "the role is remote.": a sentence that starts in lower case. Only when the first word is an
 * ordinary dictionary word written in lower case, so brands that are lower case by convention
 * (npm, dbt, iPhone, eBay), handles, URLs, numbers and code are never touched; and only after a
 * finished sentence, not after a colon, semicolon or an ellipsis that the sentence continues.
 */
export function findLowercaseStarts(draft: Draft): GrammarFinding[] {
  const findings: GrammarFinding[] = [];
  draft.sentences.forEach((sentence, index) => {
    if (sentence.role !== "body" || sentence.wordCount === 0) return;
    const word = draft.words[sentence.firstWord]!;
    if (word.span.start !== sentence.span.start || word.kind !== "word") return;
    // "dangoldin.com" or " .if": glued to the punctuation before it, so not a sentence of its own.
    if (!/\s/.test(draft.prose[sentence.span.start - 1] ?? " ")) return;
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(word.text)) return;
    if (!followsFinishedSentence(draft, draft.sentences[index - 1], sentence)) return;
    if (!isDictionaryWord(word.text.replace(/’/g, "'"))) return;
    const capitalised = word.text[0]!.toUpperCase() + word.text.slice(1);
    findings.push({ messageId: "lowercaseStart", data: { word: word.text, fixed: capitalised }, span: word.span, fix: { span: word.span, text: capitalised } });
  });
  return findings;
}

const TAIL_LENGTH = 24;

/** "in the U.S. for", "e.g. the", "Acme Inc. and": the full stop ends an abbreviation, not the sentence. */
const ABBREVIATION_END = /(?:^|[^\p{L}])(?:\p{L}\.){2,}$|\b(?:etc|inc|ltd|co|corp|vs|approx|dept|jr|sr|st|mr|mrs|ms|dr|no|fig|est)\.$/iu;

/** "Hi Keisha, as we discussed" goes on after the greeting's comma; a new line after "Hi Keisha," starts a sentence. */
function followsFinishedSentence(draft: Draft, previous: Sentence | undefined, sentence: Sentence): boolean {
  if (!previous) return true;
  if (previous.role === "greeting" && draft.prose.slice(previous.span.end, sentence.span.start).includes("\n")) return true;
  // Only the end matters; testing a tail keeps a 200,000-character "sentence" linear.
  const end = previous.text.slice(-TAIL_LENGTH);
  if (ABBREVIATION_END.test(end)) return false;
  // After "(... you've heard of them!)" the sentence goes on; after "..." it may too.
  return /[^.][.!?]["'’”]*$/u.test(end) && !/(?:\.\.\.|…)["'’”]*$/u.test(end);
}
