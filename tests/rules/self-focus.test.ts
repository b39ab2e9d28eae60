import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/self-focus.js";

/** 15 sender words (We, we, Our, our, We, we, our, I, our, my, We, our, our, us, our) and 1 "you". */
const ALL_ABOUT_US =
  "Hi Ana,\n\nWe are Acme and we build robots. Our team is small and our office is in Austin. We ship weekly and we love our work. " +
  "I lead our platform group and my team needs help. We think our product is great and our customers agree. Would you talk to us about our roles?\n";

new RuleTester().run("self-focus", rule, {
  valid: [
    {
      name: "opens on the recipient: the ratio alone is not enough",
      code: ALL_ABOUT_US.replace("We are Acme and we build robots.", "Your post on robots caught my eye."),
    },
    {
      name: "opens with I but talks about the reader",
      code: "Hi Ana,\n\nI'm Sam from Acme. Your talk on Go pooling was great, and your team at Tidewater runs the same stack we do. Would you be open to a call?\n",
    },
    {
      name: "a short note never reaches minSenderWords",
      code: "Hi Ana,\n\nI'm Sam. We met at the meetup and I enjoyed our chat. My team is hiring.\n",
    },
    {
      name: "'US' in capitals is the country, not the sender",
      code: "Hi Ana,\n\nWe are hiring across the US. " + "Remote in the US. ".repeat(10) + "We pay well and we help you move. Our team, our office and our stack are in the US. You would lead it.\n",
      // Six sender words; counting the twelve "US" would make it 18 against 2 "you".
      options: { minSenderWords: 10 },
    },
    { name: "a higher maxRatio", code: ALL_ABOUT_US, options: { maxRatio: 20 } },
  ],
  invalid: [
    {
      code: ALL_ABOUT_US,
      errors: [
        {
          messageId: "selfFocused",
          message:
            "Opens with 'We' and is mostly about you: 15 words about yourself (I, we, our) to 1 about the reader (you, your); lead with them",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 33,
          severity: 1,
        },
      ],
    },
    {
      name: "lower thresholds reach a short note",
      code: "Hi Ana,\n\nI'm Sam. We met at the meetup and I enjoyed our chat. My team is hiring.\n",
      options: { minSenderWords: 5, maxRatio: 2 },
      errors: [{ message: "Opens with 'I'm' and is mostly about you: 5 words about yourself (I, we, our) to 0 about the reader (you, your); lead with them", line: 3, column: 1, endColumn: 9 }],
    },
  ],
});
