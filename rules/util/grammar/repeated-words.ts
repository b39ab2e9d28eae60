import type { Draft, Word } from "../../../src/types.js";
import type { GrammarFinding } from "./finding.js";

/**
 * "for the the team": the same word twice with only spaces between; removes the second. Words that
 * grammar lets stand twice ("had had") or that are doubled on purpose ("bye bye") are `allowed`.
 */
export function findRepeatedWords(draft: Draft, allowed: ReadonlySet<string>): GrammarFinding[] {
  const findings: GrammarFinding[] = [];
  for (let i = 1; i < draft.words.length; i++) {
    const first = draft.words[i - 1]!;
    const second = draft.words[i]!;
    if (!isRepeat(draft, first, second) || allowed.has(first.lower)) continue;
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
  if (first.lower !== second.lower) return false;
  // "Walla Walla", "Bora Bora": a capitalised pair mid-sentence is a name.
  if (!first.sentenceStart && /^\p{Lu}/u.test(first.text) && /^\p{Lu}/u.test(second.text)) return false;
  const between = draft.prose.slice(first.span.end, second.span.start);
  return /^[ \t]*(?:(?:\r\n?|\n)[ \t]*)?$/.test(between) && between.length > 0;
}
