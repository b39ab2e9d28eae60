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
