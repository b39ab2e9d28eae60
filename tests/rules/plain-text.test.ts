import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asciiTwin, isPlainText, PLAIN_PUNCTUATION, TwinRegex, twinSource } from "../../rules/util/plain-text.js";
import { matchPhrases, phraseRegex, phrasesOf, type PhraseEntry } from "../../rules/util/phrases.js";
import { rng } from "../bench/generate.mjs";

/**
 * Plain text (ASCII and typographic punctuation) is searched with ASCII twins of the Unicode
 * regexes, which compile several times faster. The twins exist for speed only: on plain text they
 * must find exactly what the originals find.
 */
const DATA = join(process.cwd(), "rules/data");
const lists: Array<{ name: string; phrases: string[] }> = [];
const dataRegexes: Array<{ name: string; regex: RegExp }> = [];
for (const file of readdirSync(DATA).filter((name) => name.endsWith(".ts"))) {
  const module = (await import(join(DATA, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module)) {
    if (Array.isArray(value) && typeof (value[0] as PhraseEntry | undefined)?.phrase === "string") lists.push({ name: `${file}:${name}`, phrases: phrasesOf(value as PhraseEntry[]) });
    if (value instanceof RegExp && value.unicode) dataRegexes.push({ name: `${file}:${name}`, regex: value });
  }
}

/** The shapes the util modules use: capitalised names, bounded word runs, look-arounds, negated classes, `iu` alternations. */
const SHAPES: RegExp[] = [
  /(?:the[ \t]{1,3})?\p{Lu}[\p{L}\p{N}&'’.-]{0,40}(?:[ \t]{1,3}(?:(?:of|at|and|for|de|the|&)[ \t]{1,3})?[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]{0,40}){0,5}/gu,
  /\b[Yy]ou(?:'ve|’ve|[ \t]have)[ \t](?:done|led|built)\b[^.!?\n]{0,60}?[ \t]at[ \t](\p{Lu}[\p{L}]{0,20})/gu,
  /(?<![\p{L}])(?:let's|let me know|happy to|open to|call|chat|demo|\d{1,3}[- ]?min(?:ute)?s?)(?![\p{L}])/giu,
  /\b(?:the|our|their|a)\s+((?:[\p{L}-]{1,40}\s+){1,3}?)team\b/giu,
  /(?<![\p{L}.])\p{Lu}[\p{L}.]{0,40}[- ]based\b|[$€£][ \t]?\d[\d,.]*(?:[ \t]?[kK](?![\p{L}]))?/gu,
  /(?<![\p{L}\p{N}_])(?:go|kubernetes|c\+\+|node\.js|sql)(?![\p{L}\p{N}_+#])/giu,
  /[\p{L}\p{N}][\p{L}\p{N}'+#.-]*/gu,
  /^\p{Lu}|[^\p{L}\s]{2,}/gu,
];

const PUNCTUATION = [...PLAIN_PUNCTUATION].map((code) => String.fromCharCode(code));
const SEPARATORS = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", ", ", ". ", "! ", "? ", "’", "'", "—", "-", "…", " $", "% ", "“", "”", " (", ") "];

/** Text that is plain but full of near-misses: list words in any case, glued to letters, digits and punctuation. */
function plainText(random: () => number, words: string[]): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const parts: string[] = [];
  for (let i = 0; i < 60; i++) {
    const roll = random();
    let word = roll < 0.6 ? pick(words) : roll < 0.75 ? pick(["Acme", "Northwind Health", "VP", "I'm", "you’ve built tools at Initech", "You have led the rollout at Globex", "our payments platform team", "Go", "kubernetes", "C++", "Node.js", "SQL", "Berlin-based", "US", "42", "3k", "x"]) : pick(PUNCTUATION);
    const casing = random();
    if (casing < 0.2) word = word.toUpperCase();
    else if (casing < 0.4) word = word.replace(/\b\w/g, (letter) => letter.toUpperCase());
    parts.push(word, random() < 0.1 ? pick(["", "s", "ing", "_", "9"]) : "", pick(SEPARATORS));
  }
  return parts.join("");
}

function allMatches(regex: RegExp, text: string): Array<{ index: number; groups: Array<string | undefined> }> {
  const matches: Array<{ index: number; groups: Array<string | undefined> }> = [];
  const copy = new RegExp(regex.source, regex.flags.includes("g") ? regex.flags : `${regex.flags}g`);
  for (let match = copy.exec(text); match !== null; match = copy.exec(text)) {
    matches.push({ index: match.index, groups: [...match] });
    if (match[0] === "") copy.lastIndex++;
  }
  return matches;
}

describe("plain text", () => {
  it("holds only punctuation that is no letter, digit or mark, has no case, is not astral and folds to nothing in ASCII", () => {
    for (const char of PUNCTUATION) {
      expect(char.charCodeAt(0)).toBeLessThan(0xd800);
      expect(/[\p{L}\p{N}\p{M}]/u.test(char), char).toBe(false);
      expect(char.toUpperCase()).toBe(char);
      expect(char.toLowerCase()).toBe(char);
      expect(/\s/u.test(char)).toBe(/\s/.test(char));
      for (let code = 0; code < 0x80; code++) {
        expect(new RegExp(`^\\u{${code.toString(16)}}$`, "iu").test(char), `${char} ~ U+${code.toString(16)}`).toBe(false);
      }
    }
  });

  it("is ASCII plus that punctuation", () => {
    expect(isPlainText("Hi Jane — I’m “Sam”… €120k • 100%\u00a0off\ttoday\n")).toBe(true);
    for (const text of ["Café", "résumé", "Hi 👋", "\u017Fpam", "\u212Aelvin", "Ünlü", "½", "²"]) expect(isPlainText(text), text).toBe(false);
  });
});

describe("twinSource", () => {
  it("turns property classes into ASCII ranges, inside and outside character classes", () => {
    expect(twinSource(String.raw`(?<![\p{L}\p{N}_])(?:a\s+b)(?![\p{L}\p{N}_])`, true)).toBe(String.raw`(?<![A-Za-z0-9_])(?:a\s+b)(?![A-Za-z0-9_])`);
    expect(twinSource(String.raw`\p{Lu}[\p{L}\p{N}&'’.-]{0,40}[^\p{Ll}]`, false)).toBe(String.raw`[A-Z][A-Za-z0-9&'’.-]{0,40}[^a-z]`);
    expect(twinSource(String.raw`\[\p{L}\]\\p`, false)).toBe(String.raw`\[[A-Za-z]\]\\p`);
  });

  it("gives no twin when one could match differently", () => {
    for (const source of [String.raw`\P{L}`, String.raw`\p{Script=Latin}`, String.raw`\p{Emoji}`, String.raw`\u{1F600}`, "😀+", String.raw`\uD83D\uDE00`]) {
      expect(twinSource(source, false), source).toBeNull();
    }
    expect(twinSource("\u017Fale", true)).toBeNull();
    expect(twinSource(String.raw`\u212A`, true)).toBeNull();
    expect(twinSource("\u017Fale", false)).toBe("\u017Fale");
  });

  it("leaves a regex without the u flag alone, and builds a twin once per regex", () => {
    const regex = /\bgo\b/gi;
    expect(asciiTwin(regex)).toBe(regex);
    const unicode = /\p{L}+/giu;
    expect(asciiTwin(unicode)).toBe(asciiTwin(unicode));
    expect(asciiTwin(unicode).flags).toBe("gi");
  });
});

describe("TwinRegex", () => {
  it("builds the twin for plain text and the Unicode regex otherwise, each once", () => {
    const pattern = new TwinRegex(String.raw`(?<![\p{L}])\p{Lu}[\p{L}]{0,20}`, "gu");
    const plain = pattern.for(true);
    expect(plain.source).toBe(String.raw`(?<![A-Za-z])[A-Z][A-Za-z]{0,20}`);
    expect(plain.flags).toBe("g");
    expect(pattern.for(true)).toBe(plain);
    const unicode = pattern.for(false);
    expect(unicode.flags).toBe("gu");
    expect(pattern.for(false)).toBe(unicode);
    expect("Über Acme".match(unicode)).toEqual(["Über", "Acme"]);
  });

  it("falls back to the Unicode regex when there is no exact twin", () => {
    const pattern = new TwinRegex(String.raw`\p{Script=Greek}+`, "u");
    expect(pattern.for(true)).toBe(pattern.for(false));
    expect(pattern.for(true).unicode).toBe(true);
  });
});

describe("ASCII twins on plain text", () => {
  const random = rng(7);
  const words = lists.flatMap((list) => list.phrases.flatMap((phrase) => phrase.split(/\s+/))).filter((word) => word.length > 0 && isPlainText(word));
  const texts = [
    ...Array.from({ length: 150 }, () => plainText(random, words)),
    // Sentences the data's own regexes are about (asks, no-reply, product mentions), in plain text.
    "If you'd rather, no reply needed. Let me know if you’re open to a 20-minute call, or send me your resume.",
    "Or, if it’s easier, feel free to reach out any time: don't feel obliged to respond. Our platform helps teams like yours.",
    "ALTERNATIVELY — NO NEED TO REPLY. Could you fill out our short survey? I was wondering if you know anyone.",
  ];

  it("the generated texts are plain, and the phrase lists match in them", () => {
    expect(texts.every(isPlainText)).toBe(true);
    expect(lists.length).toBeGreaterThan(15);
    expect(texts.reduce((sum, text) => sum + lists.reduce((count, list) => count + allMatches(phraseRegex(list.phrases), text).length, 0), 0)).toBeGreaterThan(1000);
  });

  it.each(lists.map((list) => [list.name, list.phrases] as const))("match every phrase list alike: %s", (_name, phrases) => {
    const original = phraseRegex(phrases);
    const twin = asciiTwin(original);
    expect(twin).not.toBe(original);
    expect(twin.unicode).toBe(false);
    for (const text of texts) expect(allMatches(twin, text)).toEqual(allMatches(original, text));
  });

  it.each(lists.map((list) => [list.name, list.phrases] as const))("matchPhrases finds what the Unicode regex finds: %s", (_name, phrases) => {
    const original = phraseRegex(phrases);
    for (const text of texts) {
      const expected = allMatches(original, text).map(({ index, groups }) => ({
        phrase: groups[0]!.toLowerCase().replace(/’/g, "'").replace(/\s+/g, " "),
        text: groups[0],
        span: { start: 5 + index, end: 5 + index + groups[0]!.length },
      }));
      expect(matchPhrases(text, phrases, 5)).toEqual(expected);
    }
  });

  it.each([...SHAPES.map((regex) => [regex.source.slice(0, 50), regex] as const), ...dataRegexes.map(({ name, regex }) => [name, regex] as const)])("match alike: %s", (_name, original) => {
    const twin = asciiTwin(original);
    expect(twin.unicode).toBe(false);
    let matched = 0;
    for (const text of texts) {
      const expected = allMatches(original, text);
      matched += expected.length;
      expect(allMatches(twin, text)).toEqual(expected);
    }
    expect(matched).toBeGreaterThan(0);
  });
});
