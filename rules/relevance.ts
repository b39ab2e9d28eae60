import { defineRule } from "../src/define-rule.js";
import type { Draft, RecipientProfile, Span } from "../src/types.js";
import { FIELDS, GENERALIST_TITLES, HIRING_CUES, PERSON_CUES, ROLE_NOUNS, type Field } from "./data/fields.js";
import { escapeRegex, matchPhrases, phrasesOf, type PhraseEntry } from "./util/phrases.js";
import { longestPhraseAt, lowerWords, phraseIndex } from "./util/token-phrases.js";

export interface Opportunity {
  /** The title as written. */
  title: string;
  fields: Field[];
  span: Span;
}

/** Alternatives of a list, longest first, with either apostrophe: one regex per list, built once. */
const alternation = (entries: readonly PhraseEntry[]) =>
  phrasesOf(entries)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegex(phrase).replace(/'/g, "['’]").replace(/ /g, "\\s+"))
    .join("|");
/** A role noun right after the title (one word may come between): "ICU Registered Nurse role", "RN contract". */
const ROLE_NOUN_AFTER = new RegExp(String.raw`^[ \t]+(?:[\p{L}-]+[ \t]+)?(?:${alternation(ROLE_NOUNS)})(?![\p{L}])`, "iu");
/** Hiring words right before it (up to three modifiers between): "hiring a Senior Data Scientist". */
const HIRING_CUE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(HIRING_CUES)})\s+(?:(?:a|an|the|our|their|two|three|several)\s+)?(?:[\p{L}\p{N}&/'’-]+\s+){0,3}$`,
  "iu",
);
/** The reader's or the sender's own title, not the offer: "your backend engineer role", "I'm a nurse recruiter". */
const PERSON_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(PERSON_CUES)})\s+(?:[\p{L}&/'’-]+\s+){0,2}$`, "iu");

const TITLE_FIELDS = indexBy((field) => field.titles, (phrase) => lowerWords(phrase).join(" "));
const TERM_FIELDS = indexBy((field) => [...field.titles, ...field.terms], (phrase) => phrase.toLowerCase());
const TITLE_INDEX = phraseIndex([...TITLE_FIELDS.keys()].map((title) => title.split(" ")));

/**
 * LinkedIn's 2014 InMail policy change targeted bulk, untargeted InMail (response under 13% on 100+
 * InMails in 14 days disables bulk sending); the corpus marks "a role from an unrelated field" a red
 * flag (an ICU nurse contract sent to a backend engineer). Reported only when the draft clearly offers
 * a role in one field and the profile clearly belongs to fields unrelated to it: silent when unsure.
 */
export default defineRule({
  meta: {
    id: "relevance",
    description: "Offer roles that fit the recipient's field: not a nursing job to a backend engineer",
    category: "personalization",
    defaultSeverity: "warn",
    requiresProfile: true,
    fixable: false,
    hasSuggestions: false,
    options: {},
    messages: {
      unrelatedField: "'{{title}}' is a {{field}} role, but {{name}}'s profile is in {{profileFields}}: check you are writing to the right person",
    },
  },
  check(context) {
    const { draft, profile } = context;
    if (!profile || isGeneralist(profile)) return;
    const profileFields = fieldsOfProfile(profile);
    if (profileFields.size === 0) return;
    const opportunities = findOpportunities(draft);
    const opportunity = opportunities.find((candidate) => candidate.fields.every((field) => !isCloseToAny(field, profileFields)));
    if (!opportunity) return;
    // Another role in the same draft that does fit means a list of roles, not a mis-targeted one.
    if (opportunities.some((candidate) => candidate.fields.some((field) => isCloseToAny(field, profileFields)))) return;
    context.report({
      messageId: "unrelatedField",
      data: {
        title: opportunity.title,
        field: opportunity.fields.map((field) => field.label).join(" / "),
        name: profile.firstName ?? profile.fullName ?? "the recipient",
        profileFields: [...profileFields].map((field) => field.label).join(" and "),
      },
      span: opportunity.span,
    });
  },
});

/** Titles the draft offers: in the body first, then the subject. Matched on words, so the cost is linear. */
export function findOpportunities(draft: Draft): Opportunity[] {
  const opportunities: Opportunity[] = [];
  for (const sentence of draft.sentences) {
    if (sentence.role === "greeting" || sentence.role === "sign-off") continue;
    const words = draft.words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount).map((word) => ({ lower: word.lower, span: word.span }));
    opportunities.push(...offeredTitles(draft.source, sentence.span, words));
  }
  if (draft.subject) opportunities.push(...offeredTitles(draft.source, draft.subject.span, draft.subjectWords));
  return opportunities;
}

/** Titles among `words` (all inside `within`) that the text offers as a role rather than names a person by. */
function offeredTitles(source: string, within: Span, words: Array<{ lower: string; span: Span }>): Opportunity[] {
  const opportunities: Opportunity[] = [];
  const lowered = words.map((word) => word.lower);
  for (let i = 0; i < words.length; i++) {
    const title = longestPhraseAt(TITLE_INDEX, lowered, i);
    if (!title) continue;
    const span = { start: words[i]!.span.start, end: words[i + title.length - 1]!.span.end };
    i += title.length - 1;
    const before = source.slice(Math.max(within.start, span.start - 80), span.start);
    const after = source.slice(span.end, Math.min(within.end, span.end + 40));
    if (PERSON_BEFORE.test(before) || !(ROLE_NOUN_AFTER.test(after) || HIRING_CUE_BEFORE.test(before))) continue;
    opportunities.push({ title: source.slice(span.start, span.end), fields: TITLE_FIELDS.get(title.join(" "))!, span });
  }
  return opportunities;
}

/** Every field the profile's titles, skills, interests and summary point to. */
function fieldsOfProfile(profile: RecipientProfile): Set<Field> {
  const texts = [profile.currentTitle, profile.headline, ...profile.pastTitles, ...profile.skills, ...profile.interests, profile.summary];
  const terms = [...TERM_FIELDS.keys()];
  const fields = new Set<Field>();
  for (const text of texts) {
    if (!text) continue;
    for (const match of matchPhrases(text, terms)) for (const field of TERM_FIELDS.get(match.phrase) ?? []) fields.add(field);
  }
  return fields;
}

function isGeneralist(profile: RecipientProfile): boolean {
  return [profile.currentTitle, profile.headline].some((text) => text !== null && matchPhrases(text, GENERALIST_TITLES).length > 0);
}

function isCloseToAny(field: Field, fields: Set<Field>): boolean {
  for (const other of fields) {
    if (other === field || other.related.includes(field.id) || field.related.includes(other.id)) return true;
  }
  return false;
}

function indexBy(phrasesOf: (field: Field) => readonly string[], keyOf: (phrase: string) => string): Map<string, Field[]> {
  const index = new Map<string, Field[]>();
  for (const field of FIELDS) {
    for (const phrase of phrasesOf(field)) {
      const key = keyOf(phrase);
      const list = index.get(key) ?? [];
      if (!list.includes(field)) list.push(field);
      index.set(key, list);
    }
  }
  return index;
}
