import type { Draft, RecipientProfile, Span } from "../../src/types.js";
import { findMergeFields } from "../../src/draft/merge-fields.js";
import {
  COMPANY_FIELDS,
  EMPLOYER_NAME_EXPLAINED,
  HIRING_SIGNAL_EXCLUSIONS,
  HIRING_SIGNALS,
  NOT_EMPLOYERS,
  ROLE_FIELDS,
  SALARY_FIELDS,
  TITLE_HEADS,
  JOB_SEEKER_CUES,
  NON_JOB_OPPORTUNITY,
  PLATFORMS,
  TITLE_PREFIXES,
  UNNAMED_EMPLOYER_NOUNS,
} from "../data/recruiting.js";
import { escapeRegex, matchPhrases, phrasesOf, type PhraseMatch } from "./phrases.js";
import { companyVariants } from "./profile-terms.js";
import { sentenceStartBefore } from "./draft.js";

/**
 * What a job pitch says about the job: its title, who hires, what it pays. Each finder reads the
 * subject and the body's prose (front matter, code and comments are already blanked) and
 * returns spans into the file. Finders lean towards "found": a missed title costs a report
 * nobody sees, a wrongly missing one costs the user's trust.
 */

interface TextRegion {
  text: string;
  offset: number;
  kind: "subject" | "body" | "sign-off";
}

/** The subject, the body between greeting and sign-off, and the sign-off: each matched in one pass. */
function regions(draft: Draft): TextRegion[] {
  const found: TextRegion[] = [];
  if (draft.subject) found.push({ text: draft.subject.text, offset: draft.subject.span.start, kind: "subject" });
  const start = draft.greeting ? Math.max(draft.body.start, draft.greeting.span.end) : draft.body.start;
  const end = draft.signOff ? draft.signOff.span.start : draft.body.end;
  if (end > start) found.push({ text: draft.prose.slice(start, end), offset: start, kind: "body" });
  if (draft.signOff) found.push({ text: draft.prose.slice(draft.signOff.span.start, draft.signOff.span.end), offset: draft.signOff.span.start, kind: "sign-off" });
  return found;
}



/**
 * Context checks look at most this far around a match: a sentence-less 200,000-character draft
 * would otherwise make every check rescan everything before it (quadratic time).
 */
const LOOK_AROUND = 200;

/**
 * The text of the current sentence before `index` of the region (at most LOOK_AROUND characters):
 * the parser's sentences for the body and sign-off, the whole subject for the subject.
 */
function lookBehind(draft: Draft, region: TextRegion, index: number): string {
  const offset = region.offset + index;
  const sentenceStart = region.kind === "subject" ? region.offset : sentenceStartBefore(draft, offset);
  const from = Math.max(region.offset, offset - LOOK_AROUND, sentenceStart);
  return region.text.slice(from - region.offset, index);
}

function inRegions(draft: Draft, kinds: ReadonlyArray<TextRegion["kind"]>, find: (region: TextRegion) => PhraseMatch[]): PhraseMatch[] {
  return regions(draft)
    .filter((region) => kinds.includes(region.kind))
    .flatMap(find);
}

/**
 * "role", "opportunity", "hiring"...: the message pitches a job. The recipient's own "your role"
 * is not one, and a job seeker's referral or reference ask has none.
 */
export function findHiringSignals(draft: Draft): PhraseMatch[] {
  // "[Company/Role]" is a slot to fill, not a pitch.
  const fields = findMergeFields(draft);
  const inField = (span: Span) => fields.some((field) => span.start < field.span.end && field.span.start < span.end);
  const signals = inRegions(draft, ["subject", "body"], (region) =>
    matchPhrases(region.text, phrasesOf(HIRING_SIGNALS), region.offset).filter((match) => {
      const before = lookBehind(draft, region, match.span.start - region.offset);
      const after = region.text.slice(match.span.end - region.offset, match.span.end - region.offset + LOOK_AROUND);
      return !inField(match.span) && !HIRING_SIGNAL_EXCLUSIONS.test(before) && !(match.phrase.startsWith("opportunit") && NON_JOB_OPPORTUNITY.test(after));
    }),
  );
  if (signals.length === 0) return [];
  const jobSeeker = inRegions(draft, ["subject", "body"], (region) => matchPhrases(region.text, phrasesOf(JOB_SEEKER_CUES), region.offset)).length > 0;
  return jobSeeker ? [] : signals;
}

