import type { Draft, Word } from "../../../src/types.js";
import type { GrammarFinding } from "./finding.js";

/**
 * Doubled words that grammar allows ("she had had enough", "that that", "what it is is"), or that
 * are said twice on purpose ("bye bye", "very very", "no no"). Only the rest is a slip.
 */
const GRAMMATICAL_REPEATS = new Set(["had", "that", "is", "do", "does", "ha", "haha", "bye", "very", "so", "really", "no", "yes", "hmm", "knock", "tut", "can", "well", "now", "many", "more", "far"]);

/** "for the the team": the same word twice with only spaces between; removes the second. */
export function findRepeatedWords(draft: Draft): GrammarFinding[] {
  const findings: GrammarFinding[] = [];
  for (let i = 1; i < draft.words.length; i++) {
    const first = draft.words[i - 1]!;
    const second = draft.words[i]!;
    if (!isRepeat(draft, first, second)) continue;
    findings.push({
      messageId: "repeatedWord",
      data: { word: second.text },
      span: { start: first.span.start, end: second.span.end },
      fix: { span: { start: first.span.end, end: second.span.end }, text: "" },
    });
  }
  return findings;
}

function isRepeat(draft: Draft, first: Word, second: Word): boolean {
  if (first.kind !== "word" || second.kind !== "word" || first.sentence !== second.sentence) return false;
  if (first.lower !== second.lower || GRAMMATICAL_REPEATS.has(first.lower)) return false;
  // "Walla Walla", "Bora Bora": a capitalised pair mid-sentence is a name.
  if (!first.sentenceStart && /^\p{Lu}/u.test(first.text) && /^\p{Lu}/u.test(second.text)) return false;
  const between = draft.prose.slice(first.span.end, second.span.start);
  return /^[ \t]*(?:(?:\r\n?|\n)[ \t]*)?$/.test(between) && between.length > 0;
}
