import type { RequestType } from "../util/asks.js";

/**
 * Scheduling-link hosts: a link to one is a concrete next step by itself ("pick a slot"), the
 * lowest-effort ask there is, so a message that carries one has a call to action.
 */
export const CALENDAR_HOSTS: ReadonlySet<string> = new Set([
  "calendly.com", "cal.com", "savvycal.com", "meetings.hubspot.com", "chilipiper.com", "app.chilipiper.com", "zcal.co",
  "tidycal.com", "calendar.app.google", "calendar.google.com", "youcanbook.me", "doodle.com", "acuityscheduling.com",
  "app.reclaim.ai", "vyte.in", "koalendar.com", "harmonizely.com", "book.morgen.so",
]);

/*
 * How a message asks, as patterns: each kind of request has its own wording, and the comments say
 * why a pattern is what it is. Extend with call-to-action's `extraAsks` option (plain phrases).
 */

/** Words that make a statement a request rather than a description ("happy to set up a call"). */
export const REQUEST_CUE =
  /(?<![\p{L}])(?:let's|let us|let me know|i'd love|i would love|would love|i'd like to|i would like to|happy to|glad to|looking forward to|book|schedule|set up|grab|hop on|jump on|find a time|pick a time|are you free|open to|free for|please|feel free|reply with|tell me|provide|send me|share your|grateful for|appreciate|i'm free|i am free|if you're open|if you are open)(?![\p{L}])/iu;

/** Each type's wording; the `cue` flag says the sentence must also be a question or carry REQUEST_CUE. */
export const TYPE_PATTERNS: ReadonlyArray<{ type: RequestType; pattern: RegExp; cue: boolean }> = [
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
export const ALTERNATIVE = /^(?:or,?\s+)?(?:if you(?:'d|’d| would) rather|if you prefer|if it's easier|if it’s easier|alternatively|otherwise)(?![\p{L}])/iu;

/** "No reply needed": the writer releases the reader, so "reply" there is not an ask. */
export const NO_REPLY_NEEDED =
  /(?<![\p{L}])(?:no (?:reply|response) (?:is )?(?:needed|necessary|required|expected)|no need to (?:reply|respond)|(?:don't|do not) (?:feel (?:any |the )?(?:need|obligation) to|need to) (?:reply|respond)|need(?:n't| not) (?:reply|respond))(?![\p{L}])/iu;

