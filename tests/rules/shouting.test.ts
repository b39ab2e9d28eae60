import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/shouting.js";

const body = (text: string) => `Hi Sam,\n\n${text}\n`;
const capitals = (text: string) => `'${text}' in capitals reads as shouting: write it in lower case`;

new RuleTester().run("shouting", rule, {
  valid: [
    { name: "acronyms", code: body("We use AWS, SQL and gRPC. The VP of Engineering works from our NYC office with the ICU RN team, a CCRN educator and our HIPAA auditors.") },
    { name: "unknown short capitals alone or in pairs without an everyday word", code: body("We serve the NY NJ region and our DBA team runs EKS.") },
    { name: "words with digits and redactions", code: body("We run EC2 and S3; the client is XXXXXX for now.") },
    { name: "option acronyms", code: body("We build ACMECORP tooling."), options: { acronyms: ["ACMECORP"] } },
    { name: "config words in capitals", code: body("We build ACMECORP tooling."), settings: { words: ["ACMECORP"] } },
    { name: "the recipient's capitalised employer", code: body("Your work at NVIDIA stood out."), profile: { basics: { name: "Sam Okafor" }, work: [{ name: "NVIDIA", startDate: "2021-01-01" }] } },
    { name: "a greeting, one '!' and a sign-off", code: "Hi Sam!\n\nYour post on Raft was great! Thanks again for writing it.\n\nThanks!\nJasmine\n" },
    { name: "pleasantries do not count", code: body("I hope you're doing well! The role is remote. Have a great day! Looking forward to it!") },
    { name: "a one-word line", code: body("Understood! The role is remote, and I will not write again.") },
    { name: "'!=' in a code sample", code: body("Your check if (a != b) caught it! Nice.") },
    { name: "two emoji", code: body("Congrats on the launch 🚀🎉") },
    { name: "an ellipsis", code: body("Well... maybe next year.") },
    { name: "a signature in capitals", code: "Hi Sam,\n\nA short note.\n\nBest,\nJASMINE WU\n" },
    { name: "the subject belongs to subject-line", code: "---\nsubject: AMAZING ROLE!!!\n---\nHi Sam,\n\nA short note.\n" },
    { name: "capitals inside a spam phrase are spam-phrases' (corpus 024: 'CLICK HERE', '100% FREE')", code: body("To see your rate, CLICK HERE. It is 100% FREE.") },
    { name: "capitals inside a pressure phrase are pressure's (corpus 041: 'ACT NOW')", code: body("Positions go quickly, so ACT NOW.") },
    { name: "a merge field's name in the greeting is no-placeholders'", code: "Hi FIRSTNAME,\n\nA short note.\n" },
    { name: "option pleasantries", code: body("Great talk! Glad to meet you!"), options: { pleasantries: ["glad to"] } },
  ],
  invalid: [
    {
      name: "with spam-phrases off, capitals inside its phrases are shouting's again",
      code: body("To see your rate, CLICK HERE. It is 100% FREE."),
      enabledRules: ["pressure", "no-placeholders"],
      errors: [
        { messageId: "capitals", message: capitals("CLICK HERE"), line: 3, column: 19, endColumn: 29 },
        { messageId: "capitals", message: capitals("FREE"), line: 3, column: 42, endColumn: 46 },
      ],
    },
    {
      name: "with pressure off, capitals inside its phrases are shouting's again",
      code: body("Positions go quickly, so ACT NOW."),
      enabledRules: ["spam-phrases", "no-placeholders"],
      errors: [{ messageId: "capitals", message: capitals("ACT NOW"), line: 3, column: 26, endColumn: 33 }],
    },
    {
      name: "with no-placeholders off, a merge field's name in capitals is shouting's",
      code: "Hi FIRSTNAME,\n\nA short note.\n",
      enabledRules: ["spam-phrases", "pressure"],
      errors: [{ messageId: "capitals", message: capitals("FIRSTNAME"), line: 1, column: 4, endColumn: 13 }],
    },
    {
      name: "a second '!' outside the pleasantries",
      code: body("Great talk! Glad to meet you!"),
      errors: [{ messageId: "extraExclamation", message: "Exclamation mark number 2: keep to 1 per message", line: 3, column: 29, endColumn: 30 }],
    },
    {
      name: "the rest of a run around a pressure phrase is still shouting (corpus 041)",
      code: body("DON'T MISS OUT, POSITIONS ARE FILLING FAST today."),
      errors: [{ messageId: "capitals", message: capitals("POSITIONS ARE FILLING FAST"), line: 3, column: 17, endLine: 3, endColumn: 43 }],
    },
    {
      name: "a long word in capitals and a short emphasis word",
      code: body("Your project is INCREDIBLE and I have HUGE news."),
      errors: [
        { messageId: "capitals", message: capitals("INCREDIBLE"), line: 3, column: 17, endLine: 3, endColumn: 27, severity: 1 },
        { messageId: "capitals", message: capitals("HUGE"), line: 3, column: 39, endColumn: 43 },
      ],
    },
    {
      name: "five letters are enough to shout",
      code: body("This is CRAZY."),
      errors: [{ messageId: "capitals", message: capitals("CRAZY"), line: 3, column: 9, endColumn: 14 }],
    },
    {
      name: "a run of capitals is one problem",
      code: body("WE ARE HIRING NOW in Austin."),
      errors: [{ messageId: "capitals", message: capitals("WE ARE HIRING NOW"), line: 3, column: 1, endColumn: 18 }],
    },
    {
      name: "two short words, one of them emphasis",
      code: body("The BIG NEWS is out."),
      errors: [{ messageId: "capitals", message: capitals("BIG NEWS"), line: 3, column: 5, endColumn: 13 }],
    },
    {
      name: "rows of '!' and '?' collapse to one mark",
      code: body("We would love to meet you!!! Are you free??"),
      output: body("We would love to meet you! Are you free?"),
      errors: [
        { messageId: "punctuationRun", message: "'!!!' reads as shouting: one mark is enough", line: 3, column: 26, endColumn: 29 },
        { messageId: "punctuationRun", message: "'??' reads as shouting: one mark is enough", line: 3, column: 42, endColumn: 44 },
      ],
    },
    {
      name: "'?!?!' becomes '?' and five dots an ellipsis",
      code: body("Still interested?!?! Well....."),
      output: body("Still interested? Well..."),
      errors: [
        { messageId: "punctuationRun", message: "'?!?!' reads as shouting: one mark is enough", line: 3, column: 17, endColumn: 21 },
        { messageId: "punctuationRun", message: "'.....' reads as shouting: one mark is enough", line: 3, column: 26, endColumn: 31 },
      ],
    },
    {
      name: "the second and later '!' of a message",
      code: body("Great news! We are hiring! Call me!"),
      output: null,
      errors: [
        { messageId: "extraExclamation", message: "Exclamation mark number 2: keep to 1 per message", line: 3, column: 26, endColumn: 27 },
        { messageId: "extraExclamation", message: "Exclamation mark number 3: keep to 1 per message", line: 3, column: 35, endColumn: 36 },
      ],
    },
    {
      name: "maxExclamations: 0",
      code: body("Great to meet you at the meetup!"),
      options: { maxExclamations: 0 },
      errors: [{ messageId: "extraExclamation", message: "Exclamation mark number 1: keep to 0 per message", line: 3, column: 32, endColumn: 33 }],
    },
    {
      name: "a row of emoji (UTF-16 columns: two units each)",
      code: body("Let's talk 🚀🚀🚀 soon."),
      errors: [{ messageId: "emojiRun", message: "3 emoji in a row: one at most in a message to a stranger", line: 3, column: 12, endColumn: 18 }],
    },
    {
      name: "emoji separated by spaces are still a row",
      code: body("Apply today 🔥 🔥 🔥 🔥"),
      errors: [{ messageId: "emojiRun", message: "4 emoji in a row: one at most in a message to a stranger", line: 3, column: 13, endColumn: 24 }],
    },
  ],
});
