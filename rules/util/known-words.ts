import type { RecipientProfile } from "../../src/types.js";
import { SPELLING_TERMS } from "../data/spelling-terms.js";
import { isDictionaryWord } from "./english-words.js";
import { profileText } from "./org-match.js";
import { foldName, nameTokens } from "./person-names.js";
import { americanVariants } from "./spelling-variants.js";
import { memoized } from "./memo.js";
import { isRegularForm } from "./word-forms.js";

/** Tells whether a lower-case word is right whatever the dictionary says. */
export interface Accepted {
  has(lowerCaseWord: string): boolean;
}

const BUILT_IN_TERMS = new Set(SPELLING_TERMS.map((entry) => entry.phrase));

/** Lower-case words that are right whatever the dictionary says: the profile's, the config's, built-in terms. */
export function acceptedWords(profile: RecipientProfile | null, configWords: readonly string[]): Accepted {
  const accepted = new Set<string>();
  const profileStrings = profile ? [profile.fullName, profile.currentCompany, ...profile.pastCompanies, ...profile.schools, ...profileText(profile)] : [];
  for (const text of [...profileStrings, ...configWords]) {
    if (!text) continue;
    accepted.add(foldName(text.trim()));
    for (const token of nameTokens(text)) accepted.add(token);
  }
  return { has: (word) => BUILT_IN_TERMS.has(word) || accepted.has(word) };
}

/** In the dictionary (also without a possessive or accents, or as a British or regular form), or accepted. */
export function isSpelledRight(text: string, accepted: Accepted): boolean {
  const known = dictionaryVerdict(text);
  return known.lowerForms.some((form) => accepted.has(form)) || known.inDictionary;
}

/**
 * What the dictionary says of a word and its forms, which does not depend on the draft: kept per
 * word (see memo.ts), because the checks (British and regular forms, several lookups each) are the
 * spelling rule's main cost and a run sees the same words again and again.
 */
const dictionaryVerdict = memoized((text: string): { lowerForms: string[]; inDictionary: boolean } => {
  const forms = [text];
  const withoutPossessive = text.replace(/'s$|s'$|'$/, (ending) => (ending === "s'" ? "s" : ""));
  if (withoutPossessive !== text) forms.push(withoutPossessive);
  if (!/^[\x00-\x7f]*$/.test(text)) {
    const unaccented = text.normalize("NFD").replace(/\p{M}/gu, "");
    if (unaccented !== text) forms.push(unaccented);
  }
  const inDictionary = forms.some(
    (form) => isDictionaryWord(form) || americanVariants(form.toLowerCase()).some((variant) => isDictionaryWord(variant)) || isRegularForm(form, isDictionaryWord),
  );
  return { lowerForms: forms.map((form) => form.toLowerCase()), inDictionary };
});
