import type { PhraseEntry } from "../util/phrases.js";

/**
 * Words that may stand twice in a row. Extend with the grammar rule's `allowedRepeats` option.
 * Why: a repeated word is reported as a slip and fixed by deleting the second; these are not slips.
 */
export const ALLOWED_REPEATS: readonly PhraseEntry[] = [
  ...["had", "that", "is", "do", "does", "can"].map((phrase) => ({ phrase, reason: "grammar allows it: \"she had had enough\", \"what it is is\"" })),
  ...["very", "so", "really", "well", "now", "many", "more", "far"].map((phrase) => ({ phrase, reason: "said twice for emphasis: \"very very\", \"far far away\"" })),
  ...["ha", "haha", "bye", "no", "yes", "hmm", "knock", "tut"].map((phrase) => ({ phrase, reason: "said twice on purpose: \"bye bye\", \"knock knock\"" })),
];
