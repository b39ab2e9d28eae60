import type { PhraseEntry } from "../util/phrases.js";

/**
 * A seller saying what they offer, which is the other honest opening besides "this is a sales
 * message": the recipient knows from the first lines that a product or service is coming.
 */
export const OFFERING_STATEMENTS: readonly PhraseEntry[] = [
  { phrase: "we help", reason: "\"we help freight brokers quote faster\"" },
  { phrase: "we build", reason: "names what the company makes" },
  { phrase: "we make", reason: "names what the company makes" },
  { phrase: "we provide", reason: "names the service" },
  { phrase: "we offer", reason: "names the offer" },
  { phrase: "we've built", reason: "names the product" },
  { phrase: "we have built", reason: "names the product" },
  { phrase: "we built", reason: "names the product" },
  { phrase: "i help", reason: "names the service" },
  { phrase: "i've built", reason: "names the product" },
  { phrase: "i built", reason: "names the product" },
  { phrase: "helps teams", reason: "\"Routewise helps teams...\"" },
  { phrase: "helps companies", reason: "names the purpose" },
  { phrase: "helps businesses", reason: "names the purpose" },
  { phrase: "is a platform", reason: "names the product" },
  { phrase: "is a tool", reason: "names the product" },
  { phrase: "is an app", reason: "names the product" },
  { phrase: "is a service", reason: "names the service" },
  { phrase: "lets you", reason: "names the purpose" },
  { phrase: "lets teams", reason: "names the purpose" },
  { phrase: "i represent", reason: "\"I represent a provider of IT solutions\"" },
  { phrase: "solutions that", reason: "names the offer and its purpose" },
];

/** "our AMAZING product", "our new scheduling tool": the product named up front, with words between. */
export const PRODUCT_MENTION = /\b(?:our|my)\s+(?:[\p{L}-]{1,30}\s+){0,2}(?:product|platform|solution|software|tool|app|service|offering)s?\b/iu;

/**
 * Pitch markers (rules/data/transparency.ts) too common outside a pitch to make a message a
 * sales message on their own: "I'd buy you a coffee", "a clinical trial", "the price of growth".
 */
export const WEAK_PITCH_MARKERS: readonly string[] = ["buy", "price", "trial", "purchase", "subscribe", "sign up", "roi", "demo"];

/** "our platform team" is a team, not a product. */
export const NOT_A_PRODUCT_AFTER = /^\s+(?:team|teams|engineering|engineers|group|org|organization|squad)\b/i;
