import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../src/engine/weights.js";

/** docs/grade.md lists every default weight; after a recalibration the page must follow the table. */
const page = readFileSync(resolve(import.meta.dirname, "..", "..", "docs", "grade.md"), "utf8");

describe("docs/grade.md", () => {
  it("lists every rule's error points, warning points and cap as src/engine/weights.ts has them", () => {
    const documented = Object.fromEntries([...page.matchAll(/^\| `([a-z-]+)` \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|/gm)].map((match) => [match[1], [Number(match[2]), Number(match[3]), Number(match[4])]]));
    const actual = Object.fromEntries(Object.entries(DEFAULT_WEIGHTS.rules).map(([id, weight]) => [id, [weight.error, weight.warning, weight.cap]]));
    expect(documented).toEqual(actual);
  });

  it("lists every credit's points", () => {
    const documented = Object.fromEntries([...page.matchAll(/^\| `([a-z-]+\/[a-z-]+)` \| ([\d.]+) \|/gm)].map((match) => [match[1], Number(match[2])]));
    expect(documented).toEqual(Object.fromEntries(Object.entries(DEFAULT_WEIGHTS.credits).map(([key, credit]) => [key, credit.points])));
  });
});
