import type { Draft } from "../../src/types.js";
import { GUILT_PHRASES, PRESSURE_EXCEPTIONS, URGENCY_PHRASES } from "../data/pressure.js";
import { SPAM_EXCEPTIONS, SPAM_PHRASES } from "../data/spam-phrases.js";
import { findInBodyExcept } from "./phrase-matches.js";
import { phrasesOf, type PhraseMatch } from "./phrases.js";

/**
 * The body phrases spam-phrases and pressure report, found one way for those rules and for the
 * rules that leave these words to them (shouting: "CLICK HERE" is one problem, not two).
 */

/** Advertising phrases (spam-phrases), with the user's `extraPhrases`. */
export function findSpamPhrases(draft: Draft, extra: readonly string[] = []): PhraseMatch[] {
  return findInBodyExcept(draft, phrasesOf(SPAM_PHRASES, extra), SPAM_EXCEPTIONS);
}

const GUILT = new Set(phrasesOf(GUILT_PHRASES));

/** Urgency and guilt phrases (pressure), with the user's `extraPhrases`; `guilt` tells the two apart. */
export function findPressurePhrases(draft: Draft, extra: readonly string[] = []): Array<PhraseMatch & { guilt: boolean }> {
  const phrases = [...phrasesOf(URGENCY_PHRASES, extra), ...GUILT];
  return findInBodyExcept(draft, phrases, PRESSURE_EXCEPTIONS).map((match) => ({ ...match, guilt: GUILT.has(match.phrase) }));
}
