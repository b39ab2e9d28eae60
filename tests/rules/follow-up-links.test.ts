import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/follow-up-links.js";

const NO_LINK = "No link to learn more: add the job post, your company's site or your LinkedIn profile";

new RuleTester().run("follow-up-links", rule, {
  valid: [
    "Hi Jane,\n\nThe job post: https://boards.greenhouse.io/acme/jobs/1\n",
    "Hi Jane,\n\nThe [job post](https://jobs.lever.co/acme/1) has the details.\n",
    { code: "Hi Jane,\n\nMy profile: linkedin.com/in/sam-park\n", name: "a scheme-less link" },
    { code: "Hi Jane,\n\nSee https://lnkd.in/abc123 for the post.\n", name: "lnkd.in is LinkedIn's own rewriting, not a shortener" },
    {
      code: "Hi Jane,\n\nPost: https://acme.io/jobs/1, team: https://www.acme.io/team/, blog: http://acme.io/blog, and again https://acme.io/jobs/1.\n",
      name: "three distinct links; the same URL twice counts once",
    },
    { code: "---\nkind: connection-request\n---\nHi Jane, I enjoyed your talk. Let's connect.\n", name: "a connection note has no room for a link" },
    { code: "---\nkind: follow-up\n---\nHi Jane,\n\nOne more detail on the role: it is remote.\n", name: "a follow-up: the first message carried the link" },
    { code: "---\nhistory:\n  - {date: 2026-11-01, direction: received}\n---\nHi Jane,\n\nThanks for the reply.\n", name: "a reply in a thread" },
    { code: "---\nkind: message\n---\nHey Marcus, could you be a reference for me?\n", name: "a message to a connection" },
    { code: "Hi Priya,\n\nThe client is confidential, but I'm happy to email the full job description.\n", name: "an explicit offer to send the details" },
    { code: "---\ntemplate: true\n---\nHi {{first_name}},\n\nThe role: {{job_link}}\n", name: "a link slot in a template" },
    { code: "Hi Jane,\n\nWe are hiring.\n", options: { requireLink: false }, name: "requireLink off" },
  ],
  invalid: [
    {
      code: "Hi Jane,\n\nI'm Sam from Acme. We are hiring.\n\nBest,\nSam\n",
      errors: [{ messageId: "noLink", message: NO_LINK, line: 3, column: 20, endLine: 3, endColumn: 34, severity: 1 }],
    },
    {
      code: "---\ntemplate: true\n---\nHi {{first_name}},\n\nWe are hiring at {{company}}.\n",
      name: "a template without a link slot",
      errors: [{ messageId: "noLink", message: NO_LINK, line: 6, column: 1, endLine: 6, endColumn: 30 }],
    },
    {
      code: "See https://bit.ly/3Kq7ZxB for details.\n",
      errors: [{ messageId: "shortener", message: "Link shortener 'bit.ly' hides where the link goes: use the full URL", line: 1, column: 5, endLine: 1, endColumn: 27, severity: 1 }],
    },
    {
      code: "The [post](https://tinyurl.com/acme-job) and https://go.acme.io/role.\n",
      options: { extraShorteners: ["GO.ACME.IO"] },
      name: "a shortener behind Markdown link text, and one from options",
      errors: [
        { messageId: "shortener", message: "Link shortener 'tinyurl.com' hides where the link goes: use the full URL", line: 1, column: 12, endLine: 1, endColumn: 40 },
        { messageId: "shortener", message: "Link shortener 'go.acme.io' hides where the link goes: use the full URL", line: 1, column: 46, endLine: 1, endColumn: 69 },
      ],
    },
    {
      code: "Links: https://a.io, https://b.io, https://c.io and https://d.io.\n",
      errors: [{ messageId: "tooManyLinks", message: "4 links: keep it to 3 or fewer so the one that matters gets clicked", line: 1, column: 53, endLine: 1, endColumn: 65, severity: 1 }],
    },
    {
      code: "Post: https://a.io/jobs/1\nMe: https://linkedin.com/in/sam\n",
      options: { maxLinks: 1 },
      errors: [{ messageId: "tooManyLinks", message: "2 links: keep it to 1 or fewer so the one that matters gets clicked", line: 2, column: 5, endLine: 2, endColumn: 32 }],
    },
  ],
});
