import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script without types, shared with `npm run docs`.
import { generated } from "../tools/rule-docs.mjs";

describe("generated rule tables", () => {
  it("README.md and docs/rules/README.md match the rules' meta (run `npm run docs` to update)", async () => {
    const expected = (await generated()) as Record<string, string>;
    for (const [file, text] of Object.entries(expected)) {
      expect(readFileSync(join(process.cwd(), file), "utf8"), file).toBe(text);
    }
  });
});
