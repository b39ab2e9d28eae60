// Seeded synthetic drafts for the benchmark: realistic lengths (about 1.3 KB) and features
// (front matter, greetings, links, lists, merge fields, follow-up history), never random per run.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Mulberry32: a tiny deterministic PRNG so every run lints the same corpus. */
export function rng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Jane", "Marcus", "Priya", "Tomás", "Aisha", "Daniel", "Mei", "Olivia", "Sam", "Elena", "Keisha", "Jonah", "Grace", "Luis", "Hana"];
const COMPANIES = ["Northwind Health", "Brightline Logistics", "Lumenfield", "Cartwheel Grocers", "Quillstack", "Fieldnote Coffee", "Acme Robotics", "Parcelwise", "Routewise", "Initech"];
const ROLES = ["Staff Backend Engineer", "Senior Product Designer", "Data Scientist", "Site Reliability Engineer", "Engineering Manager", "Account Executive", "ICU Nurse", "Marketing Manager"];
const SKILLS = ["Go", "Kubernetes", "PostgreSQL", "Figma", "Python", "dbt", "Terraform", "Salesforce", "React", "gRPC"];
const OPENERS = [
  "I'm {sender}, a technical recruiter at {company}.",
  "My name is {sender} and I lead the platform team at {company}.",
  "I hope this message finds you well.",
  "I came across your profile and wanted to reach out.",
  "I'm {sender}, and this is a sales message from {company}.",
];
const MIDDLE = [
  "Your work on {skill} at {their} stood out, especially the migration you wrote about last month.",
  "We are hiring a {role} to help us scale the scheduling service that runs 4,000 robots.",
  "The team has six engineers and works in {skill}, PostgreSQL and Kubernetes.",
  "The role is fully remote in the US and pays $185,000 to $215,000, plus equity.",
  "This is an exciting opportunity for a rockstar who thrives in a fast-paced environment!",
  "We offer a competitive salary and great benefits, so act now because this is a limited time offer.",
  "Our platform helps teams like yours increase revenue with a 100% free trial, no obligation.",
  "I would love to pick your brain about how you approach hiring for a distributed team.",
  "Recieve our newsletter and definately check out the the new features we launched.",
  "You would own the schema migration tooling, which is where your {skill} experience comes in.",
  "We shipped a new onboarding flow last quarter and cut time-to-first-value from nine days to two.",
  "The interview process is three conversations over two weeks, and none of them is a take-home.",
];
const ASKS = ["Would you be open to a 20-minute call next week?", "Let me know if you'd like the full job description.", "Are you free on Tuesday or Thursday afternoon?", "Could you share who owns this on your team?"];
const LINKS = ["https://boards.greenhouse.io/acme/jobs/4817263", "https://www.linkedin.com/in/sam-park", "https://bit.ly/3xYz9", "https://example.com/careers"];

export function generateDraft(index, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const first = pick(FIRST);
  const sender = `${pick(FIRST)} ${pick(["Park", "Okafor", "Lindgren", "Reyes", "Chen"])}`;
  const fill = (text) => text.replace("{sender}", sender).replace("{company}", pick(COMPANIES)).replace("{their}", pick(COMPANIES)).replace("{skill}", pick(SKILLS)).replace("{role}", pick(ROLES));
  const lines = [];
  const frontMatter = random() < 0.7;
  if (frontMatter) {
    lines.push("---", `subject: ${pick(ROLES)} role at ${pick(COMPANIES)}`, `kind: ${pick(["inmail", "inmail", "inmail", "message", "follow-up"])}`);
    if (random() < 0.2) lines.push("history:", "  - {date: 2026-11-02, direction: sent}");
    lines.push("date: 2026-11-20", "---");
  } else lines.push(`Subject: ${pick(ROLES)} at ${pick(COMPANIES)}`, "");
  lines.push(random() < 0.1 ? "Hi {{first_name}}," : `Hi ${first},`, "");
  lines.push(fill(pick(OPENERS)) + " " + fill(pick(MIDDLE)));
  let length = lines.join("\n").length;
  while (length < 1050) {
    const paragraph = [fill(pick(MIDDLE)), fill(pick(MIDDLE))].join(" ");
    lines.push("", paragraph);
    if (random() < 0.15) lines.push("", `- ${fill(pick(MIDDLE))}`, `- ${fill(pick(MIDDLE))}`);
    length += paragraph.length + 2;
  }
  lines.push("", `Here is the job post: ${pick(LINKS)}`, "", pick(ASKS), "", "Best,", sender, `<!-- draft ${index} -->`);
  return `${lines.join("\n")}\n`;
}

/** Writes `count` drafts into `dir` (emptied first) and returns their paths. */
export function generateCorpus(dir, count, seed = 42) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = rng(seed);
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `draft-${String(i).padStart(5, "0")}.md`);
    writeFileSync(file, generateDraft(i, random));
    files.push(file);
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = ".bench/drafts", count = "1000"] = process.argv.slice(2);
  const files = generateCorpus(dir, Number(count));
  console.log(`wrote ${files.length} drafts to ${dir}`);
}
