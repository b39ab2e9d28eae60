import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/personalization.js";

const jane = {
  basics: { name: "Jane Doe", label: "Senior Backend Engineer" },
  work: [
    { name: "Northwind Health", position: "Senior Backend Engineer", startDate: "2022-01-01" },
    { name: "Initech", position: "Backend Engineer", startDate: "2018-01-01", endDate: "2021-12-31" },
  ],
  education: [{ institution: "University of Michigan" }],
  skills: [{ name: "Go", keywords: ["Kubernetes", "PostgreSQL"] }],
  projects: [{ name: "pg-migrate-lite" }, { name: "Talk: 'Zero-downtime Postgres upgrades' (GopherCon, 2026)" }],
};

const NO_REFERENCES = "Nothing in this message refers to Jane's profile: mention their company, role, a skill, project, school or recent post";

new RuleTester().run("personalization", rule, {
  valid: [
    { code: "Hi Jane,\n\nYour pg-migrate-lite project caught my eye. I'm Sam, a recruiter at Acme.\n", profile: jane },
    { code: "Hi Jane,\n\nI saw your Go work at Northwind Health. Would you be open to a chat?\n", profile: jane, options: { minReferences: 2 } },
    { code: "Hi Jane,\n\nI'm Sam from Acme. We are hiring.\n", name: "no profile: a greeting by name is all that can be checked" },
    { code: "Maren, your talk on Raft stood out to our team lead.\n", name: "a name and a comma open the first sentence (evaluation corpus: a 'better' recruiter e-mail)" },
    { code: "Priya, quick question about your talk.\n", name: "a name the dictionary lacks" },
    { code: "Jane, quick question about your talk.\n", name: "a name the dictionary knows only capitalised" },
    { code: "Hi Jane,\n\nYour time at Northwind must have been busy.\n", profile: jane, name: "a company without its generic last word ('Northwind' for 'Northwind Health')" },
    { code: "Hi Jane,\n\nA fellow Michigan grad here. Would you chat?\n", profile: jane, name: "a school by its short name" },
    { code: "Hi Jane,\n\nYour GopherCon talk on zero-downtime Postgres upgrades was great.\n", profile: jane, name: "a talk listed as a JSON Resume project counts as recent activity" },
    { code: "Hi Jane,\n\nYou clearly know Kubernetes well.\n", profile: jane, name: "a skill in a sentence about the recipient" },
    {
      code: "---\nkind: follow-up\nhistory:\n  - {date: 2026-11-03, direction: sent}\n---\nHi Jane,\n\nOne more detail on the role: it is remote.\n",
      profile: jane,
      name: "a follow-up: its first message carried the personalization",
    },
    { code: "---\ntemplate: true\n---\nHi {{first_name}},\n\nYour work at {{company}} caught my eye.\n", name: "a template with a slot besides the name" },
  ],
  invalid: [
    {
      code: "Hi Jane,\n\nI'm Sam from Acme. We are hiring a backend engineer. Interested?\n",
      profile: jane,
      errors: [{ messageId: "noReferences", message: NO_REFERENCES, line: 1, column: 1, endLine: 1, endColumn: 9, severity: 2 }],
    },
    {
      code: "Hi Jane,\n\nI'm Sam from Acme. I saw pg-migrate-lite on GitHub.\n",
      profile: jane,
      options: { minReferences: 2 },
      errors: [{ messageId: "tooFewReferences", message: "Only 1 profile-backed reference (project 'pg-migrate-lite'); aim for at least 2", line: 3, column: 26, endLine: 3, endColumn: 41, severity: 1 }],
    },
    {
      code: "Hi Jane,\n\nWe run Go and Kubernetes on our team. Want to chat?\n",
      profile: jane,
      name: "a skill the sender's team uses is not about the recipient",
      errors: [{ messageId: "noReferences", message: NO_REFERENCES, line: 1, column: 1, endLine: 1, endColumn: 9 }],
    },
    {
      code: "We build robots. Would you chat?\n\nBest,\nSam\nNorthwind Health alumni\n",
      profile: jane,
      name: "a company in the sign-off does not count; no greeting puts the problem on the first sentence",
      errors: [{ messageId: "noReferences", message: NO_REFERENCES, line: 1, column: 1, endLine: 1, endColumn: 17 }],
    },
    {
      code: "---\nkind: connection-request\n---\nHi Jane, always good to meet people in tech. Let's connect!\n",
      profile: jane,
      name: "a connection note needs a reference too: a name alone is not personalization",
      errors: [{ messageId: "noReferences", message: NO_REFERENCES, line: 4, column: 1, endLine: 4, endColumn: 9, severity: 2 }],
    },
    {
      code: "Dear Sir/Madam,\n\nWe have a role.\n",
      errors: [{ messageId: "genericGreeting", message: "Generic greeting 'Dear Sir/Madam,': address the recipient by name", line: 1, column: 1, endLine: 1, endColumn: 16, severity: 1 }],
    },
    {
      code: "Hey there 👋\n\nWe have a role.\n",
      errors: [{ messageId: "genericGreeting", message: "Generic greeting 'Hey there 👋': address the recipient by name", line: 1, column: 1, endLine: 1, endColumn: 13, severity: 1 }],
    },
    {
      code: "We have a role for you.\n",
      errors: [{ messageId: "noNamedGreeting", message: "No greeting by name: open with the recipient's first name", line: 1, column: 1, endLine: 1, endColumn: 24, severity: 1 }],
    },
    {
      code: "Hi,\n\nWe have a role for you.\n",
      errors: [{ messageId: "noNamedGreeting", line: 1, column: 1, endLine: 1, endColumn: 4, severity: 1 }],
    },
    {
      code: "Unfortunately, we have only one role.\n",
      name: "an adverb and a comma are not a name",
      errors: [{ messageId: "noNamedGreeting", line: 1, column: 1, endLine: 1, endColumn: 38, severity: 1 }],
    },
    {
      code: "---\ntemplate: true\n---\nHi {{first_name}},\n\nWe have a role for you.\n",
      errors: [
        {
          messageId: "templateWithoutSlots",
          message: "This template has no personalization slot besides the name: add a field such as {{company}}",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 19,
          severity: 2,
        },
      ],
    },
  ],
});
