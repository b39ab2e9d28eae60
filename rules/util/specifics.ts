import type { Draft, RecipientProfile, Span } from "../../src/types.js";
import { findMergeFields } from "../../src/draft/merge-fields.js";
import { NOT_COMPANY_WORDS, PLACES, TECH_NAMES, TITLE_ABBREVIATIONS, TITLE_PHRASES, TITLE_WORDS, VAGUE_TEAM_WORDS } from "../data/specifics.js";
import { escapeRegex } from "./phrases.js";
import { isPlainText, regexFor, regexForPlain, TwinRegex } from "./plain-text.js";
import { companyVariants } from "./profile-terms.js";

/** The concrete details a job message can give (EMSCAD: fake postings lack company and salary). */
export type SpecificKind = "role" | "company" | "location" | "pay" | "team";
export const SPECIFIC_KINDS: readonly SpecificKind[] = ["role", "company", "location", "pay", "team"];

export interface Specific {
  kind: SpecificKind;
  text: string;
  span: Span;
}

/** A stretch of text to search, with its offset in the source. */
interface Region {
  text: string;
  start: number;
}

/** Bounded and anchored at a word start, so a 200,000-letter capitalised "word" cannot make a search quadratic. */
const NAME_WORD = String.raw`(?<![\p{L}\p{N}&'’.-])\p{Lu}[\p{L}\p{N}&'’.-]{0,40}`;
/** One to four capitalised words: "Acme", "Tallgrass Energy", "Ridgeway Outdoor Co.". */
const PROPER_NAME = String.raw`${NAME_WORD}(?:[ \t]+(?:&[ \t]+)?${NAME_WORD}){0,3}`;

/**
 * The sender introducing themselves: "I'm Sofia Lindqvist, a recruiter at Northstar Talent",
 * "It's Dana from Acme Robotics". Its title and company describe the sender, not the job.
 */
const SENDER_INTRO = new TwinRegex(
  // Runs of blanks bounded to 20: with `[ \t]*` and `[ \t]+` side by side, "I'm A" and 100,000
  // blanks (blanked markup can make them) was quadratic (8,000 took 0.2 s).
  String.raw`(?<![\p{L}])(?:I['’]m|I am|[Mm]y name is|[Tt]his is|[Ii]t['’]s)[ \t]{1,20}(?:(?:\p{Lu}[\p{L}'’.-]{0,40}[ \t]{0,20}){1,3}(?:,[ \t]{0,20}|[ \t]{1,20})(?:(?:an?|the)[ \t]{1,20})?|(?:an?|the)[ \t]{1,20})(?:[\p{L}-]{1,40}[ \t]{1,20}){0,5}?(?:at|with|from|of|for)[ \t]+(${PROPER_NAME})`,
  "u",
);
/** The sender's company is the hiring one when they speak of "our team" or "we're hiring". */
const IN_HOUSE =
  /\b(?:our|my)\s+(?:[\p{L}-]{1,40}\s+){0,3}?(?:team|company|role|opening|startup|product|platform|engineering|office|offices)\b|\bwe(?:['’]re| are)\s+hiring\b|\bjoin us\b|\bI(?:['’]m| am)\s+hiring\b/iu;

