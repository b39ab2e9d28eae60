import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeWeights } from "../../src/eval/write-weights.js";
import { errorLine } from "../helpers/error-line.js";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "inmail-lint-weights-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fitted = { transparency: 12.5, personalization: 22, "personalization/profile-references": 6 };
const failure = (path: string) => errorLine(() => writeWeights(path, fitted));

describe("writeWeights", () => {
  it("writes JSON weights, sorted, keeping other keys and weights that were not fitted", () => {
    const path = join(dir, ".inmail-lintrc.json");
    writeFileSync(path, JSON.stringify({ rules: { length: "off" }, weights: { spelling: 2, transparency: 99 }, words: ["Acme"] }));
    writeWeights(path, fitted);
    expect(readFileSync(path, "utf8")).toBe(
      `${JSON.stringify(
        { rules: { length: "off" }, weights: { personalization: 22, "personalization/profile-references": 6, spelling: 2, transparency: 12.5 }, words: ["Acme"] },
        null,
        2,
      )}\n`,
    );
  });

  it("writes YAML weights, keeping comments and other keys", () => {
    const path = join(dir, "team.yaml");
    writeFileSync(path, "# our team's config\nrules:\n  length: off # we write long\nweights:\n  spelling: 2\n");
    writeWeights(path, fitted);
    expect(readFileSync(path, "utf8")).toBe(
      "# our team's config\nrules:\n  length: off # we write long\nweights:\n  personalization: 22\n  personalization/profile-references: 6\n  spelling: 2\n  transparency: 12.5\n",
    );
  });

  it("creates a missing config (and its folder), JSON or YAML by extension", () => {
    writeWeights(join(dir, "new", "weights.json"), fitted);
    expect(JSON.parse(readFileSync(join(dir, "new", "weights.json"), "utf8"))).toEqual({ weights: { personalization: 22, "personalization/profile-references": 6, transparency: 12.5 } });
    writeWeights(join(dir, "weights.yml"), fitted);
    expect(readFileSync(join(dir, "weights.yml"), "utf8")).toBe("weights:\n  personalization: 22\n  personalization/profile-references: 6\n  transparency: 12.5\n");
  });

  it("writes into the inmail-lint key of package.json", () => {
    const path = join(dir, "package.json");
    writeFileSync(path, JSON.stringify({ name: "x", "inmail-lint": { rules: { length: "off" } } }));
    writeWeights(path, { transparency: 1 });
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({ name: "x", "inmail-lint": { rules: { length: "off" }, weights: { transparency: 1 } } });
  });

  it("gives the same file for the same fit", () => {
    const path = join(dir, "a.json");
    writeWeights(path, fitted);
    const once = readFileSync(path, "utf8");
    writeWeights(path, fitted);
    expect(readFileSync(path, "utf8")).toBe(once);
  });

  it("refuses JavaScript configs and broken files with one line naming the file", () => {
    expect(failure(join(dir, "inmail-lint.config.js"))).toBe(
      `${join(dir, "inmail-lint.config.js")}: can only write weights into a JSON or YAML config (.json, .yaml, .yml, .inmail-lintrc or package.json); copy them into a JavaScript config by hand`,
    );
    writeFileSync(join(dir, "broken.json"), "{ nope");
    expect(failure(join(dir, "broken.json"))).toMatch(/broken\.json: is not valid JSON \(.*\); fix it or write the weights to a new file$/);
    writeFileSync(join(dir, "list.yaml"), "- a\n- b\n");
    expect(failure(join(dir, "list.yaml"))).toBe(`${join(dir, "list.yaml")}: config must be a mapping of keys to values`);
    writeFileSync(join(dir, "bad-weights.json"), JSON.stringify({ weights: [1] }));
    expect(failure(join(dir, "bad-weights.json"))).toBe(`${join(dir, "bad-weights.json")}: 'weights' must be an object of rule ids to numbers`);
  });
});
