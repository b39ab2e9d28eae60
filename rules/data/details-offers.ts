import type { PhraseEntry } from "../util/phrases.js";

/**
 * An explicit offer to send the details is a way to learn more when there is nothing public to
 * link to (a confidential search, a role not yet posted): the corpus rubric accepts it in place of a link.
 */
export const DETAILS_OFFERS: readonly PhraseEntry[] = [
  { phrase: "happy to send", reason: "offer to send details" },
  { phrase: "happy to share", reason: "offer to share details" },
  { phrase: "happy to email", reason: "offer to email details" },
  { phrase: "glad to send", reason: "offer to send details" },
  { phrase: "glad to share", reason: "offer to share details" },
  { phrase: "i can send", reason: "offer to send details" },
  { phrase: "i can share", reason: "offer to share details" },
  { phrase: "i can email", reason: "offer to email details" },
  { phrase: "i'll send", reason: "offer to send details" },
  { phrase: "i'll share", reason: "offer to share details" },
  { phrase: "job description", reason: "names the document on offer" },
  { phrase: "the jd", reason: "recruiter shorthand for the job description" },
  { phrase: "more details", reason: "offer of more detail" },
  { phrase: "full details", reason: "offer of more detail" },
  { phrase: "more information", reason: "offer of more detail" },
];
