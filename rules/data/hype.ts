import type { PhraseEntry } from "../util/phrases.js";

/**
 * Recruiting hype: praise for an opportunity that says nothing about it. Drawn from the job-ad
 * clichés Joblint and Vale's Joblint style flag, SpamAssassin's and HubSpot's hype entries, and
 * the real vague InMails in the research corpus ("great opportunity", "perfect fit", "rock stars").
 */
export const HYPE_PHRASES: readonly PhraseEntry[] = [
  ...["great", "exciting", "amazing", "unique", "incredible", "fantastic", "awesome", "golden", "rare", "tremendous", "once-in-a-lifetime", "once in a lifetime", "game-changing", "life-changing"].flatMap(
    (adjective) =>
      ["opportunity", "opportunities", "career opportunity", "job opportunity", "new opportunity", "growth opportunity"].map((noun) => ({
        phrase: `${adjective} ${noun}`,
        reason: "praises the opportunity instead of describing it",
      })),
  ),
  { phrase: "perfect fit", reason: "asserts a match without saying for what" },
  { phrase: "great fit", reason: "asserts a match without saying for what" },
  { phrase: "ideal fit", reason: "asserts a match without saying for what" },
  { phrase: "perfect match", reason: "asserts a match without saying for what" },
  { phrase: "ideal candidate", reason: "asserts a match without saying for what" },
  { phrase: "perfect candidate", reason: "asserts a match without saying for what" },
  { phrase: "rockstar", reason: "job-ad cliché (Joblint)" },
  { phrase: "rockstars", reason: "job-ad cliché (Joblint)" },
  { phrase: "rock star", reason: "job-ad cliché (Joblint)" },
  { phrase: "rock stars", reason: "job-ad cliché (Joblint)" },
  { phrase: "ninja", reason: "job-ad cliché (Joblint)" },
  { phrase: "ninjas", reason: "job-ad cliché (Joblint)" },
  { phrase: "guru", reason: "job-ad cliché (Joblint)" },
  { phrase: "superstar", reason: "job-ad cliché (Joblint)" },
  { phrase: "top talent", reason: "flattery that fits anyone" },
  { phrase: "fast-paced environment", reason: "job-ad cliché (Joblint)" },
  { phrase: "fast paced environment", reason: "job-ad cliché (Joblint)" },
  { phrase: "dynamic environment", reason: "job-ad cliché" },
  { phrase: "work hard, play hard", reason: "job-ad cliché (Joblint)" },
  { phrase: "competitive salary", reason: "says nothing about pay; post the range" },
  { phrase: "competitive pay", reason: "says nothing about pay; post the range" },
  { phrase: "competitive compensation", reason: "says nothing about pay; post the range" },
  { phrase: "competitive package", reason: "says nothing about pay; post the range" },
  { phrase: "attractive salary", reason: "says nothing about pay; post the range" },
  { phrase: "attractive package", reason: "says nothing about pay; post the range" },
  { phrase: "great benefits", reason: "says nothing about the benefits" },
  { phrase: "leading company", reason: "hides the company's name" },
  { phrase: "top-tier company", reason: "hides the company's name" },
  { phrase: "fast-growing company", reason: "hides the company's name" },
  { phrase: "fast growing company", reason: "hides the company's name" },
  { phrase: "major tech company", reason: "hides the company's name" },
  { phrase: "ground floor", reason: "startup cliché" },
];
