import type { PhraseEntry } from "../util/phrases.js";

/**
 * Commercial-advertising phrases from public spam trigger lists: SpamAssassin's
 * rules/20_phrases.cf and 40_spam_phrases.cf, HubSpot's "Ultimate List of Spam Trigger Words",
 * and job-scam wording from EMSCAD. Weak evidence alone (deliverability experts call such lists
 * largely a myth), which is why the grade caps this rule. Urgency phrases ("act now",
 * "limited time") live in pressure.ts, not here.
 */
export const SPAM_PHRASES: readonly PhraseEntry[] = [
  { phrase: "100% free", reason: "HubSpot, SpamAssassin" },
  { phrase: "totally free", reason: "HubSpot" },
  { phrase: "absolutely free", reason: "HubSpot" },
  { phrase: "risk-free", reason: "HubSpot, SpamAssassin" },
  { phrase: "risk free", reason: "HubSpot, SpamAssassin" },
  { phrase: "guaranteed", reason: "HubSpot, SpamAssassin" },
  { phrase: "100% guaranteed", reason: "HubSpot" },
  { phrase: "money-back guarantee", reason: "HubSpot" },
  { phrase: "money back guarantee", reason: "HubSpot" },
  { phrase: "satisfaction guaranteed", reason: "HubSpot" },
  { phrase: "no obligation", reason: "HubSpot, SpamAssassin" },
  { phrase: "no catch", reason: "HubSpot" },
  { phrase: "no hidden fees", reason: "HubSpot" },
  { phrase: "click here", reason: "HubSpot, SpamAssassin" },
  { phrase: "click below", reason: "HubSpot" },
  { phrase: "earn $", reason: "HubSpot" },
  { phrase: "earn up to $", reason: "HubSpot" },
  { phrase: "make money", reason: "HubSpot" },
  { phrase: "extra income", reason: "HubSpot" },
  { phrase: "extra cash", reason: "HubSpot" },
  { phrase: "passive income", reason: "job-scam wording" },
  { phrase: "unlimited income", reason: "job-scam wording" },
  { phrase: "financial freedom", reason: "HubSpot" },
  { phrase: "be your own boss", reason: "HubSpot, job-scam wording" },
  { phrase: "no experience needed", reason: "job-scam wording (EMSCAD)" },
  { phrase: "no experience required", reason: "job-scam wording (EMSCAD)" },
  { phrase: "free gift", reason: "HubSpot" },
  { phrase: "free consultation", reason: "HubSpot" },
  { phrase: "free quote", reason: "HubSpot" },
  { phrase: "best price", reason: "HubSpot" },
  { phrase: "lowest price", reason: "HubSpot" },
  { phrase: "buy now", reason: "HubSpot" },
  { phrase: "order now", reason: "HubSpot" },
  { phrase: "special promotion", reason: "HubSpot" },
  { phrase: "exclusive deal", reason: "HubSpot" },
  { phrase: "incredible deal", reason: "HubSpot" },
  { phrase: "amazing deal", reason: "HubSpot" },
  { phrase: "double your", reason: "HubSpot" },
  { phrase: "cancel anytime", reason: "HubSpot" },
  { phrase: "you have been selected", reason: "SpamAssassin; phishing wording" },
  { phrase: "you've been selected", reason: "SpamAssassin; phishing wording" },
  { phrase: "you are a winner", reason: "HubSpot" },
  { phrase: "dear friend", reason: "HubSpot, SpamAssassin" },
  { phrase: "as seen on", reason: "HubSpot" },
  { phrase: "miracle", reason: "HubSpot" },
];

/**
 * Where a list word is an ordinary term of a job offer rather than advertising
 * (travel-nursing contracts promise "guaranteed hours").
 */
export const SPAM_EXCEPTIONS: readonly RegExp[] = [/^guaranteed\s+(?:hours|shifts|base|minimum|salary|pay)\b/i];
