/**
 * Lists every regular expression inmail-lint compiles, for the ReDoS audit
 * (tests/reliability/regex-audit.test.ts, docs/reliability.md).
 *
 * Two sources, because neither sees everything alone:
 * - literals: every `/.../flags` in the built JavaScript (dist/src, dist/rules), read with acorn;
 * - constructed: every `new RegExp(...)` / `RegExp(...)` actually compiled while linting all
 *   fixture drafts with every rule on, with profiles, plugins and every formatter. The global
 *   RegExp is wrapped before any project module loads, so module-level and lazily built
 *   patterns (phrase lists, profile terms) are both caught, with the line that built them.
 * It also lists every place in the source that calls the RegExp constructor, so the test can
 * check that each one was reached.
 *
 * Run on the build: `node tests/reliability/regex-inventory.mjs` prints JSON on stdout.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "acorn";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const DIST = join(ROOT, "dist");
const PLAIN_TEXT = join(DIST, "rules/util/plain-text.js");

/** dist/src/x.js -> src/x.ts: the file a developer edits. */
const sourceName = (file) => relative(DIST, file).replace(/\.js$/, ".ts");

function jsFiles(dir, ending = ".js") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path, ending);
    return entry.name.endsWith(ending) ? [path] : [];
  });
}

function walk(node, visit) {
  if (!node || typeof node.type !== "string") return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === "object" && typeof value.type === "string") walk(value, visit);
  }
}

/** Regex literals and RegExp constructor call sites in the built code, with their .ts file and line. */
function scanBuiltCode() {
  const literals = [];
  const constructorSites = [];
  for (const file of [...jsFiles(join(DIST, "src")), ...jsFiles(join(DIST, "rules"))]) {
    const code = readFileSync(file, "utf8");
    const ts = readFileSync(join(ROOT, sourceName(file)), "utf8");
    const tree = parse(code, { ecmaVersion: "latest", sourceType: "module", locations: true });
    walk(tree, (node) => {
      if (node.type === "Literal" && node.regex) {
        const text = `/${node.regex.pattern}/${node.regex.flags}`;
        // tsc keeps literals verbatim; the .ts line is where the same text first appears.
        const at = ts.indexOf(text);
        const line = at === -1 ? null : ts.slice(0, at).split("\n").length;
        literals.push({ source: node.regex.pattern, flags: node.regex.flags, file: sourceName(file), line });
      }
      if ((node.type === "NewExpression" || node.type === "CallExpression") && node.callee.type === "Identifier" && node.callee.name === "RegExp") {
        constructorSites.push({ file: sourceName(file), distLine: node.loc.start.line });
      }
    });
    // The n-th constructor call in the build is the n-th in the .ts file: report .ts lines.
    const tsLines = ts.split("\n").flatMap((text, index) => (/\bRegExp\(/.test(text) && !/^\s*(?:\/\/|\*)/.test(text) ? [index + 1] : []));
    const sites = constructorSites.filter((site) => site.file === sourceName(file));
    sites.forEach((site, index) => {
      site.line = sites.length === tsLines.length ? tsLines[index] : null;
    });
  }
  return { literals, constructorSites };
}

/** Wraps the global RegExp so every construction is recorded with the built line that made it. */
function recordConstructions() {
  const seen = new Map();
  const Original = RegExp;
  const record = (pattern, flags) => {
    const made = new Original(pattern, flags);
    const frames = new Error().stack.split("\n").slice(3).filter((line) => line.includes(DIST));
    // rules/util/plain-text.ts builds other modules' patterns (and their ASCII twins) on first
    // use: the pattern is also theirs, so the first caller outside it is a site too.
    const owner = frames[0]?.includes(PLAIN_TEXT) ? frames.find((line) => !line.includes(PLAIN_TEXT)) : undefined;
    for (const frame of [frames[0], owner]) {
      const match = frame && /(\/[^():]+\.js):(\d+):\d+/.exec(frame);
      if (!match) continue;
      const key = `${made.flags}\u0000${made.source}`;
      const site = `${sourceName(match[1])}:${match[2]}`;
      const entry = seen.get(key) ?? { source: made.source, flags: made.flags, sites: new Set() };
      entry.sites.add(site);
      seen.set(key, entry);
    }
    return made;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (_target, [pattern, flags]) => record(pattern, flags),
    apply: (_target, _this, [pattern, flags]) => record(pattern, flags),
  });
  return seen;
}

