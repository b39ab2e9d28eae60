import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigResolver, type ResolverOptions } from "../../src/config/resolve.js";
import { InmailLintError } from "../../src/errors.js";
import { builtinRules } from "../../rules/index.js";

/** A fresh folder tree per test: `files` maps relative paths to contents. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "inmail-lint-config-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function resolver(cwd: string, options: Partial<ResolverOptions> = {}): ConfigResolver {
  return new ConfigResolver({ cwd, lookup: true, cliRules: {}, today: "2026-11-27", ...options });
}

/** Severity per rule id, as `--print-config` shows it ("off" or the severity name). */
async function severities(cwd: string, draft: string, options: Partial<ResolverOptions> = {}): Promise<Record<string, string>> {
  const config = await resolver(cwd, options).forFile(join(cwd, draft));
  return Object.fromEntries(Object.entries(config.printable.rules).map(([id, setting]) => [id, Array.isArray(setting) ? (setting[0] as string) : (setting as string)]));
}

async function failure(cwd: string, draft: string, options: Partial<ResolverOptions> = {}): Promise<string> {
  try {
    await resolver(cwd, options).forFile(join(cwd, draft));
  } catch (error) {
    expect(error).toBeInstanceOf(InmailLintError);
    return (error as InmailLintError).toLine();
  }
  throw new Error("expected the config to be rejected");
}

/** What every built-in rule is set to with no config (other rules are added on other branches). */
const DEFAULTS: Record<string, string> = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]));
const CORE = ["personalization", "stated-purpose", "transparency", "follow-up-links"];

/** The printed settings of the four core rules. */
function coreOf(rules: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(CORE.map((id) => [id, rules[id]]));
}

describe("config lookup", () => {
  it.each([
    [".inmail-lintrc", '{ "rules": { "transparency": "warn" } }'],
    [".inmail-lintrc", "rules:\n  transparency: warn\n"],
    [".inmail-lintrc.json", '{ "rules": { "transparency": "warn" } }'],
    [".inmail-lintrc.yaml", "rules:\n  transparency: warn\n"],
    [".inmail-lintrc.yml", "rules:\n  transparency: 1\n"],
    [".inmail-lintrc.js", 'module.exports = { rules: { transparency: "warn" } };\n'],
    [".inmail-lintrc.cjs", 'module.exports = { rules: { transparency: "warn" } };\n'],
    [".inmail-lintrc.mjs", 'export default { rules: { transparency: "warn" } };\n'],
    ["inmail-lint.config.js", 'module.exports = { rules: { transparency: "warn" } };\n'],
    ["inmail-lint.config.mjs", 'export default { rules: { transparency: "warn" } };\n'],
    ["inmail-lint.config.cjs", 'module.exports = { rules: { transparency: "warn" } };\n'],
    ["package.json", '{ "name": "drafts", "inmail-lint": { "rules": { "transparency": "warn" } } }'],
  ])("finds %s", async (name, text) => {
    const root = tree({ [name]: text, "draft.md": "Hi" });
    const config = await resolver(root).forFile(join(root, "draft.md"));
    expect(config.filePath).toBe(join(root, name));
    expect(config.printable.rules.transparency).toEqual(["warn", { openingSentences: 3, extraOpeners: [], extraPitches: [] }]);
  });

  it("searches from the draft's folder upward; the nearest config wins", async () => {
    const root = tree({
      ".inmail-lintrc.json": '{ "rules": { "transparency": "off" } }',
      "team/.inmail-lintrc.yml": "rules:\n  follow-up-links: off\n",
      "team/a/draft.md": "Hi",
      "other/draft.md": "Hi",
    });
    expect(await severities(root, "team/a/draft.md")).toEqual({ ...DEFAULTS, "follow-up-links": "off" });
    expect(await severities(root, "other/draft.md")).toEqual({ ...DEFAULTS, transparency: "off" });
  });

  it("skips a package.json without an 'inmail-lint' key", async () => {
    const root = tree({ ".inmail-lintrc.json": '{ "rules": { "transparency": 0 } }', "sub/package.json": '{ "name": "x" }', "sub/draft.md": "Hi" });
    expect((await severities(root, "sub/draft.md")).transparency).toBe("off");
  });

  it("uses the built-in defaults with --no-config-lookup", async () => {
    const root = tree({ ".inmail-lintrc.json": '{ "rules": { "transparency": "off" } }', "draft.md": "Hi" });
    const config = await resolver(root, { lookup: false }).forFile(join(root, "draft.md"));
    expect(config.filePath).toBeNull();
    expect(await severities(root, "draft.md", { lookup: false })).toEqual(DEFAULTS);
  });

  it("uses only the file given with --config", async () => {
    const root = tree({ ".inmail-lintrc.json": '{ "rules": { "transparency": "off" } }', "ci.yml": "rules:\n  personalization: warn\n", "draft.md": "Hi" });
    expect(await severities(root, "draft.md", { configFile: "ci.yml" })).toEqual({ ...DEFAULTS, personalization: "warn" });
  });
});

