import type { Draft, Word } from "../../../src/types.js";
import { AMBIGUOUS_ACRONYMS, AMBIGUOUS_WORDS, CONSONANT_SOUND_PATTERNS, VOWEL_SOUND_LETTERS, VOWEL_SOUND_PATTERNS } from "../../data/article-sounds.js";
import { isDictionaryWord } from "../english-words.js";
import type { GrammarFinding } from "./finding.js";

type Article = "a" | "an";

/** "a engineer", "an great fit": the article that the next word's sound asks for, when it is certain. */
export function findArticleErrors(draft: Draft): GrammarFinding[] {
  const findings: GrammarFinding[] = [];
  for (let i = 0; i + 1 < draft.words.length; i++) {
    const article = draft.words[i]!;
    const next = draft.words[i + 1]!;
    if (!isArticle(article) || next.sentence !== article.sentence) continue;
    if (!/^[ \t]+$/.test(draft.prose.slice(article.span.end, next.span.start))) continue;
    const expected = expectedArticle(next);
    if (!expected || expected === article.lower) continue;
    // Lower-case words outside the dictionary (npm, dbt, nginx) are said letter by letter or as a name: unknowable.
    if (/^\p{Ll}/u.test(next.text) && /^\p{L}+$/u.test(next.text) && !isDictionaryWord(next.text)) continue;
    const replacement = article.text[0] === "A" ? expected[0]!.toUpperCase() + expected.slice(1) : expected;
    findings.push({ messageId: "wrongArticle", data: { expected: replacement, word: next.text }, span: article.span, fix: { span: article.span, text: replacement } });
  }
  return findings;
}

/** "a"/"an" in lower case anywhere, capitalised only at the start of a sentence ("Series A investors" is a name). */
function isArticle(word: Word): boolean {
  if (word.lower !== "a" && word.lower !== "an") return false;
  return /^a/.test(word.text) || word.sentenceStart;
}

/** The article the word takes, or null when it depends on how the reader says it. */
export function expectedArticle(word: Word): Article | null {
  const text = word.text.replace(/’/g, "'");
  if (/^\d/.test(text)) return articleForNumber(text);
  // A single letter, or one glued to a hyphen or digit, is said by its name: an X-ray, a T-shirt, an H-1B.
  if (/^\p{L}(?:$|[-\d])/u.test(text)) return letterArticle(text[0]!.toUpperCase());
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (/^\p{Lu}{2,}s?$/u.test(letters)) return acronymArticle(letters.replace(/s$/, ""));
  // An acronym before a hyphen or digit is said letter by letter: a US-based team, an HR-approved plan.
  const hyphenated = /^(\p{Lu}{2,})[-\d]/u.exec(text);
  if (hyphenated) return acronymArticle(hyphenated[1]!);
  // "MLOps", "SQLite", "HRtech": where the acronym ends, and so how it is said, is unclear.
  if (/^\p{Lu}{2,}\p{Ll}/u.test(text)) return "AEIO".includes(text[0]!) ? "an" : VOWEL_SOUND_LETTERS.includes(text[0]!) || text[0] === "U" ? null : "a";
  const lower = text.toLowerCase();
  if (AMBIGUOUS_WORDS.some(({ pattern }) => pattern.test(lower))) return null;
  if (/^\p{Lu}/u.test(text) && /^[uhy]/.test(lower) && !CONSONANT_SOUND_PATTERNS.some(({ pattern }) => pattern.test(lower)) && !VOWEL_SOUND_PATTERNS.some(({ pattern }) => pattern.test(lower))) {
    // A name starting with U, H or Y may be said either way: a Uber or an Uber, a Yves or an Yves.
    return null;
  }
  if (CONSONANT_SOUND_PATTERNS.some(({ pattern }) => pattern.test(lower))) return "a";
  if (VOWEL_SOUND_PATTERNS.some(({ pattern }) => pattern.test(lower))) return "an";
  if (!/^\p{L}/u.test(lower)) return null;
  return /^[aeiou]/.test(lower) ? "an" : /^[a-z]/.test(lower) ? "a" : null;
}

function letterArticle(letter: string): Article {
  return VOWEL_SOUND_LETTERS.includes(letter) ? "an" : "a";
}

/**
 * Acronyms said letter by letter take the article of the first letter's name (an MBA, a VP, an HR
 * partner). Those that can be said as a word (NASA, SaaS, FAQ: a vowel second) or that teams say
 * both ways (SQL) are left alone, except where both readings agree (a consonant: a CTO, a PM).
 */
function acronymArticle(acronym: string): Article | null {
  const first = acronym[0]!;
  if (AMBIGUOUS_ACRONYMS.has(acronym)) return null;
  if ("AEIO".includes(first)) return "an";
  if (first === "U") return "a";
  if (!VOWEL_SOUND_LETTERS.includes(first)) return "a";
  return /^.[AEIOUY]/.test(acronym) ? null : "an";
}

/** an 8-week contract, an 11% raise, an 18-month runway; "1100" may be "eleven hundred" or "one thousand one hundred". */
function articleForNumber(text: string): Article | null {
  const leading = /^\d[\d,]*/.exec(text)![0];
  if (leading.startsWith("8")) return "an";
  if (/^1[18](?:,\d{3})*$/.test(leading)) return "an";
  if (/^1[18]\d{2}$/.test(leading)) return null;
  return "a";
}
