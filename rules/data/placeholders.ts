import type { PhraseEntry } from "../util/phrases.js";

/**
 * What a mail merge writes when a value is missing ("Hi undefined,"): an empty field that leaked.
 * no-placeholders reports these in the greeting; recipient-mismatch leaves them to it.
 */
export const LEAKED_VALUES: readonly PhraseEntry[] = [
  { phrase: "undefined", reason: "JavaScript's missing value, printed by templating tools" },
  { phrase: "null", reason: "a database's missing value" },
  { phrase: "nan", reason: "a spreadsheet's missing number" },
  { phrase: "none", reason: "Python's missing value" },
  ...["firstname", "first_name", "fname", "name"].map((phrase) => ({ phrase, reason: "a merge field's name printed without its brackets (\"Hi FIRSTNAME,\")" })),
];

/** Merge fields that hold only the recipient's name: a template with no other slot is not personalized (personalization). */
export const NAME_FIELDS: readonly PhraseEntry[] = [
  "first_name", "firstname", "last_name", "lastname", "name", "full_name", "fullname", "fname", "lname",
].map((phrase) => ({ phrase, reason: "the recipient's name, which alone is not personalization (Botdog: 26.37% blank vs 26.42% name-only)" }));

/** Words in a merge field's name that make it a link slot ({{job_link}}, {{posting_url}}): in a template it is the link (follow-up-links). */
export const LINK_FIELD_WORDS: readonly PhraseEntry[] = ["link", "url", "website", "site", "posting"].map((phrase) => ({
  phrase,
  reason: "a field that holds a link to learn more",
}));