describe("config shape", () => {
  it("accepts off/warn/error, 0/1/2 and [severity, options]; options fill in over the defaults", async () => {
    const root = tree({
      ".inmail-lintrc.json": JSON.stringify({
        rules: { personalization: 1, "stated-purpose": 2, transparency: "off", "follow-up-links": ["error", { maxLinks: 2 }] },
      }),
      "draft.md": "Hi",
    });
    const config = await resolver(root).forFile(join(root, "draft.md"));
    expect(coreOf(config.printable.rules)).toEqual({
      personalization: ["warn", { minReferences: 1 }],
      "stated-purpose": ["error", { sentences: 3, extraIntroductions: [], extraPurposes: [], extraCourtesies: [] }],
      transparency: "off",
      "follow-up-links": ["error", { maxLinks: 2, requireLink: true, extraShorteners: [] }],
    });
    expect(config.rules.filter((rule) => CORE.includes(rule.id)).map((rule) => [rule.id, rule.severity])).toEqual([
      ["personalization", 1],
      ["stated-purpose", 2],
      ["follow-up-links", 2],
    ]);
  });

  it("extends a file relative to the config, then applies its own rules", async () => {
    const root = tree({
      "base.yml": "rules:\n  transparency: off\n  follow-up-links: [warn, {maxLinks: 5}]\n",
      ".inmail-lintrc.json": '{ "extends": "./base.yml", "rules": { "follow-up-links": "error" } }',
      "draft.md": "Hi",
    });
    const config = await resolver(root).forFile(join(root, "draft.md"));
    expect(config.printable.rules.transparency).toBe("off");
    // A severity-only setting keeps the options set before it, as in ESLint.
    expect(config.printable.rules["follow-up-links"]).toEqual(["error", { maxLinks: 5, requireLink: true, extraShorteners: [] }]);
  });

  it("applies --rule settings last", async () => {
    const root = tree({ ".inmail-lintrc.json": '{ "rules": { "transparency": "off" } }', "draft.md": "Hi" });
    expect((await severities(root, "draft.md", { cliRules: { transparency: "warn" } })).transparency).toBe("warn");
  });
});

