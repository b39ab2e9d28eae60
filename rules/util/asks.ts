import type { Draft, Sentence, Span } from "../../src/types.js";
import { CALENDAR_HOSTS } from "../data/asks.js";
import { isPlainText, regexForPlain } from "./plain-text.js";

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

/** Words that make a statement a request rather than a description ("happy to set up a call"). */
const REQUEST_CUE =
  /(?<![\p{L}])(?:let's|let us|let me know|i'd love|i would love|would love|i'd like to|i would like to|happy to|glad to|looking forward to|book|schedule|set up|grab|hop on|jump on|find a time|pick a time|are you free|open to|free for|please|feel free|reply with|tell me|provide|send me|share your|grateful for|appreciate|i'm free|i am free|if you're open|if you are open)(?![\p{L}])/iu;

/** Each type's wording; the `cue` flag says the sentence must also be a question or carry REQUEST_CUE. */
const TYPE_PATTERNS: ReadonlyArray<{ type: RequestType; pattern: RegExp; cue: boolean }> = [
  {
    type: "meeting",
    pattern: /(?<![\p{L}])(?:call|chat|coffee|walkthrough|walk-through|demo|meeting|meet|catch up|conversation|zoom|interview|time ?slot|slot|(?:to|can|could|we|let's) talk|\d{1,3}[- ]?min(?:ute)?s?)(?![\p{L}])/iu,
    cue: true,
  },
  {
    type: "documents",
    pattern: /(?<![\p{L}])(?:send|share|forward|email)(?:\s+(?:me|us|over|along)){0,2}\s+(?:your|a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:resume|résumé|cv|portfolio|work samples?)(?![\p{L}])/iu,
    cue: false,
  },
  {
    type: "referral",
    pattern: /(?<![\p{L}])(?:know (?:of )?(?:anyone|someone|somebody)|refer (?:me|someone|anyone|a friend|a colleague)|recommend (?:someone|anyone|a few|some|people|folks|a colleague)|pass (?:this|it) (?:along|on)|forward (?:this|it) to|point me to|introduce me to)(?![\p{L}])/iu,
    cue: false,
  },
  {
    type: "information",
    pattern: /(?<![\p{L}])(?:salary expectations?|expected salary|what salary|current (?:salary|base|compensation|ctc|package)|(?:current|expected) ctc|notice period|license number|date of birth|social security|passport|your (?:hourly |day )?rate)(?![\p{L}])/iu,
    cue: true,
  },
  {
    type: "form",
    pattern: /(?<![\p{L}])(?:fill(?:ing)? (?:in|out)|complete (?:our|the|this|a) (?:short |quick )?(?:survey|form|questionnaire|assessment)|take (?:our|the|this|a) (?:short |quick )?(?:survey|assessment|quiz|test))(?![\p{L}])/iu,
    cue: true,
  },
  {
    type: "apply",
    pattern: /(?<![\p{L}])(?:apply (?:here|now|at|via|through|online|today|directly)|submit (?:your|an) application|sign up|register (?:here|now|at|today)|click (?:here|the link|this link|below)|get started)(?![\p{L}])/iu,
    cue: false,
  },
  {
    type: "reply",
    // "Thanks for your reply" is the noun: only the verb asks.
    pattern:
      /(?<![\p{L}])(?:let (?:me|us) know|(?<!(?:your|the|a|for|quick|kind|no)\s)(?:reply|respond)|get back to me|drop me a (?:line|note)|write back|hear(?:ing)? (?:back )?from you|ping me|shoot me a (?:message|note|line)|(?:email|contact|message|dm|text|call) me|get in touch|(?:i was|i'm|i am) wondering (?:if|whether))(?![\p{L}])/iu,
    cue: false,
  },
  {
    type: "invitation",
    pattern: /(?<![\p{L}])(?:have you (?:as|on|join)|invite you|as a guest|to present|to speak at|be our guest|join us)(?![\p{L}])/iu,
    cue: true,
  },
  {
    type: "connect",
    pattern: /(?<![\p{L}])(?:connect|connecting|add you to my network|join my (?:professional )?network)(?![\p{L}])/iu,
    cue: true,
  },
  {
    type: "open-door",
    pattern: /(?<![\p{L}])(?:feel free to (?:reach out|reply|get in touch|message me|contact me|write)|my (?:inbox|door) is (?:always )?open|reach out (?:any ?time|if)|happy to (?:share|send) (?:more|details|the details))(?![\p{L}])/iu,
    cue: false,
  },
];

/** A sentence that offers another route to the same ask, not a second ask. */
const ALTERNATIVE = /^(?:or,?\s+)?(?:if you(?:'d|’d| would) rather|if you prefer|if it's easier|if it’s easier|alternatively|otherwise)(?![\p{L}])/iu;

/** "No reply needed": the writer releases the reader, so "reply" there is not an ask. */
export const NO_REPLY_NEEDED =
  /(?<![\p{L}])(?:no (?:reply|response) (?:is )?(?:needed|necessary|required|expected)|no need to (?:reply|respond)|(?:don't|do not) (?:feel (?:any |the )?(?:need|obligation) to|need to) (?:reply|respond)|need(?:n't| not) (?:reply|respond))(?![\p{L}])/iu;

const ASKING_ROLES: ReadonlySet<Sentence["role"]> = new Set(["body", "list-item"]);

export function findAsks(draft: Draft): Asks {
  const questions: Sentence[] = [];
  const requests: Request[] = [];
  const calendarLinks = draft.links.filter((link) => isCalendarHost(link.host));
  draft.sentences.forEach((sentence, index) => {
    if (!ASKING_ROLES.has(sentence.role)) return;
    if (sentence.endsWithQuestion) questions.push(sentence);
    const plain = isPlainText(sentence.text);
    const cued = sentence.endsWithQuestion || regexForPlain(REQUEST_CUE, plain).test(sentence.text);
    const released = regexForPlain(NO_REPLY_NEEDED, plain).test(sentence.text);
    const alternative = regexForPlain(ALTERNATIVE, plain).test(sentence.text);
    for (const { type, pattern, cue } of TYPE_PATTERNS) {
      if (cue && !cued) continue;
      if (type === "reply" && released) continue;
      const match = regexForPlain(pattern, plain).exec(sentence.text);
      if (!match) continue;
      const start = sentence.span.start + match.index;
      requests.push({ type, alternative, sentence: index, span: { start, end: start + match[0].length } });
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