const TITLE_WORDS = phrasesOf(TITLE_HEADS).flatMap((phrase) => [phrase, `${phrase}s`]);
const TITLE_WORD_SET = new Set(TITLE_WORDS);
const TITLE_PREFIX = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${TITLE_PREFIXES.map(escapeRegex).join("|")})\\s+[\\p{L}][\\p{L}&-]{1,30}`, "giu");
/** The sender introducing themselves: their own title is not the job's. */
const SENDER_INTRO = /\b(?:I['’]m|I am|my name is|this is|it['’]s)\b/gi;
const HIRING_CUE = /\b(?:hiring|hire|looking for|seeking|searching for|need|find|found|recruiting|about|role|position|opening|join|for (?:a|an|the|our)|as (?:a|an|our))\b/i;
const RECIPIENT_TITLE = /\b(?:your|you['’]re|you are)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Job titles: "Staff Backend Engineer", "Head of Data", "CTO", or a {{title}} merge field. */
export function findRoleTitles(draft: Draft): Span[] {
  const titles = inRegions(draft, ["subject", "body"], (region) => {
    const matches = [...titleWords(draft, region), ...prefixTitles(region)];
    return matches.filter((match) => {
      const before = lookBehind(draft, region, match.span.start - region.offset);
      return !isSenderTitle(before) && !RECIPIENT_TITLE.test(before);
    });
  }).map((match) => match.span);
  const fields = findMergeFields(draft).filter((field) => ROLE_FIELDS.test(field.name)).map((field) => field.span);
  return [...titles, ...fields].sort((a, b) => a.start - b.start);
}

/**
 * Title words in a region. The body uses the draft's words (a set lookup per word and word pair):
 * a 240-phrase regex run over every draft cost more than all other rules together.
 */
function titleWords(draft: Draft, region: TextRegion): PhraseMatch[] {
  if (region.kind !== "body") return matchPhrases(region.text, TITLE_WORDS, region.offset);
  const end = region.offset + region.text.length;
  const found: PhraseMatch[] = [];
  draft.words.forEach((word, index) => {
    if (word.span.start < region.offset || word.span.end > end || word.kind !== "word") return;
    const previous = draft.words[index - 1];
    const pair = previous && previous.sentence === word.sentence && previous.span.start >= region.offset ? `${previous.lower} ${word.lower}` : null;
    const span = pair && TITLE_WORD_SET.has(pair) ? { start: previous!.span.start, end: word.span.end } : TITLE_WORD_SET.has(word.lower) ? word.span : null;
    if (span) found.push({ phrase: draft.source.slice(span.start, span.end).toLowerCase(), text: draft.source.slice(span.start, span.end), span });
  });
  return found;
}

function prefixTitles(region: TextRegion): PhraseMatch[] {
  TITLE_PREFIX.lastIndex = 0;
  return [...region.text.matchAll(TITLE_PREFIX)].map((match) => ({
    phrase: match[0].toLowerCase(),
    text: match[0],
    span: { start: region.offset + match.index, end: region.offset + match.index + match[0].length },
  }));
}

/** "I'm Dana, a technical recruiter at..." introduces the sender unless a hiring cue comes between. */
function isSenderTitle(before: string): boolean {
  let lastIntro = -1;
  SENDER_INTRO.lastIndex = 0;
  for (const match of before.matchAll(SENDER_INTRO)) lastIntro = match.index;
  return lastIntro !== -1 && !HIRING_CUE.test(before.slice(lastIntro));
}

export interface CompanyMention {
  name: string;
  span: Span;
  /** In the sender's own introduction or signature (for an agency, the agency). */
  sender: boolean;
}

const NAME = "(?:[A-Z][\\w&.'’-]{0,40}|[0-9][\\w&-]{0,20})(?:[ \\t]+(?:[A-Z][\\w&.'’-]{0,40}|&|and|of)){0,4}";
/** A name after a word that introduces an employer; "for"/"with"/"of" only after words that make it one. */
const AFTER_PREPOSITION = new RegExp(
  `(?:\\b(?:[Aa]t|[Jj]oin|[Jj]oining|[Ff]rom|called|named)|@|\\b(?:opportunity|role|position|opening|job|recruiting|hiring|work|working|I['’]m|I am|partnering|career|engineer|developer|designer)\\s+(?:with|for)|\\b(?:founder|co-founder|cofounder|CEO|CTO|president|behalf)\\s+of)[ \\t]+(?:the[ \\t]+)?(${NAME})`,
  "g",
);
const BEFORE_VERB = new RegExp(`(${NAME})[ \\t]+(?:is|are|has|have|was)[ \\t]+(?:hiring|looking|growing|building|expanding|seeking|searching|asked|recruiting)\\b`, "g");
/** "Technical Recruiter, Acme Robotics", "Recruiter at Acme", or a line that is only a name (not the sender's). */
/** "our client, Ridgeway", "a startup called Shiny Inc.": a placeholder named at once. */
const NAMED_PLACEHOLDER = new RegExp(`\\b(?:client|company|startup|firm|agency|employer)[ \\t]*(?:[,(:–—-][ \\t]*|(?:called|named)[ \\t]+)(${NAME})`, "g");
const SIGN_OFF_COMPANY = new RegExp(`(?:,[ \\t]*|\\bat[ \\t]+|^[ \\t]*)(${NAME})[ \\t]*$`, "gm");

/** Named employers: "at Acme Robotics", "join Quillstack", "Godiva is looking for", a signature's company. */
export function findCompanyMentions(draft: Draft, profile: RecipientProfile | null): CompanyMention[] {
  const recipientCompanies = new Set(
    [profile?.currentCompany, ...(profile?.pastCompanies ?? [])].filter((name): name is string => Boolean(name)).flatMap((name) => [name, ...companyVariants(name)]).map((name) => name.toLowerCase()),
  );
  const recipientNames = new Set([profile?.firstName, profile?.fullName].filter(Boolean).map((name) => name!.toLowerCase()));
  const mentions: CompanyMention[] = [];
  for (const region of regions(draft)) {
    const patterns = region.kind === "sign-off" ? [SIGN_OFF_COMPANY] : [AFTER_PREPOSITION, BEFORE_VERB, NAMED_PLACEHOLDER];
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (const match of region.text.matchAll(pattern)) {
        const name = match[1]!.replace(/(?<![.,'’])[.,'’]+$/, "").replace(/(?<!\s)\s+(?:and|of|&)$/, "");
        const start = region.offset + match.index + match[0].indexOf(match[1]!);
        const before = lookBehind(draft, region, match.index);
        if (!isEmployerName(name, recipientCompanies, recipientNames) || /\byour\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(before)) continue;
        if (/^[Ff]rom\b/.test(match[0]) && PLATFORMS.includes(name.toLowerCase().split(/\s+/)[0]!)) continue;
        if (region.kind === "sign-off" && name === draft.signOff?.name?.text) continue;
        mentions.push({ name, span: { start, end: start + name.length }, sender: region.kind === "sign-off" || isSenderIntro(before) });
      }
    }
  }
  for (const field of findMergeFields(draft)) if (COMPANY_FIELDS.test(field.name)) mentions.push({ name: field.raw, span: field.span, sender: false });
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

function isEmployerName(name: string, recipientCompanies: Set<string>, recipientNames: Set<string>): boolean {
  const lower = name.toLowerCase();
  const first = lower.split(/\s+/)[0]!;
  if (NOT_EMPLOYERS.includes(first) || recipientNames.has(lower) || recipientCompanies.has(lower)) return false;
  const words = lower.split(/\s+/);
  const hasTitle = words.some((word, index) => TITLE_WORD_SET.has(word) || (index > 0 && TITLE_WORD_SET.has(`${words[index - 1]} ${word}`)));
  return !hasTitle && !/^(?:we|they|it|this|that|he|she|you|our|my|there|here|hi|hello|thanks|best)$/i.test(first);
}

function isSenderIntro(before: string): boolean {
  SENDER_INTRO.lastIndex = 0;
  return SENDER_INTRO.test(before);
}

/** A determiner, up to four describing words ("a Series B robotics"), then a noun that stands for a company. */
const UNNAMED_EMPLOYER = new RegExp(
  `(?<![\\p{L}])(an?|our|my|one of (?:our|my))[ \\t]+(?:(?!(?:a|an|the|with|for|at|of|to|in|on|and|or|is|are|who|that|which|works?|our|my|your)[ \\t])[\\p{L}\\p{N}$&'’-]{1,30}[ \\t]+){0,4}?(${UNNAMED_EMPLOYER_NOUNS.map(escapeRegex).join("|")})s?(?![\\p{L}])`,
  "giu",
);
const EMPLOYER_CONTEXT_BEFORE = /\b(?:with|for|at|of|by|join|joining|behalf of)[ \t]+$/i;
const EMPLOYER_CONTEXT_AFTER = /^[ \t]*(?:(?:that|who|which)[ \t]+)?(?:is|are|has|needs|wants)[ \t]+(?:hiring|looking|growing|building|seeking|expanding|recruiting|asked)\b/i;
const NAMED_RIGHT_AFTER = /^[ \t]*(?:[,(:–—-][ \t]*)?(?:called[ \t]+|named[ \t]+)?[A-Z0-9]/;

/**
 * "a client of ours", "an exciting opportunity with a fast-growing company": the employer kept
 * unnamed. A placeholder followed at once by a name ("our client, Ridgeway") is not one; "our
 * company" is the sender's own, named elsewhere, and "a startup" needs a hiring context.
 */
export function findUnnamedEmployers(draft: Draft): PhraseMatch[] {
  return inRegions(draft, ["subject", "body"], (region) => {
    const found: PhraseMatch[] = [];
    UNNAMED_EMPLOYER.lastIndex = 0;
    for (const match of region.text.matchAll(UNNAMED_EMPLOYER)) {
      const determiner = match[1]!.toLowerCase();
      const isClient = match[2]!.toLowerCase() === "client";
      const before = lookBehind(draft, region, match.index);
      const after = region.text.slice(match.index + match[0].length, match.index + match[0].length + LOOK_AROUND);
      if (!isClient && determiner !== "a" && determiner !== "an") continue;
      if (!isClient && !EMPLOYER_CONTEXT_BEFORE.test(before) && !EMPLOYER_CONTEXT_AFTER.test(after)) continue;
      if (NAMED_RIGHT_AFTER.test(after)) continue;
      const start = region.offset + match.index;
      found.push({ phrase: match[0].toLowerCase(), text: match[0], span: { start, end: start + match[0].length } });
    }
    return found;
  });
}

/** "I can share the client's name on a call": the sender is open about keeping the name back. */
export function explainsUnnamedEmployer(draft: Draft): boolean {
  return inRegions(draft, ["subject", "body"], (region) => matchPhrases(region.text, phrasesOf(EMPLOYER_NAME_EXPLAINED), region.offset)).length > 0;
}

const AMOUNT = "(?:[$£€][ \\t]?\\d{1,3}(?:[,.]\\d{3}){0,3}(?:\\.\\d{1,2})?[ \\t]?[kKmM]?|(?:USD|EUR|GBP|CAD|AUD|CHF)[ \\t]?\\d{1,3}(?:[,.]\\d{3}){0,3}[ \\t]?[kK]?|\\d{1,3}(?:[,.]\\d{3}){0,3}[ \\t]?[kK]?[ \\t]?(?:[$£€]|USD|EUR|GBP|CAD|AUD|CHF))";
const NUMBER = "\\d{1,3}(?:[,.]\\d{3}){0,3}[ \\t]?[kK]?";
const SALARY_RANGE = new RegExp(
  `${AMOUNT}[ \\t]*(?:-|–|—|to|and)[ \\t]*(?:${AMOUNT}|${NUMBER})|\\b\\d{2,3}[ \\t]?[kK]?[ \\t]*(?:-|–|—|to)[ \\t]*\\d{2,3}[ \\t]?[kK]\\b`,
);

/** A pay range: "$150,000 to $170,000", "£70k–£85k", "120-140k", "EUR 80.000 - 95.000", or a {{salary}} field. */
export function hasSalaryRange(draft: Draft): boolean {
  if (findMergeFields(draft).some((field) => SALARY_FIELDS.test(field.name))) return true;
  return regions(draft).some((region) => region.kind !== "sign-off" && SALARY_RANGE.test(region.text));
}
