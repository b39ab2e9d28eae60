import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../src/engine/weights.js";

/** docs/grade.md lists every default weight; after a recalibration the page must follow the table. */
const page = readFileSync(resolve(import.meta.dirname, "..", "..", "docs", "grade.md"), "utf8");

/** The text of one `##`/`###` section of the page, up to the next heading. */
function section(heading: string): string {
  const start = page.indexOf(`\n${heading}\n`);
  expect(start, `docs/grade.md has no '${heading}' section`).toBeGreaterThan(0);
  const next = page.slice(start + heading.length + 2).search(/^#{2,3} /m);
  return page.slice(start, next < 0 ? undefined : start + heading.length + 2 + next);
}

const prior = (cell: string) => (cell === "–" ? null : Number(cell));

describe("docs/grade.md", () => {
  it("lists every rule's error points, warning points, cap and prior as src/engine/weights.ts has them", () => {
    const rows = [...section("## Default weights").matchAll(/^\| `([a-z-]+)` \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+|–) \|/gm)];
    const documented = Object.fromEntries(rows.map((match) => [match[1], [Number(match[2]), Number(match[3]), Number(match[4]), prior(match[5]!)]]));
    const actual = Object.fromEntries(Object.entries(DEFAULT_WEIGHTS.rules).map(([id, weight]) => [id, [weight.error, weight.warning, weight.cap, weight.prior ?? null]]));
    expect(documented).toEqual(actual);
  });

  it("lists every group's cap", () => {
    const rows = [...section("### Groups").matchAll(/^\| `([a-z-]+)` \| ([\d.]+) \|/gm)];
    expect(Object.fromEntries(rows.map((match) => [match[1], Number(match[2])]))).toEqual(Object.fromEntries(Object.entries(DEFAULT_WEIGHTS.groups).map(([id, group]) => [id, group.cap])));
  });

  it("lists every credit's points and prior, and the credit limits", () => {
    const credits = section("### Credits");
    const rows = [...credits.matchAll(/^\| `([a-z-]+\/[a-z-]+)` \| ([\d.]+) \| ([\d.]+|–) \|/gm)];
    expect(Object.fromEntries(rows.map((match) => [match[1], [Number(match[2]), prior(match[3]!)]]))).toEqual(
      Object.fromEntries(Object.entries(DEFAULT_WEIGHTS.credits).map(([key, credit]) => [key, [credit.points, credit.prior ?? null]])),
    );
    expect(credits.replace(/\s+/g, " ")).toContain(`at most ${DEFAULT_WEIGHTS.creditCap} points and at most ${DEFAULT_WEIGHTS.creditShare * 100}% of the points taken`);
  });
});
