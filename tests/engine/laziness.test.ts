import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * compromise costs about 0.4 s to load, so a run whose rules never ask for `context.nlp()` must
 * not load it. Checked in a fresh process on the built API: module caches are per process.
 */
describe("lazy NLP", () => {
  it("linting with the four core rules never loads compromise; asking for nlp() does", () => {
    const api = join(process.cwd(), "dist/src/api.js");
    const script = `
      import { createRequire } from "node:module";
      const { lintText } = await import(${JSON.stringify(api)});
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes("compromise"));
      const rules = { personalization: "error", "stated-purpose": "warn", transparency: "error", "follow-up-links": "warn" };
      const text = "---\\nsubject: Role\\n---\\nHi Jane,\\n\\nI'm Sam from Acme. We are hiring a Go engineer. Would you chat?\\n\\nBest,\\nSam\\n";
      await lintText(text, { config: { extends: [], rules }, profile: { name: "Jane Doe", company: "Initech" } });
      const afterCore = loaded();
      const { buildNlpDocument } = await import(${JSON.stringify(join(process.cwd(), "dist/src/draft/nlp.js"))});
      const { parseDraft } = await import(${JSON.stringify(api)});
      buildNlpDocument(parseDraft(text, "x.md"));
      console.log(JSON.stringify({ afterCore, afterAsking: loaded() }));
    `;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ afterCore: false, afterAsking: true });
  }, 120_000);
});
