import type { Draft, RecipientProfile, Span } from "../../src/types.js";
import { escapeRegex } from "./phrases.js";
import { isPlainText, TwinRegex } from "./plain-text.js";
import { lowerWords } from "./token-phrases.js";

export type ReferenceKind =
  | "company"
  | "past-company"
  | "title"
  | "skill"
  | "school"
  | "project"
  | "interest"
  | "location"
  | "activity";

export interface ProfileReference {
  kind: ReferenceKind;
  /** The profile value referred to. */
  value: string;
  /** The words in the draft. */
  text: string;
  span: Span;
}

/** Facts that can only be about this person: they count wherever they appear. */
export const INHERENTLY_PERSONAL: ReadonlySet<ReferenceKind> = new Set(["company", "past-company", "school", "project", "activity"]);

/** Legal suffixes and generic last words that a writer drops ("Northwind" for "Northwind Health Inc."). */
const COMPANY_SUFFIX = /(?<![\s,])[\s,]+(?:inc\.?|llc|ltd\.?|limited|gmbh|corp\.?|corporation|co\.?|plc|s\.a\.|ag|group|holdings|technologies|labs|health|systems|software|solutions)$/i;
/** First words too common to stand for a company on their own. */
const COMMON_FIRST_WORDS = new Set([
  "the", "general", "american", "national", "united", "first", "global", "international", "new", "bank", "digital", "data", "tech",
  "open", "smart", "big", "blue", "green", "red", "north", "south", "east", "west", "central", "city", "state", "university", "health",
  "medical", "capital", "public", "social", "modern", "next", "true", "good", "best", "great", "one", "all", "my", "your", "our",
]);
const STOPWORDS = new Set([
  "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "from", "about", "is", "are", "was", "were", "be",
  "we", "our", "my", "i", "you", "your", "it", "its", "this", "that", "why", "how", "what", "post", "talk", "article", "oct", "nov",
  "dec", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "2024", "2025", "2026", "2027",
]);
const SECOND_PERSON = /\b(?:you|your|yours|you're|you’re|you've|you’ve|you'd|you’d|you'll|you’ll|yourself)\b/i;

const MAX_TERM_LENGTH = 200;

/** Terms to look for, per kind, with the spellings a writer may use. */
export function profileTerms(profile: RecipientProfile): Array<{ kind: ReferenceKind; value: string; variants: string[] }> {
  const terms: Array<{ kind: ReferenceKind; value: string; variants: string[] }> = [];
  const add = (kind: ReferenceKind, value: string | null, variants: string[] = []) => {
    // No company, skill or school name runs to 200 characters; a longer "name" is pasted prose,
    // and a 40,000-character one made a regex too big to compile (the rule crashed).
    if (!value || value.trim().length < 2 || value.length > MAX_TERM_LENGTH) return;
    terms.push({ kind, value, variants: unique([value, ...variants]) });
  };
  add("company", profile.currentCompany, companyVariants(profile.currentCompany));
  for (const company of profile.pastCompanies) add("past-company", company, companyVariants(company));
  add("title", profile.currentTitle, titleVariants(profile.currentTitle));
  for (const skill of profile.skills) add("skill", skill);
  for (const school of profile.schools) add("school", school, schoolVariants(school));
  for (const project of profile.projects) add("project", project);
  for (const interest of profile.interests) add("interest", interest);
  if (profile.location) add("location", profile.location, [profile.location.split(",")[0]!.trim()]);
  return terms;
}

/**
 * References to the recipient the profile backs. Company, school, project and activity count
 * anywhere; a title, skill, interest or location only in a sentence about "you", because
 * "we use Go" describes the sender's team, not the recipient.
 */
export function findProfileReferences(draft: Draft, profile: RecipientProfile): ProfileReference[] {
  const references: ProfileReference[] = [];
  const body = draft.prose.slice(draft.body.start, draft.body.end);
  const bodyStart = draft.body.start;
  const plain = isPlainText(body);
  const sentenceAbout = (offset: number) => draft.sentences.find((sentence) => offset >= sentence.span.start && offset < sentence.span.end);

  for (const term of profileTerms(profile)) {
    for (const variant of term.variants) {
      const regex = termRegex(variant, term.kind).for(plain);
      regex.lastIndex = 0;
      const match = regex.exec(body);
      if (!match) continue;
      const start = bodyStart + match.index;
      const sentence = sentenceAbout(start);
      if (!sentence || sentence.role === "sign-off") continue;
      if (!INHERENTLY_PERSONAL.has(term.kind) && !SECOND_PERSON.test(sentence.text)) continue;
      references.push({ kind: term.kind, value: term.value, text: match[0], span: { start, end: start + match[0].length } });
      break;
    }
  }
  references.push(...findActivityReferences(draft, [...profile.recentActivity, ...profile.highlights]));
  return dedupe(references);
}

