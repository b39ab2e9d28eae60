import type { PhraseEntry } from "../util/phrases.js";

/**
 * Urgency and scarcity. Mailchimp (via Intuit's content guide), SpamAssassin and HubSpot list them.
 * Kept disjoint from spam-phrases.ts: each phrase belongs to one rule.
 */
export const URGENCY_PHRASES: readonly PhraseEntry[] = [
  { phrase: "act now", reason: "urgency (Mailchimp, SpamAssassin)" },
  { phrase: "act fast", reason: "urgency" },
  { phrase: "limited time", reason: "urgency (SpamAssassin, HubSpot)" },
  { phrase: "limited-time", reason: "urgency (SpamAssassin, HubSpot)" },
  { phrase: "urgent", reason: "urgency" },
  { phrase: "urgently", reason: "urgency" },
  { phrase: "asap", reason: "urgency" },
  { phrase: "last chance", reason: "urgency (HubSpot)" },
  { phrase: "final chance", reason: "urgency" },
  { phrase: "don't miss out", reason: "fear of missing out (HubSpot)" },
  { phrase: "do not miss out", reason: "fear of missing out" },
  { phrase: "miss out", reason: "fear of missing out" },
  { phrase: "don't miss this", reason: "fear of missing out" },
  { phrase: "before it's too late", reason: "urgency" },
  { phrase: "time is running out", reason: "urgency" },
  { phrase: "running out of time", reason: "urgency" },
  { phrase: "now or never", reason: "urgency" },
  { phrase: "today only", reason: "urgency (HubSpot)" },
  { phrase: "offer expires", reason: "urgency" },
  { phrase: "expires today", reason: "urgency" },
  { phrase: "hurry", reason: "urgency (HubSpot)" },
  { phrase: "don't delay", reason: "urgency" },
  { phrase: "spots left", reason: "scarcity" },
  { phrase: "slots left", reason: "scarcity" },
  { phrase: "spots remaining", reason: "scarcity" },
  { phrase: "first come, first served", reason: "scarcity" },
  { phrase: "call me today", reason: "demands an immediate reply" },
  { phrase: "call me now", reason: "demands an immediate reply" },
  { phrase: "reply today", reason: "demands an immediate reply" },
  { phrase: "respond today", reason: "demands an immediate reply" },
  { phrase: "reply immediately", reason: "demands an immediate reply" },
  { phrase: "respond immediately", reason: "demands an immediate reply" },
  { phrase: "you have 24 hours", reason: "deadline" },
  { phrase: "you have 48 hours", reason: "deadline" },
  { phrase: "final notice", reason: "urgency" },
  { phrase: "final reminder", reason: "urgency" },
];

/**
 * Guilt about an unanswered message. LinkedIn's Help (answer 75) says not to re-message someone who
 * has not replied, so a follow-up that only reminds them ("just bumping this") is pressure.
 */
export const GUILT_PHRASES: readonly PhraseEntry[] = [
  { phrase: "just bumping this", reason: "re-message with nothing new (LinkedIn Help 75)" },
  { phrase: "bumping this", reason: "re-message with nothing new (LinkedIn Help 75)" },
  { phrase: "bump this", reason: "re-message with nothing new (LinkedIn Help 75)" },
  { phrase: "bumping this up", reason: "re-message with nothing new (LinkedIn Help 75)" },
  { phrase: "following up again", reason: "re-message with nothing new" },
  { phrase: "haven't heard back", reason: "guilt about an unanswered message" },
  { phrase: "have not heard back", reason: "guilt about an unanswered message" },
  { phrase: "haven't heard from you", reason: "guilt about an unanswered message" },
  { phrase: "didn't hear back", reason: "guilt about an unanswered message" },
  { phrase: "never heard back", reason: "guilt about an unanswered message" },
  { phrase: "still waiting to hear", reason: "guilt about an unanswered message" },
  { phrase: "per my last message", reason: "passive-aggressive reminder" },
  { phrase: "per my last email", reason: "passive-aggressive reminder" },
  { phrase: "per my previous message", reason: "passive-aggressive reminder" },
  { phrase: "as per my last", reason: "passive-aggressive reminder" },
  { phrase: "did you see my last message", reason: "guilt about an unanswered message" },
  { phrase: "did you get my last message", reason: "guilt about an unanswered message" },
  { phrase: "in case you missed my", reason: "guilt about an unanswered message" },
  { phrase: "reached out several times", reason: "guilt about unanswered messages" },
  { phrase: "reached out multiple times", reason: "guilt about unanswered messages" },
];

export const PRESSURE_PHRASES: readonly PhraseEntry[] = [...URGENCY_PHRASES, ...GUILT_PHRASES];

/** Where a pressure word is part of a name, not pressure ("Urgent Care" is a clinic). */
export const PRESSURE_EXCEPTIONS: readonly RegExp[] = [/^urgent(?:ly)?\s+care\b/i];
