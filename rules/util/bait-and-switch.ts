import type { Draft } from "../../src/types.js";
import { NETWORKING_OPENERS, PITCH_MARKERS, SALES_DISCLOSURES } from "../data/transparency.js";
import { bodySentences } from "./draft.js";
import { findInBody, phrasesOf, type PhraseMatch } from "./phrases.js";

export interface BaitAndSwitchOptions {
  openingSentences: number;
  extraOpeners: readonly string[];
  extraPitches: readonly string[];
}

/** transparency's defaults: what sales-disclosure assumes when it leaves a draft to transparency. */
export const BAIT_AND_SWITCH_DEFAULTS: BaitAndSwitchOptions = { openingSentences: 3, extraOpeners: [], extraPitches: [] };

/**
 * A networking opener in the opening ("I'd love to pick your brain") and a pitch only after it: the
 * bait-and-switch transparency reports, and the late disclosure sales-disclosure would otherwise
 * report a second time on the same words. Commercial intent shown anywhere in the opening (a pitch,
 * "this is a sales message", "we help teams...") makes the networking line honest.
 */
export function findBaitAndSwitch(draft: Draft, options: BaitAndSwitchOptions): { opener: PhraseMatch; pitch: PhraseMatch } | null {
  const sentences = bodySentences(draft);
  const openingEnd = sentences[Math.min(options.openingSentences, sentences.length) - 1]?.span.end ?? draft.body.start;
  const opener = findInBody(draft, phrasesOf(NETWORKING_OPENERS, options.extraOpeners)).find((match) => match.span.start < openingEnd);
  if (!opener) return null;
  const pitches = findInBody(draft, phrasesOf(PITCH_MARKERS, options.extraPitches));
  if (pitches.some((pitch) => pitch.span.start < openingEnd)) return null;
  if (findInBody(draft, phrasesOf(SALES_DISCLOSURES)).some((match) => match.span.start < openingEnd)) return null;
  const pitch = pitches.find((match) => match.span.start >= openingEnd);
  return pitch ? { opener, pitch } : null;
}
