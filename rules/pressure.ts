import { defineRule } from "../src/define-rule.js";
import { findPressurePhrases } from "./util/advert-phrases.js";
import { shownText } from "./util/phrase-matches.js";

interface Options {
  extraPhrases: string[];
}

/**
 * Urgency and guilt push a stranger to act before they have a reason to. Mailchimp and SpamAssassin
 * list urgency phrases; LinkedIn says not to re-message someone who has not answered (Help 75) and
 * restricts senders whose InMails are ignored or reported, so "just bumping this" hurts twice.
 */
export default defineRule<Options>({
  meta: {
    id: "pressure",
    description: "No urgency, scarcity or guilt: 'act now', 'ASAP', 'just bumping this', 'per my last message'",
    category: "etiquette",
    defaultSeverity: "warn",
    fixable: false,
    hasSuggestions: false,
    options: {
      extraPhrases: { type: "string[]", default: [], description: "More urgency phrases to report" },
    },
    messages: {
      urgency: "'{{phrase}}' pressures the reader: give them a reason to reply instead of a deadline",
      guilt: "'{{phrase}}' guilt-trips the reader about not answering: add something new or let it go",
    },
  },
  check(context) {
    const { draft, options } = context;
    for (const match of findPressurePhrases(draft, options.extraPhrases)) {
      context.report({ messageId: match.guilt ? "guilt" : "urgency", data: { phrase: shownText(match) }, span: match.span });
    }
  },
});
