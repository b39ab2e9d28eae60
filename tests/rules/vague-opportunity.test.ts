import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/vague-opportunity.js";

const ALL_MISSING = "say the role title, company, location or remote, pay range and team or tech stack";

const jane = {
  basics: { name: "Jane Doe" },
  work: [{ name: "Northwind Health", position: "Senior Backend Engineer", startDate: "2022-01-01" }],
};

new RuleTester().run("vague-opportunity", rule, {
  valid: [
    {
      name: "'exciting' once, with every specific",
      code: "Hi Jane,\n\nI'm Dana, a recruiter at Acme Robotics. We have an exciting opportunity: a Staff Backend Engineer role on our fleet team, remote in the US, paying $185,000 to $215,000.\n",
    },
    {
      name: "three kinds of specifics are enough",
      code: "Hi Ana,\n\nThe Backend Engineer II role is hybrid in Austin and pays $135k-$155k. I think you'd be a great fit.\n",
    },
    {
      name: "specifics in the subject count",
      code: "---\nsubject: Staff SRE at Mosaic Health (remote US, $200-230k)\n---\nHi Aisha,\n\nYou would be a great fit for this one.\n",
    },
    {
      name: "a template's merge fields stand for the specifics",
      code: "---\ntemplate: true\n---\nHi {{first_name}},\n\nAn exciting opportunity: {{job_title}} at {{company}} in {{location}}.\n",
    },
    { name: "vague but no hype: other rules' business", code: "Hi Ana,\n\nWe have a role you may like.\n" },
    {
      name: "minSpecifics lowered",
      code: "Hi Ana,\n\nA great opportunity: Senior Designer, remote.\n",
      options: { minSpecifics: 2 },
    },
  ],
  invalid: [
    {
      name: "every hype phrase is reported, with every missing specific named",
      code: "Hi Sam,\n\nI have an exciting opportunity that would be a perfect fit for you.\n",
      errors: [
        { messageId: "vague", message: `'exciting opportunity' without specifics: ${ALL_MISSING}`, line: 3, column: 11, endLine: 3, endColumn: 31, severity: 1 },
        { messageId: "vague", message: `'perfect fit' without specifics: ${ALL_MISSING}`, line: 3, column: 48, endLine: 3, endColumn: 59, severity: 1 },
      ],
    },
    {
      name: "the sender's own title and agency are not specifics of the job",
      code: "Hi Sam,\n\nI'm Sofia Lindqvist, a recruiter at Northstar Talent. I have a great opportunity for you.\n",
      errors: [{ message: `'great opportunity' without specifics: ${ALL_MISSING}`, line: 3, column: 64, endLine: 3, endColumn: 81 }],
    },
    {
      name: "the recipient's company is not the job's",
      code: "Hi Jane,\n\nYour work at Northwind Health stood out. You would be a perfect fit for a role I'm filling.\n",
      profile: jane,
      errors: [{ message: `'perfect fit' without specifics: ${ALL_MISSING}`, line: 3, column: 57, endColumn: 68 }],
    },
    {
      name: "without a profile, 'your work at X' is still the recipient's company",
      code: "Hi Keisha,\n\nYour forecasting work at Cartwheel Grocers stood out. You would be a perfect fit.\n",
      errors: [{ message: `'perfect fit' without specifics: ${ALL_MISSING}`, line: 3, column: 70, endColumn: 81 }],
    },
    {
      name: "names only the missing specifics",
      code: "Hi Ana,\n\nWe're hiring a Senior Designer in Denver. You'd be a great fit!\n",
      errors: [{ message: "'great fit' without specifics: say the company, pay range and team or tech stack", line: 3, column: 54, endColumn: 63 }],
    },
    {
      name: "hype in the subject",
      code: "---\nsubject: Great opportunity\n---\nHi Ana,\n\nLet me know if you're interested.\n",
      errors: [{ message: `'Great opportunity' without specifics: ${ALL_MISSING}`, line: 2, column: 10, endLine: 2, endColumn: 27 }],
    },
    {
      name: "minSpecifics raised to 5",
      code: "Hi Ana,\n\nThe Backend Engineer II role is hybrid in Austin and pays $135k-$155k. I think you'd be a great fit.\n",
      options: { minSpecifics: 5 },
      errors: [{ message: "'great fit' without specifics: say the company and team or tech stack", line: 3, column: 91, endColumn: 100 }],
    },
    {
      name: "an in-house recruiter's company counts once they say 'our team'",
      code: "Hi Jane,\n\nI'm Dana, a recruiter at Acme Robotics. A great opportunity: Staff Backend Engineer on our fleet team, remote.\n",
      options: { minSpecifics: 5 },
      errors: [{ message: "'great opportunity' without specifics: say the pay range", line: 3, column: 43, endColumn: 60 }],
    },
    {
      name: "an agency recruiter's company does not",
      code: "Hi Jane,\n\nI'm Sofia, a recruiter at Northstar Talent. A great opportunity: Staff Backend Engineer on the fleet team, remote.\n",
      options: { minSpecifics: 5 },
      errors: [{ message: "'great opportunity' without specifics: say the company and pay range", line: 3, column: 47, endColumn: 64 }],
    },
    {
      name: "funding ($3M) is not pay",
      code: "Hi Ana,\n\nWe just raised $3M and are looking for rockstars.\n",
      errors: [{ message: `'rockstars' without specifics: ${ALL_MISSING}`, line: 3, column: 40, endColumn: 49 }],
    },
    {
      name: "extraPhrases",
      code: "Hi Ana,\n\nThis is your dream job.\n",
      options: { extraPhrases: ["dream job"] },
      errors: [{ message: `'dream job' without specifics: ${ALL_MISSING}`, line: 3, column: 14, endColumn: 23 }],
    },
  ],
});
