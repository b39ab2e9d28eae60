import { defineRule } from "../src/define-rule.js";
import type { Draft, Span } from "../src/types.js";
import { NOT_A_PRODUCT_AFTER, OFFERING_STATEMENTS, PRODUCT_MENTION, WEAK_PITCH_MARKERS } from "./data/sales.js";
import { PITCH_MARKERS, SALES_DISCLOSURES } from "./data/transparency.js";
import { BAIT_AND_SWITCH_DEFAULTS, findBaitAndSwitch } from "./util/bait-and-switch.js";
import { openingSentences, spanOf } from "./util/draft.js";
import { findInBody, findInSubject, matchPhrases, phrasesOf, type PhraseMatch } from "./util/phrases.js";

interface Options {
  sentences: number;
  extraDisclosures: string[];
  extraPitches: string[];
}

/**
 * LinkedIn's Professional Community Policies ask members to be trustworthy and not to mislead;
 * recipients report a pitch that surfaces late as spam (the bait-and-switch drafts in
 * fixtures/corpus; "Today's lame sales pitch" and the LeadIQ inbox posts in the evaluation
 * corpus), and readers give a message about 11 seconds (Lavender), so the pitch must be visible
 * in the opening, where the InMail preview shows it.
 */
export default defineRule<Options>({
  meta: {
    id: "sales-disclosure",
    description: "A message that sells says so early: that it is a sales message, or the product and what it does",
    category: "transparency",
    defaultSeverity: "off",
    fixable: false,
    hasSuggestions: false,
    options: {
      sentences: { type: "integer", default: 2, minimum: 1, maximum: 10, description: "How many sentences of the body count as early" },
      extraDisclosures: { type: "string[]", default: [], description: "More phrases that say the message is a sales message" },
      extraPitches: { type: "string[]", default: [], description: "More phrases that make a message a pitch" },
    },
    messages: {
      lateDisclosure:
        "This message sells ('{{pitch}}') but its first {{count}} sentences do not say so: say it is a sales message, or name your product and what it does, up front",
    },
  },
  check(context) {
    const { draft, options } = context;
    // The first message of the thread made the disclosure.
    if (draft.kind === "follow-up") return;
    const pitches = strongPitches(draft, options.extraPitches);
    if (pitches.length === 0) return;
    const opening = spanOf(openingSentences(draft, options.sentences));
    const openingEnd = opening?.end ?? draft.body.start;
    const early = (match: PhraseMatch) => match.span.start < openingEnd;

    if (pitches.some(early)) return;
    const disclosures = phrasesOf(SALES_DISCLOSURES, options.extraDisclosures);
    const offerings = phrasesOf(OFFERING_STATEMENTS);
    if ([...findInSubject(draft, disclosures), ...findInSubject(draft, offerings)].length > 0) return;
    if (opening && inSpan(draft, opening, disclosures).length + inSpan(draft, opening, offerings).length > 0) return;
    if (opening && productMentioned(draft.prose.slice(opening.start, opening.end))) return;

    // A networking opener before the pitch is transparency's bait-and-switch: the same late pitch, the
    // same fix. Unless transparency is off.
    if (context.isRuleEnabled("transparency") && findBaitAndSwitch(draft, BAIT_AND_SWITCH_DEFAULTS)) return;
    const pitch = pitches[0]!;
    context.report({ messageId: "lateDisclosure", data: { pitch: pitch.text, count: options.sentences }, span: pitch.span });
  },
});

/** Pitch markers that make a message a sales message on their own, in the subject or the body. */
function strongPitches(draft: Draft, extra: readonly string[]): PhraseMatch[] {
  const phrases = [...phrasesOf(PITCH_MARKERS).filter((phrase) => !WEAK_PITCH_MARKERS.includes(phrase)), ...extra.map((phrase) => phrase.toLowerCase())];
  const productPhrase = (match: PhraseMatch) => !(match.phrase.startsWith("our ") && NOT_A_PRODUCT_AFTER.test(draft.source.slice(match.span.end, match.span.end + 20)));
  return [...findInSubject(draft, phrases), ...findInBody(draft, phrases)].filter(productPhrase);
}

function productMentioned(text: string): boolean {
  const match = PRODUCT_MENTION.exec(text);
  return match !== null && !NOT_A_PRODUCT_AFTER.test(text.slice(match.index + match[0].length));
}

function inSpan(draft: Draft, span: Span, phrases: readonly string[]): PhraseMatch[] {
  return matchPhrases(draft.prose.slice(span.start, span.end), phrases, span.start);
}
