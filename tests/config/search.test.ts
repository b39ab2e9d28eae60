import { join } from "node:path";
import { cosmiconfig } from "cosmiconfig";
import { describe, expect, it } from "vitest";
import { CONFIG_FILE_NAMES, searchConfig } from "../../src/config/load.js";
import { project } from "../cli/helpers.js";

/**
 * The config search checks the file system itself and loads cosmiconfig only for a file that is
 * there (cosmiconfig and its parsers cost a cold start). It must find what cosmiconfig's own
 * search finds: the same places, the same order, the same files skipped.
 */
const cosmiconfigSearch = cosmiconfig("inmail-lint", {
  searchPlaces: CONFIG_FILE_NAMES,
  packageProp: "inmail-lint",
  searchStrategy: "global",
  stopDir: "/",
  cache: false,
  loaders: { ".cjs": async (path: string) => ((await import(path)) as { default: unknown }).default },
});

async function both(dir: string): Promise<{ ours: string | null; theirs: string | null }> {
  const ours = await searchConfig(dir);
  const theirs = await cosmiconfigSearch.search(dir);
  return { ours: ours?.filePath ?? null, theirs: theirs && !theirs.isEmpty ? theirs.filepath : null };
}

const RULES = '{ "rules": { "length": "off" } }';

describe("searchConfig", () => {
  it.each<[string, Record<string, string | object>, string, string | null]>([
    ["nothing anywhere", { "drafts/a.md": "" }, "drafts", null],
    ["the nearest folder wins", { ".inmail-lintrc.json": RULES, "drafts/.inmail-lintrc.yml": "rules:\n  length: warn\n" }, "drafts", "drafts/.inmail-lintrc.yml"],
    ["the first name in the list wins within a folder", { ".inmail-lintrc.json": RULES, ".inmail-lintrc": "rules:\n  length: warn\n" }, ".", ".inmail-lintrc"],
    ["a package.json without the key is passed over", { ".inmail-lintrc.json": RULES, "drafts/package.json": { name: "drafts" } }, "drafts", ".inmail-lintrc.json"],
    ["a package.json with a null key is passed over", { ".inmail-lintrc.json": RULES, "drafts/package.json": { "inmail-lint": null } }, "drafts", ".inmail-lintrc.json"],
    ["a package.json with the key is used", { ".inmail-lintrc.json": RULES, "drafts/package.json": { "inmail-lint": { rules: {} } } }, "drafts", "drafts/package.json"],
    ["an empty file is passed over", { ".inmail-lintrc.json": RULES, "drafts/.inmail-lintrc": "  \n" }, "drafts", ".inmail-lintrc.json"],
    ["a folder with a config's name is passed over", { ".inmail-lintrc.json": RULES, "drafts/.inmail-lintrc/keep": "" }, "drafts", ".inmail-lintrc.json"],
    ["a module that exports nothing is passed over", { ".inmail-lintrc.json": RULES, "drafts/.inmail-lintrc.cjs": "module.exports = undefined;\n" }, "drafts", ".inmail-lintrc.json"],
    ["a folder that does not exist searches from its parent", { "inmail-lint.config.cjs": "module.exports = { rules: {} };\n" }, "no/such/folder", "inmail-lint.config.cjs"],
  ])("finds what cosmiconfig finds: %s", async (_name, files, from, expected) => {
    const dir = project(files);
    const found = await both(join(dir, from));
    expect(found.ours).toBe(found.theirs);
    expect(found.ours).toBe(expected === null ? null : join(dir, expected));
  });

  it("reports a broken config it finds, as cosmiconfig's search does", async () => {
    const dir = project({ "drafts/.inmail-lintrc.json": "{ rules: " });
    await expect(searchConfig(join(dir, "drafts"))).rejects.toThrow(/invalid config/);
    await expect(cosmiconfigSearch.search(join(dir, "drafts"))).rejects.toThrow();
  });

  it("reports a package.json it cannot parse, as cosmiconfig's search does", async () => {
    const dir = project({ "drafts/package.json": "{ oops" });
    await expect(searchConfig(join(dir, "drafts"))).rejects.toThrow(/invalid config/);
    await expect(cosmiconfigSearch.search(join(dir, "drafts"))).rejects.toThrow();
  });
});
