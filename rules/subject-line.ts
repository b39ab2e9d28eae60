import { defineRule } from "../src/define-rule.js";
import { findMergeFields } from "../src/draft/merge-fields.js";
import type { Span } from "../src/types.js";
import { PRESSURE_PHRASES } from "./data/pressure.js";
import { SPAM_PHRASES } from "./data/spam-phrases.js";
import { SUBJECT_SPAM_WORDS } from "./data/subject-line.js";
import { openingSpan } from "./util/draft.js";
import { acronymSet, findPunctuationRuns, findShoutedRuns, profileWords, tokensOutside } from "./util/emphasis.js";
import { shownText } from "./util/phrase-matches.js";
import { findInSubject, phrasesOf } from "./util/phrases.js";

interface Options {
  maxLength: number;
  maxWords: number;
  acronyms: string[];
  extraSpamWords: string[];
}

/** LinkedIn's hard subject limit; past it the length rule reports an error, so this rule stays quiet. */
const PLATFORM_SUBJECT_LIMIT = 200;

/**
 * LinkedIn requires an InMail subject (Help a554514); Boomerang saw 14% replies with no subject and
 * the most with 3-4 words; Mailchimp found subjects under 9 words and about 50 characters do best;
 * Kajabi and Mailchimp flag capitals, repeated "!" and spam words in subjects.
 */
export default defineRule<Options>({
  meta: {
    id: "subject-line",
    description: "Give an InMail a short, plain subject: no capitals, no '!!!', no spam words",
    category: "mechanics",
    defaultSeverity: "error",
    warningMessages: ["tooManyCharacters", "tooManyWords", "allCaps", "repeatedPunctuation", "spamWord"],
    fixable: true,
    hasSuggestions: false,
    options: {
      maxLength: { type: "integer", default: 100, minimum: 10, maximum: 200, description: "Warn above this many characters (Mailchimp advises 50-60 for email)" },
      maxWords: { type: "integer", default: 15, minimum: 2, maximum: 40, description: "Warn above this many words (Mailchimp: under 9 do best in email)" },
      acronyms: { type: "string[]", default: [], description: "More capitalised words that are not shouting (e.g. a company name)" },
      extraSpamWords: { type: "string[]", default: [], description: "More words or phrases to report in a subject" },
    },
    messages: {
      missingSubject: "InMail has no subject: LinkedIn requires one (add 'subject:' to the front matter)",
      tooManyCharacters: "Subject is {{length}} characters: keep it to {{max}} so it is not cut off",
      tooManyWords: "Subject is {{count}} words: keep it to {{max}} (short subjects get more replies)",
      allCaps: "'{{text}}' in capitals reads as shouting: use sentence case",
      repeatedPunctuation: "'{{text}}' in the subject: one mark is enough",
      spamWord: "'{{phrase}}' in the subject reads as spam or pressure",
    },
  },
  check(context) {
    const { draft, options } = context;
    const subject = draft.subject;
    if (!subject || subject.text.trim() === "") {
      // Without front matter the kind is a guess (a pasted LinkedIn message has no subject).
      if (draft.kind === "inmail" && draft.frontMatter) context.report({ messageId: "missingSubject", span: openingSpan(draft) });
      return;
    }
    const text = subject.text;
    // A YAML-escaped subject does not sit verbatim in the file: report on the whole value then.
    const verbatim = draft.source.slice(subject.span.start, subject.span.end) === text;
    const at = (span: Span): Span => (verbatim ? span : subject.span);

    const words = draft.subjectWords.length;
    if (text.length > options.maxLength && text.length <= PLATFORM_SUBJECT_LIMIT) {
      context.report({ messageId: "tooManyCharacters", data: { length: text.length, max: options.maxLength }, span: subject.span });
    } else if (words > options.maxWords && text.length <= PLATFORM_SUBJECT_LIMIT) {
      context.report({ messageId: "tooManyWords", data: { count: words, max: options.maxWords }, span: subject.span });
    }

    const spamWords = phrasesOf([...SPAM_PHRASES, ...PRESSURE_PHRASES, ...SUBJECT_SPAM_WORDS], options.extraSpamWords);
    const spamMatches = findInSubject(draft, spamWords);
    const acronyms = acronymSet(options.acronyms, context.settings.words, profileWords(context.profile));
    // "*|FNAME|*" is a merge field (the placeholders rule's), and "URGENT" is reported once, as a spam
    // word: dropping the word fixes its capitals too.
    const fields = findMergeFields(draft).filter((field) => field.inSubject);
    const owned = [...fields.map((field) => field.span), ...spamMatches.map((match) => at(match.span))];
    const tokens = tokensOutside(draft.subjectWords.filter((word) => word.kind === "word"), owned);
    for (const run of findShoutedRuns(tokens, acronyms, draft.source)) {
      context.report({ messageId: "allCaps", data: { text: run.text }, span: run.span });
    }
    for (const run of findPunctuationRuns(text, subject.span.start)) {
      context.report({
        messageId: "repeatedPunctuation",
        data: { text: run.text },
        span: at(run.span),
        ...(verbatim ? { fix: { span: run.span, text: run.replacement } } : {}),
      });
    }
    for (const match of spamMatches) {
      context.report({ messageId: "spamWord", data: { phrase: shownText(match) }, span: at(match.span) });
    }
  },
});
