import { defineRule } from "../src/define-rule.js";
import type { SuggestionDescriptor } from "../src/types.js";
import { SHORT_TYPO_WORDS } from "./data/spelling-terms.js";
import { acceptedWords, isSpelledRight } from "./util/known-words.js";
import { phrasesOf } from "./util/phrases.js";
import { wordsToCheck } from "./util/spelling-candidates.js";
import { corrections } from "./util/spelling-suggestions.js";

interface Options {
  maxSuggestions: number;
}

/** Above this share of unknown words, the message is not English (or is all jargon): say nothing rather than flag every word. */
const FOREIGN_TEXT_SHARE = 0.3;
const FOREIGN_TEXT_MIN_WORDS = 10;
/** A long word with no one-edit correction costs a Hunspell search (20-60 ms): a draft gets this many distinct words looked at, at most. */
const MAX_WORDS_SUGGESTED = 25;
const COMMON_SHORT_WORDS = new Set(phrasesOf(SHORT_TYPO_WORDS));

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

