import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/respect-boundaries.js";

/** A draft with this front matter history and send date. */
function thread(history: string[], date: string | null, body = "Hi Jane,\n\nOne more detail about the role: it is remote. Would a call next week work?\n"): string {
  const entries = history.map((entry) => `  - ${entry}\n`).join("");
  return `---\nkind: follow-up\nhistory:\n${entries}${date ? `date: ${date}\n` : ""}---\n${body}`;
}

const SENT_1 = "{date: 2026-11-01, direction: sent}";
const SENT_2 = "{date: 2026-11-08, direction: sent}";
const DECLINED = "{date: 2026-11-03, direction: received, declined: true}";

new RuleTester().run("respect-boundaries", rule, {
  valid: [
    "Hi Jane,\n\nWould you be open to a call?\n",
    { code: thread([SENT_1], "2026-11-08"), name: "one follow-up, a week later" },
    { code: thread([SENT_1, "{date: 2026-11-02, direction: received}", SENT_2], "2026-11-15"), name: "they replied in between: the count starts again" },
    {
      code: thread([SENT_1, DECLINED, "{date: 2026-11-05, direction: received}"], "2026-11-06"),
      name: "a later reply re-opens the thread, and answering a reply the next day is not a follow-up",
    },
    {
      code: thread([SENT_1, DECLINED], "2026-11-04", "Hi Jane,\n\nThanks for your reply, and understood. I won't follow up about this role. Good luck with the launch.\n"),
      name: "a thank-you that accepts the no",
    },
    { code: thread([SENT_1, SENT_2], "2026-11-15"), options: { maxUnanswered: 3 }, name: "maxUnanswered: 3" },
    { code: thread([SENT_2], "2026-11-09"), options: { minDaysBetween: 0 }, name: "minDaysBetween: 0 turns the spacing check off" },
    { code: thread([SENT_2], "2026-11-01"), name: "a draft dated before its history is a data slip, not a follow-up" },
  ],
  invalid: [
    {
      code: thread([SENT_1, SENT_2], "2026-11-15"),
      errors: [
        {
          messageId: "tooManyUnanswered",
          message: "This would be the 3rd message in a row without a reply (last sent 2026-11-08): stop after 2",
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 9,
          severity: 2,
        },
      ],
    },
    {
      code: thread([SENT_1, DECLINED], "2026-11-12"),
      errors: [
        {
          messageId: "afterDecline",
          message: "The recipient said no on 2026-11-03: accept it; a reply to a decline should only thank them, not ask again",
          line: 8,
          column: 1,
          endColumn: 9,
          severity: 2,
        },
      ],
    },
    {
      name: "a link after a decline is a pitch, even without a question",
      code: thread([SENT_1, DECLINED], "2026-11-12", "Hi Jane,\n\nUnderstood. Here is another role: https://jobs.example.com/42\n"),
      errors: [{ messageId: "afterDecline", line: 8, column: 1, endColumn: 9 }],
    },
    {
      code: thread([SENT_2], "2026-11-09"),
      errors: [
        {
          messageId: "tooSoon",
          message: "Follow-up 1 day after your last message (2026-11-08): wait at least 3 days; LinkedIn reminds the recipient itself",
          line: 7,
          column: 1,
          endColumn: 9,
          severity: 1,
        },
      ],
    },
    {
      name: "no date in the front matter: settings.today",
      code: thread(["{date: 2026-11-25, direction: sent}"], null),
      settings: { today: "2026-11-27" },
      errors: [{ message: "Follow-up 2 days after your last message (2026-11-25): wait at least 3 days; LinkedIn reminds the recipient itself", line: 6, column: 1 }],
    },
    {
      name: "both: a third unanswered message two days after the second",
      code: thread([SENT_1, SENT_2], "2026-11-10", "We have a new opening. Would a call work?\n"),
      errors: [
        { messageId: "tooManyUnanswered", severity: 2, line: 8, column: 1, endColumn: 23 },
        { messageId: "tooSoon", severity: 1, line: 8, column: 1, endColumn: 23 },
      ],
    },
  ],
});
