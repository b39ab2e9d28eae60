import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/relevance.js";

const jane = {
  basics: { name: "Jane Doe", label: "Senior Backend Engineer at Northwind Health", summary: "Backend engineer who builds Go services for healthcare data." },
  work: [{ name: "Northwind Health", position: "Senior Backend Engineer", startDate: "2022-01-01" }],
  skills: [{ name: "Go" }, { name: "Kubernetes" }, { name: "PostgreSQL" }],
  interests: [{ name: "Rock climbing" }],
};
const hana = { name: "Hana Kobayashi", headline: "Senior Frontend Engineer, Design Systems", title: "Senior Frontend Engineer", skills: ["React", "Accessibility"] };
const founder = { name: "Ben Okafor", headline: "Co-founder & CTO at Tallyhaus", title: "Co-founder & CTO", skills: ["Go"] };
const unknownField = { name: "Rory Dunne", headline: "Beekeeper", title: "Beekeeper", interests: ["Cycling"] };

const NURSE_ROLE = "Hi Jane,\n\nI'm Beth, a nurse recruiter at Saint Anselm. We are hiring an ICU Registered Nurse for night shifts. Would you be open to a call?\n";

new RuleTester().run("relevance", rule, {
  valid: [
    { code: NURSE_ROLE, name: "no profile: nothing to compare with" },
    { code: "Hi Jane,\n\nWe are hiring a Staff Backend Engineer for our fleet team. Would you be open to a call?\n", profile: jane },
    { code: "Hi Hana,\n\nWe are hiring a Senior Product Designer to lead our design system. Interested?\n", profile: hana, name: "design is close to frontend work" },
    { code: NURSE_ROLE, profile: founder, name: "founders are pitched everything" },
    { code: NURSE_ROLE, profile: unknownField, name: "a profile in no known field: unsure, so silent" },
    { code: "Hi Jane,\n\nI'm Beth, a nurse recruiter at Saint Anselm, and I'm writing about our new patient portal team. Interested?\n", profile: jane, name: "the sender's title is not the offer" },
    {
      code: "Hi Jane,\n\nWe have two openings: a Registered Nurse role and a Backend Engineer role on the same clinic platform. Interested?\n",
      profile: jane,
      name: "one of the roles fits: a list of openings, not a mis-targeted one",
    },
  ],
  invalid: [
    {
      code: NURSE_ROLE,
      profile: jane,
      errors: [
        {
          messageId: "unrelatedField",
          message: "'Registered Nurse' is a nursing and clinical care role, but Jane's profile is in software engineering: check you are writing to the right person",
          line: 3,
          column: 67,
          endLine: 3,
          endColumn: 83,
          severity: 1,
        },
      ],
    },
    {
      name: "the offer named only in the subject",
      code: "---\nsubject: Travel ICU RN contract, Phoenix\n---\nHi Jane,\n\nI think you would be great for this. Would you be open to a call?\n",
      profile: jane,
      errors: [{ message: "'ICU RN' is a nursing and clinical care role, but Jane's profile is in software engineering: check you are writing to the right person", line: 2, column: 17, endColumn: 23 }],
    },
    {
      name: "a role noun right after the title",
      code: "Hi Hana,\n\nI'm writing about our Senior Account Executive role in Chicago. Would you be open to a call?\n",
      profile: hana,
      errors: [{ message: "'Account Executive' is a sales role, but Hana's profile is in software engineering and design: check you are writing to the right person", line: 3, column: 30, endColumn: 47 }],
    },
  ],
});
