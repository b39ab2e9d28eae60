import type { Draft, Sentence, Span } from "../../src/types.js";
import { ALTERNATIVE, CALENDAR_HOSTS, NO_REPLY_NEEDED, REQUEST_CUE, TYPE_PATTERNS } from "../data/asks.js";
import { matchPhrases } from "./phrases.js";

export { NO_REPLY_NEEDED };

/**
 * What a message asks of its reader. A request has a type so "call me, send your CV and fill in
 * our survey" counts as three requests while "would you be open to a call? let me know" is one.
 */
export type RequestType =
  /** A call, chat, coffee, demo or a scheduling link. */
  | "meeting"
  /** Send a resume, CV or portfolio. */
  | "documents"
  /** Name or refer someone else. */
  | "referral"
  /** Personal data: salary, CTC, notice period, license number. */
  | "information"
  /** Fill in a survey, form or assessment. */
  | "form"
  /** Apply through a link. */
  | "apply"
  /** Reply or "let me know": how to answer, not a separate request. */
  | "reply"
  /** Be a guest, speak, present: the offer itself, asked together with how to take it up. */
  | "invitation"
  /** Accept the connection request. */
  | "connect"
  /** "Feel free to reach out": leaves the door open without asking anything. */
  | "open-door";

/** Request types that each put a separate task on the reader (Boomerang, outbound-email-grader: one clear ask). */
export const TASK_TYPES: ReadonlySet<RequestType> = new Set(["meeting", "documents", "referral", "information", "form", "apply"]);

export interface Request {
  type: RequestType;
  /** Offered as another way to do the same thing ("If you'd rather apply directly, ..."). */
  alternative: boolean;
  /** Index into `draft.sentences`. */
  sentence: number;
  span: Span;
}

export interface Asks {
  /** Body and list-item sentences that end with a question mark. */
  questions: Sentence[];
  /** Typed requests, in order, at most one per type per sentence. */
  requests: Request[];
}

const ASKING_ROLES: ReadonlySet<Sentence["role"]> = new Set(["body", "list-item"]);

/** The questions and typed requests of a draft; `extraAsks` (call-to-action's option) are phrases that ask too. */
export function findAsks(draft: Draft, extraAsks: readonly string[] = []): Asks {
  const questions: Sentence[] = [];
  const requests: Request[] = [];
  const calendarLinks = draft.links.filter((link) => isCalendarHost(link.host));
  draft.sentences.forEach((sentence, index) => {
    if (!ASKING_ROLES.has(sentence.role)) return;
    if (sentence.endsWithQuestion) questions.push(sentence);
    const cued = sentence.endsWithQuestion || REQUEST_CUE.test(sentence.text);
    const released = NO_REPLY_NEEDED.test(sentence.text);
    const alternative = ALTERNATIVE.test(sentence.text);
    for (const { type, pattern, cue } of TYPE_PATTERNS) {
      if (cue && !cued) continue;
      if (type === "reply" && released) continue;
      const match = pattern.exec(sentence.text);
      if (!match) continue;
      const start = sentence.span.start + match.index;
      requests.push({ type, alternative, sentence: index, span: { start, end: start + match[0].length } });
    }
    for (const match of extraAsks.length > 0 ? matchPhrases(sentence.text, extraAsks, sentence.span.start) : []) {
      requests.push({ type: "reply", alternative, sentence: index, span: match.span });
    }
    for (const link of calendarLinks) {
      if (link.span.start >= sentence.span.start && link.span.end <= sentence.span.end) {
        requests.push({ type: "meeting", alternative, sentence: index, span: link.urlSpan });
      }
    }
  });
  return { questions, requests: dedupeBySentence(requests) };
}

/** A scheduling link is a meeting request even outside a sentence (a bare line). */
export function hasCalendarLink(draft: Draft): boolean {
  return draft.links.some((link) => isCalendarHost(link.host));
}

/** Also team subdomains ("acme.savvycal.com"). */
function isCalendarHost(host: string): boolean {
  if (CALENDAR_HOSTS.has(host)) return true;
  const dot = host.indexOf(".");
  return dot > 0 && CALENDAR_HOSTS.has(host.slice(dot + 1));
}

/** Whether a message asks anything of its reader beyond leaving the door open. */
export function asksSomething(asks: Asks): boolean {
  return asks.questions.length > 0 || asks.requests.some((request) => request.type !== "open-door");
}

function dedupeBySentence(requests: Request[]): Request[] {
  const seen = new Set<string>();
  return requests.filter((request) => {
    const key = `${request.sentence}\u0000${request.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
