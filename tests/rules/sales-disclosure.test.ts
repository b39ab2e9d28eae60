import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/sales-disclosure.js";

const late = (pitch: string, count = 2) =>
  `This message sells ('${pitch}') but its first ${count} sentences do not say so: say it is a sales message, or name your product and what it does, up front`;

new RuleTester().run("sales-disclosure", rule, {
  valid: [
    { name: "says it is a sales message", code: "Hi Marcus,\n\nI'm Nora, an account executive at Routewise, and this is a sales message. Pricing is per seat.\n" },
    { name: "names the product and what it does", code: "Hi Marcus,\n\nRoutewise helps teams quote freight faster. I'm Nora, an account executive there. Later on: pricing is per seat.\n" },
    { name: "no pitch at all", code: "Hi Marcus,\n\nI loved your post on spot quotes. Would you share how you hired your team?\n" },
    { name: "a follow-up", code: "---\nkind: follow-up\n---\nHi Marcus,\n\nChecking once more. Thanks again. Our pricing starts at $59 per seat.\n" },
    { name: "the subject says it", code: "Subject: A sales note about Routewise\n\nHi Marcus,\n\nI loved your post. It was great. Our platform cuts quote time.\n" },
    {
      name: "a networking opener before the pitch is transparency's bait-and-switch, not reported twice (fixtures/drafts/bad-bait-and-switch.md)",
      code: "Hi Marcus,\n\nI would love to pick your brain about your sales academy. I lead a small team. I'd like to learn from you.\n\nTo be honest, our platform helps teams ramp reps. Pricing starts at $59 per seat.\n",
    },
    { name: "a platform team is not a product", code: "Hi Marcus,\n\nI'm Sam. I run the platform team at Acme. Our platform team would love your advice.\n" },
    {
      name: "extraDisclosures",
      code: "Hi Marcus,\n\nCandidly, I'm a vendor here. Congrats on the launch. Our platform cuts quote time.\n",
      options: { extraDisclosures: ["i'm a vendor"] },
    },
    { name: "sentences: 3 makes the third sentence early", code: "Hi Marcus,\n\nI loved your post. Congrats on the launch. Our platform cuts quote time.\n", options: { sentences: 3 } },
  ],
  invalid: [
    {
      name: "with transparency off, a networking opener before the pitch is reported here",
      code: "Hi Marcus,\n\nI would love to pick your brain about your sales academy. I lead a small team. I'd like to learn from you.\n\nTo be honest, our platform helps teams ramp reps. Pricing starts at $59 per seat.\n",
      enabledRules: [],
      errors: [{ messageId: "lateDisclosure", message: late("our platform"), line: 5, column: 15, endColumn: 27 }],
    },
    {
      name: "the pitch comes in the third sentence",
      code: "Hi Marcus,\n\nI loved your post on spot quotes. Your team is growing fast. Our platform cuts quote time in half, and pricing starts at $59 per seat.\n",
      errors: [{ messageId: "lateDisclosure", message: late("Our platform"), line: 3, column: 62, endLine: 3, endColumn: 74, severity: 2 }],
    },
    {
      name: "extraPitches",
      code: "Hi Marcus,\n\nI loved your post. Congrats on the launch. Try our new widget today.\n",
      options: { extraPitches: ["our new widget"] },
      errors: [{ messageId: "lateDisclosure", message: late("our new widget"), line: 3, column: 48, endLine: 3, endColumn: 62 }],
    },
  ],
});
