import type { Draft, NamedSpan, RecipientProfile } from "../../src/types.js";
import { LEAKED_VALUES } from "../data/placeholders.js";
import { phrasesOf } from "./phrases.js";

/**
 * personalization's greeting check, in one place for it and for the rules that leave greetings to
 * it. Without a profile (and outside templates) the greeting is the only sign of personalization:
 * one that names no one ("Dear Sir/Madam", "To whom it may concern") or no greeting by name.
 */
export function greetingProblem(draft: Draft, profile: RecipientProfile | null): "genericGreeting" | "noNamedGreeting" | null {
  if (draft.template || profile) return null;
  const greeting = draft.greeting;
  if (greeting?.generic && greeting.name) return "genericGreeting";
  if (!greeting || !greeting.name) return "noNamedGreeting";
  return null;
}

const LEAKED = new Set(phrasesOf(LEAKED_VALUES));

/**
 * A greeting name that is an empty or unfilled merge field leaking through ("Hi undefined,",
 * "Hi FIRSTNAME,"): no-placeholders reports it; recipient-mismatch and shouting leave it alone.
 */
export function leakedGreetingName(draft: Draft): NamedSpan | null {
  const name = draft.greeting?.name;
  return name && LEAKED.has(name.text.toLowerCase()) ? name : null;
}
