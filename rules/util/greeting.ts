import type { Draft, NamedSpan, RecipientProfile } from "../../src/types.js";
import { LEAKED_VALUES } from "../data/placeholders.js";
import { phrasesOf } from "./phrases.js";
import { bodySentences } from "./draft.js";
import { isDictionaryWord } from "./english-words.js";

/**
 * personalization's greeting check, in one place for it and for the rules that leave greetings to
 * it. Without a profile (and outside templates) the greeting is the only sign of personalization:
 * one that names no one ("Dear Sir/Madam", "To whom it may concern") or no greeting by name.
 */
export function greetingProblem(draft: Draft, profile: RecipientProfile | null): "genericGreeting" | "noNamedGreeting" | null {
  if (draft.template || profile) return null;
  const greeting = draft.greeting;
  if (greeting?.generic && greeting.name) return "genericGreeting";
  if (greeting?.name || (!greeting && opensWithName(draft))) return null;
  return "noNamedGreeting";
}

/**
 * "Priya, your talk on Raft stood out ...": a name and a comma opening the first sentence greet by
 * name (the "better" recruiter e-mails of the evaluation corpus do this). The parser cannot tell
 * "Maren," from "Unfortunately,"; the dictionary can: a name is not a lower-case word ("maren" is
 * not, "unfortunately" is), so only names the dictionary lacks or lists capitalised count.
 */
function opensWithName(draft: Draft): boolean {
  const first = bodySentences(draft)[0];
  const word = first ? draft.words[first.firstWord] : undefined;
  if (!word || word.kind !== "word" || word.span.start !== first!.span.start) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || draft.prose[word.span.end] !== ",") return false;
  return !isDictionaryWord(word.lower);
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