/** A post, talk or achievement is referred to when a sentence shares most of its distinctive words. */
function findActivityReferences(draft: Draft, activities: string[]): ProfileReference[] {
  const references: ProfileReference[] = [];
  for (const activity of activities) {
    const keywords = contentWords(activity);
    if (keywords.length < 2) continue;
    const needed = Math.min(3, Math.max(2, Math.ceil(keywords.length * 0.5)));
    for (const sentence of draft.sentences) {
      if (sentence.role === "sign-off" || sentence.role === "greeting") continue;
      const words = draft.words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount);
      const hits = words.filter((word) => keywords.includes(stem(word.lower)));
      const distinct = new Set(hits.map((word) => stem(word.lower)));
      if (distinct.size < needed) continue;
      references.push({
        kind: "activity",
        value: activity,
        text: draft.source.slice(hits[0]!.span.start, hits[hits.length - 1]!.span.end),
        span: { start: hits[0]!.span.start, end: hits[hits.length - 1]!.span.end },
      });
      break;
    }
  }
  return references;
}

/** Distinctive words of a post or talk title, split as the draft's words are so they compare with `Word.lower`. */
function contentWords(text: string): string[] {
  return unique(lowerWords(text).map(stem).filter((word) => word.length >= 3 && !STOPWORDS.has(word)));
}

/** Crude plural folding, enough for "migrations" to meet "migration". */
function stem(word: string): string {
  return word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

const regexCache = new Map<string, TwinRegex>();

/**
 * Short or capitalised terms match case-sensitively ("Go" the language, not "go");
 * long ones case-insensitively ("kubernetes").
 */
function termRegex(term: string, kind: ReferenceKind): TwinRegex {
  const key = `${kind}\u0000${term}`;
  let regex = regexCache.get(key);
  if (!regex) {
    const caseSensitive = (kind === "skill" || kind === "interest") && /^\p{Lu}/u.test(term) && term.length <= 5;
    const pattern = escapeRegex(term.trim()).replace(/\s+/g, "\\s+").replace(/'/g, "['’]");
    const before = /^[\p{L}\p{N}]/u.test(term) ? "(?<![\\p{L}\\p{N}])" : "";
    const after = /[\p{L}\p{N}]$/u.test(term) ? "(?![\\p{L}\\p{N}])" : "";
    regex = new TwinRegex(`${before}${pattern}${after}`, caseSensitive ? "gu" : "giu");
    regexCache.set(key, regex);
  }
  return regex;
}

export function companyVariants(company: string | null): string[] {
  if (!company) return [];
  const variants: string[] = [];
  let current = company.trim();
  for (let i = 0; i < 2 && COMPANY_SUFFIX.test(current); i++) {
    current = current.replace(COMPANY_SUFFIX, "").trim();
    if (current.length >= 3) variants.push(current);
  }
  const first = company.trim().split(/\s+/)[0]!;
  if (first.length >= 4 && first !== company.trim() && !COMMON_FIRST_WORDS.has(first.toLowerCase()) && /^\p{Lu}/u.test(first)) variants.push(first);
  return variants;
}

/** "Senior Backend Engineer" is also referred to as "backend engineer". */
function titleVariants(title: string | null): string[] {
  if (!title) return [];
  const withoutLevel = title.replace(/^(?:senior|sr\.?|junior|jr\.?|staff|principal|lead|head of|associate|chief)\s+/i, "").trim();
  const beforeComma = title.split(/[,(|]/)[0]!.trim();
  return [withoutLevel, beforeComma].filter((variant) => variant.split(/\s+/).length >= 2 || variant.length >= 6);
}

/** "University of Michigan" is also "Michigan"; "Georgia Institute of Technology" also "Georgia Tech". */
function schoolVariants(school: string): string[] {
  const variants: string[] = [];
  const universityOf = /^university of (?:the )?(.+)$/i.exec(school);
  if (universityOf && universityOf[1]!.length >= 4) variants.push(universityOf[1]!);
  const trailing = /^(.*\S)\s+(?:university|college|institute of technology)$/i.exec(school);
  if (trailing && trailing[1]!.length >= 4 && !COMMON_FIRST_WORDS.has(trailing[1]!.toLowerCase())) variants.push(trailing[1]!);
  const acronym = school.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join("");
  if (acronym.length >= 3) variants.push(acronym);
  return variants;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function dedupe(references: ProfileReference[]): ProfileReference[] {
  const seen = new Set<string>();
  return references
    .sort((a, b) => a.span.start - b.span.start)
    .filter((reference) => {
      const key = `${reference.kind}\u0000${reference.value.toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
