import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/grammar.js";
import { fixtureDraft, goodFixtureDrafts } from "./fixture-drafts.js";

const body = (text: string) => `Hi Jane,\n\n${text}\n`;

new RuleTester().run("grammar", rule, {
  valid: [
    { name: "option allowedRepeats", code: "Hi Jane,\n\nOur team motto is go go go, and we ship weekly.\n", options: { allowedRepeats: ["go"] } },
    { name: "repeats grammar allows", code: body("I know that that is odd, and she had had enough. We met in Walla Walla. It grew 10 10 times.") },
    { name: "a/an by sound", code: body("It takes an hour at a university for an MBA, a one-time fee, a URL, an HR partner, a VP, a user and a European.") },
    { name: "a/an before numbers", code: body("It is an 8-week contract with an 11% raise, an 18-month runway and a 12-week orientation.") },
    { name: "a/an before brands and letters", code: body("Bring an iPhone, a gRPC service, an npm package, a dbt model, an X-ray, an F1 visa, an A/B test and a B2B plan.") },
    { name: "ambiguous: both accepted", code: body("Write a SQL query or an SQL query, hire a SRE or an SRE, drive a Uber or an Uber, see a historic or an historic site.") },
    { name: "acronyms inside words", code: body("We are a US-based team with an HR-approved plan, an MLOps or a MLOps engineer, a SQLite store, a CTOs' forum and an AWS-hosted app.") },
    { name: "a capital A that is a name", code: body("Our Series A investors and Plan A or B are ready.") },
    { name: "brands that are lower case by convention start a sentence", code: body("We ship fast. npm is our registry. iPhone users love it. eBay too.") },
    { name: "a greeting's comma goes on", code: "Hi Keisha, as we discussed, here are the details.\n" },
    { name: "after a colon, semicolon or ellipsis", code: body("Here is the plan:\nthe team meets Monday. We wait... and then we go; then we rest.") },
    { name: "list items", code: body("The role:\n\n- remote in the US\n- pays well") },
    { name: "a parenthesis that ends with a question goes on", code: body("We work with Acme (you've heard of them!) on a platform role.") },
    { name: "no missing space in tokens", code: body("We use Node.js and ASP.NET in the U.S. for 3.5 years, see acme.io/jobs or Acme.com today.") },
    { name: "brands with a dot and code", code: body("I recruit at Media.Net. Call obj.Method() or use config.Value.x now.") },
    { name: "ellipses, code and paths", code: body("Well... we use std::vector and ../lib, really?! Great!!") },
    { name: "smileys, list markers, inch marks", code: body("Happy to chat :) We offer 1) pay 2) equity (3) a 27\" monitor and \"good\" coffee, “fresh” daily.") },
    { name: "a lone closing curly quote is autocorrect", code: body("He said ”yes” twice.") },
    ...goodFixtureDrafts(),
  ],
  invalid: [
    {
      name: "a doubled word the allowedRepeats option does not list",
      code: "Hi Jane,\n\nOur motto is go go, and we ship.\n",
      output: "Hi Jane,\n\nOur motto is go, and we ship.\n",
      errors: [{ messageId: "repeatedWord", message: "Repeated word 'go'", line: 3, column: 14, endLine: 3, endColumn: 19 }],
    },
    {
      name: "a repeated word",
      code: body("We need the the team."),
      errors: [{ messageId: "repeatedWord", message: "Repeated word 'the'", line: 3, column: 9, endLine: 3, endColumn: 16, severity: 1 }],
      output: body("We need the team."),
    },
    {
      name: "a/an before the wrong sound",
      code: body("A engineer with an great record, a MBA, a hour a week at an university on a 8-week plan."),
      errors: [
        { messageId: "wrongArticle", message: "Use 'An' before 'engineer'", line: 3, column: 1, endColumn: 2 },
        { messageId: "wrongArticle", message: "Use 'a' before 'great'", line: 3, column: 17, endColumn: 19 },
        { messageId: "wrongArticle", message: "Use 'an' before 'MBA'", line: 3, column: 34, endColumn: 35 },
        { messageId: "wrongArticle", message: "Use 'an' before 'hour'", line: 3, column: 41, endColumn: 42 },
        { messageId: "wrongArticle", message: "Use 'a' before 'university'", line: 3, column: 58, endColumn: 60 },
        { messageId: "wrongArticle", message: "Use 'an' before '8-week'", line: 3, column: 75, endColumn: 76 },
      ],
      output: body("An engineer with a great record, an MBA, an hour a week at a university on an 8-week plan."),
    },
    {
      name: "an acronym before a hyphen is said by its letters",
      code: body("We are an US-based team with a HR-approved plan."),
      errors: [
        { messageId: "wrongArticle", message: "Use 'a' before 'US-based'", line: 3, column: 8, endColumn: 10 },
        { messageId: "wrongArticle", message: "Use 'an' before 'HR-approved'", line: 3, column: 30, endColumn: 31 },
      ],
      output: body("We are a US-based team with an HR-approved plan."),
    },
    {
      name: "a sentence that starts in lower case",
      code: body("We have a role. the pay is good."),
      errors: [{ messageId: "lowercaseStart", message: "Sentence starts in lower case: 'the' should be 'The'", line: 3, column: 17, endColumn: 20 }],
      output: body("We have a role. The pay is good."),
    },
    {
      name: "a missing space after a full stop",
      code: body("We have a role.The pay is good!Really nice."),
      errors: [
        { messageId: "missingSpace", message: "Missing space after '.'", line: 3, column: 15, endColumn: 16 },
        { messageId: "missingSpace", message: "Missing space after '!'", line: 3, column: 31, endColumn: 32 },
      ],
      output: body("We have a role. The pay is good! Really nice."),
    },
    {
      name: "doubled punctuation, but not runs of ! or ?",
      code: body("We have a role.. The pay,, is good;; really!!"),
      errors: [
        { messageId: "doubledPunctuation", message: "Doubled punctuation '..'", line: 3, column: 15, endColumn: 17 },
        { messageId: "doubledPunctuation", message: "Doubled punctuation ',,'", line: 3, column: 25, endColumn: 27 },
        { messageId: "doubledPunctuation", message: "Doubled punctuation ';;'", line: 3, column: 35, endColumn: 37 },
      ],
      output: body("We have a role. The pay, is good; really!!"),
    },
    {
      name: "brackets and quotes that do not pair up",
      code: body("The role (hybrid, in Austin pays well.\n\nIt is remote] and \"great.\n\nShe said “yes and left."),
      errors: [
        { messageId: "unclosed", message: "'(' is never closed with ')' in this paragraph", line: 3, column: 10, endColumn: 11 },
        { messageId: "unmatchedClose", message: "']' has no matching '[' in this paragraph", line: 5, column: 13, endColumn: 14 },
        { messageId: "unpairedQuote", message: "Unpaired quotation mark in this paragraph", line: 5, column: 19, endColumn: 20 },
        { messageId: "unclosed", message: "'“' is never closed with '”' in this paragraph", line: 7, column: 10, endColumn: 11 },
      ],
      output: null,
    },
    {
      ...fixtureDraft("bad-grammar.md"),
      output: fixtureDraft("bad-grammar.md")
        .code.replace("hiring a engineer for the the team", "hiring an engineer for the team")
        .replace("you an great fit for our team.We keep", "you a great fit for our team. We keep")
        .replace("\nthe role is Backend", "\nThe role is Backend")
        .replace("open to a interview", "open to an interview"),
      errors: [
        { message: "Use 'an' before 'engineer'", line: 8, column: 77, endColumn: 78 },
        { message: "Repeated word 'the'", line: 8, column: 92, endColumn: 99 },
        { message: "Use 'a' before 'great'", line: 10, column: 38, endColumn: 40 },
        { message: "Missing space after '.'", line: 10, column: 63, endColumn: 64 },
        { message: "Sentence starts in lower case: 'the' should be 'The'", line: 12, column: 1, endColumn: 4 },
        { message: "'(' is never closed with ')' in this paragraph", line: 12, column: 49, endColumn: 50 },
        { message: "Use 'an' before 'interview'", line: 16, column: 22, endColumn: 23 },
      ],
    },
  ],
});
