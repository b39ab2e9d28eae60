import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/spam-phrases.js";

const SPAM = "is on public spam-trigger lists and reads as an advert: say it plainly or drop it";

new RuleTester().run("spam-phrases", rule, {
  valid: [
    "Hi Marcus,\n\nPricing is per seat, and most teams start with a 30-day pilot. Here is a customer story: https://www.routewise.com/customers\n",
    { name: "a travel-nursing contract's guaranteed hours", code: "Hi Grace,\n\nThe contract has guaranteed hours: 36 a week, nights.\n" },
    { name: "urgency is pressure's, not this rule's", code: "Hi Sam,\n\nThis is a limited time offer, act now.\n" },
    { name: "the subject belongs to subject-line", code: "---\nsubject: 100% free audit\n---\nHi Sam,\n\nA short note.\n" },
  ],
  invalid: [
    {
      name: "advertising phrases",
      code: "Hi Olivia,\n\nOur audit is 100% free, risk-free and comes with no obligation.\n",
      errors: [
        { messageId: "spamPhrase", message: `'100% free' ${SPAM}`, line: 3, column: 14, endLine: 3, endColumn: 23, severity: 1 },
        { messageId: "spamPhrase", message: `'risk-free' ${SPAM}`, line: 3, column: 25, endColumn: 34 },
        { messageId: "spamPhrase", message: `'no obligation' ${SPAM}`, line: 3, column: 50, endColumn: 63 },
      ],
    },
    {
      name: "a Markdown link's text is matched, shown without the blanked syntax",
      code: "Hi Olivia,\n\nTo see a sample, click [here](https://example.com/a).\n",
      errors: [{ messageId: "spamPhrase", message: `'click here' ${SPAM}`, line: 3, column: 18, endColumn: 29 }],
    },
    {
      name: "'earn $' touches the amount",
      code: "Hi Sam,\n\nEarn $5,000 a week from home.\n",
      errors: [{ messageId: "spamPhrase", message: `'Earn $' ${SPAM}`, line: 3, column: 1, endColumn: 7 }],
    },
    {
      name: "extraPhrases",
      code: "Hi Sam,\n\nThis is a no-brainer.\n",
      options: { extraPhrases: ["no-brainer"] },
      errors: [{ messageId: "spamPhrase", message: `'no-brainer' ${SPAM}`, line: 3, column: 11, endColumn: 21 }],
    },
  ],
});
