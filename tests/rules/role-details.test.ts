import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/role-details.js";

const noRole = "This message is about a job but never names the role: give its title (e.g. 'Senior Data Scientist')";
const noCompany = "This message is about a job but never names the hiring company: say who is hiring";

new RuleTester().run("role-details", rule, {
  valid: [
    {
      name: "an unnamed employer inside hype vague-opportunity reports is left to it (one report, same fix: name the company)",
      code: "Hi Jane,\n\nI'm Sofia, a recruiter at Northstar Talent. I am working with a fast-growing company that is hiring a Senior Data Scientist.\n",
    },
    {
      name: "role, company and range named",
      code: "Subject: Staff Backend Engineer at Acme Robotics\n\nHi Jane,\n\nI'm Dana, a recruiter at Acme Robotics. The role pays $185,000 to $215,000.\n",
      options: { requireSalary: true },
    },
    { name: "not a job pitch", code: "Hi Jane,\n\nLoved your talk on Postgres at the Go meetup. Would you share your slides?\n" },
    {
      name: "an agency that says when it will name its client",
      code: "Hi Jane,\n\nI'm Sam with Keystone Talent. My client is hiring a Staff Data Engineer, and I can share the client's name on a call.\n",
    },
    { name: "a follow-up builds on the first message", code: "---\nkind: follow-up\n---\nHi Jane,\n\nFollowing up once on the role I wrote about.\n" },
    {
      name: "template fields fill in role, company and pay",
      code: "---\ntemplate: true\n---\nHi {{first_name}},\n\nWe're hiring a {{job_title}} at {{company}}, paying {{salary_range}}.\n",
      options: { requireSalary: true },
    },
    { name: "the recipient's own role is not a pitch", code: "Hi Jane,\n\nI enjoyed reading about your role at Northwind. How did you get started in data engineering?\n" },
    { name: "a job seeker's reference ask", code: "Hi Jane,\n\nI'm in the final round for a role at a regional health system, and they asked for references. Would you be one?\n" },
    {
      name: "a client named at once",
      code: "Hi Jane,\n\nOur client, Ridgeway Outdoor Co., is hiring a Senior Data Scientist for £70k–£85k.\n",
      options: { requireSalary: true },
    },
  ],
  invalid: [
    {
      name: "an exciting opportunity and nothing else: the hype is vague-opportunity's span, so these point at the opening",
      code: "Hi Jane,\n\nI have an exciting opportunity for you. Interested?\n",
      errors: [
        { messageId: "noRole", message: noRole, line: 1, column: 1, endLine: 1, endColumn: 9, severity: 2 },
        { messageId: "noCompany", message: noCompany, line: 1, column: 1, endLine: 1, endColumn: 9, severity: 2 },
      ],
    },
    {
      name: "an unnamed employer is a warning (with the details vague-opportunity asks for, so the hype is not reported there)",
      code: "Hi Jane,\n\nI'm Sofia, a recruiter at Northstar Talent. I am working with a fast-growing company that is hiring a Senior Data Scientist.\nIt is remote and pays $150,000 to $170,000.\n",
      errors: [
        {
          messageId: "unnamedEmployer",
          message: "'a fast-growing company' keeps the hiring company unnamed: name it, or say when you will",
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 85,
          severity: 1,
        },
      ],
    },
    {
      name: "requireSalary: 'competitive' is not a range",
      code: "Hi Jane,\n\nAcme Robotics is hiring a Staff Backend Engineer. The salary is competitive.\n",
      options: { requireSalary: true },
      errors: [{ messageId: "noSalary", message: "No salary range: say what the role pays (e.g. '$150,000 to $170,000')", line: 3, column: 41, endLine: 3, endColumn: 49, severity: 2 }],
    },
    {
      name: "the sender's own title does not name the role",
      code: "Hi Jane,\n\nI'm Dana, a technical recruiter at Acme Robotics, and I have a role for you.\n",
      errors: [{ messageId: "noRole", message: noRole, line: 3, column: 64, endLine: 3, endColumn: 68 }],
    },
    {
      name: "a pitch only in the subject",
      code: "Subject: A role for you\n\nHi Jane,\n\nAre you open to a short call this week?\n",
      errors: [
        { messageId: "noRole", line: 1, column: 12, endLine: 1, endColumn: 16 },
        { messageId: "noCompany", line: 1, column: 12, endLine: 1, endColumn: 16 },
      ],
    },
  ],
});
