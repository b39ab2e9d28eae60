import type { Rule } from "../src/types.js";
import followUpLinks from "./follow-up-links.js";
import personalization from "./personalization.js";
import roleDetails from "./role-details.js";
import salesDisclosure from "./sales-disclosure.js";
import statedPurpose from "./stated-purpose.js";
import transparency from "./transparency.js";

/** Every built-in rule, in the order they run and appear in docs. */
export const builtinRules: readonly Rule[] = [personalization, statedPurpose, transparency, followUpLinks, roleDetails, salesDisclosure];

export function builtinRule(id: string): Rule | undefined {
  return builtinRules.find((rule) => rule.meta.id === id);
}
