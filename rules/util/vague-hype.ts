import type { Draft, RecipientProfile } from "../../src/types.js";
import { HYPE_PHRASES } from "../data/hype.js";
import { findInBody, findInSubject, phrasesOf, type PhraseMatch } from "./phrases.js";
import { findSpecifics, type Specific, type SpecificKind } from "./specifics.js";

export interface VagueHypeOptions {
  minSpecifics: number;
  extraPhrases: readonly string[];
}

/** vague-opportunity's defaults: what role-details assumes when it leaves hype to that rule. */
export const VAGUE_HYPE_DEFAULTS: VagueHypeOptions = { minSpecifics: 3, extraPhrases: [] };

/**
 * The hype vague-opportunity reports ("great opportunity", "a leading company") when the message,
 * subject included, gives fewer than `minSpecifics` kinds of specifics; empty when the details are
 * there. One function for that rule and for role-details, which leaves these words to it.
 */
export function findVagueHype(
  draft: Draft,
  profile: RecipientProfile | null,
  options: VagueHypeOptions = VAGUE_HYPE_DEFAULTS,
  specifics?: Map<SpecificKind, Specific>,
): PhraseMatch[] {
  const phrases = phrasesOf(HYPE_PHRASES, options.extraPhrases);
  const hype = [...findInSubject(draft, phrases), ...findInBody(draft, phrases)];
  if (hype.length === 0) return [];
  return (specifics ?? findSpecifics(draft, profile)).size >= options.minSpecifics ? [] : hype;
}
