import type { Draft } from "../../../src/types.js";
import { insideAny, opaqueSpans, type GrammarFinding } from "./finding.js";

/** "team.We": sentence punctuation between a lower-case word and a capitalised one, with no space. */
const MISSING_SPACE = /(?<=\p{Ll}\p{Ll})[.!?](?=\p{Lu}\p{Ll})/gu;
/**
 * ",," ";;" "::" and ".." that is not an ellipsis. Runs of "!" and "?" are the shouting rule's;
 * "::" between words is code (std::vector); ".." before or after a slash is a path.
 */
const DOUBLED = /,{2,}|;{2,}|(?<![\w:]):{2,}(?![\w:])|(?<![.\s/])\.\.(?![./])/g;

export function findMissingSpaces(draft: Draft): GrammarFinding[] {
  const opaque = opaqueSpans(draft);
  const findings: GrammarFinding[] = [];
  for (const match of matchesInBody(draft, MISSING_SPACE)) {
    const at = match.index;
    if (insideAny(opaque, at)) continue;
    // "Foo.Bar.baz", "obj.Method(" and brands such as "Media.Net." or "Booking.Com": a token, not two sentences.
    const before = /\p{L}+$/u.exec(draft.prose.slice(Math.max(0, at - 60), at))?.[0] ?? "";
    const after = /^\p{L}+/u.exec(draft.prose.slice(at + 1, at + 60))?.[0] ?? "";
    if (/^\p{Lu}/u.test(before) || /^[^\s]/u.test(draft.prose.slice(at + 1 + after.length, at + 2 + after.length))) continue;
    findings.push({
      messageId: "missingSpace",
      data: { punctuation: match[0] },
      span: { start: at, end: at + 1 },
      fix: { span: { start: at + 1, end: at + 1 }, text: " " },
    });
  }
  return findings;
}

export function findDoubledPunctuation(draft: Draft): GrammarFinding[] {
  const opaque = opaqueSpans(draft);
  const findings: GrammarFinding[] = [];
  for (const match of matchesInBody(draft, DOUBLED)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (insideAny(opaque, span.start)) continue;
    findings.push({ messageId: "doubledPunctuation", data: { punctuation: match[0] }, span, fix: { span, text: match[0][0]! } });
  }
  return findings;
}

function* matchesInBody(draft: Draft, pattern: RegExp): Generator<RegExpExecArray> {
  const text = draft.prose.slice(draft.body.start, draft.body.end);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    match.index += draft.body.start;
    yield match;
  }
}
