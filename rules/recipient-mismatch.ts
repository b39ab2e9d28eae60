import { defineRule } from "../src/define-rule.js";
import type { Draft, RecipientProfile, RuleContext, Span } from "../src/types.js";
import { containsWords, mentionedInProfile, profileText, sameOrganisation } from "./util/org-match.js";
import { foldName, nameTokens, namesRecipient, profileNameTokens } from "./util/person-names.js";
import { findRecipientClaims, type RecipientClaim } from "./util/recipient-claims.js";
import { CLAIMED_TITLE_HEADS, GREETING_HONORIFICS, GROUP_GREETING_WORDS, TITLE_LEVEL_WORDS } from "./data/recipient.js";
import { leakedGreetingName } from "./util/greeting.js";
import { findMergeFields } from "../src/draft/merge-fields.js";
import { phrasesOf } from "./util/phrases.js";
import { wordsOf } from "./util/draft.js";
import { SENDER_WORDS } from "./data/pronouns.js";

const HONORIFICS = new Set(phrasesOf(GREETING_HONORIFICS));
const TITLE_HEADS = new Set(phrasesOf(CLAIMED_TITLE_HEADS));
/** Levels and filler that every title shares ("senior", "of"): they say nothing about the job. */
const SENIORITY = new Set(phrasesOf(TITLE_LEVEL_WORDS));
const GROUP_WORDS = phrasesOf(GROUP_GREETING_WORDS);
/** The offered role is described in the future: "your role as Staff Engineer would be to ...". */
const MODAL = /\b(?:would|will|could|might|can|'d|’d|'ll|’ll)\b/i;

/**
 * The mail-merge accident: a draft written for one person sent to another, with the wrong name
 * in the greeting or a wrong employer. The corpus labels it F ("a greeting or facts that belong
 * to someone else"), and LinkedIn's policies ask members to "be trustworthy". Precision first:
 * nicknames, accents, full names and formal greetings match, and only explicit second-person
 * claims ("your work at X") are compared with the profile.
 */
interface Options {
  groupWords: string[];
}

export default defineRule<Options>({
  meta: {
    id: "recipient-mismatch",
    description: "The greeting's name and the company, school or title the draft gives the recipient must match their profile",
    category: "personalization",
    defaultSeverity: "error",
    fixable: false,
    hasSuggestions: true,
    requiresProfile: true,
    options: {
      groupWords: {
        type: "string[]",
        default: [],
        description: "More words that make a greeting address a group or a role, not a person (e.g. your team's name)",
      },
    },
    messages: {
      wrongName: "Greets '{{greeting}}', but the recipient is {{name}}: this draft may be meant for someone else",
      useName: "Greet {{name}} instead",
      wrongCompany: "Says the recipient is at '{{company}}', but their profile lists {{companies}}: this draft may be meant for someone else",
      pastCompanyAsCurrent: "Describes '{{company}}' as the recipient's current employer, but they left; their profile says {{current}}",
      wrongSchool: "Says the recipient studied at '{{school}}', but their profile lists {{schools}}",
      wrongTitle: "Calls the recipient '{{title}}', but their profile says '{{profileTitle}}'",
    },
  },
  check(context) {
    const { draft, profile } = context;
    if (!profile || draft.template) return;
    checkGreeting(context, profile);
    for (const claim of findRecipientClaims(draft)) {
      if (claim.kind === "title") checkTitle(context, profile, claim);
      else if (!mentionedBySender(draft, claim)) checkOrganisation(context, profile, claim);
    }
  },
});

