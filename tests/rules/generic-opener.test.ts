import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/generic-opener.js";

const jane = { basics: { name: "Jane Doe", label: "Senior Backend Engineer" } };

new RuleTester().run("generic-opener", rule, {
  valid: [
    {
      name: "'To whom it may concern' without a profile is personalization's generic greeting, reported there once",
      code: "To whom it may concern,\n\nWe are hiring a backend engineer.\n",
    },
    "Hi Jane,\n\nYour pg-migrate-lite project is close to what my team needs. I'm Sam, a recruiter at Acme.\n",
    { code: "Hi Mei,\n\nYour profile stood out for two reasons: the Tidepool system and your onboarding research.\n", name: "a reason follows the phrase" },
    { code: "Hi Jane,\n\nI wanted to reach out because your talk on Postgres pooling answered a question my team had.\n", name: "'reach out because' gives the reason" },
    {
      code: "Hi Jane,\n\nI'm Sam from Acme. We build robots. Our team is hiring. I came across your profile last year too.\n",
      name: "past the opening sentences",
    },
    { code: "Hi Jane,\n\nI'm Sam from Acme. I hope this message finds you well.\n", options: { openingSentences: 1 }, name: "openingSentences: 1" },
  ],
  invalid: [
    {
      code: "Hi Jane,\n\nI hope this message finds you well. I'm Sam from Acme, hiring for a Go role.\n",
      errors: [
        {
          messageId: "boilerplate",
          message: "Boilerplate opening 'I hope this message finds you well': start with why you are writing to this person",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 35,
          severity: 1,
          suggestions: [{ messageId: "removeSentence", desc: "Remove the boilerplate", output: "Hi Jane,\n\nI'm Sam from Acme, hiring for a Go role.\n" }],
        },
      ],
      output: null,
    },
    {
      name: "two boilerplate sentences: one report, one suggestion removing the paragraph",
      code: "Hi Jane,\n\nI hope you're doing well. I came across your profile and wanted to reach out.\n\nI'm Sam from Acme. Would you be open to a call?\n",
      errors: [
        {
          messageId: "boilerplateMany",
          message: "Boilerplate opening 'I hope you're doing well' and 1 more: start with why you are writing to this person",
          line: 3,
          column: 1,
          endColumn: 25,
          suggestions: [{ messageId: "removeSentence", output: "Hi Jane,\n\nI'm Sam from Acme. Would you be open to a call?\n" }],
        },
      ],
    },
    {
      name: "boilerplate on the greeting line: the space before it goes too",
      code: "Hi Jane, I hope you are well.\n\nI'm Sam from Acme.\n",
      errors: [
        {
          message: "Boilerplate opening 'I hope you are well': start with why you are writing to this person",
          line: 1,
          column: 10,
          endColumn: 29,
          suggestions: [{ output: "Hi Jane,\n\nI'm Sam from Acme.\n" }],
        },
      ],
    },
    {
      name: "'To whom it may concern' without a profile, with personalization off: reported here",
      code: "To whom it may concern,\n\nWe are hiring a backend engineer.\n",
      enabledRules: [],
      errors: [{ message: "Boilerplate opening 'To whom it may concern': start with why you are writing to this person", line: 1, column: 1, endColumn: 23, suggestions: [] }],
    },
    {
      name: "'To whom it may concern' with a profile: greet them by name",
      code: "To whom it may concern,\n\nWe are hiring a backend engineer.\n",
      profile: jane,
      errors: [
        {
          message: "Boilerplate opening 'To whom it may concern': start with why you are writing to this person",
          line: 1,
          column: 1,
          endColumn: 23,
          suggestions: [{ messageId: "greetByName", desc: "Greet Jane by name", output: "Hi Jane,\n\nWe are hiring a backend engineer.\n" }],
        },
      ],
    },
    {
      name: "'To whom it may concern' in a template (personalization does not judge a template's greeting): no name to suggest",
      code: "---\ntemplate: true\n---\nTo whom it may concern,\n\nWe are hiring a {{title}}.\n",
      errors: [{ messageId: "boilerplate", line: 4, column: 1, endColumn: 23, suggestions: [] }],
    },
    {
      name: "a sentence with content besides the boilerplate is not offered for removal",
      code: "Hi Jane,\n\nI came across your profile while looking for Go engineers in Michigan.\n",
      errors: [{ message: "Boilerplate opening 'I came across your profile': start with why you are writing to this person", line: 3, column: 1, endColumn: 27, suggestions: [] }],
    },
    {
      name: "extraPhrases",
      code: "Hi Jane,\n\nQuick question for you. We are hiring.\n",
      options: { extraPhrases: ["quick question for you"] },
      errors: [
        {
          message: "Boilerplate opening 'Quick question for you': start with why you are writing to this person",
          line: 3,
          column: 1,
          endColumn: 23,
          suggestions: [{ messageId: "removeSentence", output: "Hi Jane,\n\nWe are hiring.\n" }],
        },
      ],
    },
  ],
});
