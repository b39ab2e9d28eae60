import type { Draft, RecipientProfile } from "../../src/types.js";
import { companyVariants } from "./profile-terms.js";
import { memoized } from "./memo.js";
import { longestPhraseAt, lowerWords, phraseIndex, type PhraseIndex } from "./token-phrases.js";

/** Stands for anything recipient-specific; a run of them collapses to one. */
export const MASK = "\u2022";

/**
 * The message's words with what changes per recipient masked: the greeting name, the profile's
 * names, companies, titles, skills, schools, projects, interests and location, plus merge fields,
 * numbers (and words with digits: "20-minute"), URLs, e-mail addresses and handles. Two drafts that differ only there come out equal:
 * "the same InMail with the name swapped" is what mass-sending looks like. Greeting and sign-off
 * are left out: every message of one sender shares them.
 */
export function maskedTokens(draft: Draft, profile: RecipientProfile | null): string[] {
  const { phrases, loose } = recipientPhrases(draft, profile);
  const tokens: string[] = [];
  for (const sentence of draft.sentences) {
    if (sentence.role === "greeting" || sentence.role === "sign-off") continue;
    const words = draft.words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount);
    const lowered = words.map((word) => normalize(word.lower));
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      // A one-word skill counts as recipient-specific only where it is written as a name ("your Go work").
      const looseName = loose.has(lowered[i]!) && !word.sentenceStart && word.text !== word.lower;
      const masked = word.kind !== "word" || /\d/.test(word.text) || looseName ? 1 : (longestPhraseAt(phrases, lowered, i)?.length ?? 0);
      if (masked > 0) {
        if (tokens[tokens.length - 1] !== MASK) tokens.push(MASK);
        i += masked - 1;
      } else {
        tokens.push(lowered[i]!);
      }
    }
  }
  return tokens;
}

/** Recipient-specific phrases, by first word. */
function recipientPhrases(draft: Draft, profile: RecipientProfile | null): { phrases: PhraseIndex; loose: Set<string> } {
  const values: string[] = [];
  // One-word skills and interests ("Engineering", "Planning") are often plain words in a message.
  const looseValues = profile ? [...profile.skills, ...profile.interests].filter((value) => !/\s/.test(value.trim())) : [];
  if (draft.greeting?.name && !draft.greeting.generic) values.push(draft.greeting.name.text);
  if (profile) {
    values.push(
      ...[profile.fullName, profile.firstName, profile.lastName, profile.currentCompany, profile.currentTitle, profile.location].filter(isText),
      ...companyVariants(profile.currentCompany),
      ...profile.pastCompanies.flatMap((company) => [company, ...companyVariants(company)]),
      ...profile.pastTitles,
      ...profile.skills.filter((skill) => !looseValues.includes(skill)),
      ...profile.schools,
      ...profile.projects,
      ...profile.interests.filter((interest) => !looseValues.includes(interest)),
    );
    if (profile.location) values.push(profile.location.split(",")[0]!);
  }
  return {
    phrases: phraseIndex(values.map((value) => lowerWords(value).map(normalize))),
    loose: new Set(looseValues.map((value) => normalize(value.toLowerCase()))),
  };
}

/** "Quillstack's" is "quillstack"; curly apostrophes are straight. Once per token (memo.ts). */
const normalize = memoized((token: string): string => token.replace(/’/g, "'").replace(/'s$/, ""));

function isText(value: string | null): value is string {
  return value !== null && value.trim() !== "";
}
