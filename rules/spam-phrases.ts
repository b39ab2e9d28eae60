import { defineRule } from "../src/define-rule.js";
import { findSpamPhrases } from "./util/advert-phrases.js";
import { shownText } from "./util/phrase-matches.js";

interface Options {
  extraPhrases: string[];
}

/**
 * Commercial-advertising phrases from public trigger lists (SpamAssassin 20_phrases.cf and
 * 40_spam_phrases.cf, HubSpot). LinkedIn's User Agreement bars unsolicited advertising. Weak
 * evidence alone (modern filters weigh reputation, not words), so the grade caps this rule.
 */
export default defineRule<Options>({
  meta: {
    id: "spam-phrases",
    description: "No advertising phrases from spam trigger lists: '100% free', 'risk-free', 'click here'",
    category: "spam",
    defaultSeverity: "warn",
    fixable: false,
    hasSuggestions: false,
    options: {
      extraPhrases: { type: "string[]", default: [], description: "More phrases to report" },
    },
    messages: {
      spamPhrase: "'{{phrase}}' is on public spam-trigger lists and reads as an advert: say it plainly or drop it",
    },
  },
  check(context) {
    const { draft, options } = context;
    for (const match of findSpamPhrases(draft, options.extraPhrases)) {
      context.report({ messageId: "spamPhrase", data: { phrase: shownText(match) }, span: match.span });
    }
  },
});
