import type { Draft, Span } from "../../src/types.js";
import { isPlainDraft, isPlainText, twinSource } from "./plain-text.js";

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

/** A list's regex source, and the regexes built from it when first needed. */
interface CompiledList {
  phrases: readonly string[];
  source: string;
  /** The Unicode regex, for any text. */
  unicode?: RegExp;
  /** For lower-cased plain text; null when the source has no exact ASCII twin. */
  lowerCase?: RegExp | null;
}

/** Lists by length, to find an equal list built per draft by comparing phrases. */
const compiled = new Map<number, CompiledList[]>();
/** The same list (as `phrasesOf` hands out) is found at once. */
const compiledByList = new WeakMap<readonly string[], CompiledList>();

/**
 * One case-insensitive regex per list, built once: words separated by any whitespace, straight
 * or curly apostrophes, whole words only, longest phrase first. Alternations of literals stay
 * linear. The word-boundary look-arounds wrap each run of alternatives that share them rather than
 * each phrase (same matches, same order): per-phrase Unicode look-behinds made V8 spend ~0.5 s
 * compiling a 400-phrase list on first use.
 */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const list = compiledList(phrases);
  list.unicode ??= new RegExp(list.source, "giu");
  return list.unicode;
}

/**
 * The list's regex for plain text in lower case: the ASCII twin of the source (see plain-text.ts),
 * in lower case and without the `i` flag, which V8 compiles several times faster than the Unicode
 * regex. Exact because the source's only escape is `\s` (phrases are escaped) and every letter of
 * the searched text is then lower case. The Unicode regex is not even built for plain drafts.
 */
function lowerCaseRegex(list: CompiledList): RegExp | null {
  if (list.lowerCase === undefined) {
    const twin = twinSource(list.source, true);
    list.lowerCase = twin === null ? null : new RegExp(twin.toLowerCase(), "g");
  }
  return list.lowerCase;
}

function compiledList(phrases: readonly string[]): CompiledList {
  const known = compiledByList.get(phrases);
  if (known) return known;
  const sameLength = compiled.get(phrases.length) ?? [];
  compiled.set(phrases.length, sameLength);
  let list = sameLength.find((entry) => samePhrases(entry.phrases, phrases));
  if (!list) {
    list = { phrases: [...phrases], source: phraseSource(phrases) };
    sameLength.push(list);
  }
  compiledByList.set(phrases, list);
  return list;
}

function phraseSource(phrases: readonly string[]): string {
  const runs: Array<{ boundaries: string; bodies: string[] }> = [];
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    const trimmed = phrase.trim();
    const body = trimmed
      .split(/\s+/)
      .map((word) => escapeRegex(word).replace(/'/g, "['’]"))
      .join("\\s+");
    // Whole words only, where the phrase begins or ends with a letter ("earn $" may touch "500").
    const before = /^[\p{L}\p{N}_]/u.test(trimmed) ? "(?<![\\p{L}\\p{N}_])" : "";
    const after = /[\p{L}\p{N}_]$/u.test(trimmed) ? "(?![\\p{L}\\p{N}_])" : "";
    const boundaries = `${before}\u0000${after}`;
    const last = runs[runs.length - 1];
    if (last?.boundaries === boundaries) last.bodies.push(body);
    else runs.push({ boundaries, bodies: [body] });
  }
  const alternatives = runs.map((run) => run.boundaries.replace("\u0000", `(?:${run.bodies.join("|")})`));
  return `(?:${alternatives.join("|")})`;
}

function samePhrases(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Every match of a phrase list in `text`, with spans offset by `offset`. `plain` says the text is
 * plain (see plain-text.ts) when the caller knows (text from a plain draft).
 */
export function matchPhrases(text: string, phrases: readonly string[], offset = 0, plain = isPlainText(text), lowered?: string): PhraseMatch[] {
  if (phrases.length === 0) return [];
  const list = compiledList(phrases);
  const lowerCase = plain ? lowerCaseRegex(list) : null;
  // Plain text keeps its length in lower case: positions in it are positions in `text`.
  const searched = lowerCase ? (lowered ?? text.toLowerCase()) : text;
  const search = lowerCase ?? phraseRegex(phrases);
  const matches: PhraseMatch[] = [];
  // `replace` with a callback walks the matches as an exec loop does, but in one call: V8 then
  // neither builds a match array per match nor compiles the big alternation to machine code for
  // a few executions (a third of a cold start's phrase matching), and it is faster in bulk too.
  searched.replace(search, (matched: string, index: number) => {
    const found = lowerCase ? text.slice(index, index + matched.length) : matched;
    matches.push({
      phrase: matched.toLowerCase().replace(/’/g, "'").replace(/\s+/g, " "),
      text: found,
      span: { start: offset + index, end: offset + index + found.length },
    });
    return matched;
  });
  return matches;
}

/** Matches in the message body's prose (front matter, code and comments are already blanked). */
export function findInBody(draft: Draft, phrases: readonly string[]): PhraseMatch[] {
  const body = bodyOf(draft);
  return matchPhrases(body.text, phrases, draft.body.start, body.plain, body.plain ? (body.lowered ??= body.text.toLowerCase()) : undefined);
}

/** The body's prose, once per draft: a dozen phrase lists search it (in lower case when plain). */
const bodies = new WeakMap<Draft, { text: string; plain: boolean; lowered?: string }>();
function bodyOf(draft: Draft): { text: string; plain: boolean; lowered?: string } {
  let body = bodies.get(draft);
  if (!body) {
    const text = draft.prose.slice(draft.body.start, draft.body.end);
    body = { text, plain: isPlainDraft(draft) || isPlainText(text) };
    bodies.set(draft, body);
  }
  return body;
}

/** Matches in the subject, with spans into the file. */
export function findInSubject(draft: Draft, phrases: readonly string[]): PhraseMatch[] {
  if (!draft.subject) return [];
  // Not the draft's plainness: front matter YAML may unescape "\u00e9" in a subject.
  return matchPhrases(draft.subject.text, phrases, draft.subject.span.start);
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lists handed out, by the entries array they were made from, and (for entries arrays built per call) by length. */
const listsOf = new WeakMap<readonly PhraseEntry[], Map<string, string[]>>();
const listsByLength = new Map<number, Array<{ entries: readonly PhraseEntry[]; byExtra: Map<string, string[]> }>>();

/**
 * Phrases from a data list plus those a user added through an option, as a new array the caller
 * may sort or change. The lower-casing is done once per list and extras (also for an entries array
 * built per call from the same entries), and the copies hold the same strings, so the list's
 * regex is found again by comparing them.
 */
export function phrasesOf(entries: readonly PhraseEntry[], extra: readonly string[] = []): string[] {
  let byExtra = listsOf.get(entries);
  if (!byExtra) {
    const sameLength = listsByLength.get(entries.length) ?? [];
    listsByLength.set(entries.length, sameLength);
    byExtra = sameLength.find((known) => known.entries.every((entry, index) => entry === entries[index]))?.byExtra;
    if (!byExtra) {
      byExtra = new Map();
      sameLength.push({ entries: [...entries], byExtra });
    }
    listsOf.set(entries, byExtra);
  }
  const key = extra.length === 0 ? "" : JSON.stringify(extra);
  let phrases = byExtra.get(key);
  if (!phrases) {
    phrases = [...entries.map((entry) => entry.phrase.toLowerCase()), ...extra.map((phrase) => phrase.toLowerCase())];
    byExtra.set(key, phrases);
  }
  return phrases.slice();
}
