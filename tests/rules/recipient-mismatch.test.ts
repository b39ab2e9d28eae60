import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/recipient-mismatch.js";
import { fixtureDraft, goodFixtureDrafts } from "./fixture-drafts.js";

const jane = {
  basics: { name: "Jane Doe", label: "Senior Backend Engineer at Northwind Health", summary: "Backend engineer who builds Go services for healthcare data." },
  work: [
    { name: "Northwind Health", position: "Senior Backend Engineer", startDate: "2022-01-01" },
    { name: "Initech", position: "Software Engineer", startDate: "2017-07-10", endDate: "2022-02-25" },
  ],
  education: [{ institution: "University of Michigan" }],
};
const robert = { name: "Robert Smith", company: "Globex", title: "Staff Engineer" };
const katherine = { name: "Katherine O'Neil", company: "Globex", title: "Product Manager" };
const tomas = { name: "Tomás Alvarez", company: "Lakeshore Memorial Hospital", title: "Registered Nurse" };

new RuleTester().run("recipient-mismatch", rule, {
  valid: [
    { name: "nickname Bob for Robert", code: "Hi Bob,\n\nWe have a role.\n", profile: robert },
    { name: "short form by prefix: Rob", code: "Hey Rob!\n\nWe have a role.\n", profile: robert },
    { name: "nickname Kate for Katherine", code: "Hi Kate,\n\nWe have a role.\n", profile: katherine },
    { name: "accents either way", code: "Hi Tomas,\n\nWe have a role.\n", profile: tomas },
    { name: "accented greeting", code: "Hola Tomás,\n\nWe have a role.\n", profile: { name: "Tomas Alvarez" } },
    { name: "full name", code: "Hi Jane Doe,\n\nWe have a role.\n", profile: jane },
    { name: "upper case", code: "HI JANE,\n\nWe have a role.\n", profile: jane },
    { name: "formal greeting by surname", code: "Dear Ms. Doe,\n\nWe have a role.\n", profile: jane },
    { name: "formal greeting with title and surname", code: "Dear Dr Doe,\n\nWe have a role.\n", profile: jane },
    { name: "no profile, no comparison", code: "Hi Sarah,\n\nWe have a role.\n" },
    { name: "a merge field is no-placeholders' to report", code: "Hi {{first_name}},\n\nWe have a role.\n", profile: jane },
    { name: "a group greeting", code: "Hi Engineering Team,\n\nWe have a role.\n", profile: jane },
    { name: "an empty field that leaked is no-placeholders' to report", code: "Hi Undefined,\n\nWe have a role.\n", profile: jane },
    { name: "a field's name without brackets is no-placeholders' to report", code: "Hi FIRSTNAME,\n\nWe have a role.\n", profile: jane },
    { name: "a hand-filled placeholder is no-placeholders' to report", code: "Hi XXXX,\n\nWe have a role.\n", profile: jane },
    { name: "groupWords: a team's own name for itself", code: "Hi Gophers,\n\nWe have a role.\n", profile: jane, options: { groupWords: ["Gophers"] } },
    { name: "not a greeting to anyone", code: "Hello from Acme,\n\nWe have a role.\n", profile: jane },
    { name: "current company by its short name", code: "Hi Jane,\n\nYou're at Northwind now, I think. We have a role.\n", profile: jane },
    { name: "past company, past tense", code: "Hi Jane,\n\nYour time at Initech on billing stood out.\n", profile: jane },
    { name: "school by its short name", code: "Hi Jane,\n\nYou studied at Michigan, like me.\n", profile: jane },
    { name: "an event is not an employer", code: "Hi Jane,\n\nIt was great to meet you at GopherCon last week.\n", profile: jane },
    { name: "a talk is not a job", code: "Hi Jane,\n\nYour talk at PyCon, where you are speaking again, sounds great.\n", profile: jane },
    { name: "a funding stage or a headcount is not an employer", code: "Hi Jane,\n\nNow that you're at Series B and you're at 50 people, hiring gets hard.\n", profile: jane },
    { name: "lower-case words are not names", code: "Hi Jane,\n\nYour work at a startup and your time at scale impressed me.\n", profile: jane },
    {
      name: "the sender's company is the job on offer",
      code: "Hi Jane,\n\nI'm Dana, a recruiter at Acme Robotics. Your role at Acme Robotics would be to lead the platform team.\n",
      profile: jane,
    },
    { name: "a title the profile backs", code: "Hi Jane,\n\nYour role as a senior engineer at Northwind caught my eye.\n", profile: jane },
    { name: "the offered role, in the future tense", code: "Hi Jane,\n\nIn your role as VP of Sales you would lead 40 people.\n", profile: jane },
    { name: "a template is not addressed yet", code: "---\ntemplate: true\n---\nHi Sarah,\n\nYour work at Globex stood out.\n", profile: jane },
    ...goodFixtureDrafts(),
  ],
  invalid: [
    {
      name: "greets someone else",
      code: "Hi Sarah,\n\nWe have a role.\n",
      profile: jane,
      errors: [
        {
          messageId: "wrongName",
          message: "Greets 'Sarah', but the recipient is Jane Doe: this draft may be meant for someone else",
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 9,
          severity: 2,
          suggestions: [{ messageId: "useName", desc: "Greet Jane instead", output: "Hi Jane,\n\nWe have a role.\n" }],
        },
      ],
      output: null,
    },
    {
      name: "a word the groupWords option does not list is read as a name",
      code: "Hi Gophers,\n\nWe have a role.\n",
      profile: jane,
      errors: [
        {
          messageId: "wrongName",
          message: "Greets 'Gophers', but the recipient is Jane Doe: this draft may be meant for someone else",
          line: 1,
          column: 4,
          endColumn: 11,
          suggestions: [{ messageId: "useName", desc: "Greet Jane instead", output: "Hi Jane,\n\nWe have a role.\n" }],
        },
      ],
    },
    {
      name: "a formal greeting to someone else, with no suggestion",
      code: "Dear Mr. Smith,\n\nWe have a role.\n",
      profile: jane,
      errors: [{ messageId: "wrongName", message: "Greets 'Mr. Smith', but the recipient is Jane Doe: this draft may be meant for someone else", line: 1, column: 6, endColumn: 15, suggestions: [] }],
    },
    {
      name: "an employer the profile does not list",
      code: "Hi Jane,\n\nI loved your work at Globex on billing.\n",
      profile: jane,
      errors: [{ messageId: "wrongCompany", message: "Says the recipient is at 'Globex', but their profile lists 'Northwind Health' and 'Initech': this draft may be meant for someone else", line: 3, column: 22, endColumn: 28 }],
    },
    {
      name: "a past employer described as current",
      code: "Hi Jane,\n\nSince you're at Initech, you know billing.\n",
      profile: jane,
      errors: [{ messageId: "pastCompanyAsCurrent", message: "Describes 'Initech' as the recipient's current employer, but they left; their profile says 'Northwind Health'", line: 3, column: 17, endColumn: 24 }],
    },
    {
      name: "a school the profile does not list",
      code: "Hi Jane,\n\nYou studied at Purdue University, like me.\n",
      profile: jane,
      errors: [{ messageId: "wrongSchool", message: "Says the recipient studied at 'Purdue University', but their profile lists 'University of Michigan'", line: 3, column: 16, endColumn: 33 }],
    },
    {
      name: "a title the profile contradicts",
      code: "Hi Jane,\n\nYour role as VP of Sales caught my eye.\n",
      profile: jane,
      errors: [{ messageId: "wrongTitle", message: "Calls the recipient 'VP of Sales', but their profile says 'Senior Backend Engineer'", line: 3, column: 14, endColumn: 25 }],
    },
    {
      ...fixtureDraft("bad-recipient-mismatch-name.md"),
      errors: [
        {
          messageId: "wrongName",
          line: 6,
          column: 4,
          endColumn: 9,
          suggestions: [{ messageId: "useName", desc: "Greet Jane instead", output: fixtureDraft("bad-recipient-mismatch-name.md").code.replace("Hi Sarah,", "Hi Jane,") }],
        },
      ],
    },
    {
      ...fixtureDraft("bad-recipient-mismatch-company.md"),
      errors: [{ messageId: "pastCompanyAsCurrent", line: 8, column: 92, endColumn: 99 }],
    },
  ],
});
