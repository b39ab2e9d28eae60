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
  if (extra.length > 0) return findInBodyExcept(draft, phrasesOf(SPAM_PHRASES, extra), SPAM_EXCEPTIONS);
  return cached(spamCache, draft, () => findInBodyExcept(draft, phrasesOf(SPAM_PHRASES), SPAM_EXCEPTIONS));
}

const GUILT = new Set(phrasesOf(GUILT_PHRASES));

/** Urgency and guilt phrases (pressure), with the user's `extraPhrases`; `guilt` tells the two apart. */
export function findPressurePhrases(draft: Draft, extra: readonly string[] = []): Array<PhraseMatch & { guilt: boolean }> {
  const find = () => findInBodyExcept(draft, [...phrasesOf(URGENCY_PHRASES, extra), ...GUILT], PRESSURE_EXCEPTIONS).map((match) => ({ ...match, guilt: GUILT.has(match.phrase) }));
  return extra.length > 0 ? find() : cached(pressureCache, draft, find);
}

// Each rule and shouting ask for the same draft: searched once (the built-in lists only).
const spamCache = new WeakMap<Draft, PhraseMatch[]>();
const pressureCache = new WeakMap<Draft, Array<PhraseMatch & { guilt: boolean }>>();

function cached<T>(cache: WeakMap<Draft, T[]>, draft: Draft, find: () => T[]): T[] {
  let found = cache.get(draft);
  if (!found) {
    found = find();
    cache.set(draft, found);
  }
  return [...found];
}
