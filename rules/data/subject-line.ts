import type { PhraseEntry } from "../util/phrases.js";

/**
 * Words that are spam triggers in a subject line in particular (HubSpot's list is aimed at
 * subjects). The subject is also checked against the spam-phrases and pressure lists, which look
 * at the body only. A bare "free" is left out: real subjects say "free license" and "free time".
 */
export const SUBJECT_SPAM_WORDS: readonly PhraseEntry[] = [
  { phrase: "$$$", reason: "HubSpot" },
  { phrase: "winner", reason: "HubSpot" },
  { phrase: "cash", reason: "HubSpot" },
  { phrase: "prize", reason: "HubSpot" },
  { phrase: "congratulations", reason: "HubSpot; phishing wording in a subject" },
];