function checkGreeting(context: RuleContext<Options>, profile: RecipientProfile): void {
  const { draft } = context;
  const greeting = draft.greeting;
  const name = greeting?.name;
  if (!greeting || !name || greeting.generic) return;
  // A merge field ("Hi {{first_name}}", "Hi XXX") or an empty one that leaked ("Hi Undefined") is no-placeholders' to report.
  if (/[{}[\]<>%|*#]/.test(name.text) || leakedGreetingName(draft)) return;
  const span = name.span;
  if (findMergeFields(draft).some((field) => field.span.start < span.end && span.start < field.span.end)) return;
  const greetingSentence = draft.sentences.find((sentence) => sentence.role === "greeting");
  const words = (greetingSentence ? wordsOf(draft, greetingSentence) : []).filter((word) => word.span.start >= span.start && word.span.end <= span.end).map((word) => word.text);
  const folded = words.map((word) => foldName(word));
  const groupWords = new Set([...GROUP_WORDS, ...context.options.groupWords.map(foldName)]);
  if (folded.some((word) => groupWords.has(word))) return;
  const formal = folded.some((word) => HONORIFICS.has(word));
  const candidates = words.filter((word, index) => !HONORIFICS.has(folded[index]!) && isNameLike(word));
  // "Hello from Acme" is not addressed to anyone: a name is capitalised.
  const firstWord = words.find((_, index) => !HONORIFICS.has(folded[index]!));
  if (candidates.length === 0 || (firstWord !== undefined && !/^\p{Lu}/u.test(firstWord))) return;
  const profileTokens = profileNameTokens(profile);
  if (profileTokens.length === 0) return;
  if (candidates.some((word) => nameTokens(word).some((token) => namesRecipient(token, profileTokens)))) return;
  // "Hi Northwind," greets the company, which is odd but not someone else.
  if (profile.currentCompany && sameOrganisation(name.text, profile.currentCompany)) return;
  const recipient = profile.fullName ?? profile.firstName!;
  context.report({
    messageId: "wrongName",
    data: { greeting: name.text, name: recipient },
    span,
    ...(profile.firstName && !formal ? { suggest: [{ messageId: "useName", data: { name: profile.firstName }, fix: { span, text: profile.firstName } }] } : {}),
  });
}

/** A capitalised word that could be a name: not an initial ("J."), not initials in capitals ("JL"). */
function isNameLike(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2) return false;
  if (letters.length <= 3 && letters === letters.toUpperCase()) return false;
  return /^\p{Lu}/u.test(word);
}

function checkOrganisation(context: RuleContext<Options>, profile: RecipientProfile, claim: RecipientClaim): void {
  const current = profile.currentCompany;
  const companies = [current, ...profile.pastCompanies].filter((company): company is string => Boolean(company));
  const isCurrent = current !== null && sameOrganisation(claim.text, current);
  const isPast = profile.pastCompanies.some((company) => sameOrganisation(claim.text, company));
  const isSchool = profile.schools.some((school) => sameOrganisation(claim.text, school));
  if (isCurrent || isSchool) return;
  if (claim.kind === "current-org" && isPast && current) {
    context.report({ messageId: "pastCompanyAsCurrent", data: { company: claim.text, current: `'${current}'` }, span: claim.span });
    return;
  }
  if (isPast || mentionedInProfile(claim.text, profile)) return;
  if (claim.kind === "school") {
    if (profile.schools.length > 0) context.report({ messageId: "wrongSchool", data: { school: claim.text, schools: quoteList(profile.schools) }, span: claim.span });
    return;
  }
  // A profile without employers cannot contradict one.
  if (companies.length === 0) return;
  context.report({ messageId: "wrongCompany", data: { company: claim.text, companies: quoteList(companies) }, span: claim.span });
}

function checkTitle(context: RuleContext<Options>, profile: RecipientProfile, claim: RecipientClaim): void {
  const profileTitle = profile.currentTitle ?? profile.headline;
  if (!profileTitle) return;
  const claimed = nameTokens(claim.text);
  if (!claimed.some((token) => TITLE_HEADS.has(token))) return;
  if (MODAL.test(sentenceText(context.draft, claim.sentence))) return;
  // The role on offer, named in the subject, is the sender's, not a claim about the recipient.
  const subject = new Set(nameTokens(context.draft.subject?.text ?? ""));
  const known = new Set([...profileText(profile), ...profile.pastCompanies].flatMap(nameTokens));
  const distinctive = claimed.filter((token) => !SENIORITY.has(token));
  if (distinctive.some((token) => known.has(token) || subject.has(token))) return;
  context.report({ messageId: "wrongTitle", data: { title: claim.text, profileTitle }, span: claim.span });
}

/**
 * The sender's own company is named in the subject, the sign-off or a first-person sentence
 * ("I'm Dana at Acme", "Ridgeway has asked me"); "your first months at Acme" is then the job on offer.
 */
function mentionedBySender(draft: Draft, claim: RecipientClaim): boolean {
  const texts: string[] = [];
  if (draft.subject) texts.push(draft.subject.text);
  if (draft.signOff) texts.push(draft.source.slice(draft.signOff.span.start, draft.signOff.span.end));
  for (const sentence of draft.sentences) {
    if (sentence.span.start === claim.sentence.start || sentence.role === "greeting" || sentence.role === "sign-off") continue;
    // "US" in capitals is the country, not the sender (as in self-focus).
    if (wordsOf(draft, sentence).some((word) => SENDER_WORDS.has(word.lower) && word.text !== "US")) texts.push(sentence.text);
  }
  const target = foldName(claim.text);
  return texts.some((text) => containsWords(foldName(text), target));
}

function sentenceText(draft: Draft, span: Span): string {
  return draft.prose.slice(span.start, span.end);
}

function quoteList(items: readonly string[]): string {
  const quoted = items.slice(0, 3).map((item) => `'${item}'`);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
