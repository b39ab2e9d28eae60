import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDraft } from "../../src/draft/parse.js";
import { loadProfile } from "../../src/profile/load.js";
import type { RecipientProfile } from "../../src/types.js";

const DRAFTS = resolve(dirname(fileURLToPath(import.meta.url)), "../../fixtures/drafts");

/** A draft from fixtures/drafts as a RuleTester case, with the profile its front matter names. */
export function fixtureDraft(name: string): { name: string; code: string; filePath: string; profile?: RecipientProfile } {
  const filePath = join(DRAFTS, name);
  const code = readFileSync(filePath, "utf8");
  const profilePath = parseDraft(code, filePath).profilePath;
  return { name: `fixture ${name}`, code, filePath, ...(profilePath ? { profile: loadProfile(resolve(DRAFTS, profilePath)) } : {}) };
}

/** Every good-*.md draft: each rule must stay quiet on all of them. */
export function goodFixtureDrafts(): ReturnType<typeof fixtureDraft>[] {
  return readdirSync(DRAFTS)
    .filter((file) => file.startsWith("good-") && file.endsWith(".md"))
    .sort()
    .map(fixtureDraft);
}
