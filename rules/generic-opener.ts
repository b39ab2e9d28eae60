import { defineRule } from "../src/define-rule.js";
import type { Draft, Sentence, Span, SuggestionDescriptor } from "../src/types.js";
import { FILLER_WORDS, GENERIC_OPENERS } from "./data/generic-openers.js";
import { bodySentences, wordsOf } from "./util/draft.js";
import { greetingProblem } from "./util/greeting.js";
import { matchPhrases, phrasesOf, type PhraseMatch } from "./util/phrases.js";
import { removalSpan } from "./util/spans.js";

interface Options {
  openingSentences: number;
  extraPhrases: string[];
}

/** A reason right after the phrase ("your profile stood out for two reasons: ...") makes it a lead-in, not boilerplate. */
const REASON_AFTER = /^[ \t]*(?:because|since|for (?:[\p{L}\p{N}]+ )?reasons?|:|—|–)/iu;

/** "I" or "We" (and an adverb) before a phrase listed without its subject: "I just came across...". */
const LEADING_SUBJECT = /(?<![\p{L}'’])(?:i|we)(?:\s+(?:just|really|truly|sincerely|recently))?\s+$/iu;

/**
 * The opening is the preview a recipient sees in the LinkedIn inbox and most of the ~11 seconds
 * they give a message (Lavender). Boilerplate there ("I hope this message finds you well", "I came
 * across your profile") fits any recipient; the corpus labels it a red flag that replaces a real reason.
 */
export default defineRule<Options>({
  meta: {
    id: "generic-opener",
    description: "Open with why you are writing to this person, not a pleasantry that fits anyone",
    category: "personalization",
    defaultSeverity: "warn",
    fixable: false,
    hasSuggestions: true,
    options: {
      openingSentences: { type: "integer", default: 3, minimum: 1, maximum: 10, description: "Body sentences (after the greeting) searched for boilerplate" },
      extraPhrases: { type: "string[]", default: [], description: "More boilerplate openings to report" },
    },
    messages: {
      boilerplate: "Boilerplate opening '{{phrase}}': start with why you are writing to this person",
      boilerplateMany: "Boilerplate opening '{{phrase}}' and {{count}} more: start with why you are writing to this person",
      removeSentence: "Remove the boilerplate",
      greetByName: "Greet {{name}} by name",
    },
  },
  check(context) {
    const { draft, profile, options } = context;
    // "To whom it may concern" without a profile is personalization's generic greeting (same words,
    // same fix), unless personalization is off.
    const ownedByPersonalization = context.isRuleEnabled("personalization") && greetingProblem(draft, profile) === "genericGreeting";
    const opening = openingWindow(draft, options.openingSentences, !ownedByPersonalization);
    if (opening.length === 0) return;
    // Only the opening is searched: a long body costs nothing extra.
    const windowStart = opening[0]!.span.start;
    const windowText = draft.prose.slice(windowStart, opening[opening.length - 1]!.span.end);
    const matches = matchPhrases(windowText, phrasesOf(GENERIC_OPENERS, options.extraPhrases), windowStart)
      .filter((match) => !REASON_AFTER.test(draft.prose.slice(match.span.end, match.span.end + 40)))
      .map((match) => widen(draft, match));

    const flagged = opening
      .map((sentence) => ({ sentence, matches: matches.filter((match) => match.span.start >= sentence.span.start && match.span.end <= sentence.span.end) }))
      .filter((entry) => entry.matches.length > 0);
    const first = flagged[0];
    if (!first) return;
    // One report per draft: a pleasantry followed by "I came across your profile" is one problem, not two.
    const { span } = first.matches[0]!;
    context.report({
      messageId: flagged.length > 1 ? "boilerplateMany" : "boilerplate",
      data: { phrase: draft.source.slice(span.start, span.end), count: flagged.length - 1 },
      span,
      suggest: suggestionsFor(draft, profile?.firstName ?? null, flagged),
    });
  },
});

/**
 * The obvious better opening: the recipient's name instead of "To whom it may concern", or nothing
 * instead of sentences that are only boilerplate (the first such run; the next one is offered after).
 */
function suggestionsFor(draft: Draft, firstName: string | null, flagged: Array<{ sentence: Sentence; matches: PhraseMatch[] }>): SuggestionDescriptor[] {
  const first = flagged[0]!;
  if (first.sentence.role === "greeting") {
    return firstName ? [{ messageId: "greetByName", data: { name: firstName }, fix: { span: first.sentence.span, text: `Hi ${firstName},` } }] : [];
  }
  if (!onlyBoilerplate(draft, first.sentence, first.matches)) return [];
  let last = first;
  for (const next of flagged.slice(1)) {
    const adjacent = draft.sentences.indexOf(next.sentence) === draft.sentences.indexOf(last.sentence) + 1;
    if (!adjacent || !onlyBoilerplate(draft, next.sentence, next.matches)) break;
    last = next;
  }
  const span = removalSpan(draft.source, { start: first.sentence.span.start, end: last.sentence.span.end });
  return [{ messageId: "removeSentence", fix: { span, text: "" } }];
}

/** The greeting ("To whom it may concern"), unless another rule reports it, and the first sentences of the body. */
function openingWindow(draft: Draft, count: number, withGreeting: boolean): Sentence[] {
  const greeting = withGreeting ? draft.sentences.filter((sentence) => sentence.role === "greeting") : [];
  return [...greeting, ...bodySentences(draft).filter((sentence) => sentence.role === "body").slice(0, count)];
}

function widen(draft: Draft, match: PhraseMatch): PhraseMatch {
  const before = draft.prose.slice(Math.max(draft.body.start, match.span.start - 24), match.span.start);
  const subject = LEADING_SUBJECT.exec(before);
  if (!subject) return match;
  return { ...match, span: { start: match.span.start - subject[0].length, end: match.span.end } };
}

/** Nothing but boilerplate and connecting words: removing the sentence loses nothing. */
function onlyBoilerplate(draft: Draft, sentence: Sentence, matches: PhraseMatch[]): boolean {
  const inside = (span: Span) => matches.some((match) => span.start >= match.span.start && span.end <= match.span.end);
  return wordsOf(draft, sentence).every((word) => inside(word.span) || FILLER_WORDS.has(word.lower));
}
