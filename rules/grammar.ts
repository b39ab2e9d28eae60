import { defineRule } from "../src/define-rule.js";
import { ALLOWED_REPEATS } from "./data/grammar.js";
import { phrasesOf } from "./util/phrases.js";
import { findArticleErrors } from "./util/grammar/articles.js";
import { findUnbalanced } from "./util/grammar/brackets.js";
import type { GrammarFinding } from "./util/grammar/finding.js";
import { findDoubledPunctuation, findMissingSpaces } from "./util/grammar/punctuation.js";
import { findRepeatedWords } from "./util/grammar/repeated-words.js";
import { findLowercaseStarts } from "./util/grammar/sentence-case.js";

/**
 * Lavender: "comb your writing religiously for errors"; the corpus rubric asks for messages that
 * are "short, plain and correctly spelled". Each check here is narrow on purpose: it reports only
 * what is certainly a slip, and fixes only what has one correct repair.
 */
interface Options {
  allowedRepeats: string[];
}

export default defineRule<Options>({
  meta: {
    id: "grammar",
    description: "Repeated words, 'a'/'an' before the wrong sound, lower-case sentence starts, missing spaces, doubled punctuation, unbalanced brackets and quotes",
    category: "mechanics",
    defaultSeverity: "warn",
    fixable: true,
    hasSuggestions: false,
    options: {
      allowedRepeats: { type: "string[]", default: [], description: "More words that may stand twice in a row (e.g. 'go' for a team's 'go go')" },
    },
    messages: {
      repeatedWord: "Repeated word '{{word}}'",
      wrongArticle: "Use '{{expected}}' before '{{word}}'",
      lowercaseStart: "Sentence starts in lower case: '{{word}}' should be '{{fixed}}'",
      missingSpace: "Missing space after '{{punctuation}}'",
      doubledPunctuation: "Doubled punctuation '{{punctuation}}'",
      unclosed: "'{{open}}' is never closed with '{{close}}' in this paragraph",
      unmatchedClose: "'{{close}}' has no matching '{{open}}' in this paragraph",
      unpairedQuote: "Unpaired quotation mark in this paragraph",
    },
  },
  check(context) {
    const { draft, options } = context;
    const allowedRepeats = new Set(phrasesOf(ALLOWED_REPEATS, options.allowedRepeats));
    const findings: GrammarFinding[] = [
      ...findRepeatedWords(draft, allowedRepeats),
      ...findArticleErrors(draft),
      ...findLowercaseStarts(draft),
      ...findMissingSpaces(draft),
      ...findDoubledPunctuation(draft),
      ...findUnbalanced(draft),
    ];
    for (const finding of findings.sort((a, b) => a.span.start - b.span.start)) context.report(finding);
  },
});
