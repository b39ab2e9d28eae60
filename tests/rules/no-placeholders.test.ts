import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/no-placeholders.js";
import { fixtureDraft, goodFixtureDrafts } from "./fixture-drafts.js";

const jane = {
  basics: { name: "Jane Doe", label: "Senior Backend Engineer" },
  work: [{ name: "Northwind Health", position: "Senior Backend Engineer", startDate: "2022-01-01" }],
  skills: [{ name: "Go" }],
};

const TEMPLATE = "---\ntemplate: true\n---\n";

new RuleTester().run("no-placeholders", rule, {
  valid: [
    { code: "Hi Jane,\n\nThe role pays 20% more than your current band [sic] and the post is [here](https://example.com/jobs/1).\n", profile: jane },
    { name: "percent-encoding in a URL is not a %FIELD%", code: "Hi Jane,\n\nThe post: https://example.com/a%E2%80%99b%C3%A9%20x and more.\n" },
    { name: "bracketed asides and tags are not slots", code: "Hi Jane,\n\n[Update] The role is still open. We fixed the 4XX errors [...] you found.\n" },
    { name: "<email> is a redaction, not a field", code: "Hi Jane,\n\nWrite to me at <email> any time.\n" },
    { name: "known fields are allowed in a template", code: `${TEMPLATE}Hi {{first_name}},\n\nYour work as {{title}} at {{company}} with {{skill}} caught my eye.\n` },
    { name: "extra template fields through the option", code: `${TEMPLATE}Hi {{first_name}},\n\nI'm {{sender_name}}. Your favourite is {{favorite color}}.\n`, options: { fields: ["sender_name", "Favorite Color"] } },
    { name: "a profile's own columns are known fields", code: `${TEMPLATE}Hi {{first_name}}, {{referrer}} sent me.\n`, profile: { name: "Jane Doe", referrer: "Sam" } },
    fixtureDraft("templates/recruiting-template.md"),
    ...goodFixtureDrafts(),
  ],
  invalid: [
    {
      name: "fills the field from the profile",
      code: "Hi {{first_name}},\n\nWe have a role.\n",
      profile: jane,
      errors: [{ messageId: "unfilledWithValue", message: "Unfilled merge field '{{first_name}}': the recipient's first name is 'Jane'", line: 1, column: 4, endLine: 1, endColumn: 18, severity: 2 }],
      output: "Hi Jane,\n\nWe have a role.\n",
    },
    {
      name: "without a profile there is nothing to fill in",
      code: "Hi [First Name],\n\nI saw your work at [Company].\n",
      errors: [
        { messageId: "unfilled", message: "Unfilled merge field '[First Name]': replace it with the real value before sending", line: 1, column: 4, endLine: 1, endColumn: 16 },
        { messageId: "unfilled", message: "Unfilled merge field '[Company]': replace it with the real value before sending", line: 3, column: 20, endLine: 3, endColumn: 29 },
      ],
      output: null,
    },
    {
      name: "the tag styles of the common sending tools",
      code: "Hi *|FNAME|*, %FIRSTNAME%, #firstName#, {contactfield=firstname|there} and {{ lead.First Name | default: \"there\" }}!\n",
      profile: jane,
      errors: [
        { message: "Unfilled merge field '*|FNAME|*': the recipient's first name is 'Jane'", line: 1, column: 4, endColumn: 13 },
        { message: "Unfilled merge field '%FIRSTNAME%': the recipient's first name is 'Jane'", line: 1, column: 15, endColumn: 26 },
        { message: "Unfilled merge field '#firstName#': the recipient's first name is 'Jane'", line: 1, column: 28, endColumn: 39 },
        { message: "Unfilled merge field '{contactfield=firstname|there}': the recipient's first name is 'Jane'", line: 1, column: 41, endColumn: 71 },
        { message: "Unfilled merge field '{{ lead.First Name | default: \"there\" }}': the recipient's first name is 'Jane'", line: 1, column: 76, endColumn: 116 },
      ],
      output: "Hi Jane, Jane, Jane, Jane and Jane!\n",
    },
    {
      name: "an instruction to self is filled when the profile knows the value",
      code: "Hi Jane,\n\nYour work at [insert company name] stood out. Pay is $XXX,XXX.\n\nBest,\n[Your Name]\n",
      profile: jane,
      errors: [
        { messageId: "unfilledWithValue", message: "Unfilled merge field '[insert company name]': the recipient's company is 'Northwind Health'", line: 3, column: 14, endColumn: 35 },
        { messageId: "handFilled", message: "'XXX,XXX' is a placeholder to fill in by hand: replace it before sending", line: 3, column: 55, endColumn: 62 },
        { messageId: "handFilled", message: "'[Your Name]' is a placeholder to fill in by hand: replace it before sending", line: 6, column: 1, endColumn: 12 },
      ],
      output: "Hi Jane,\n\nYour work at Northwind Health stood out. Pay is $XXX,XXX.\n\nBest,\n[Your Name]\n",
    },
    {
      name: "a field in the front-matter subject is fixed in place",
      code: "---\nsubject: \"Role for {{first_name}}\"\n---\nHi Jane,\n\nWe have a role.\n",
      profile: jane,
      errors: [{ messageId: "unfilledWithValue", line: 2, column: 20, endLine: 2, endColumn: 34 }],
      output: "---\nsubject: \"Role for Jane\"\n---\nHi Jane,\n\nWe have a role.\n",
    },
    {
      name: "a template may only use fields a profile can fill",
      code: `${TEMPLATE}Hi {{first_name}},\n\nI hear {{favorite_color}} is your colour. [insert joke] XXX\n`,
      profile: jane,
      errors: [
        {
          messageId: "unknownField",
          message: "Unknown merge field '{{favorite_color}}': a profile has no 'favorite_color' (known: first_name, last_name, name, company, title, headline, location, skill); list it in the 'fields' option if your tool fills it",
          line: 6,
          column: 8,
          endColumn: 26,
        },
        { messageId: "handFilled", message: "'[insert joke]' is a placeholder to fill in by hand: replace it before sending", line: 6, column: 43, endColumn: 56 },
        { messageId: "handFilled", line: 6, column: 57, endColumn: 60 },
      ],
      output: null,
    },
    {
      name: "an empty field that leaked into the greeting",
      code: "Hi undefined,\n\nWe have a role.\n",
      profile: jane,
      errors: [{ messageId: "leakedValue", message: "The greeting says 'undefined': a merge field was not filled in, put the recipient's name here", line: 1, column: 4, endColumn: 13 }],
      output: "Hi Jane,\n\nWe have a role.\n",
    },
    {
      name: "a merge field's name printed without its brackets",
      code: "Hi FIRSTNAME,\n\nWe have a role.\n",
      profile: jane,
      errors: [{ messageId: "leakedValue", message: "The greeting says 'FIRSTNAME': a merge field was not filled in, put the recipient's name here", line: 1, column: 4, endColumn: 13 }],
      output: "Hi Jane,\n\nWe have a role.\n",
    },
    {
      ...fixtureDraft("bad-placeholders.md"),
      output: fixtureDraft("bad-placeholders.md").code.replace("Hi {{first_name}},", "Hi Elena,").replace("yours at [Company]", "yours at Quillstack").replace("useful, %FIRSTNAME%?", "useful, Elena?"),
      errors: [
        { messageId: "unfilledWithValue", line: 6, column: 4, endColumn: 18 },
        { messageId: "unfilledWithValue", line: 10, column: 82, endColumn: 91 },
        { messageId: "unfilledWithValue", line: 14, column: 45, endColumn: 56 },
      ],
    },
    {
      ...fixtureDraft("bad-template-unknown-field.md"),
      errors: [{ messageId: "unknownField", line: 13, column: 13, endColumn: 31 }],
      output: null,
    },
  ],
});
