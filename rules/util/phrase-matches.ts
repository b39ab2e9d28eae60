import type { Draft } from "../../src/types.js";
import { findInBody, type PhraseMatch } from "./phrases.js";

/**
 * Body matches of a phrase list, minus those an exception pattern recognises as an ordinary term
 * ("Urgent Care", "guaranteed hours"); each exception is tested on the match and the words after it.
 */
export function findInBodyExcept(draft: Draft, phrases: readonly string[], exceptions: readonly RegExp[]): PhraseMatch[] {
  return findInBody(draft, phrases).filter((match) => {
    const following = draft.prose.slice(match.span.start, match.span.end + 20);
    return !exceptions.some((exception) => exception.test(following));
  });
}

/** The words of a match for a message: "click [here](...)" is "click here", not "click  here". */
export function shownText(match: PhraseMatch): string {
  return match.text.replace(/\s+/g, " ");
}