describe("config errors name the file and the key", () => {
  it("an unknown rule id, with a suggestion", async () => {
    const root = tree({ ".inmail-lintrc.yml": "rules:\n  personalizaton: warn\n", "draft.md": "Hi" });
    expect(await failure(root, "draft.md")).toBe(`${join(root, ".inmail-lintrc.yml")}: unknown rule 'personalizaton' in 'rules' (did you mean 'personalization'?)`);
  });

  it("a bad severity", async () => {
    const root = tree({ ".inmail-lintrc": "rules:\n  personalization: loud\n", "draft.md": "Hi" });
    expect(await failure(root, "draft.md")).toBe(`${join(root, ".inmail-lintrc")}: 'rules.personalization' has invalid severity "loud" (use "off", "warn", "error" or 0, 1, 2)`);
  });

  it("a severity number out of range", async () => {
    const root = tree({ ".inmail-lintrc.json": '{ "rules": { "personalization": 3 } }', "draft.md": "Hi" });
    expect(await failure(root, "draft.md")).toBe(`${join(root, ".inmail-lintrc.json")}: 'rules.personalization' has invalid severity 3 (use "off", "warn", "error" or 0, 1, 2)`);
  });

  it("options of the wrong type, an unknown option, and options out of range", async () => {
    const wrongType = tree({ ".inmail-lintrc.json": '{ "rules": { "personalization": ["warn", { "minReferences": "two" }] } }', "draft.md": "Hi" });
    expect(await failure(wrongType, "draft.md")).toBe(`${join(wrongType, ".inmail-lintrc.json")}: 'rules.personalization': option 'minReferences' must be a number (got "two")`);
    const unknown = tree({ "package.json": '{ "inmail-lint": { "rules": { "follow-up-links": ["warn", { "nope": 1 }] } } }', "draft.md": "Hi" });
    expect(await failure(unknown, "draft.md")).toBe(`${join(unknown, "package.json")}: 'rules.follow-up-links': unknown option 'nope' (known: maxLinks, requireLink, extraShorteners)`);
    const range = tree({ ".inmail-lintrc.json": '{ "rules": { "follow-up-links": ["warn", { "maxLinks": 0 }] } }', "draft.md": "Hi" });
    expect(await failure(range, "draft.md")).toBe(`${join(range, ".inmail-lintrc.json")}: 'rules.follow-up-links': option 'maxLinks' must be at least 1 (got 0)`);
    const list = tree({ ".inmail-lintrc.json": '{ "rules": { "stated-purpose": ["warn", { "extraPurposes": "demo" }] } }', "draft.md": "Hi" });
    expect(await failure(list, "draft.md")).toBe(`${join(list, ".inmail-lintrc.json")}: 'rules.stated-purpose': option 'extraPurposes' must be a list of strings (got "demo")`);
  });

  it("options that are not an object", async () => {
    const root = tree({ ".inmail-lintrc.json": '{ "rules": { "personalization": ["warn", 2] } }', "draft.md": "Hi" });
    expect(await failure(root, "draft.md")).toBe(`${join(root, ".inmail-lintrc.json")}: 'rules.personalization' options must be an object, as in ["warn", { "max": 3 }]`);
  });

  it("an unknown top-level key", async () => {
    const root = tree({ ".inmail-lintrc.json": '{ "rule": {} }', "draft.md": "Hi" });
    expect(await failure(root, "draft.md")).toBe(
      `${join(root, ".inmail-lintrc.json")}: unknown key 'rule' (known keys: extends, plugins, rules, words, weights, overrides, today, ignorePatterns)`,
    );
  });

  it("invalid JSON and YAML, with the line where the parser stopped", async () => {
    const json = tree({ ".inmail-lintrc.json": '{\n  "rules": { "personalization": "off", }\n}\n', "draft.md": "Hi" });
    expect(await failure(json, "draft.md")).toBe(`${join(json, ".inmail-lintrc.json")}:2: invalid config: Expected double-quoted property name`);
    const yaml = tree({ ".inmail-lintrc.yml": "rules: {a: 1}\n  b: 2\n", "draft.md": "Hi" });
    expect(await failure(yaml, "draft.md")).toBe(`${join(yaml, ".inmail-lintrc.yml")}:2: invalid config: bad indentation of a mapping entry`);
    // JavaScript syntax errors are tested through the CLI: vitest routes import() through its own loader.
  });

  it("an empty config file given with --config (lookup skips empty files)", async () => {
    const root = tree({ ".inmail-lintrc.yml": "", "ci.yml": "", "draft.md": "Hi" });
    expect(await severities(root, "draft.md")).toEqual(DEFAULTS);
    expect(await failure(root, "draft.md", { configFile: "ci.yml" })).toBe(`${join(root, "ci.yml")}: config file is empty (expected an object with 'rules' or 'extends')`);
  });

  it("a missing --config file", async () => {
    const root = tree({ "draft.md": "Hi" });
    expect(await failure(root, "draft.md", { configFile: "nope.json" })).toBe(`${join(root, "nope.json")}: config file not found`);
  });

  it("an 'extends' cycle and an unknown preset", async () => {
    const cycle = tree({ "a.yml": "extends: ./b.yml\n", "b.yml": "extends: ./a.yml\n", ".inmail-lintrc.yml": "extends: ./a.yml\n", "draft.md": "Hi" });
    expect(await failure(cycle, "draft.md")).toBe(`${join(cycle, "b.yml")}: 'extends' has a cycle: ./a.yml -> ./b.yml -> ./a.yml`);
    const preset = tree({ ".inmail-lintrc.yml": "extends: inmail-lint:everything\n", "draft.md": "Hi" });
    expect(await failure(preset, "draft.md")).toMatch(/\.inmail-lintrc\.yml: unknown preset 'inmail-lint:everything' in 'extends'/);
  });
});
