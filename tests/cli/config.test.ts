import { cpSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_PLUGIN, isolatedConfig, jsonResults, project, runCli, writeFile } from "./helpers.js";

const utilize = "Hi Jane,\n\nWe utilize Go.\n";
type Printed = { rules: Record<string, unknown>; plugins: string[]; words: string[] };
const printConfig = (dir: string, draft = "draft.md", cwd = dir): Printed => JSON.parse(runCli(["--print-config", draft], { cwd }).stdout) as Printed;
const severity = (setting: unknown) => (Array.isArray(setting) ? setting[0] : setting);

describe("overrides", () => {
  it("match the draft's path relative to the config file, with excludedFiles", () => {
    const dir = project({
      ".inmail-lintrc.json": isolatedConfig(
        { "example/prefer-plain-words": "error" },
        { overrides: [{ files: ["sales/**"], excludedFiles: ["sales/legacy/*.md"], rules: { "example/prefer-plain-words": "warn" } }] },
      ),
      "sales/a.md": utilize,
      "sales/legacy/b.md": utilize,
      "recruiting/c.md": utilize,
    });
    // Run from a subfolder: patterns are relative to the config file, not to the working directory.
    const run = runCli(["..", "-f", "json"], { cwd: join(dir, "recruiting") });
    const severities = Object.fromEntries(jsonResults(run).map((result) => [result.filePath.slice(dir.length + 1), result.messages.map((message) => message.severity)]));
    expect(severities).toEqual({ "recruiting/c.md": [2], "sales/a.md": [1], "sales/legacy/b.md": [2] });
  });
});

