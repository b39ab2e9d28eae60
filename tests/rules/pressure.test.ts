import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/pressure.js";

const URGENCY = "pressures the reader: give them a reason to reply instead of a deadline";
const GUILT = "guilt-trips the reader about not answering: add something new or let it go";

new RuleTester().run("pressure", rule, {
  valid: [
    "Hi Jane,\n\nFollowing up once with one detail I left out: the team is moving to Kubernetes. If the timing is wrong, no reply is needed.\n",
    { name: "Urgent Care is a clinic", code: "Hi Grace,\n\nThe role is a charge nurse position at Lakeshore Urgent Care, days only.\n" },
    { name: "words that merely contain a phrase", code: "Hi Sam,\n\nThe bumper release ships in May. Hurrying it is not our style.\n" },
    { name: "the subject belongs to subject-line", code: "---\nsubject: Act now\n---\nHi Sam,\n\nA short note.\n" },
  ],
  invalid: [
    {
      name: "urgency and scarcity",
      code: "Hi Marcus,\n\nThis is a limited time offer, so act now. Please reply ASAP.\n",
      errors: [
        { messageId: "urgency", message: `'limited time' ${URGENCY}`, line: 3, column: 11, endLine: 3, endColumn: 23, severity: 1 },
        { messageId: "urgency", message: `'act now' ${URGENCY}`, line: 3, column: 34, endColumn: 41 },
        { messageId: "urgency", message: `'ASAP' ${URGENCY}`, line: 3, column: 56, endColumn: 60 },
      ],
    },
    {
      name: "guilt in a follow-up, with curly apostrophes",
      code: "Hi Elena, just bumping this since I haven’t heard back.\n\nPer my last message, we can help.\n",
      errors: [
        { messageId: "guilt", message: `'just bumping this' ${GUILT}`, line: 1, column: 11, endColumn: 28 },
        { messageId: "guilt", message: `'haven’t heard back' ${GUILT}`, line: 1, column: 37, endColumn: 55 },
        { messageId: "guilt", message: `'Per my last message' ${GUILT}`, line: 3, column: 1, endColumn: 20 },
      ],
    },
    {
      name: "the longest phrase wins: one report for \"don't miss out\"",
      code: "Hi Sam,\n\nDon't miss out.\n",
      errors: [{ messageId: "urgency", message: `'Don't miss out' ${URGENCY}`, line: 3, column: 1, endColumn: 15 }],
    },
    {
      name: "extraPhrases",
      code: "Hi Sam,\n\nThis closes Friday.\n",
      options: { extraPhrases: ["closes friday"] },
      errors: [{ messageId: "urgency", message: `'closes Friday' ${URGENCY}`, line: 3, column: 6, endColumn: 19 }],
    },
  ],
});
