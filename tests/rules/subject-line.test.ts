import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/subject-line.js";

const withSubject = (subject: string, extra = "") => `---\nsubject: ${subject}\n${extra}---\nHi Jane,\n\nA short note.\n`;

new RuleTester().run("subject-line", rule, {
  valid: [
    withSubject("Staff backend role at Acme Robotics, remote US ($185-215k)"),
    { name: "acronyms are not shouting", code: withSubject("AWS and SQL work for a VP of Engineering in NYC, HIPAA-ready") },
    { name: "short unknown capitals in a row are abbreviations", code: withSubject("Platform role for the NY NJ region") },
    { name: "a recipient's capitalised company", code: withSubject("Your CUDA work at NVIDIA"), profile: { basics: { name: "Jane Doe" }, work: [{ name: "NVIDIA", startDate: "2020-01-01" }] } },
    { name: "option acronyms", code: withSubject("A role on the ACMECORP platform"), options: { acronyms: ["ACMECORP"] } },
    { name: "a merge field in capitals is not shouting", code: withSubject('"*|FNAME|*, a question about your post"', "template: true\n") },
    { name: "no front matter: a pasted LinkedIn message has no subject", code: "Hi Jane,\n\nA short note.\n" },
    { name: "connection notes have no subject", code: "---\nkind: connection-request\n---\nHi Jane,\n\nA short note.\n" },
    { name: "a 'Subject:' line is a subject", code: "Subject: Backend Engineer II at Tidewater Freight, Austin\n\nHi Ana,\n" },
    { name: "one question mark", code: withSubject("Open to a 20-minute call?") },
    { name: "a free license is not spam", code: withSubject("Updates your free license to an open-source one") },
  ],
  invalid: [
    {
      name: "an InMail with front matter but no subject",
      code: "---\nkind: inmail\n---\nHi Olivia,\n\nA short note.\n",
      errors: [{ messageId: "missingSubject", message: "InMail has no subject: LinkedIn requires one (add 'subject:' to the front matter)", line: 4, column: 1, endLine: 4, endColumn: 11, severity: 2 }],
    },
    {
      name: "front matter without kind: an InMail by default",
      code: "---\ndate: 2026-11-10\n---\nLet me introduce myself.\n",
      errors: [{ messageId: "missingSubject", line: 4, column: 1, endColumn: 25, severity: 2 }],
    },
    {
      name: "capitals and a row of '!', with the row collapsed by --fix",
      code: withSubject("AMAZING JOB OPPORTUNITY!!!"),
      output: withSubject("AMAZING JOB OPPORTUNITY!"),
      errors: [
        { messageId: "allCaps", message: "'AMAZING JOB OPPORTUNITY' in capitals reads as shouting: use sentence case", line: 2, column: 10, endLine: 2, endColumn: 33, severity: 1 },
        { messageId: "repeatedPunctuation", message: "'!!!' in the subject: one mark is enough", line: 2, column: 33, endColumn: 36, severity: 1 },
      ],
    },
    {
      name: "'?!?!' collapses to '?'",
      code: withSubject("Still interested?!?!"),
      output: withSubject("Still interested?"),
      errors: [{ messageId: "repeatedPunctuation", message: "'?!?!' in the subject: one mark is enough", line: 2, column: 26, endColumn: 30 }],
    },
    {
      name: "spam and pressure words in a quoted subject; 'URGENT' is reported once, as a spam word",
      code: withSubject('"URGENT: act now for a risk-free trial"'),
      errors: [
        { messageId: "spamWord", message: "'URGENT' in the subject reads as spam or pressure", line: 2, column: 11, endColumn: 17 },
        { messageId: "spamWord", message: "'act now' in the subject reads as spam or pressure", line: 2, column: 19, endColumn: 26 },
        { messageId: "spamWord", message: "'risk-free' in the subject reads as spam or pressure", line: 2, column: 33, endColumn: 42 },
      ],
    },
    {
      name: "capitals around a spam word: the spam word's words are its report's, the rest of the run is shouting",
      code: withSubject("URGENT - LIMITED TIME OFFER"),
      errors: [
        { messageId: "spamWord", message: "'URGENT' in the subject reads as spam or pressure", line: 2, column: 10, endColumn: 16 },
        { messageId: "spamWord", message: "'LIMITED TIME' in the subject reads as spam or pressure", line: 2, column: 19, endColumn: 31 },
        { messageId: "allCaps", message: "'OFFER' in capitals reads as shouting: use sentence case", line: 2, column: 32, endColumn: 37 },
      ],
    },
    {
      name: "a YAML-escaped subject is not verbatim in the file: reported on the value, not fixed",
      code: withSubject('"New role\\x21\\x21"'),
      output: null,
      errors: [{ messageId: "repeatedPunctuation", message: "'!!' in the subject: one mark is enough", line: 2, column: 11, endColumn: 27 }],
    },
    {
      name: "two short everyday words in capitals",
      code: withSubject("WE ARE hiring in Denver"),
      errors: [{ messageId: "allCaps", message: "'WE ARE' in capitals reads as shouting: use sentence case", line: 2, column: 10, endColumn: 16 }],
    },
    {
      name: "over 100 characters",
      code: withSubject(`Staff backend engineer for the fleet platform team at Acme Robotics, remote in the US, $185k to $215k`),
      errors: [{ messageId: "tooManyCharacters", message: "Subject is 101 characters: keep it to 100 so it is not cut off", line: 2, column: 10, endColumn: 111, severity: 1 }],
    },
    {
      name: "over 15 words",
      code: withSubject("a b c d e f g h i j k l m n o p"),
      errors: [{ messageId: "tooManyWords", message: "Subject is 16 words: keep it to 15 (short subjects get more replies)", line: 2, column: 10, endColumn: 41 }],
    },
    {
      name: "Mailchimp's email limits through options",
      code: withSubject("Staff backend role at Acme Robotics, remote US ($185-215k)"),
      options: { maxLength: 50 },
      errors: [{ messageId: "tooManyCharacters", message: "Subject is 58 characters: keep it to 50 so it is not cut off" }],
    },
    {
      name: "extraSpamWords",
      code: withSubject("A quick win for your team"),
      options: { extraSpamWords: ["quick win"] },
      errors: [{ messageId: "spamWord", message: "'quick win' in the subject reads as spam or pressure", line: 2, column: 12, endColumn: 21 }],
    },
  ],
});
