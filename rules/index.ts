import type { Rule } from "../src/types.js";
import callToAction from "./call-to-action.js";
import duplicateOutreach from "./duplicate-outreach.js";
import followUpLinks from "./follow-up-links.js";
import genericOpener from "./generic-opener.js";
import grammar from "./grammar.js";
import length from "./length.js";
import noPlaceholders from "./no-placeholders.js";
import personalization from "./personalization.js";
import pressure from "./pressure.js";
import readability from "./readability.js";
import recipientMismatch from "./recipient-mismatch.js";
import relevance from "./relevance.js";
import respectBoundaries from "./respect-boundaries.js";
import roleDetails from "./role-details.js";
import salesDisclosure from "./sales-disclosure.js";
import selfFocus from "./self-focus.js";
import shouting from "./shouting.js";
import spamPhrases from "./spam-phrases.js";
import spelling from "./spelling.js";
import statedPurpose from "./stated-purpose.js";
import subjectLine from "./subject-line.js";
import transparency from "./transparency.js";
import vagueOpportunity from "./vague-opportunity.js";

/** Every built-in rule, in the order they run and appear in docs. */
export const builtinRules: readonly Rule[] = [
  personalization,
  statedPurpose,
  transparency,
  followUpLinks,
  roleDetails,
  salesDisclosure,
  genericOpener,
  selfFocus,
  callToAction,
  readability,
  relevance,
  respectBoundaries,
  duplicateOutreach,
  vagueOpportunity,
  length,
  subjectLine,
  pressure,
  spamPhrases,
  shouting,
  noPlaceholders,
  recipientMismatch,
  spelling,
  grammar,
];

export function builtinRule(id: string): Rule | undefined {
  return builtinRules.find((rule) => rule.meta.id === id);
}
