import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/spelling.js";
import { fixtureDraft, goodFixtureDrafts } from "./fixture-drafts.js";

const jane = {
  basics: { name: "Jane Doe" },
  work: [{ name: "Northwind Health", position: "Senior Backend Engineer", startDate: "2022-01-01" }],
  skills: [{ name: "Go", keywords: ["pprof"] }],
  projects: [{ name: "pg-migrate-lite" }],
};

new RuleTester().run("spelling", rule, {
  valid: [
    { name: "links, e-mail, handles and code", code: "Hi Jane,\n\nSee https://exampel.com/jobs/abcdefg or write to recruter@exampel.com or @janedoe-dev. Run `kubectl aply` first.\n" },
    { name: "tech tokens by shape", code: "Hi Jane,\n\nWe use Node.js, gRPC, PostgreSQL, dbt and ASP.NET; the SRE team tracks KPIs. Your 21st release, 10x speed-up and 12-hour shifts.\n" },
    { name: "contractions, possessives, hyphens", code: "Hi Jane,\n\nWe'll show you the recruiter's notes. I don't know the co-founder's night-shift plans. The candidates' scores are in.\n" },
    { name: "British spellings", code: "Hi Jane,\n\nOur organisation loves the colour of your programme; we travelled to the centre and analysed the licence.\n" },
    { name: "words the profile names", code: "Hi Jane,\n\nYour pprof work and pg-migrate-lite are great.\n", profile: jane },
    { name: "words in the config", code: "Hi Jane,\n\nWe use zorblax for hiring.\n", settings: { words: ["zorblax"] } },
    { name: "built-in terms", code: "Hi Jane,\n\nOur fintech onboarding uses kubernetes, terraform and microservices; it's a SaaS for devops teams.\n" },
    { name: "regular forms the dictionary lacks", code: "Hi Jane,\n\nOur linter checks webhooks, chargebacks and deliverability; personalization is key for approvers in this timeframe.\n" },
    { name: "proper nouns", code: "Hi Jane,\n\nI met Zubair at Quillstack. Quillstack hires in Zurich.\n\nThanks,\nDevika Raghunathan\n" },
    { name: "a product named at the start of a sentence", code: "Hi Jane,\n\nFindly shows which searches return nothing.\n" },
    { name: "a signature line on its own", code: "Hi Jane,\n\nLoved your talk on caching!\n\nDevika\n" },
    { name: "accents", code: "Hi Jane,\n\nThe event ends at the café.\n" },
    { name: "hashtags and identifiers", code: "Hi Jane,\n\nI saw your #opentowork post and your pg_dump tips. [https://gist.github.com/x](https://example.com)\n" },
    { name: "a lower-case brand is not corrected to a name", code: "Hi Jane,\n\nAre you on skype?\n" },
    { name: "short lower-case tokens are acronyms", code: "Hi Jane,\n\nWe need a swe who knows the ip stack and sms.\n" },
    { name: "not English: say nothing", code: "Hola Ana,\n\nEstamos buscando una persona para nuestro equipo de ingeniería en Madrid, con experiencia en sistemas distribuidos.\n" },
    { name: "capitalised words of a subject may be names", code: "---\nsubject: Zorblax Hiring at Quillstak\n---\nHi Jane,\n\nA short note.\n" },
    ...goodFixtureDrafts(),
  ],
  invalid: [
    {
      name: "the subject is checked too (its words come from the shared parse)",
      code: "---\nsubject: A quick questoin about your talk\n---\nHi Jane,\n\nA short note.\n",
      errors: [
        {
          messageId: "misspelled",
          message: "Possible misspelling 'questoin': did you mean 'question'?",
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 26,
          suggestions: [{ messageId: "replace", desc: "Replace with 'question'", output: "---\nsubject: A quick question about your talk\n---\nHi Jane,\n\nA short note.\n" }],
        },
      ],
    },
    {
      name: "a misspelling with its correction as a suggestion, never a fix",
      code: "Hi Jane,\n\nI'm writing about an oppurtunity.\n",
      errors: [
        {
          messageId: "misspelled",
          message: "Possible misspelling 'oppurtunity': did you mean 'opportunity'?",
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 33,
          severity: 1,
          suggestions: [{ messageId: "replace", desc: "Replace with 'opportunity'", output: "Hi Jane,\n\nI'm writing about an opportunity.\n" }],
        },
      ],
      output: null,
    },
    {
      name: "at the start of a sentence, only a swap of letters, and the correction keeps the capital",
      code: "Hi Jane,\n\nRecieve my thanks. Thier team agrees.\n",
      errors: [
        { message: "Possible misspelling 'Recieve': did you mean 'Receive'?", line: 3, column: 1, endColumn: 8, suggestions: [{ output: "Hi Jane,\n\nReceive my thanks. Thier team agrees.\n" }] },
        { message: "Possible misspelling 'Thier': did you mean 'Their'?", line: 3, column: 20, endColumn: 25, suggestions: [{ desc: "Replace with 'Their'" }] },
      ],
    },
    {
      name: "suggestions are capped by the option",
      code: "Hi Jane,\n\nYou will recieve it.\n",
      options: { maxSuggestions: 1 },
      errors: [{ message: "Possible misspelling 'recieve': did you mean 'receive'?", line: 3, column: 10, endColumn: 17, suggestions: [{ desc: "Replace with 'receive'" }] }],
    },
    {
      name: "a swapped common short word",
      code: "Hi Jane,\n\nThis is teh role.\n",
      errors: [{ message: "Possible misspelling 'teh': did you mean 'the'?", line: 3, column: 9, endColumn: 12, suggestions: [{ output: "Hi Jane,\n\nThis is the role.\n" }] }],
    },
    {
      name: "one part of a hyphenated word",
      code: "Hi Jane,\n\nIt is a night-shfit role.\n",
      errors: [{ message: "Possible misspelling 'shfit': did you mean 'shift'?", line: 3, column: 15, endColumn: 20, suggestions: [{ output: "Hi Jane,\n\nIt is a night-shift role.\n" }] }],
    },
    {
      name: "the same typo twice is reported twice",
      code: "Hi Jane,\n\nWe are availible now and availible later.\n",
      errors: [
        { message: "Possible misspelling 'availible': did you mean 'available'?", line: 3, column: 8, endColumn: 17, suggestions: [{ output: "Hi Jane,\n\nWe are available now and availible later.\n" }] },
        { message: "Possible misspelling 'availible': did you mean 'available'?", line: 3, column: 26, endColumn: 35, suggestions: [{ output: "Hi Jane,\n\nWe are availible now and available later.\n" }] },
      ],
    },
    {
      ...fixtureDraft("bad-spelling.md"),
      errors: [
        { message: "Possible misspelling 'oppurtunity': did you mean 'opportunity'?", line: 8, column: 95, endColumn: 106, suggestions: [{ desc: "Replace with 'opportunity'" }] },
        { message: "Possible misspelling 'experiance': did you mean 'experience'?", line: 10, column: 124, endColumn: 134, suggestions: [{ desc: "Replace with 'experience'" }] },
        {
          message: "Possible misspelling 'recieve': did you mean 'receive' or 'relieve'?",
          line: 12,
          column: 11,
          endColumn: 18,
          suggestions: [{ desc: "Replace with 'receive'" }, { desc: "Replace with 'relieve'" }],
        },
        { message: "Possible misspelling 'definately': did you mean 'definitely'?", line: 12, column: 82, endColumn: 92, suggestions: [{ desc: "Replace with 'definitely'" }] },
        { message: "Possible misspelling 'availible': did you mean 'available'?", line: 16, column: 55, endColumn: 64, suggestions: [{ desc: "Replace with 'available'" }] },
        { message: "Possible misspelling 'untill': did you mean 'until'?", line: 16, column: 77, endColumn: 83, suggestions: [{ desc: "Replace with 'until'" }] },
      ],
    },
  ],
});
