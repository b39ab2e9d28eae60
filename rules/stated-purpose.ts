import { defineRule } from "../src/define-rule.js";
import type { Draft, Sentence } from "../src/types.js";
import { COURTESY_OPENINGS, PURPOSE_STATEMENTS, SENDER_INTRODUCTIONS, SENDER_NAME_PATTERNS } from "./data/purpose.js";
import { bodySentences, spanOf } from "./util/draft.js";
import { matchPhrases, phrasesOf } from "./util/phrases.js";

interface Options {
  sentences: number;
  extraIntroductions: string[];
  extraPurposes: string[];
  extraCourtesies: string[];
}

/**
 * LinkedIn's own advice is to "share your goal" and say who you are; recipients give a message
 * about 11 seconds (Lavender). Connection requests, follow-ups and messages to connections only
 * need the purpose.
 */
export default defineRule<Options>({
  meta: {
    id: "stated-purpose",
    description: "Say who you are and why you are writing within the first sentences",
    category: "purpose",
    defaultSeverity: "warn",
    fixable: false,
    hasSuggestions: false,
    options: {
      sentences: { type: "integer", default: 3, minimum: 1, maximum: 10, description: "How many sentences of the body count as the opening" },
      extraIntroductions: { type: "string[]", default: [], description: "More phrases that introduce the sender" },
      extraPurposes: { type: "string[]", default: [], description: "More phrases that state the purpose" },
      extraCourtesies: {
        type: "string[]",
        default: [],
        description: "More openings of a courtesy sentence that does not count as one of the opening sentences (\"Thanks for...\")",
      },
    },
    messages: {
      missingBoth: "The opening does not say who you are or why you are writing: start with your name and role, then the reason",
      missingWho: "The opening says why you write but not who you are: add your name and role or company",
      missingWhy: "The opening does not say why you are writing: name the role, offer or ask",
    },
  },
  check(context) {
    const { draft, options } = context;
    const opening = openingWindow(draft, options.sentences, phrasesOf(COURTESY_OPENINGS, options.extraCourtesies));
    const span = spanOf(opening);
    if (!span) return;
    const text = draft.prose.slice(span.start, span.end);
    // The invitation shows the sender's profile, a follow-up's first message introduced them, and
    // a message goes to an existing connection: only an InMail to a stranger must say who writes.
    const needsWho = draft.kind === "inmail";
    const hasWho =
      matchPhrases(text, phrasesOf(SENDER_INTRODUCTIONS, options.extraIntroductions)).length > 0 ||
      SENDER_NAME_PATTERNS.some((pattern) => pattern.test(text));
    const hasWhy = matchPhrases(text, phrasesOf(PURPOSE_STATEMENTS, options.extraPurposes)).length > 0;
    if (!hasWhy && needsWho && !hasWho) context.report({ messageId: "missingBoth", span });
    else if (!hasWhy) context.report({ messageId: "missingWhy", span });
    else if (needsWho && !hasWho) context.report({ messageId: "missingWho", span });
  },
});

/** The first `count` body sentences, not counting courtesy sentences before them ("Thanks for accepting my request."). */
function openingWindow(draft: Draft, count: number, courtesies: readonly string[]): Sentence[] {
  const sentences = bodySentences(draft);
  let courtesy = 0;
  while (courtesy < sentences.length && opensWith(sentences[courtesy]!, courtesies)) courtesy++;
  return sentences.slice(0, courtesy + count);
}

function opensWith(sentence: Sentence, phrases: readonly string[]): boolean {
  return matchPhrases(sentence.text, phrases).some((match) => match.span.start === 0);
}
