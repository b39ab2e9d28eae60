/**
 * "a" or "an" goes by the sound of the next word, not its first letter. These lists hold the
 * exceptions to the letter, each with why; words and patterns are lower case.
 */

/** Written with a vowel, said with a consonant ("yoo", "w"): a university, a one-time fee. */
export const CONSONANT_SOUND_PATTERNS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /^uni[cfloqtv]/, reason: "'yoo': university, unique, unit, uniform, union, unilateral (but un-important, un-interested)" },
  { pattern: /^u(?:s[eu]|sab|sag|ti|te(?!r)|to|r[aio]|kr|ku|bi|fo|vu)/, reason: "'yoo': user, usual, usable, usage, utility, utensil, utopia, uranium, Ukrainian, ukulele, ubiquitous" },
  { pattern: /^eu/, reason: "'yoo': European, euro, eulogy" },
  { pattern: /^ewe/, reason: "'yoo': ewe" },
  { pattern: /^one(?!r)/, reason: "'w': one-time, one-off, one-on-one (but onerous)" },
  { pattern: /^once/, reason: "'w': once-in-a-lifetime" },
];

/** Written with a consonant, said with a vowel: an hour, an honest mistake. */
export const VOWEL_SOUND_PATTERNS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /^hour/, reason: "silent h: hour, hourly" },
  { pattern: /^hones/, reason: "silent h: honest, honesty" },
  { pattern: /^hono(?:u)?r/, reason: "silent h: honor, honour, honorary, honorable" },
  { pattern: /^heir/, reason: "silent h: heir, heiress" },
];

/** Said both ways by careful writers: no report either way. */
export const AMBIGUOUS_WORDS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /^histori/, reason: "'an historic' is still common in British English" },
  { pattern: /^(?:herb|homage|hotel|humble)/, reason: "h silent in some accents (US 'an herb')" },
  { pattern: /^x/, reason: "x-ray and Xbox ('ex') against xylophone ('z')" },
];

/**
 * Acronyms said as a word in some teams and letter by letter in others: "a SQL query" ("sequel")
 * and "an SQL query" are both standard, and so are "a SWE", "a SOC 2 report", "a HVAC". "an SRE" is
 * the usual form, but "a SRE" is common enough among SREs not to be called wrong. Acronyms with a
 * vowel second (NASA, SaaS, FAQ, MIT) are skipped by shape.
 */
export const AMBIGUOUS_ACRONYMS: ReadonlySet<string> = new Set(["SQL", "SWE", "SOC", "HVAC", "SRE", "SRES"]);

/** Letters whose names start with a vowel sound: "an F1 visa", "an HR partner", "an MBA", "an SDR". */
export const VOWEL_SOUND_LETTERS = "AEFHILMNORSX";
