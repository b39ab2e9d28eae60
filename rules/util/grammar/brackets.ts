import type { Draft, Span } from "../../../src/types.js";
import { insideAny, opaqueSpans, type GrammarFinding } from "./finding.js";

/** A paragraph of 10,000 "(" is one problem to fix, not 10,000 to read. */
const MAX_UNCLOSED_PER_PARAGRAPH = 3;
const BRACKET_OR_QUOTE = /[()[\]{}“”"]/g;
const CLOSER_OF: Record<string, string> = { "(": ")", "[": "]", "{": "}", "“": "”" };
const OPENER_OF: Record<string, string> = { ")": "(", "]": "[", "}": "{", "”": "“" };

/**
 * Brackets and double quotes that open and never close (or close and never opened) within a
 * paragraph: "(hybrid, three days a week, and it pays ...". Smileys (":)", ";-(") and inline list
 * markers ("1)", "b)") are not brackets; a straight quote after a digit is an inch mark (27").
 */
export function findUnbalanced(draft: Draft): GrammarFinding[] {
  const opaque = opaqueSpans(draft);
  const findings: GrammarFinding[] = [];
  for (const paragraph of draft.paragraphs) {
    const open: Array<{ char: string; at: number }> = [];
    const text = draft.prose.slice(paragraph.start, paragraph.end);
    BRACKET_OR_QUOTE.lastIndex = 0;
    for (let match = BRACKET_OR_QUOTE.exec(text); match !== null; match = BRACKET_OR_QUOTE.exec(text)) {
      const at = paragraph.start + match.index;
      const char = match[0];
      if (insideAny(opaque, at) || isSmiley(draft.prose, at)) continue;
      if (char === '"') {
        if (open[open.length - 1]?.char === '"') open.pop();
        else if (!/\d/.test(draft.prose[at - 1] ?? "")) open.push({ char, at });
      } else if (char in CLOSER_OF) open.push({ char, at });
      else if (open[open.length - 1]?.char === OPENER_OF[char]) open.pop();
      // A lone ” is autocorrect typing a quote the same way twice, not a missing “.
      else if (char !== "”" && !isListMarker(draft.prose, at, paragraph)) findings.push({ messageId: "unmatchedClose", data: { close: char, open: OPENER_OF[char]! }, span: { start: at, end: at + 1 } });
    }
    for (const { char, at } of open.slice(0, MAX_UNCLOSED_PER_PARAGRAPH)) {
      findings.push(char === '"'
        ? { messageId: "unpairedQuote", data: {}, span: { start: at, end: at + 1 } }
        : { messageId: "unclosed", data: { open: char, close: CLOSER_OF[char]! }, span: { start: at, end: at + 1 } });
    }
  }
  return findings.sort((a, b) => a.span.start - b.span.start);
}

/** ":)", ":-(", ";)", "=)", ":')" and the reversed "(:". */
function isSmiley(prose: string, at: number): boolean {
  const char = prose[at]!;
  if (char === ")" || char === "(") {
    const before = prose.slice(Math.max(0, at - 2), at);
    if (/[:;=][-'^]?$/.test(before)) return true;
    if (char === "(" && /^[-']?[:;]/.test(prose.slice(at + 1, at + 3))) return true;
  }
  return false;
}

/** "1) the pay 2) the team", "a) ... b) ...": a closing bracket after one or two characters that stand alone. */
function isListMarker(prose: string, at: number, paragraph: Span): boolean {
  return prose[at] === ")" && /(?:^|\s)[\p{L}\p{N}]{1,2}$/u.test(prose.slice(Math.max(paragraph.start, at - 3), at));
}
