import type { RecipientProfile } from "../../src/types.js";
import { foldName, nameTokens } from "./person-names.js";

/**
 * Loose matching of organisation names, so that a claim is only called wrong when no reading of
 * it fits the profile: "Northwind" is "Northwind Health", "UT Austin" shares "Austin" with
 * "University of Texas at Austin", "CMU" is the initials of "Carnegie Mellon University".
 */

/** Words too generic to tell two organisations apart. */
const GENERIC_ORG_WORDS = new Set([
  "the", "of", "at", "and", "for", "de", "a", "an", "in", "on", "inc", "llc", "ltd", "co", "corp", "corporation", "company", "group",
  "holdings", "technologies", "technology", "tech", "labs", "lab", "health", "systems", "software", "solutions", "services", "partners",
  "university", "college", "institute", "school", "academy", "bank", "hospital", "medical", "center", "centre", "regional", "global",
  "international", "national", "capital", "consulting", "studio", "studios", "team", "teams", "state", "city", "new", "north", "south",
  "east", "west", "american", "united", "first", "general", "data", "digital", "network", "foundation", "agency", "club", "community",
]);

/** Tokens that can identify an organisation on their own. */
export function significantTokens(name: string): string[] {
  return nameTokens(name).filter((token) => !GENERIC_ORG_WORDS.has(token) && token.length >= 2);
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join("")
    .toLowerCase();
}

/** Does a name in the draft plausibly refer to this organisation? */
export function sameOrganisation(claimed: string, org: string): boolean {
  const a = foldName(claimed).replace(/^the\s+/, "");
  const b = foldName(org).replace(/^the\s+/, "");
  if (a === b || containsWords(a, b) || containsWords(b, a)) return true;
  const claimedTokens = significantTokens(claimed);
  const orgTokens = significantTokens(org);
  if (claimedTokens.some((token) => orgTokens.includes(token))) return true;
  const acronym = claimed.replace(/[^\p{L}]/gu, "").toLowerCase();
  return claimed.length <= 6 && acronym.length >= 2 && acronym === initials(org);
}

/** `needle` occurs in `haystack` as whole words (both already folded). */
export function containsWords(haystack: string, needle: string): boolean {
  if (needle.length < 2) return false;
  for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + 1)) {
    const before = haystack[index - 1];
    const after = haystack[index + needle.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
  }
  return false;
}

/** Every free-text field of the profile: where a project, team, event or client may be named. */
export function profileText(profile: RecipientProfile): string[] {
  return [
    profile.headline,
    profile.summary,
    profile.currentTitle,
    profile.location,
    ...profile.pastTitles,
    ...profile.highlights,
    ...profile.projects,
    ...profile.interests,
    ...profile.recentActivity,
    ...profile.skills,
    ...Object.values(profile.fields),
  ].filter((text): text is string => Boolean(text));
}

/** A claimed name some of whose distinctive words appear anywhere in the profile's text. */
export function mentionedInProfile(claimed: string, profile: RecipientProfile): boolean {
  const tokens = significantTokens(claimed);
  if (tokens.length === 0) return true;
  const profileTokens = new Set(profileText(profile).flatMap(nameTokens));
  return tokens.some((token) => profileTokens.has(token));
}
