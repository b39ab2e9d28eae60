/**
 * ASCII twins of Unicode regular expressions, for speed only: same matches, less compiling.
 *
 * V8 compiles a `u`-flag regex with `\p{L}` classes (and case-insensitive Unicode folding) several
 * times slower than the same regex over ASCII classes: the phrase lists and the util patterns
 * cost a cold start about 70 ms more. Most drafts are "plain text": ASCII plus typographic
 * punctuation (curly quotes, dashes, bullets, the euro sign) that is neither a letter nor a
 * digit, has no case and is not astral. On plain text, `\p{L}` can only match `A-Za-z`, `\p{Lu}`
 * only `A-Z`, `\p{N}` only `0-9`, and the `u` and `iu` flags match exactly as no flag and `i`
 * (the characters where they differ, such as U+017F and U+212A, are not plain). So a plain text is
 * searched with the twin and any other text with the original.
 */

import type { Draft } from "../../src/types.js";

/** Non-ASCII characters a plain text may hold: checked in tests/rules/plain-text.test.ts. */
export const PLAIN_PUNCTUATION: ReadonlySet<number> = new Set([
  0xa0, 0xa3, 0xa5, 0xa7, 0xa9, 0xab, 0xae, 0xb0, 0xb1, 0xb6, 0xb7, 0xbb, 0xd7, 0xf7, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015,
  0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2032, 0x2033, 0x2039, 0x203a, 0x20ac,
  0x2122, 0x2190, 0x2191, 0x2192, 0x2193, 0x2194, 0x21d2, 0x2212, 0x25aa, 0x25cf, 0x2605, 0x2606, 0x2705, 0x2713, 0x2714, 0x2764,
]);

const plainDrafts = new WeakMap<Draft, boolean>();

/** The draft's whole text is plain, so is any text taken from it (its prose, subject, sentences). */
export function isPlainDraft(draft: Draft): boolean {
  let plain = plainDrafts.get(draft);
  if (plain === undefined) {
    plain = isPlainText(draft.source);
    plainDrafts.set(draft, plain);
  }
  return plain;
}

/** ASCII and plain punctuation only: the twins match on it exactly as the originals. */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f && !PLAIN_PUNCTUATION.has(code)) return false;
  }
  return true;
}

/** Property classes with their ASCII members, inside a character class. */
const ASCII_MEMBERS: Record<string, string> = { L: "A-Za-z", Lu: "A-Z", Ll: "a-z", N: "0-9", Nd: "0-9" };

const twins = new WeakMap<RegExp, RegExp>();

/**
 * The twin of a `u`-flag regex: property classes as ASCII ranges and no `u` flag. The regex
 * itself when it has no safe twin (other properties, `\u{...}`, astral characters, or a character
 * that folds to ASCII under `iu`). Built once per regex.
 */
export function asciiTwin(regex: RegExp): RegExp {
  if (!regex.unicode) return regex;
  let twin = twins.get(regex);
  if (!twin) {
    const source = twinSource(regex.source, regex.ignoreCase);
    twin = source === null ? regex : new RegExp(source, regex.flags.replace("u", ""));
    twins.set(regex, twin);
  }
  return twin;
}

/** The regex to search `text` with: the ASCII twin for plain text, else the regex itself. */
export function regexFor(regex: RegExp | TwinRegex, text: string): RegExp {
  return regexForPlain(regex, isPlainText(text));
}

/** `regex` for plain text known in advance (checked once for many regexes). */
export function regexForPlain(regex: RegExp | TwinRegex, plain: boolean): RegExp {
  if (regex instanceof TwinRegex) return regex.for(plain);
  return plain && regex.unicode ? asciiTwin(regex) : regex;
}

/** Property escapes, `\u{...}`, other escapes, and class brackets: what the twin source rewrites or steps over. */
const SOURCE_TOKENS = /\\([pP])\{(\w+)\}|\\u\{|\\[\s\S]|\[|\]/g;

/**
 * A Unicode regex given by its source, built when first needed: the ASCII twin for plain text
 * (without ever building the Unicode regex, whose \p{...} classes cost even to construct), the
 * Unicode regex for other text.
 */
export class TwinRegex {
  private unicode: RegExp | undefined;
  private twin: RegExp | null | undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The regex to search plain (or other) text with. */
  for(plain: boolean): RegExp {
    if (plain) {
      if (this.twin === undefined) {
        const source = twinSource(this.source, this.flags.includes("i"));
        this.twin = source === null ? null : new RegExp(source, this.flags.replace("u", ""));
      }
      if (this.twin) return this.twin;
    }
    this.unicode ??= new RegExp(this.source, this.flags);
    return this.unicode;
  }
}

/** The source of the twin, or null when it would not match exactly as the original on plain text. */
export function twinSource(source: string, ignoreCase: boolean): string | null {
  // Astral characters (one unit under `u`, two without) and the two that fold to ASCII under `iu`.
  if (/[\uD800-\uDFFF]|\\u[dD][89a-fA-F]/.test(source) || (ignoreCase && /[\u017F\u212A]|\\u017[fF]|\\u212[aA]/.test(source))) return null;
  let inClass = false;
  let safe = true;
  const twin = source.replace(SOURCE_TOKENS, (token, sign: string | undefined, property: string | undefined) => {
    if (property !== undefined) {
      const members = sign === "p" ? ASCII_MEMBERS[property] : undefined;
      if (members === undefined) safe = false;
      return members === undefined ? token : inClass ? members : `[${members}]`;
    }
    // `\u{...}`, and property escapes this does not know (`\p{Script=Latin}`), mean something else without `u`.
    if (token === "\\u{" || token === "\\p" || token === "\\P") safe = false;
    else if (token === "[") inClass = true;
    else if (token === "]") inClass = false;
    return token;
  });
  return safe ? twin : null;
}