describe("presets", () => {
  const vague = "Hi Jane,\n\nI have an exciting opportunity for you. Interested?\n";
  const lateSale = "Hi Marcus,\n\nI loved your post on spot quotes. Your team is growing fast. Our platform cuts quote time in half.\n";
  const ruleIds = (dir: string, draft: string) => jsonResults(runCli([draft, "-f", "json"], { cwd: dir }))[0]!.messages.map((message) => message.ruleId);

  it("inmail-lint:recommended (the default) leaves role-details and sales-disclosure off", () => {
    const dir = project({ "vague.md": vague, "sale.md": lateSale });
    expect(ruleIds(dir, "vague.md")).not.toContain("role-details");
    expect(ruleIds(dir, "sale.md")).not.toContain("sales-disclosure");
  });

  it("inmail-lint:recruiting requires the role and the company", () => {
    const dir = project({ ".inmail-lintrc.json": { extends: ["inmail-lint:recruiting"] }, "vague.md": vague });
    expect(ruleIds(dir, "vague.md").filter((id) => id === "role-details")).toEqual(["role-details", "role-details"]);
  });

  it("inmail-lint:sales requires an early disclosure", () => {
    const dir = project({ ".inmail-lintrc.json": { extends: "inmail-lint:sales" }, "sale.md": lateSale });
    expect(ruleIds(dir, "sale.md")).toContain("sales-disclosure");
  });

  it("inmail-lint:strict after a purpose preset raises every rule to error and keeps the purpose rule on", () => {
    const dir = project({ ".inmail-lintrc.json": { extends: ["inmail-lint:recruiting", "inmail-lint:strict"] } });
    const { rules } = printConfig(dir);
    expect(severity(rules["role-details"])).toBe("error");
    // Off-by-default rules are not listed, so nothing turns them on.
    expect(rules["sales-disclosure"]).toBeUndefined();
    const recommended = printConfig(project({}));
    for (const [id, setting] of Object.entries(recommended.rules)) {
      if (setting !== "off") expect([id, severity(rules[id])]).toEqual([id, "error"]);
    }
  });

  it("inmail-lint:recruiting and inmail-lint:sales compose in either order", () => {
    for (const order of [["inmail-lint:recruiting", "inmail-lint:sales"], ["inmail-lint:sales", "inmail-lint:recruiting"]]) {
      const { rules } = printConfig(project({ ".inmail-lintrc.json": { extends: order } }));
      expect([severity(rules["role-details"]), severity(rules["sales-disclosure"])]).toEqual(["error", "error"]);
    }
  });

  it("an unknown preset is a config error naming the built-in ones", () => {
    const dir = project({ ".inmail-lintrc.json": { extends: ["inmail-lint:nope"] }, "draft.md": utilize });
    const run = runCli(["draft.md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `inmail-lint: ${join(dir, ".inmail-lintrc.json")}: unknown preset 'inmail-lint:nope' in 'extends' (built-in: inmail-lint:recommended, inmail-lint:strict, inmail-lint:recruiting, inmail-lint:sales)\n`,
    );
  });
});

describe("extends", () => {
  it("takes shareable config packages, scoped or not, ESM-only or JSON, and paths", () => {
    const dir = project({
      "node_modules/inmail-lint-config-acme/package.json": { name: "inmail-lint-config-acme", type: "module", exports: { import: "./index.js" } },
      "node_modules/inmail-lint-config-acme/index.js": "export default { extends: ['inmail-lint:recruiting'], words: ['Acme'] };\n",
      "node_modules/@corp/inmail-lint-config/package.json": { name: "@corp/inmail-lint-config", main: "config.json" },
      "node_modules/@corp/inmail-lint-config/config.json": { rules: { "stated-purpose": "off" }, words: ["Corp"] },
      "node_modules/@corp/inmail-lint-config-sales/package.json": { name: "@corp/inmail-lint-config-sales", exports: { ".": { default: "./index.json" } } },
      "node_modules/@corp/inmail-lint-config-sales/index.json": { rules: { "sales-disclosure": "warn" } },
      "configs/base.yaml": "words: [Base]\n",
      ".inmail-lintrc.json": { extends: ["acme", "@corp", "@corp/sales", "./configs/base.yaml"] },
    });
    const printed = printConfig(dir);
    expect(printed.words).toEqual(["Acme", "Corp", "Base"]);
    expect(severity(printed.rules["role-details"])).toBe("error");
    expect(printed.rules["stated-purpose"]).toBe("off");
    expect(severity(printed.rules["sales-disclosure"])).toBe("warn");
  });

  it("names a missing shareable config package", () => {
    const dir = project({ ".inmail-lintrc.json": { extends: ["missing"] }, "draft.md": utilize });
    const run = runCli(["draft.md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`inmail-lint: ${join(dir, ".inmail-lintrc.json")}: cannot find shareable config 'inmail-lint-config-missing' (extends: 'missing', looked from ${dir}); is it installed?\n`);
  });
});

describe("plugins", () => {
  const messagesOf = (dir: string) => jsonResults(runCli(["draft.md", "-f", "json"], { cwd: dir }))[0]!.messages.map((message) => `${message.ruleId}:${message.messageId}`);

  it("load by package name from node_modules, and plugin:<name>/<config> turns on their rules", () => {
    const dir = project({ ".inmail-lintrc.json": { extends: ["plugin:example/recommended"], rules: { "stated-purpose": "off" } }, "draft.md": utilize });
    cpSync(EXAMPLE_PLUGIN, join(dir, "node_modules/inmail-lint-plugin-example"), { recursive: true });
    expect(messagesOf(dir)).toContain("example/prefer-plain-words:utilize");
    expect(printConfig(dir).plugins).toEqual(["example"]);
  });

  it("load by scoped package name", () => {
    const dir = project({ ".inmail-lintrc.json": { extends: [], plugins: ["@acme/example"], rules: { "@acme/example/prefer-plain-words": "error" } }, "draft.md": utilize });
    cpSync(EXAMPLE_PLUGIN, join(dir, "node_modules/@acme/inmail-lint-plugin-example"), { recursive: true });
    expect(messagesOf(dir)).toEqual(["@acme/example/prefer-plain-words:utilize"]);
  });

  it("load by path to a folder or a module file, relative to the config file", () => {
    const dir = project({ "draft.md": utilize, "sub/draft.md": utilize });
    cpSync(EXAMPLE_PLUGIN, join(dir, "plugins/inmail-lint-plugin-example"), { recursive: true });
    writeFile(dir, ".inmail-lintrc.json", { extends: [], plugins: ["./plugins/inmail-lint-plugin-example"], rules: { "example/prefer-plain-words": "error" } });
    expect(messagesOf(dir)).toEqual(["example/prefer-plain-words:utilize"]);
    writeFile(dir, "sub/.inmail-lintrc.json", { extends: ["plugin:../plugins/inmail-lint-plugin-example/index.js/recommended"] });
    expect(jsonResults(runCli(["sub/draft.md", "-f", "json"], { cwd: dir }))[0]!.messages.map((message) => message.ruleId)).toContain("example/prefer-plain-words");
  });

  it("a plugin that fails to load is one config error naming it", () => {
    const cases: Array<[object, Record<string, string>, RegExp]> = [
      [{ plugins: ["nope"] }, {}, /: cannot find plugin 'nope' \(looked for package 'inmail-lint-plugin-nope' from .*\); is it installed\?$/],
      [{ plugins: ["./broken.js"] }, { "broken.js": "throw new Error('boom');\n" }, /: plugin '\.\/broken\.js' failed to load: boom$/],
      [{ plugins: ["./no-rules.js"] }, { "no-rules.js": "export default { configs: {} };\n" }, /: plugin '\.\/no-rules\.js' does not export 'rules' \(an object of rule id -> rule\)$/],
      [{ plugins: ["./bad-rule.js"] }, { "bad-rule.js": "export default { rules: { x: { check() {} } } };\n" }, /: plugin '\.\/bad-rule\.js' rule 'x': 'meta\.messages' must map message ids to message texts$/],
    ];
    for (const [config, files, expected] of cases) {
      const dir = project({ ".inmail-lintrc.json": config, "draft.md": utilize, ...files });
      const run = runCli(["draft.md"], { cwd: dir });
      expect(run.code).toBe(2);
      const lines = run.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^inmail-lint: ${join(dir, ".inmail-lintrc.json").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`));
      expect(lines[0]).toMatch(expected);
    }
  });

  it("an unknown plugin rule id gets a did-you-mean", () => {
    const dir = project({ ".inmail-lintrc.json": isolatedConfig({ "example/prefer-plain-word": "error" }), "draft.md": utilize });
    const run = runCli(["draft.md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown rule 'example\/prefer-plain-word' in 'rules' \(did you mean 'example\/prefer-plain-words'\?\)\n$/);
  });
});
