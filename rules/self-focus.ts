import { defineRule } from "../src/define-rule.js";
import type { Word } from "../src/types.js";
import { OPENING_SENDER_WORDS, RECIPIENT_WORDS, SENDER_WORDS } from "./data/pronouns.js";
import { wordsOf } from "./util/draft.js";

interface Options {
  maxRatio: number;
  minSenderWords: number;
}

/**
 * Lavender's coaching and outbound-email-grader ("opens on the recipient") both ask a cold message
 * to be about its reader; the corpus labels "self-centred we/our text" a red flag. No study gives a
 * threshold, so this rule needs two signals: the message opens on the sender AND talks about the
 * sender more than three times as much as about the reader (15+ sender words: good drafts in the
 * corpus stay at 12 or fewer above 3:1). One alone is normal ("I'm Dana, a recruiter at Acme" is how
 * a good message introduces itself).
 */
export default defineRule<Options>({
  meta: {
    id: "self-focus",
    description: "Write about the recipient, not about yourself: not opening with I/we and then mostly talking about you",
    category: "personalization",
    defaultSeverity: "warn",
    fixable: false,
    hasSuggestions: false,
    options: {
      maxRatio: { type: "number", default: 3, minimum: 1, maximum: 50, description: "Most sender words (I, me, my, we, our, us) per recipient word (you, your)" },
      minSenderWords: {
        type: "integer",
        default: 15,
        minimum: 1,
        maximum: 100,
        description: "Fewest sender words before the ratio is judged, so a short note is never reported",
      },
    },
    messages: {
      selfFocused:
        "Opens with '{{opener}}' and is mostly about you: {{sender}} words about yourself (I, we, our) to {{recipient}} about the reader (you, your); lead with them",
    },
  },
  check(context) {
    const { draft, options } = context;
    const sentences = draft.sentences.filter((sentence) => sentence.role === "body" || sentence.role === "list-item");
    const first = sentences.find((sentence) => sentence.role === "body");
    if (!first) return;
    const opener = wordsOf(draft, first).find((word) => word.kind === "word");
    if (!opener || !OPENING_SENDER_WORDS.has(opener.lower)) return;

    const words = sentences.flatMap((sentence) => wordsOf(draft, sentence));
    const sender = words.filter((word) => isSenderWord(word)).length;
    const recipient = words.filter((word) => RECIPIENT_WORDS.has(word.lower)).length;
    if (sender < options.minSenderWords || sender <= options.maxRatio * recipient) return;
    context.report({ messageId: "selfFocused", data: { opener: opener.text, sender, recipient }, span: first.span });
  },
});

/** "US" in "remote in the US" is the country, not the sender. */
function isSenderWord(word: Word): boolean {
  return SENDER_WORDS.has(word.lower) && word.text !== "US";
}
