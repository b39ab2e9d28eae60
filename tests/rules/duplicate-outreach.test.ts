import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/duplicate-outreach.js";
import { bandingFor, jaccard, minHashSignature, shingleHashes } from "../../rules/util/minhash.js";

/** 40 distinct words in four sentences: with 3-word shingles, changing one inner word changes 3 of 38. */
const WORDS = (
  "river stone maple cedar harbor lantern orchard meadow copper willow falcon summit canyon prairie glacier " +
  "thunder velvet amber crystal marble silver granite breeze ember harvest compass anchor beacon quartz timber " +
  "saddle pebble thistle juniper hollow garnet cobalt violet saffron indigo"
).split(" ");

function body(words: string[]): string {
  const sentences = [0, 10, 20, 30].map((start) => {
    const part = words.slice(start, start + 10).join(" ");
    return `${part[0]!.toUpperCase()}${part.slice(1)}.`;
  });
  return sentences.join(" ");
}

function draft(name: string, words: string[] = WORDS): string {
  return `Hi ${name},\n\n${body(words)}\n\nBest,\nSam\n`;
}

/** One word in the middle swapped: Jaccard (38 - 3) / (38 + 3) = 0.853. */
const ONE_WORD_CHANGED = WORDS.map((word, index) => (index === 20 ? "zephyr" : word));

const PROFILES = [
  { name: "Jane Doe", work: [{ name: "Northwind Health", position: "Backend Engineer" }] },
  { name: "Keisha Morrow", work: [{ name: "Cartwheel Grocers", position: "Data Scientist" }] },
  { name: "Elena Petrova", work: [{ name: "Quillstack", position: "CTO" }] },
];
const INVITE = (first: string, company: string) =>
  `Hi ${first},\n\nI'm Owen Park, and I organize Postgres in Production, a small virtual roundtable for people who run PostgreSQL at work. ` +
  `I'm writing to invite you to our December session. Each session has 12 people and lasts 60 minutes. ` +
  `The topic on December 9 is migrating large tables, and someone from ${company} would bring a useful view. Would you like me to save you a seat?\n\nThanks,\nOwen\n`;

describe("minhash", () => {
  it("computes exact Jaccard similarity of sorted sets", () => {
    expect(jaccard([1, 2, 3, 4], [3, 4, 5, 6])).toBeCloseTo(2 / 6, 10);
    expect(jaccard([], [])).toBe(1);
  });

  it("chooses banding that finds pairs at the threshold with probability 0.99 or more", () => {
    for (const threshold of [0.5, 0.8, 0.95]) {
      const { bands, rows } = bandingFor(threshold);
      expect(1 - Math.pow(1 - Math.pow(threshold, rows), bands)).toBeGreaterThanOrEqual(0.99);
      expect(bands * rows).toBeLessThanOrEqual(64);
    }
  });

  it("gives identical sets identical signatures and different sets mostly different ones", () => {
    const a = shingleHashes(WORDS, 3);
    const b = shingleHashes([...WORDS].reverse(), 3);
    expect(minHashSignature(a)).toEqual(minHashSignature([...a]));
    const same = minHashSignature(a).filter((value, index) => value === minHashSignature(b)[index]).length;
    expect(same).toBeLessThan(8);
  });
});

new RuleTester().run("duplicate-outreach", rule, {
  valid: [
    { code: [draft("Ann"), draft("Ann")], name: "two drafts to the same person are one thread" },
    {
      code: [draft("Ann"), draft("Ben", [...WORDS].reverse())],
      name: "two clearly different drafts",
    },
    { code: [`Hi Ann,\n\nWould you like to connect? I enjoyed your talk.\n`, `Hi Ben,\n\nWould you like to connect? I enjoyed your talk.\n`], name: "short notes are alike by nature" },
    {
      code: [`---\ntemplate: true\n---\n${draft("{{first_name}}")}`, `---\ntemplate: true\n---\n${draft("{{first_name}}")}`],
      name: "templates are meant to be sent to many",
    },
    { code: [draft("Ann"), draft("Ben", ONE_WORD_CHANGED)], options: { warnSimilarity: 0.9, errorSimilarity: 0.95 }, name: "warnSimilarity: 0.9" },
  ],
  invalid: [
    {
      name: "three near-identical invitations: names and companies masked, each names the others",
      code: [INVITE("Jane", "Northwind Health"), INVITE("Keisha", "Cartwheel Grocers"), INVITE("Elena", "Quillstack")],
      profiles: PROFILES,
      errors: [
        {
          draft: 0,
          messageId: "nearIdentical",
          message: "Near-identical (100%) to 2 other drafts sent to other recipients: draft-1.md, draft-2.md; write each message for its reader",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9,
          severity: 2,
        },
        {
          draft: 1,
          message: "Near-identical (100%) to 2 other drafts sent to other recipients: draft-0.md, draft-2.md; write each message for its reader",
          line: 1,
          column: 1,
          endColumn: 11,
        },
        {
          draft: 2,
          message: "Near-identical (100%) to 2 other drafts sent to other recipients: draft-0.md, draft-1.md; write each message for its reader",
          line: 1,
          column: 1,
          endColumn: 10,
        },
      ],
    },
    {
      name: "one word changed: a warning",
      code: [draft("Ann"), draft("Ben", ONE_WORD_CHANGED)],
      errors: [
        {
          draft: 0,
          messageId: "similar",
          message: "Very similar (85%) to 1 other draft sent to other recipients: draft-1.md; personalize beyond names and company",
          line: 1,
          column: 1,
          endColumn: 8,
          severity: 1,
        },
        { draft: 1, message: "Very similar (85%) to 1 other draft sent to other recipients: draft-0.md; personalize beyond names and company", severity: 1 },
      ],
    },
    {
      name: "many copies: the first few are named",
      code: ["Ann", "Ben", "Cat", "Dan", "Eve"].map((name) => draft(name)),
      errors: [
        { draft: 0, message: "Near-identical (100%) to 4 other drafts sent to other recipients: draft-1.md, draft-2.md, draft-3.md and 1 more; write each message for its reader" },
        { draft: 1, message: /to 4 other drafts sent to other recipients: draft-0\.md, draft-2\.md, draft-3\.md and 1 more;/ },
        { draft: 2, messageId: "nearIdentical" },
        { draft: 3, messageId: "nearIdentical" },
        { draft: 4, message: /to 4 other drafts sent to other recipients: draft-0\.md, draft-1\.md, draft-2\.md and 1 more;/ },
      ],
    },
    {
      name: "only the copies to someone else count",
      code: [draft("Ann"), draft("Ann"), draft("Ben")],
      errors: [
        { draft: 0, message: "Near-identical (100%) to 1 other draft sent to other recipients: draft-2.md; write each message for its reader" },
        { draft: 1, message: "Near-identical (100%) to 1 other draft sent to other recipients: draft-2.md; write each message for its reader" },
        { draft: 2, message: "Near-identical (100%) to 2 other drafts sent to other recipients: draft-0.md, draft-1.md; write each message for its reader" },
      ],
    },
  ],
});