const COMPANY_AFTER = new TwinRegex(String.raw`\b(at|with|join|joining|for|from)[ \t]+(${PROPER_NAME})`, "gu");
const COMPANY_BEFORE = new TwinRegex(
  String.raw`(${PROPER_NAME})[ \t]+(?:(?:is|are|has been|have been)[ \t]+(?:hiring|looking|growing|building|expanding|searching|recruiting)|has asked me|asked me to)\b`,
  "gu",
);
const NOT_COMPANY: ReadonlySet<string> = new Set(NOT_COMPANY_WORDS.map((entry) => entry.phrase));
const GENERIC_ORGANIZATION = /\b(?:company|companies|startup|start-up|client|firm|agency|organization|organisation|employer)\b/i;
/** "your work at Y", "you're at Y": the recipient's employer, in the same clause. */
const RECIPIENT_WORDS = /\byour\b|\byou(?:['’]re| are| were| work| worked)\b/i;

const REMOTE_OR_OFFICE = /\b(?:remote|remotely|hybrid|on-?site|in-office|relocation|relocate|work from home)\b/i;
const BASED_IN = /\b(?:based|located|headquartered|offices?)[ \t]+in[ \t]+\p{Lu}|(?<![\p{L}.])\p{Lu}[\p{L}.]{0,40}[- ]based\b|\b(?:in|across|within)[ \t]+the[ \t]+(?:US|U\.S\.|UK|EU)\b/u;

/** A money amount; "$3M" and "$2 billion" (funding) are filtered out after matching. */
const MONEY = /[$€£][ \t]?\d[\d,.]*(?:[ \t]?[kK](?![\p{L}]))?/gu;
const FUNDING_SUFFIX = /^[ \t]?(?:[mMbB]|mm|MM|bn|million|billion)(?![\p{L}])/u;
const THOUSANDS = /\b\d{2,3}(?:[.,]\d)?[ \t]?[kK]\b/;
const PAY_WORDS = /\b(?:salary|salaries|pay|pays|paid|base|comp|compensation|OTE|range|per year|a year|annually|annual|hourly|per hour|an hour|rate)\b/i;
const EQUITY = /\d(?:\.\d+)?%[ \t]*(?:to[ \t]*\d(?:\.\d+)?%[ \t]*)?(?:equity|bonus|stock)/i;
// Bounded: an unbounded [\d,.]* retried from every digit of a long "0,0,0,..." run (quadratic).
const CURRENCY_CODE = /\b\d[\d,.]{0,24}[ \t]?(?:[kK][ \t]?)?(?:USD|EUR|GBP|CAD|AUD|INR|CHF)\b/;

const NUMBER_WORD = "\\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen";
const TEAM_SIZE = new RegExp(
  String.raw`\bteam of (?:${NUMBER_WORD})\b|\b(?:${NUMBER_WORD})\s+(?:other\s+)?(?:engineers|developers|designers|people|scientists|analysts|nurses|members|reps|researchers|employees)\b`,
  "i",
);
const REPORTS_TO = /\breport(?:s|ing)?\s+(?:directly\s+)?to\b/i;
const NAMED_TEAM = /\b(?:the|our|their|a)\s+((?:[\p{L}-]{1,40}\s+){1,3}?)team\b/giu;

const TITLE = listRegex([...TITLE_WORDS, ...TITLE_PHRASES], "iu");
const TITLE_ABBREVIATION = listRegex(TITLE_ABBREVIATIONS, "u");
const TECH = listRegex(TECH_NAMES, "u");
const PLACE = listRegex(PLACES, "u");

/** Merge-field names that stand for a detail in a template. */
const FIELD_KIND: Array<[RegExp, SpecificKind]> = [
  [/^(?:company|company_name|client|employer|hiring_company)$/, "company"],
  [/^(?:title|job_title|role|position|job)$/, "role"],
  [/^(?:location|city|office|work_location)$/, "location"],
  [/^(?:salary|salary_range|pay|pay_range|compensation|comp)$/, "pay"],
  [/^(?:team|stack|tech_stack|department)$/, "team"],
];

/**
 * The concrete details of the job the message describes, one per kind (the first found).
 * The sender's own title and company ("I'm Sam, a recruiter at X") and the recipient's
 * (their profile, "your work at Y") are not details of the job.
 */
export function findSpecifics(draft: Draft, profile: RecipientProfile | null): Map<SpecificKind, Specific> {
  // vague-opportunity and role-details (through findVagueHype) both ask: found once per draft and profile.
  const byProfile = specificsCache.get(draft) ?? new Map<RecipientProfile | null, Map<SpecificKind, Specific>>();
  specificsCache.set(draft, byProfile);
  let found = byProfile.get(profile);
  if (!found) {
    found = searchSpecifics(draft, profile);
    byProfile.set(profile, found);
  }
  return new Map(found);
}

const specificsCache = new WeakMap<Draft, Map<RecipientProfile | null, Map<SpecificKind, Specific>>>();

function searchSpecifics(draft: Draft, profile: RecipientProfile | null): Map<SpecificKind, Specific> {
  const found = new Map<SpecificKind, Specific>();
  const add = (kind: SpecificKind, text: string, start: number) => {
    if (!found.has(kind)) found.set(kind, { kind, text, span: { start, end: start + text.length } });
  };
  const recipientTerms = recipientNames(profile);
  let introCompany: { text: string; start: number } | null = null;

  for (const region of searchRegions(draft)) {
    if (found.size === SPECIFIC_KINDS.length) break;
    let text = region.text;
    const plain = isPlainText(text);
    const intro = regexForPlain(SENDER_INTRO, plain).exec(text);
    if (intro) {
      introCompany ??= { text: trimName(intro[1]!), start: region.start + intro.index + intro[0].length - intro[1]!.length };
      text = text.slice(0, intro.index) + " ".repeat(intro[0].length) + text.slice(intro.index + intro[0].length);
    }
    const first = (regex: RegExp | TwinRegex, kind: SpecificKind) => {
      if (found.has(kind)) return;
      const match = regexForPlain(regex, plain).exec(text);
      if (match) add(kind, match[0], region.start + match.index);
    };
    first(TITLE, "role");
    first(TITLE_ABBREVIATION, "role");
    const company = found.has("company") ? null : findCompany(text, recipientTerms, plain);
    if (company) add("company", company.text, region.start + company.index);
    first(REMOTE_OR_OFFICE, "location");
    first(BASED_IN, "location");
    first(PLACE, "location");
    const pay = found.has("pay") ? null : findPay(text, plain);
    if (pay) add("pay", pay.text, region.start + pay.index);
    first(TEAM_SIZE, "team");
    first(REPORTS_TO, "team");
    first(TECH, "team");
    const team = found.has("team") ? null : findNamedTeam(text, plain);
    if (team) add("team", team.text, region.start + team.index);
  }
  if (!found.has("company") && introCompany) {
    const body = draft.prose.slice(draft.body.start, draft.body.end);
    if (regexFor(IN_HOUSE, body).test(body)) add("company", introCompany.text, introCompany.start);
  }
  if (draft.template) {
    for (const field of findMergeFields(draft)) {
      const kind = FIELD_KIND.find(([pattern]) => pattern.test(field.name))?.[1];
      if (kind) add(kind, field.raw, field.span.start);
    }
  }
  return found;
}

/** The subject and every sentence of the message except the greeting and the sign-off. */
function searchRegions(draft: Draft): Region[] {
  const regions: Region[] = [];
  if (draft.subject) regions.push({ text: draft.subject.text, start: draft.subject.span.start });
  for (const sentence of draft.sentences) {
    if (sentence.role === "greeting" || sentence.role === "sign-off") continue;
    regions.push({ text: sentence.text, start: sentence.span.start });
  }
  return regions;
}

function findCompany(text: string, recipientTerms: readonly string[], plain: boolean): { text: string; index: number } | null {
  const accept = (name: string) => {
    const words = name.split(/[ \t]+/);
    const place = regexForPlain(PLACE, plain).exec(name);
    if (place && place.index === 0) return false;
    if (NOT_COMPANY.has(words[0]!) || NOT_COMPANY.has(name) || GENERIC_ORGANIZATION.test(name) || /^X{3,}$/.test(name)) return false;
    if (words.some((word) => TITLE_WORDS.includes(word.toLowerCase()))) return false;
    if (words.length === 1 && regexForPlain(TECH, plain).exec(name)?.[0] === name) return false;
    const lower = name.toLowerCase();
    return !recipientTerms.some((term) => lower.includes(term) || term.includes(lower));
  };
  const companyAfter = regexForPlain(COMPANY_AFTER, plain);
  companyAfter.lastIndex = 0;
  for (let match = companyAfter.exec(text); match !== null; match = companyAfter.exec(text)) {
    const name = trimName(match[2]!);
    // "your work at Cartwheel Grocers" is the recipient's company.
    if (match[1] === "at" && aboutRecipient(text, match.index)) continue;
    if (accept(name)) return { text: name, index: match.index + match[0].length - name.length };
  }
  const companyBefore = regexForPlain(COMPANY_BEFORE, plain);
  companyBefore.lastIndex = 0;
  for (let match = companyBefore.exec(text); match !== null; match = companyBefore.exec(text)) {
    const name = trimName(match[1]!);
    if (accept(name)) return { text: name, index: match.index };
  }
  return null;
}

/** The clause before `index` (at most 80 characters, so a long text stays linear) speaks of "your ...". */
function aboutRecipient(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  const clauseStart = Math.max(...[",", ";", ":", "("].map((mark) => before.lastIndexOf(mark)));
  return RECIPIENT_WORDS.test(before.slice(clauseStart + 1));
}

function findPay(text: string, plain: boolean): { text: string; index: number } | null {
  const money = regexForPlain(MONEY, plain);
  money.lastIndex = 0;
  for (let match = money.exec(text); match !== null; match = money.exec(text)) {
    if (!regexForPlain(FUNDING_SUFFIX, plain).test(text.slice(match.index + match[0].length))) return { text: match[0], index: match.index };
  }
  for (const regex of [EQUITY, CURRENCY_CODE]) {
    const match = regex.exec(text);
    if (match) return { text: match[0], index: match.index };
  }
  const thousands = THOUSANDS.exec(text);
  if (thousands && PAY_WORDS.test(text)) return { text: thousands[0], index: thousands.index };
  return null;
}

/** "Talent." loses its full stop; "Co." and "Inc." keep theirs. */
function trimName(name: string): string {
  return /(?:^|\s)(?:Co|Inc|Ltd|Corp|Bros)\.$/.test(name) ? name : name.replace(/(?<![.'’-])[.'’-]+$/, "");
}

/** "the payments team", "our fleet platform team"; not "a great team". */
function findNamedTeam(text: string, plain: boolean): { text: string; index: number } | null {
  const namedTeam = regexForPlain(NAMED_TEAM, plain);
  namedTeam.lastIndex = 0;
  for (let match = namedTeam.exec(text); match !== null; match = namedTeam.exec(text)) {
    const words = match[1]!.trim().toLowerCase().split(/\s+/);
    if (!words.some((word) => VAGUE_TEAM_WORDS.includes(word))) return { text: match[0], index: match.index };
  }
  return null;
}

/** The recipient's own companies and schools, lower-cased, so "your work at Initech" is not the job's company. */
function recipientNames(profile: RecipientProfile | null): string[] {
  if (!profile) return [];
  const names = [profile.currentCompany, ...profile.pastCompanies, ...profile.schools].flatMap((name) => (name ? [name, ...companyVariants(name)] : []));
  return names.map((name) => name.toLowerCase()).filter((name) => name.length >= 3);
}

/** A whole-word alternation of literal terms, longest first (built once, at module load). */
function listRegex(terms: readonly string[], flags: string): TwinRegex {
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map((term) => escapeRegex(term).replace(/ /g, "\\s+"));
  return new TwinRegex(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}_+#])`, flags);
}
