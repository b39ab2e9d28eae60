import type { RecipientProfile } from "../../src/types.js";
import { NICKNAME_GROUPS } from "../data/nicknames.js";
import { memoized } from "./memo.js";

/** Lower case, accents removed, typographic apostrophes straightened: "Tomás" -> "tomas". Once per text (memo.ts). */
export const foldName: (text: string) => string = memoized((text) => {
  // Most words are ASCII: skip the (costly) Unicode decomposition for them.
  const plain = /^[\x00-\x7f’]*$/.test(text) ? text : text.normalize("NFD").replace(/\p{M}/gu, "");
  return plain.replace(/’/g, "'").toLowerCase();
});

/** "Jean-Luc O'Neil (JL)" -> ["jean", "luc", "o'neil", "jl"]. */
export function nameTokens(text: string): string[] {
  return foldName(text)
    .split(/[^\p{L}\p{N}']+/u)
    .map((token) => token.replace(/^'+|(?<!')'+$/g, ""))
    .filter((token) => token.length > 0);
}

const GROUPS_BY_NAME = new Map<string, Set<number>>();
NICKNAME_GROUPS.forEach((group, index) => {
  for (const name of group) {
    const groups = GROUPS_BY_NAME.get(name) ?? new Set<number>();
    groups.add(index);
    GROUPS_BY_NAME.set(name, groups);
  }
});

/** The shortest prefix that counts as a short form ("Sam" for "Samuel", not "Jo" for "Joanna"). */
const MIN_PREFIX = 3;

/** Two folded given names that may be the same person: equal, a prefix short form, or one nickname group. */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length >= MIN_PREFIX && longer.startsWith(shorter)) return true;
  const groupsOfA = GROUPS_BY_NAME.get(a);
  const groupsOfB = GROUPS_BY_NAME.get(b);
  if (!groupsOfA || !groupsOfB) return false;
  for (const group of groupsOfA) if (groupsOfB.has(group)) return true;
  return false;
}

/** Every folded token of the recipient's names: first, middle, last, and any in the full name. */
export function profileNameTokens(profile: RecipientProfile): string[] {
  const names = [profile.fullName, profile.firstName, profile.lastName].filter((name): name is string => Boolean(name));
  return [...new Set(names.flatMap(nameTokens))];
}

/** A greeting token names the recipient when it is one of their name tokens or a short form of one. */
export function namesRecipient(token: string, profileTokens: readonly string[]): boolean {
  return profileTokens.some((name) => sameGivenName(token, name));
}
