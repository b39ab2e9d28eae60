import type { RecipientProfile, Span } from "../../src/types.js";
import { ACRONYMS, COMMON_SHORT_WORDS, SHOUTED_SHORT_WORDS } from "../data/acronyms.js";

/** A word as written, with its span in the source. */
export interface Token {
  text: string;
  span: Span;
}

export interface ShoutedRun {
  text: string;
  span: Span;
}

/**
 * normal: not in capitals (ends a run). neutral: "A" or "I", which neither end nor make a run.
 * acronym: known or digit-bearing. common: a short everyday word. short: an unknown word of 2-4
 * letters. shout: 5+ letters, or an emphasis word.
 */
type CapsClass = "normal" | "neutral" | "acronym" | "common" | "short" | "shout";

const SHOUTED_SHORT = new Set(SHOUTED_SHORT_WORDS);
const BUILTIN_ACRONYMS: ReadonlySet<string> = new Set(ACRONYMS.map((word) => word.toUpperCase()));
const COMMON_SHORT = new Set(COMMON_SHORT_WORDS);
const LETTERS_ONLY = /[^\p{L}]/gu;
/** What may separate two words of one shouted run: "BIG NEWS", "HUGE, HUGE". */
const RUN_GAP = /^[ \t,&/-]{1,3}$/;

/**
 * Capitals are shouting when a word is 5+ letters and not a known acronym ("INCREDIBLE", not
 * "HIPAA"), a short word from the emphasis list ("HUGE"), or two or more short capitalised words
 * in a row of which one is an everyday word ("WE ARE", not "NY NJ"). Other words of 4 letters or
 * fewer, words with digits ("EC2") and dotted abbreviations ("U.S.") pass as acronyms: a false
 * alarm on "SQL" would teach users to ignore the rule. Two words form a run when only a space or
 * a comma separates them in `text` (which starts at source offset `offset`).
 */
export function findShoutedRuns(tokens: readonly Token[], acronyms: ReadonlySet<string>, text: string, offset = 0): ShoutedRun[] {
  const runs: ShoutedRun[] = [];
  let current: Array<{ token: Token; kind: CapsClass }> = [];
  const flush = () => {
    const shouted = current.filter((entry) => entry.kind === "shout" || entry.kind === "short" || entry.kind === "common");
    const loud = shouted.some((entry) => entry.kind === "shout") || (shouted.length >= 2 && shouted.some((entry) => entry.kind === "common"));
    if (loud) {
      const first = shouted[0]!.token;
      const last = shouted[shouted.length - 1]!.token;
      runs.push({ text: text.slice(first.span.start - offset, last.span.end - offset), span: { start: first.span.start, end: last.span.end } });
    }
    current = [];
  };
  for (const token of tokens) {
    const kind = classify(token.text, acronyms);
    if (kind === "normal") {
      flush();
      continue;
    }
    if (kind === "neutral" && current.length === 0) continue;
    const previous = current[current.length - 1];
    if (previous && !RUN_GAP.test(text.slice(previous.token.span.end - offset, token.span.start - offset))) flush();
    current.push({ token, kind });
  }
  flush();
  return runs;
}

/**
 * The tokens no other report covers: capitals inside a phrase that spam-phrases, pressure or the
 * subject's spam words report are left to that report, whose fix (drop the phrase) removes them too.
 */
export function tokensOutside<T extends Token>(tokens: readonly T[], owned: readonly Span[]): T[] {
  if (owned.length === 0) return [...tokens];
  return tokens.filter((token) => !owned.some((span) => token.span.start < span.end && span.start < token.span.end));
}

/** The built-in acronyms plus the user's (option `acronyms`, config `words`) and the recipient's capitalised terms. */
export function acronymSet(...extra: ReadonlyArray<readonly string[]>): ReadonlySet<string> {
  const added = extra.flat().filter((word) => word === word.toUpperCase());
  return added.length === 0 ? BUILTIN_ACRONYMS : new Set([...BUILTIN_ACRONYMS, ...added]);
}

/** Words of the recipient's companies, schools and skills, which may be written in capitals ("NVIDIA"). */
export function profileWords(profile: RecipientProfile | null): string[] {
  if (!profile) return [];
  const names = [profile.currentCompany, ...profile.pastCompanies, ...profile.schools, ...profile.skills];
  return names.flatMap((name) => (name ? name.split(/[^\p{L}\p{N}]+/u) : [])).filter((word) => word.length > 1);
}

function classify(text: string, acronyms: ReadonlySet<string>): CapsClass {
  // Most words have a lower-case letter: decide those without building anything.
  if (/\p{Ll}/u.test(text)) return "normal";
  const letters = text.replace(LETTERS_ONLY, "");
  if (letters.length === 0 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return "normal";
  if (letters.length === 1) return "neutral";
  // Digits ("EC2"), dots ("U.S."), and one letter repeated ("XXXX", a redaction) are not words.
  if (/\p{N}/u.test(text) || /[.&]/.test(text) || /^(\p{L})\1+$/u.test(letters)) return "acronym";
  const word = text.replace(/['’]/g, "");
  if (SHOUTED_SHORT.has(word)) return "shout";
  if (acronyms.has(word) || acronyms.has(word.replace(/S$/, ""))) return "acronym";
  if (COMMON_SHORT.has(word)) return "common";
  if (text.includes("-")) {
    const parts = text.split("-").map((part) => classify(part, acronyms));
    if (parts.includes("shout")) return "shout";
    return parts.every((part) => part === "acronym" || part === "normal" || part === "neutral") ? "acronym" : "short";
  }
  return letters.length >= 5 ? "shout" : "short";
}

export interface PunctuationRun {
  text: string;
  span: Span;
  /** What the run collapses to: "?" when it asks, "!" otherwise, "..." for a long row of dots. */
  replacement: string;
}

/** Rows of "!" and "?" ("!!!", "??", "?!?!") and of four or more dots. Linear: one character class each. */
const PUNCTUATION_RUN = /[!?]{2,}|\.{4,}/g;

export function findPunctuationRuns(text: string, offset: number): PunctuationRun[] {
  const runs: PunctuationRun[] = [];
  PUNCTUATION_RUN.lastIndex = 0;
  for (let match = PUNCTUATION_RUN.exec(text); match !== null; match = PUNCTUATION_RUN.exec(text)) {
    const run = match[0];
    const replacement = run.startsWith(".") ? "..." : run.includes("?") ? "?" : "!";
    runs.push({ text: run, span: { start: offset + match.index, end: offset + match.index + run.length }, replacement });
  }
  return runs;
}
