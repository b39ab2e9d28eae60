import { defineRule } from "../src/define-rule.js";
import type { Draft, Span } from "../src/types.js";
import { bodySentences, sentenceAt } from "./util/draft.js";
import { offsetPastLimit } from "./util/visible-length.js";

interface Options {
  maxSubjectLength: number;
  maxLength: number;
  recommendedLength: number;
  plan: "premium" | "free";
}

/** Connection-request note limits per LinkedIn plan (vendor documentation; LinkedIn does not publish them). */
const NOTE_LIMIT = { premium: 300, free: 200 } as const;

/**
 * LinkedIn rejects an InMail subject over 200 characters and a body over 2,000 (Help a554514);
 * vendors and Sales Navigator tool schemas say 1,900, so that is the safe default. LinkedIn's own
 * InMail data: messages under 400 characters get 22% more replies than average, over 1,200 get
 * 11% fewer (2022), over 1,400 get 18% fewer (2021), which is where the warning starts.
 */
export default defineRule<Options>({
  meta: {
    id: "length",
    description: "Stay inside LinkedIn's limits for the subject, InMail body and connection note, and keep InMails short",
    category: "platform",
    defaultSeverity: "error",
    warningMessages: ["longBody"],
    fixable: false,
    hasSuggestions: false,
    options: {
      maxSubjectLength: { type: "integer", default: 200, minimum: 1, maximum: 1000, description: "Most characters in an InMail subject (LinkedIn: 200)" },
      maxLength: {
        type: "integer",
        default: 1900,
        minimum: 1,
        maximum: 100000,
        description: "Most characters in an InMail or follow-up body (LinkedIn's help says 2,000; tools say 1,900)",
      },
      recommendedLength: {
        type: "integer",
        default: 1200,
        minimum: 1,
        maximum: 100000,
        description: "Warn above this many characters in any message but a connection note (LinkedIn: over 1,200 gets fewer replies)",
      },
      plan: { type: "enum", values: ["premium", "free"], default: "premium", description: "LinkedIn plan for the connection-note limit: premium 300, free 200" },
    },
    messages: {
      subjectTooLong: "Subject is {{length}} characters; LinkedIn allows {{max}} in an InMail subject",
      bodyTooLong: "Message is {{length}} characters; an InMail holds {{max}}, and this sentence crosses the limit",
      noteTooLong: "Connection note is {{length}} characters; the {{plan}} plan allows {{max}}, and this sentence crosses the limit",
      longBody: "Message is {{length}} characters; InMails over {{recommended}} get fewer replies (LinkedIn), and this sentence passes {{recommended}}",
    },
  },
  check(context) {
    const { draft, options } = context;
    const subject = draft.subject;
    if (subject && subject.text.length > options.maxSubjectLength) {
      context.report({
        messageId: "subjectTooLong",
        data: { length: subject.text.length, max: options.maxSubjectLength },
        span: { start: Math.min(subject.span.start + options.maxSubjectLength, subject.span.end - 1), end: subject.span.end },
      });
    }

    const length = draft.messageLength;
    if (draft.kind === "connection-request") {
      const max = NOTE_LIMIT[options.plan];
      if (length > max) context.report({ messageId: "noteTooLong", data: { length, plan: options.plan, max }, span: crossingSentence(draft, max) });
      return;
    }
    // Regular messages to connections allow 8,000 characters; the hard limit is InMail's.
    const hardLimit = draft.kind === "inmail" || draft.kind === "follow-up" ? options.maxLength : Infinity;
    if (length > hardLimit) {
      context.report({ messageId: "bodyTooLong", data: { length, max: hardLimit }, span: crossingSentence(draft, hardLimit) });
    } else if (length > options.recommendedLength) {
      context.report({ messageId: "longBody", data: { length, recommended: options.recommendedLength }, span: crossingSentence(draft, options.recommendedLength) });
    }
  },
});

/** The sentence holding the first character past `limit`: where to start cutting. */
function crossingSentence(draft: Draft, limit: number): Span {
  const offset = offsetPastLimit(draft, limit) ?? draft.body.end;
  const sentence = sentenceAt(draft, offset) ?? draft.sentences.find((candidate) => candidate.span.end > offset) ?? bodySentences(draft).at(-1) ?? draft.sentences.at(-1);
  return sentence ? sentence.span : { start: offset, end: offset };
}
