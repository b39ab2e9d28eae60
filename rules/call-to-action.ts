import { defineRule } from "../src/define-rule.js";
import type { Draft } from "../src/types.js";
import { findAsks, hasCalendarLink, NO_REPLY_NEEDED, TASK_TYPES, type Asks, type Request, type RequestType } from "./util/asks.js";
import { bodySentences, closingSpan } from "./util/draft.js";
import { lastReceived } from "./util/history.js";

interface Options {
  maxQuestions: number;
  maxRequests: number;
  extraAsks: string[];
}

const TYPE_LABEL: Partial<Record<RequestType, string>> = {
  meeting: "a call",
  documents: "documents",
  referral: "a referral",
  information: "personal details",
  form: "a form",
  apply: "an application",
};

/**
 * Boomerang (2016): emails with 1-3 questions were 50% more likely to get a reply than emails with
 * none, and more than 3 worked against the sender. outbound-email-grader and LinkedIn's own advice
 * ("give the recipient a reason to reply") ask for a single clear ask.
 */
export default defineRule<Options>({
  meta: {
    id: "call-to-action",
    description: "End with one clear ask: a question or a concrete next step, not none and not a barrage",
    category: "purpose",
    defaultSeverity: "warn",
    fixable: false,
    hasSuggestions: false,
    options: {
      maxQuestions: { type: "integer", default: 3, minimum: 1, maximum: 20, description: "Most questions a message may ask" },
      maxRequests: {
        type: "integer",
        default: 1,
        minimum: 1,
        maximum: 10,
        description: "Most distinct requests (call, documents, referral, personal details, form, application) a message may make",
      },
      extraAsks: { type: "string[]", default: [], description: "More phrases that ask for a reply (e.g. your team's 'grab a slot below')" },
    },
    messages: {
      noAsk: "No clear ask: end with one question or concrete next step, e.g. 'Would you be open to a 20-minute call next week?'",
      tooManyQuestions: "{{count}} questions: ask at most {{max}}, or the reader answers none",
      tooManyRequests: "{{count}} different requests ({{types}}): ask for one thing now and leave the rest for later",
    },
  },
  check(context) {
    const { draft, options } = context;
    if (bodySentences(draft).length === 0) return;
    const asks = findAsks(draft, options.extraAsks.map((phrase) => phrase.toLowerCase()));

    if (asks.questions.length > options.maxQuestions) {
      const extra = asks.questions[options.maxQuestions]!;
      context.report({ messageId: "tooManyQuestions", data: { count: asks.questions.length, max: options.maxQuestions }, span: extra.span });
      return;
    }
    const firstOfEachTask = firstOfEachType(asks.requests.filter((request) => TASK_TYPES.has(request.type) && !request.alternative));
    if (firstOfEachTask.length > options.maxRequests) {
      const types = firstOfEachTask.map((request) => TYPE_LABEL[request.type]).join(", ");
      context.report({ messageId: "tooManyRequests", data: { count: firstOfEachTask.length, types }, span: firstOfEachTask[options.maxRequests]!.span });
      return;
    }
    const hasAsk = asks.questions.length > 0 || asks.requests.length > 0 || hasCalendarLink(draft);
    if (!hasAsk && !askIsOptional(draft)) {
      context.report({ messageId: "noAsk", span: closingSpan(draft) });
      return;
    }
    const single = singleAsk(asks);
    if (single) context.credit({ id: "single-ask", detail: `one clear ask (${single})` });
  },
});

/** What the reader is asked to do, for the credit's detail: the one request type, or "a question". */
const ASK_LABEL: Partial<Record<RequestType, string>> = { ...TYPE_LABEL, invitation: "an invitation", connect: "to connect" };

/**
 * Exactly one clear ask (the rubric's "one clear, proportionate ask"; Boomerang: replies peak with
 * one to three questions): one kind of request (a call, a referral, to connect, ...) in at most
 * two questions, or, with no typed request, a single question. "Let me know" and "feel free to
 * reach out" say how to answer and are not asks of their own; an alternative route ("if you'd
 * rather apply directly") does not add one.
 */
function singleAsk(asks: Asks): string | null {
  const types = new Set(asks.requests.filter((request) => !request.alternative && request.type !== "reply" && request.type !== "open-door").map((request) => request.type));
  if (types.size === 1 && asks.questions.length <= 2) return ASK_LABEL[[...types][0]!] ?? "one request";
  if (types.size === 0 && asks.questions.length === 1) return "a question";
  return null;
}

/**
 * A connection request is itself the ask (accept or not); a follow-up points back to the ask its
 * first message made (and respect-boundaries judges the nagging); a note that says "no reply
 * needed" chose not to ask; and a reply to a decline should ask nothing.
 */
function askIsOptional(draft: Draft): boolean {
  if (draft.kind === "connection-request" || draft.kind === "follow-up") return true;
  if (draft.history.some((entry) => entry.direction === "sent")) return true;
  if (lastReceived(draft.history)?.declined) return true;
  return NO_REPLY_NEEDED.test(draft.prose.slice(draft.body.start, draft.body.end));
}

function firstOfEachType(requests: Request[]): Request[] {
  const seen = new Set<RequestType>();
  return requests.filter((request) => {
    if (seen.has(request.type)) return false;
    seen.add(request.type);
    return true;
  });
}
