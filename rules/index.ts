import type { Rule } from "../src/types.js";
import callToAction from "./call-to-action.js";
import duplicateOutreach from "./duplicate-outreach.js";
import followUpLinks from "./follow-up-links.js";
import genericOpener from "./generic-opener.js";
import grammar from "./grammar.js";
import noPlaceholders from "./no-placeholders.js";
import personalization from "./personalization.js";
import readability from "./readability.js";
import recipientMismatch from "./recipient-mismatch.js";
import relevance from "./relevance.js";
import respectBoundaries from "./respect-boundaries.js";
import selfFocus from "./self-focus.js";
import roleDetails from "./role-details.js";
import salesDisclosure from "./sales-disclosure.js";
import spelling from "./spelling.js";
import statedPurpose from "./stated-purpose.js";
import transparency from "./transparency.js";

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
  noPlaceholders,
  recipientMismatch,
  spelling,
  grammar,
];

export function builtinRule(id: string): Rule | undefined {
  return builtinRules.find((rule) => rule.meta.id === id);
}
