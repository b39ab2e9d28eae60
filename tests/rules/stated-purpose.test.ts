import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/stated-purpose.js";

const MISSING_BOTH = "The opening does not say who you are or why you are writing: start with your name and role, then the reason";
const MISSING_WHO = "The opening says why you write but not who you are: add your name and role or company";
const MISSING_WHY = "The opening does not say why you are writing: name the role, offer or ask";

new RuleTester().run("stated-purpose", rule, {
  valid: [
    "Hi Jane,\n\nI'm Sam Park, a recruiter at Acme. I'm writing about a Go role on our team.\n",
    "Hi Jane,\n\nMy name is Dana and I lead hiring at Acme Robotics. We're looking for a staff engineer.\n",
    { code: "Hi Jane,\n\nDevika here, from the Seattle Frontend Meetup. Would you be open to a chat?\n", name: "'<Name> here' introduces the sender" },
    { code: "Hi Aisha,\n\nAs the hiring manager at Mosaic Health, I'm looking for a staff SRE.\n", name: "'As the <role> at <Company>' introduces the sender" },
    { code: "Hi Ana,\n\nAt Tidewater Freight, we are opening a Backend Engineer II role.\n", name: "'At <Company>, we' introduces the sender" },
    { code: "Hi Rachel,\n\nI teach biology in St. Paul. I'd love your advice on moving into data analytics.\n", name: "'I teach ...' introduces the sender" },
    { code: "Hi Marcus,\n\nI'm Nora, an account executive at Routewise, and this is a sales message.\n", name: "saying it is a sales message is the purpose" },
    { code: "Hi Ben,\n\nI run partnerships at Mise, a point-of-sale system for restaurants.\n", name: "plural purpose words count ('partnerships')" },
    { code: "Hi Olivia,\n\nI'm Hannah Osei, a principal at Kestrel Capital. We invest at Series A in B2B marketplaces.\n", name: "investor outreach" },
    { code: "Hi Keisha,\n\nI'm Miguel, a recruiter at Keystone. Ridgeway Outdoor has asked me to find a data scientist.\n", name: "an agency's brief" },
    { code: "---\nkind: connection-request\n---\nHi Jane, loved your talk on pooling. I'd like to stay in touch.\n", name: "a connection request needs only the purpose" },
    { code: "---\nkind: follow-up\n---\nHi Jane,\n\nResurfacing my invite to the podcast in case it got buried.\n", name: "a follow-up needs only the purpose" },
    { code: "---\nkind: message\n---\nHey Marcus, long time! I'm writing with a favour you should feel free to decline.\n", name: "a message to a connection needs only the purpose" },
    { code: "Hi Jane,\n\nSam of Acme speaking. Got a gig for you.\n", options: { extraIntroductions: ["speaking"], extraPurposes: ["gig"] }, name: "extra phrases from options" },
    {
      code: "Hi Jane,\n\nLovely weather. Busy week. Long day. I'm Sam from Acme, hiring for a Go role.\n",
      options: { sentences: 4 },
      name: "a longer opening from options",
    },
    { code: "", name: "an empty draft has no opening to judge" },
    {
      code: "---\nkind: message\n---\nHi Nathan, thanks for accepting my request. I run marketing at a small startup. Your post about ungating ebooks made me want to try it. Would you be open to a 20-minute coffee?\n",
      name: "a thank-you first does not use up the opening (corpus 057 and 096 ask in their fourth sentence)",
    },
    {
      code: "---\nkind: message\n---\nHi Sam, cheers for the talk. I tried your fix. It worked. Would you be open to reviewing my RFC?\n",
      options: { extraCourtesies: ["cheers for"] },
      name: "extraCourtesies",
    },
  ],
  invalid: [
    {
      code: "Hi Mei,\n\nThanks for reading. Hope you are well. Autumn is lovely. The rain comes back. Teams turn inward.\n\nAnyway, I'm Felix and I'm hiring a designer.\n",
      name: "courtesy sentences are part of the opening, on top of its three sentences",
      errors: [{ messageId: "missingBoth", message: MISSING_BOTH, line: 3, column: 1, endLine: 3, endColumn: 97, severity: 1 }],
    },
    {
      code: "Hi Mei,\n\nAutumn in Seattle is lovely. The rain comes back. Teams turn inward.\n\nAnyway, I'm Felix and I'm hiring a designer.\n",
      errors: [{ messageId: "missingBoth", message: MISSING_BOTH, line: 3, column: 1, endLine: 3, endColumn: 69, severity: 1 }],
    },
    {
      code: "Hi Jane,\n\nWe have a Go role on the payments team. It is remote.\n",
      errors: [{ messageId: "missingWho", message: MISSING_WHO, line: 3, column: 1, endLine: 3, endColumn: 54, severity: 1 }],
    },
    {
      code: "Hi Jane,\n\nI'm Sam Park from Acme. The weather is nice today.\n",
      errors: [{ messageId: "missingWhy", message: MISSING_WHY, line: 3, column: 1, endLine: 3, endColumn: 51, severity: 1 }],
    },
    {
      code: "I'm excited to write. The weather is nice today.\n",
      name: "\"I'm excited\" is not a name",
      errors: [{ messageId: "missingBoth", message: MISSING_BOTH, line: 1, column: 1, endLine: 1, endColumn: 49 }],
    },
    {
      code: "---\nkind: follow-up\nhistory:\n  - {date: 2026-11-03, direction: sent}\n---\nHi Jane,\n\nHope your week is going well.\n",
      name: "a follow-up that says nothing",
      errors: [{ messageId: "missingWhy", message: MISSING_WHY, line: 8, column: 1, endLine: 8, endColumn: 30 }],
    },
    {
      code: "I'm Sam from Acme. We have a Go role.\n",
      options: { sentences: 1 },
      name: "the purpose after a one-sentence opening",
      errors: [{ messageId: "missingWhy", message: MISSING_WHY, line: 1, column: 1, endLine: 1, endColumn: 19 }],
    },
  ],
});
