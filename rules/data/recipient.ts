import type { PhraseEntry } from "../util/phrases.js";

/**
 * Words recipient-mismatch reads a greeting and a claimed title by. Why: the rule reports an error
 * ("this draft may be meant for someone else"), so every word here is one that must never be taken
 * for a person's name or a job title; a missing entry can only cause a false alarm.
 */

/** Courtesy titles and salutations: "Dear Ms. Doe" names the recipient by the word after them. */
export const GREETING_HONORIFICS: readonly PhraseEntry[] = [
  ...["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam"].map((phrase) => ({ phrase, reason: "courtesy title before a name" })),
  ...["dear", "hi", "hello"].map((phrase) => ({ phrase, reason: "salutation left in the name by a bare-name greeting" })),
];

/** Greetings to a group or a role, no one in particular: "Hi Engineering Team", "Hello Hiring Manager". */
export const GROUP_GREETING_WORDS: readonly PhraseEntry[] = [
  ...["team", "teams", "crew", "community", "people", "members", "folks", "guys", "y'all", "yall", "all", "everyone", "everybody", "there"].map((phrase) => ({
    phrase,
    reason: "addresses a group",
  })),
  ...["friend", "friends", "colleague", "colleagues"].map((phrase) => ({ phrase, reason: "addresses no one by name" })),
  ...["hiring", "manager", "recruiter", "recruiters", "founders"].map((phrase) => ({ phrase, reason: "a role, not a name (\"Hello Hiring Manager\")" })),
  ...["maintainers", "maintainer", "contributors", "devs", "developers", "engineers"].map((phrase) => ({
    phrase,
    reason: "a project's people (GitHub outreach: \"Hi maintainers\")",
  })),
  ...["and", "&"].map((phrase) => ({ phrase, reason: "two people or a group (\"Hi Sam and Alex\")" })),
];

/** Words that make a claimed title a job title: "your role as a mentor" is not one, "your role as VP of Sales" is. */
export const CLAIMED_TITLE_HEADS: readonly PhraseEntry[] = [
  "engineer", "developer", "designer", "manager", "director", "scientist", "analyst", "recruiter", "nurse", "teacher", "architect",
  "president", "vp", "svp", "evp", "officer", "founder", "cofounder", "co-founder", "cto", "ceo", "cfo", "coo", "cmo", "cpo", "ciso",
  "consultant", "specialist", "coordinator", "administrator", "executive", "strategist", "researcher", "marketer", "accountant",
  "controller", "attorney", "lawyer", "physician", "professor", "lecturer", "editor", "producer", "programmer", "technician", "sre",
].map((phrase) => ({ phrase, reason: "the head noun of a job title" }));

/** Levels and filler every title shares ("senior", "of"): they say nothing about which job it is. */
export const TITLE_LEVEL_WORDS: readonly PhraseEntry[] = [
  ...["senior", "sr", "junior", "jr", "staff", "principal", "lead", "head", "chief", "associate", "assistant", "i", "ii", "iii"].map((phrase) => ({
    phrase,
    reason: "a level, not a job",
  })),
  ...["of", "the", "and", "a", "an"].map((phrase) => ({ phrase, reason: "filler word in a title" })),
];
