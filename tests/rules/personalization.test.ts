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
  projects: [{ name: "pg-migrate-lite" }],
};

new RuleTester().run("personalization", rule, {
  valid: [
    { code: "Hi Jane,\n\nYour pg-migrate-lite project caught my eye. I'm Sam, a recruiter at Acme.\n", profile: jane },
    { code: "Hi Jane,\n\nI saw your Go work at Northwind Health. Would you be open to a chat?\n", profile: jane, options: { minReferences: 2 } },
    { code: "Hi Jane,\n\nI'm Sam from Acme. We are hiring.\n", name: "no profile: a greeting by name is all that can be checked" },
  ],
  invalid: [
    {
      code: "Hi Jane,\n\nI'm Sam from Acme. We are hiring a backend engineer. Interested?\n",
      profile: jane,
      errors: [{ messageId: "noReferences", message: "Nothing in this message refers to Jane's profile: mention their company, role, a skill, project, school or recent post", line: 1, column: 1, endLine: 1, endColumn: 9, severity: 2 }],
    },
    {
      code: "Hi Jane,\n\nI'm Sam from Acme. I saw pg-migrate-lite on GitHub.\n",
      profile: jane,
      options: { minReferences: 2 },
      errors: [{ messageId: "tooFewReferences", message: "Only 1 profile-backed reference (project 'pg-migrate-lite'); aim for at least 2", line: 3, column: 26, endColumn: 41, severity: 1 }],
    },
    {
      code: "Dear Sir/Madam,\n\nWe have a role.\n",
      errors: [{ messageId: "genericGreeting", message: "Generic greeting 'Dear Sir/Madam,': address the recipient by name", line: 1, column: 1, endColumn: 16, severity: 1 }],
    },
    {
      code: "We have a role for you.\n",
      errors: [{ messageId: "noNamedGreeting", line: 1, column: 1, endColumn: 24 }],
    },
  ],
});