/** Lints every fixture draft with every rule on, with and without profiles, through every formatter. */
async function exercise() {
  const api = await import(pathToFileURL(join(DIST, "src/api.js")).href);
  const { builtinRules } = await import(pathToFileURL(join(DIST, "rules/index.js")).href);
  const { builtInFormatterNames } = await import(pathToFileURL(join(DIST, "src/formatters/index.js")).href);
  // Import every module so that patterns built at load time are recorded even if unused here
  // (not the build step that writes the word list: importing it runs it).
  for (const file of [...jsFiles(join(DIST, "src")), ...jsFiles(join(DIST, "rules"))]) {
    if (!file.endsWith("build-english-words.js")) await import(pathToFileURL(file).href);
  }

  const rules = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, "warn"]));
  const drafts = [join(ROOT, "fixtures/drafts"), join(ROOT, "fixtures/corpus")];
  const options = { cwd: ROOT, configLookup: false, rules, keepSource: true, today: "2026-11-27" };
  const results = [
    ...(await api.lintFiles(drafts, options)),
    ...(await api.lintFiles(drafts, { ...options, profile: join(ROOT, "fixtures/profiles/jane-doe.json"), fix: true, template: true })),
    ...(await api.lintFiles([join(ROOT, "fixtures/drafts")], { ...options, profile: join(ROOT, "fixtures/profiles/marcus-lee.yaml") })),
    // Plugin lookup by name builds patterns from the plugin prefix.
    ...(await api.lintText("Hi Jane,\n\nWe utilize Go.\n", { ...options, config: { extends: [], plugins: [join(ROOT, "fixtures/plugins/inmail-lint-plugin-example")], rules: { "example/prefer-plain-words": "warn" } } })),
  ];
  // Every draft again with its spaces as thin spaces: no sentence is plain text then, so the Unicode
  // patterns that plain drafts never need (rules/util/plain-text.ts searches those with ASCII twins)
  // are built, and audited, too.
  const unplain = drafts.flatMap((dir) => jsFiles(dir, ".md")).map((file) => ({ text: readFileSync(file, "utf8").replace(/ /g, "\u2009"), filePath: file }));
  results.push(...(await api.lintTexts(unplain, options)), ...(await api.lintTexts(unplain, { ...options, profile: join(ROOT, "fixtures/profiles/jane-doe.json") })));
  // Options that extend phrase lists compile user text into patterns too.
  const extended = {};
  for (const rule of builtinRules) {
    const setting = {};
    for (const [name, spec] of Object.entries(rule.meta.options)) if (spec.type === "string[]") setting[name] = ["rock star ninja", "a+b (c)", "Ünïcödé"];
    extended[rule.meta.id] = ["warn", setting];
  }
  results.push(...(await api.lintFiles([join(ROOT, "fixtures/drafts")], { ...options, rules: extended, config: { extends: [], words: ["Kubernetes", "C++"] } })));
  // Paths no fixture takes: a scoped plugin name, a JavaScript config with a syntax error, and
  // compromise (no built-in rule asks for it; plugin rules may).
  const { pluginPrefix } = await import(pathToFileURL(join(DIST, "src/config/plugins.js")).href);
  pluginPrefix("@acme/inmail-lint-plugin-example");
  // A fixed path: the pattern is built from it, and the audit keeps verdicts by pattern.
  const scratch = join(tmpdir(), "inmail-lint-regex-inventory");
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, "bad.cjs"), "module.exports = { rules: { ; }\n");
  await api.lintText("Hi Jane,\n", { ...options, config: join(scratch, "bad.cjs") }).catch(() => undefined);
  rmSync(scratch, { recursive: true, force: true });
  const { parseDraft } = await import(pathToFileURL(join(DIST, "src/draft/parse.js")).href);
  const { buildNlpDocument } = await import(pathToFileURL(join(DIST, "src/draft/nlp.js")).href);
  buildNlpDocument(parseDraft(readFileSync(join(ROOT, "fixtures/drafts/good-founder-hiring.md"), "utf8"), "x.md"));
  for (const name of builtInFormatterNames()) {
    const format = await api.loadFormatter(name);
    await format(results, { cwd: ROOT, color: false, rulesMeta: await api.getRulesMetaForResults(results, options), explain: true, codeFrame: true, fixDryRun: true });
  }
}

const constructed = recordConstructions();
const { literals, constructorSites } = scanBuiltCode();
await exercise();
const tsSite = new Map(constructorSites.map((site) => [`${site.file}:${site.distLine}`, `${site.file}:${site.line ?? `dist line ${site.distLine}`}`]));
process.stdout.write(
  JSON.stringify({
    literals,
    constructorSites: constructorSites.map((site) => ({ ...site, site: tsSite.get(`${site.file}:${site.distLine}`) })),
    constructed: [...constructed.values()].map((entry) => ({ source: entry.source, flags: entry.flags, sites: [...entry.sites].map((site) => tsSite.get(site) ?? site).sort() })),
  }),
);
