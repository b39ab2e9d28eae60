import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/call-to-action.js";

const FOUR_QUESTIONS = "Hi Jane,\n\nAre you happy at Northwind? Would you move? What would it take? Are you open to Austin?\n";

new RuleTester().run("call-to-action", rule, {
  valid: [
    "Hi Jane,\n\nWe are hiring a backend engineer. Would you be open to a 20-minute call next week?\n",
    { code: "Hi Jane,\n\nWe are hiring a backend engineer. Let me know if you want the details.\n", name: "'let me know' is a next step" },
    { code: "Hi Jane,\n\nWe are hiring a backend engineer.\n\nPick a slot: https://calendly.com/sam-acme/20min\n", name: "a scheduling link is the ask" },
    { code: "Hi Jane,\n\nI'd be grateful for 20 minutes on the phone to hear how you got into SRE.\n", name: "a request without a question mark" },
    { code: "---\nkind: connection-request\n---\nHi Jane,\nI'm Sam, an SRE at Acme. Your Postgres talk helped my team.\n", name: "a connection note is itself the ask" },
    {
      code: "---\nkind: follow-up\nhistory:\n  - {date: 2026-11-01, direction: sent}\n---\nHi Jane,\n\nOne detail I left out: the role is fully remote.\n",
      name: "a follow-up points back to its first message's ask",
    },
    { code: "Hi Jane,\n\nWe have since filled the role, so no reply is needed. Thanks again.\n", name: "the writer chose not to ask" },
    { code: "Hi Jane,\n\nAre you happy at Northwind? Would you move? Are you open to Austin?\n", name: "three questions" },
    { code: FOUR_QUESTIONS, options: { maxQuestions: 4 }, name: "maxQuestions: 4" },
    {
      code: "Hi Jane,\n\nWould you like to set up a 15-minute call? If you'd rather apply directly, mention this message.\n",
      name: "'if you'd rather' offers another route to the same ask",
    },
    { code: "Hi Jane,\n\nWould you be open to a call next week? Please send me your resume too.\n", options: { maxRequests: 2 }, name: "maxRequests: 2" },
    { code: "Hi Jane,\n\nWe are hiring a backend engineer. The ball's in your court.\n", options: { extraAsks: ["The ball's in your court"] }, name: "extraAsks" },
  ],
  invalid: [
    {
      code: "Hi Jane,\n\nWe are hiring a backend engineer. The ball's in your court.\n",
      name: "a phrase that asks only through the extraAsks option",
      errors: [{ messageId: "noAsk", line: 3, column: 35, endLine: 3, endColumn: 60 }],
    },
    {
      code: "Hi Jane,\n\nI'm Sam from Acme. We are hiring a backend engineer in Austin.\n\nBest,\nSam\n",
      errors: [
        {
          messageId: "noAsk",
          message: "No clear ask: end with one question or concrete next step, e.g. 'Would you be open to a 20-minute call next week?'",
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 63,
          severity: 1,
        },
      ],
    },
    {
      code: FOUR_QUESTIONS,
      errors: [{ messageId: "tooManyQuestions", message: "4 questions: ask at most 3, or the reader answers none", line: 3, column: 65, endColumn: 88 }],
    },
    {
      code: "Hi Jane,\n\nWould you be open to a call next week? Please send me your resume too.\n",
      errors: [
        {
          messageId: "tooManyRequests",
          message: "2 different requests (a call, documents): ask for one thing now and leave the rest for later",
          line: 3,
          column: 47,
          endColumn: 66,
        },
      ],
    },
    {
      name: "questions that ask for different things",
      code: "Hi Jane,\n\nCould you send over your updated CV? Do you know anyone else at Northwind who might be interested?\n",
      errors: [{ messageId: "tooManyRequests", message: "2 different requests (documents, a referral): ask for one thing now and leave the rest for later", line: 3, column: 45, endColumn: 56 }],
    },
  ],
});
