import type { Rule } from "../src/types.js";
import followUpLinks from "./follow-up-links.js";
import length from "./length.js";
import personalization from "./personalization.js";
import pressure from "./pressure.js";
import shouting from "./shouting.js";
import spamPhrases from "./spam-phrases.js";
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
  vagueOpportunity,
  length,
  subjectLine,
  pressure,
  spamPhrases,
  shouting,
];

export function builtinRule(id: string): Rule | undefined {
  return builtinRules.find((rule) => rule.meta.id === id);
}
