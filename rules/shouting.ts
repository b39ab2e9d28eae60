import { defineRule } from "../src/define-rule.js";
import type { Draft, RuleContext, Span } from "../src/types.js";
import { sentenceAt } from "./util/draft.js";
import { findPressurePhrases, findSpamPhrases } from "./util/advert-phrases.js";
import { leakedGreetingName } from "./util/greeting.js";
import { matchPhrases, phrasesOf } from "./util/phrases.js";
import { PLEASANTRIES } from "./data/acronyms.js";
import { acronymSet, findPunctuationRuns, findShoutedRuns, profileWords, tokensOutside, type Token } from "./util/emphasis.js";

interface Options {
  maxExclamations: number;
  minEmojiRun: number;
  acronyms: string[];
  pleasantries: string[];
}

/** One emoji with its modifiers: skin tone, variation selector, zero-width-joined parts. */
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}]|\u200D\p{Extended_Pictographic})*/gu;
/** Emoji separated by nothing or by spaces still form one row. */
const EMOJI_GAP = /^[ \t]*$/;

/**
 * Capitals, "!!!" and rows of emoji read as shouting and as marketing: Kajabi and Mailchimp flag
 * them, outbound-email-grader reports "!!!" runs, and Boomerang found that extreme positivity does
 * no better than neutral. The subject has its own checks in subject-line; this rule reads the body,
 * and leaves capitals inside a phrase that spam-phrases or pressure reports to that rule.
 */
export default defineRule<Options>({
  meta: {
    id: "shouting",
    description: "No words in capitals, '!!!' or rows of punctuation, more than one '!', or rows of emoji",
    category: "mechanics",
    defaultSeverity: "warn",
    fixable: true,
    hasSuggestions: false,
    options: {
      maxExclamations: { type: "integer", default: 1, minimum: 0, maximum: 20, description: "Exclamation marks allowed in the message, not counting the greeting and sign-off" },
      minEmojiRun: { type: "integer", default: 3, minimum: 2, maximum: 20, description: "Emoji in a row that count as a run" },
      acronyms: { type: "string[]", default: [], description: "More capitalised words that are not shouting (e.g. a product name)" },
      pleasantries: { type: "string[]", default: [], description: "More sentence openings where '!' is a convention and is not counted (e.g. 'welcome aboard')" },
    },
    messages: {
      capitals: "'{{text}}' in capitals reads as shouting: write it in lower case",
      punctuationRun: "'{{text}}' reads as shouting: one mark is enough",
      extraExclamation: "Exclamation mark number {{count}}: keep to {{max}} per message",
      emojiRun: "{{count}} emoji in a row: one at most in a message to a stranger",
    },
  },
  check(context) {
    const { draft, options, profile } = context;
    const acronyms = acronymSet(options.acronyms, context.settings.words, profileWords(profile));
    const signOffStart = draft.signOff?.span.start ?? draft.body.end;
    // "CLICK HERE" and "ACT NOW" are spam-phrases' and pressure's, "Hi FIRSTNAME," no-placeholders':
    // their fix (drop the phrase, fill in the name) removes the capitals too. Unless that rule is off.
    const owned = [
      ...(context.isRuleEnabled("spam-phrases") ? findSpamPhrases(draft) : []),
      ...(context.isRuleEnabled("pressure") ? findPressurePhrases(draft) : []),
      context.isRuleEnabled("no-placeholders") ? leakedGreetingName(draft) : null,
    ].flatMap((match) => (match ? [match.span] : []));
    const tokens: Token[] = tokensOutside(draft.words.filter((word) => word.kind === "word" && word.span.start < signOffStart), owned);
    for (const run of findShoutedRuns(tokens, acronyms, draft.prose)) {
      context.report({ messageId: "capitals", data: { text: run.text }, span: run.span });
    }

    const body = draft.prose.slice(draft.body.start, draft.body.end);
    const runs = findPunctuationRuns(body, draft.body.start).filter((run) => !insideLink(draft, run.span));
    for (const run of runs) {
      context.report({ messageId: "punctuationRun", data: { text: run.text }, span: run.span, fix: { span: run.span, text: run.replacement } });
    }
    reportExtraExclamations(context, draft, runs.map((run) => run.span), options.maxExclamations);
    reportEmojiRuns(context, draft, options.minEmojiRun);
  },
});


/**
 * Counts each group of "!" once ("!!!" is one, already reported as a run). The greeting, the
 * sign-off and pleasantries do not count, nor "!=" in a code sample.
 */
function reportExtraExclamations(context: RuleContext<Options>, draft: Draft, runs: Span[], max: number): void {
  const pleasantries = phrasesOf(PLEASANTRIES, context.options.pleasantries);
  const from = draft.greeting?.span.end ?? draft.body.start;
  const to = draft.signOff?.span.start ?? draft.body.end;
  // One class, one quantifier: linear even on 100,000 question marks.
  const marks = /[!?]+/g;
  const text = draft.prose.slice(from, to);
  let count = 0;
  for (let match = marks.exec(text); match !== null; match = marks.exec(text)) {
    if (!match[0].includes("!") || text[match.index + match[0].length] === "=") continue;
    const span = { start: from + match.index, end: from + match.index + match[0].length };
    if (insideLink(draft, span)) continue;
    const sentence = sentenceAt(draft, span.start);
    // Pleasantries ("Thanks!", "Have a great day!") and one-word lines ("Understood!"): "!" is convention there.
    if (sentence && (opensWithAny(sentence.text, pleasantries) || sentence.wordCount <= 1)) continue;
    count++;
    if (count <= max || runs.some((run) => run.start === span.start)) continue;
    context.report({ messageId: "extraExclamation", data: { count, max }, span });
  }
}

function opensWithAny(text: string, phrases: readonly string[]): boolean {
  return matchPhrases(text, phrases).some((match) => match.span.start === 0);
}

function reportEmojiRuns(context: RuleContext<Options>, draft: Draft, minRun: number): void {
  const body = draft.prose.slice(draft.body.start, draft.body.end);
  let run: Span[] = [];
  const flush = () => {
    if (run.length >= minRun) context.report({ messageId: "emojiRun", data: { count: run.length }, span: { start: run[0]!.start, end: run[run.length - 1]!.end } });
    run = [];
  };
  EMOJI.lastIndex = 0;
  for (let match = EMOJI.exec(body); match !== null; match = EMOJI.exec(body)) {
    const span = { start: draft.body.start + match.index, end: draft.body.start + match.index + match[0].length };
    const previous = run[run.length - 1];
    if (previous && !EMOJI_GAP.test(draft.prose.slice(previous.end, span.start))) flush();
    run.push(span);
  }
  flush();
}

function insideLink(draft: Draft, span: Span): boolean {
  return draft.links.some((link) => span.start >= link.span.start && span.end <= link.span.end);
}
