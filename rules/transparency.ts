import { defineRule } from "../src/define-rule.js";
import { EARLIER_CONVERSATION, REPLY_PREFIXES } from "./data/transparency.js";
import { findBaitAndSwitch } from "./util/bait-and-switch.js";
import { escapeRegex, findInBody, phrasesOf } from "./util/phrases.js";

interface Options {
  openingSentences: number;
  extraOpeners: string[];
  extraPitches: string[];
}

/** "Re:", "RE[2]:", "Fwd:": a reply prefix at the start of the subject (one `\s*` per gap: two in a row were quadratic). */
const FAKE_REPLY = new RegExp(String.raw`^\s*(?:${phrasesOf(REPLY_PREFIXES).map(escapeRegex).join("|")})\s*(?:\[\d+\]\s*)?:`, "i");

/**
 * LinkedIn's policies ask members to "be trustworthy"; SpamAssassin scores a fake "Re:" (FAKE_REPLY_C),
 * and a networking opener that turns into a pitch is the bait-and-switch recipients report as spam.
 */
export default defineRule<Options>({
  meta: {
    id: "transparency",
    description: "No networking opener that pivots to a pitch, no fake 'Re:' or claimed earlier conversation",
    category: "transparency",
    defaultSeverity: "error",
    warningMessages: ["unverifiedConversation"],
    fixable: false,
    hasSuggestions: false,
    options: {
      openingSentences: { type: "integer", default: 3, minimum: 1, maximum: 10, description: "Sentences searched for a networking opener" },
      extraOpeners: { type: "string[]", default: [], description: "More networking or advice openers" },
      extraPitches: { type: "string[]", default: [], description: "More pitch phrases" },
    },
    messages: {
      baitAndSwitch: "Opens as networking ('{{opener}}') then pitches ('{{pitch}}'): say it is a sales message up front",
      fakeReply: "Subject starts with '{{prefix}}' but there is no earlier message in this thread (front matter 'history')",
      unverifiedConversation: "'{{phrase}}' claims an earlier conversation, but the thread has no history: remove it or add 'history' to the front matter",
    },
  },
  check(context) {
    const { draft, options } = context;
    const hasHistory = draft.history.length > 0;

    const prefix = draft.subject ? FAKE_REPLY.exec(draft.subject.text) : null;
    // A draft declared a follow-up answers an earlier message even when its history is not recorded.
    if (prefix && !hasHistory && draft.kind !== "follow-up") {
      const start = draft.subject!.span.start + prefix[0].length - prefix[0].trimStart().length;
      context.report({ messageId: "fakeReply", data: { prefix: prefix[0].trim() }, span: { start, end: draft.subject!.span.start + prefix[0].length } });
    }
    if (!hasHistory) {
      for (const match of findInBody(draft, phrasesOf(EARLIER_CONVERSATION))) {
        context.report({ messageId: "unverifiedConversation", data: { phrase: match.text }, span: match.span });
      }
    }

    const found = findBaitAndSwitch(draft, options);
    if (found) context.report({ messageId: "baitAndSwitch", data: { opener: found.opener.text, pitch: found.pitch.text }, span: found.pitch.span });
  },
});
