import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/transparency.js";

const FAKE_REPLY = (prefix: string) => `Subject starts with '${prefix}' but there is no earlier message in this thread (front matter 'history')`;

new RuleTester().run("transparency", rule, {
  valid: [
    {
      code: "Hi Marcus,\n\nI'm Nora, an account executive at Routewise. I'd love to get your thoughts on how your reps quote spot freight. Pricing is per seat.\n",
      name: "an honest sales message: the seller's role is named before the networking line",
    },
    {
      code: "Hi Ben,\n\nFellow founder here. I run Acme, and we make scheduling software for clinics. Would a demo be useful?\n",
      name: "an honest sales message: the offer comes within the opening",
    },
    {
      code: "Hi Jane,\n\nI'm Dev, and this is a sales message. I'd love to connect. Our platform scores carriers, and pricing starts at $1,500 a month.\n",
      name: "a sales message that says so",
    },
    {
      code: "Hi Jane,\n\nOur platform helps brokers quote faster. I'd love your perspective on whether it fits your team.\n",
      name: "the pitch before the networking line",
    },
    {
      code: "Hi Tomás,\n\nI'm a nursing student, and I would love to pick your brain about your first ICU year. Would you have 15 minutes?\n",
      name: "networking with no pitch at all",
    },
    {
      code: "Hi Jane,\n\nI'm Sam. We build robots. We are hiring. The team is small.\n\nI'd love your thoughts on the role. Our product ships in May, and there is a demo.\n",
      name: "a networking line after the opening is not an opener",
    },
    {
      code: '---\nsubject: "Re: our call"\nhistory:\n  - {date: 2026-11-01, direction: received}\n---\nHi Jane,\n\nAs we discussed, here are the details.\n',
      name: "a reply and a claimed conversation with history",
    },
    { code: '---\nsubject: "Re: Staff SRE role"\nkind: follow-up\n---\nHi Aisha,\n\nOne more detail on the role.\n', name: "a declared follow-up may keep 'Re:'" },
    { code: "Subject: Regarding the Go role\n\nHi Jane,\n\nI'm Sam from Acme.\n", name: "'Regarding' is not 'Re:'" },
  ],
  invalid: [
    {
      code: "Hi Marcus,\n\nI would love to pick your brain about how you built your sales academy. Your post on hiring was great. I'd really like to learn from you.\n\nThe reason I ask is that our platform helps VPs ramp reps faster. I'd like to give you a demo.\n",
      errors: [
        {
          messageId: "baitAndSwitch",
          message: "Opens as networking ('pick your brain') then pitches ('our platform'): say it is a sales message up front",
          line: 5,
          column: 26,
          endLine: 5,
          endColumn: 38,
          severity: 2,
        },
      ],
    },
    {
      code: "Hi Olivia,\n\nThanks for connecting! I'm a big admirer of your work and would love to pick your brain. I'm a founder too.\n\nFor context, we're building Sourcely. Plans start at £299/month per seat.\n",
      name: "the pitch after the opening, with no disclosure in it",
      errors: [{ messageId: "baitAndSwitch", message: "Opens as networking ('pick your brain') then pitches ('Plans start'): say it is a sales message up front", line: 5, column: 39, endLine: 5, endColumn: 50 }],
    },
    {
      code: '---\nsubject: "Re: our conversation"\n---\nHi Jane,\n\nI\'m Sam from Acme.\n',
      errors: [{ messageId: "fakeReply", message: FAKE_REPLY("Re:"), line: 2, column: 11, endLine: 2, endColumn: 14, severity: 2 }],
    },
    {
      code: "Subject: FWD: Senior role\n\nHi Jane,\n",
      errors: [{ messageId: "fakeReply", message: FAKE_REPLY("FWD:"), line: 1, column: 10, endLine: 1, endColumn: 14 }],
    },
    {
      code: "Subject: RE[2]: Senior role\n\nHi Jane,\n",
      errors: [{ messageId: "fakeReply", message: FAKE_REPLY("RE[2]:"), line: 1, column: 10, endLine: 1, endColumn: 16 }],
    },
    {
      code: "Hi Keisha, as we discussed, here are the details.\n\nGreat talking to you last week.\n",
      errors: [
        {
          messageId: "unverifiedConversation",
          message: "'as we discussed' claims an earlier conversation, but the thread has no history: remove it or add 'history' to the front matter",
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 27,
          severity: 1,
        },
        {
          messageId: "unverifiedConversation",
          message: "'Great talking to you' claims an earlier conversation, but the thread has no history: remove it or add 'history' to the front matter",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 21,
          severity: 1,
        },
      ],
    },
    {
      code: "Hi Jane,\n\nCould you do me a quick favor and look at our deck? It is short.\n\nWe also offer a retainer for ongoing work.\n",
      options: { extraOpeners: ["quick favor"], extraPitches: ["retainer"], openingSentences: 1 },
      name: "extra openers and pitches, and a one-sentence opening, from options",
      errors: [{ messageId: "baitAndSwitch", message: "Opens as networking ('quick favor') then pitches ('retainer'): say it is a sales message up front", line: 5, column: 17, endLine: 5, endColumn: 25 }],
    },
  ],
});
