import type { Draft, Span } from "../../src/types.js";

/** A phrase in a rule's word list, with the reason it is there (Vale-style lists as data). */
export interface PhraseEntry {
  phrase: string;
  reason: string;
}

export interface PhraseMatch {
  /** The list entry that matched (lower-cased phrase). */
  phrase: string;
  /** The text as written in the draft. */
  text: string;
  span: Span;
}

const compiled = new Map<string, RegExp>();

/**
 * One case-insensitive regex per list, built once: words separated by any whitespace, straight
 * or curly apostrophes, whole words only. Alternations of literals stay linear.
 */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const key = phrases.join("\u0000");
  let regex = compiled.get(key);
  if (!regex) {
    const sorted = [...phrases].map((phrase) => phrase.trim()).sort((a, b) => b.length - a.length);
    const bodyOf = (trimmed: string) =>
      trimmed
        .split(/\s+/)
        .map((word) => escapeRegex(word).replace(/'/g, "['’]"))
        .join("\\s+");
    const wordEdges = (trimmed: string) => [/^[\p{L}\p{N}_]/u.test(trimmed), /[\p{L}\p{N}_]$/u.test(trimmed)] as const;
    const before = "(?<![\\p{L}\\p{N}_])";
    const after = "(?![\\p{L}\\p{N}_])";
    // When every phrase starts and ends with a word character, one pair of guards around the
    // alternation matches the same and runs about ten times faster than a pair per phrase.
    regex = sorted.every((trimmed) => wordEdges(trimmed)[0] && wordEdges(trimmed)[1])
      ? new RegExp(`${before}(?:${sorted.map(bodyOf).join("|")})${after}`, "giu")
      : new RegExp(
          `(?:${sorted
            .map((trimmed) => {
              // Whole words only, where the phrase begins or ends with a letter ("earn $" may touch "500").
              const [starts, ends] = wordEdges(trimmed);
              return `${starts ? before : ""}${bodyOf(trimmed)}${ends ? after : ""}`;
            })
            .join("|")})`,
          "giu",
        );
    compiled.set(key, regex);
  }
  return regex;
}

/** Every match of a phrase list in `text`, with spans offset by `offset`. */
export function matchPhrases(text: string, phrases: readonly string[], offset = 0): PhraseMatch[] {
  if (phrases.length === 0) return [];
  const regex = phraseRegex(phrases);
  const matches: PhraseMatch[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    matches.push({
      phrase: match[0].toLowerCase().replace(/’/g, "'").replace(/\s+/g, " "),
      text: match[0],
      span: { start: offset + match.index, end: offset + match.index + match[0].length },
    });
  }
  return matches;
}

/** Matches in the message body's prose (front matter, code and comments are already blanked). */
export function findInBody(draft: Draft, phrases: readonly string[]): PhraseMatch[] {
  return matchPhrases(draft.prose.slice(draft.body.start, draft.body.end), phrases, draft.body.start);
}

/** Matches in the subject, with spans into the file. */
export function findInSubject(draft: Draft, phrases: readonly string[]): PhraseMatch[] {
  if (!draft.subject) return [];
  return matchPhrases(draft.subject.text, phrases, draft.subject.span.start);
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Phrases from a data list plus those a user added through an option. */
export function phrasesOf(entries: readonly PhraseEntry[], extra: readonly string[] = []): string[] {
  return [...entries.map((entry) => entry.phrase.toLowerCase()), ...extra.map((phrase) => phrase.toLowerCase())];
}
