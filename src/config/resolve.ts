import { dirname, relative, resolve as resolvePath, sep } from "node:path";
import { configError, usageError } from "../errors.js";
import { picomatch } from "../files/picomatch.js";
import { resolveRuleOptions } from "../engine/options.js";
import type { ActiveRule } from "../engine/run-rules.js";
import type { Rule } from "../types.js";
import { builtinRules } from "../../rules/index.js";
import { loadConfigFile, searchConfig, type ConfigFile } from "./load.js";
import { isPathSpecifier, loadPlugin, pluginPrefix, type LoadedPlugin } from "./plugins.js";
import { isPresetName, presetConfig, presetNames } from "./presets.js";
import { folderEntry, isDirectory, resolvePackage } from "./resolve-package.js";
import { ruleSetting, severityNumber, validateConfigObject, type ConfigObject, type OverrideBlock, type RuleSetting } from "./schema.js";

interface RuleEntry {
  severity: 0 | 1 | 2;
  options?: Record<string, unknown>;
  /** Where this entry was set, for error messages. */
  origin: string;
}

/** A config with its `extends` chain and plugins folded in. */
interface FlatConfig {
  rules: Map<string, RuleEntry>;
  words: string[];
  weights: Record<string, number>;
  overrides: Array<{ dir: string; file: string; block: OverrideBlock }>;
  plugins: Map<string, LoadedPlugin>;
  today?: string;
  ignorePatterns: Array<{ dir: string; pattern: string }>;
}

/** Everything the engine needs to lint one draft. */
export interface ResolvedConfig {
  /** The config file used, or null for the built-in default. */
  filePath: string | null;
  rules: ActiveRule[];
  /** Every rule known to this config (built-in and plugins), on or off. */
  knownRules: Map<string, Rule>;
  words: string[];
  weights: Record<string, number>;
  today: string;
  ignorePatterns: Array<{ dir: string; pattern: string }>;
  /** The plugins in effect and the files they were loaded from (the cache fingerprints them). */
  plugins: Array<{ name: string; location: string }>;
  /** The effective settings, for `--print-config`. */
  printable: { rules: Record<string, unknown>; words: string[]; weights: Record<string, number>; plugins: string[]; filePath: string | null };
}

export interface ResolverOptions {
  cwd: string;
  /** `-c, --config`: use this file for every draft. */
  configFile?: string;
  /** A config object given through the API: used for every draft, like `configFile`. */
  configObject?: ConfigObject;
  /** `--no-config-lookup`: do not search for config files. */
  lookup: boolean;
  /** `--rule` settings, applied last. */
  cliRules: Record<string, RuleSetting>;
  /** Overrides today's date (tests, reproducible CI). */
  today?: string;
}

const DEFAULT_EXTENDS = ["inmail-lint:recommended"];

/** Finds and folds configs, once per folder, and turns them into active rules per draft. */
export class ConfigResolver {
  private readonly flatByFile = new Map<string, Promise<FlatConfig>>();
  private readonly configByDir = new Map<string, Promise<ConfigFile | null>>();
  /** Drafts under the same config with the same overrides share one resolved config (built once, not per draft). */
  private readonly finished = new Map<string, ResolvedConfig>();
  private explicit: Promise<ConfigFile> | null = null;

  constructor(private readonly options: ResolverOptions) {}

  /** The resolved config for a draft at `filePath` (which may not exist, e.g. `--stdin-filename`). */
  async forFile(filePath: string): Promise<ResolvedConfig> {
    const absolute = resolvePath(this.options.cwd, filePath);
    const file = await this.configFileFor(dirname(absolute));
    const flat = await this.flatten(file);
    return this.finish(flat, file, absolute);
  }

  /** The config file that applies in `dir` (explicit, found, or none). */
  async configFileFor(dir: string): Promise<ConfigFile | null> {
    if (this.options.configObject) {
      const config = validateConfigObject(this.options.configObject, "<config object>");
      return { filePath: "<config object>", dir: this.options.cwd, config };
    }
    if (this.options.configFile) {
      this.explicit ??= loadConfigFile(resolvePath(this.options.cwd, this.options.configFile));
      return this.explicit;
    }
    if (!this.options.lookup) return null;
    let found = this.configByDir.get(dir);
    if (!found) {
      found = searchConfig(dir);
      this.configByDir.set(dir, found);
    }
    return found;
  }

  private flatten(file: ConfigFile | null): Promise<FlatConfig> {
    const key = file?.filePath ?? "<default>";
    let flat = this.flatByFile.get(key);
    if (!flat) {
      const config: ConfigObject = file?.config ?? {};
      const dir = file?.dir ?? this.options.cwd;
      flat = foldConfig(config, file?.filePath ?? null, dir, [], dir);
      this.flatByFile.set(key, flat);
    }
    return flat;
  }

  private finish(flat: FlatConfig, file: ConfigFile | null, absoluteDraft: string): ResolvedConfig {
    const matching = flat.overrides.flatMap((override, index) => (overrideMatches(override.block, override.dir, absoluteDraft) ? [index] : []));
    const key = `${file?.filePath ?? "<default>"}\u0000${matching.join(",")}`;
    let resolved = this.finished.get(key);
    if (!resolved) {
      resolved = this.build(flat, file, new Set(matching));
      this.finished.set(key, resolved);
    }
    return resolved;
  }

  private build(flat: FlatConfig, file: ConfigFile | null, matching: ReadonlySet<number>): ResolvedConfig {
    const knownRules = new Map<string, Rule>(builtinRules.map((rule) => [rule.meta.id, rule]));
    for (const [name, plugin] of flat.plugins) {
      for (const [id, rule] of Object.entries(plugin.rules)) knownRules.set(`${name}/${id}`, rule);
    }
    const entries = new Map(flat.rules);
    const words = [...flat.words];
    const weights = { ...flat.weights };
    for (const [index, { file: overrideFile, block }] of flat.overrides.entries()) {
      if (!matching.has(index)) continue;
      for (const [id, setting] of Object.entries(block.rules ?? {})) mergeRule(entries, id, setting, `${overrideFile}\u0000overrides.rules`);
      words.push(...(block.words ?? []));
      Object.assign(weights, block.weights ?? {});
    }
    for (const [id, setting] of Object.entries(this.options.cliRules)) {
      if (!knownRules.has(id)) throw usageError(`--rule: unknown rule '${id}'${suggestRule(id, knownRules)}`);
      mergeRule(entries, id, setting, "--rule");
    }

    const rules: ActiveRule[] = [];
    const printableRules: Record<string, unknown> = {};
    for (const [id, entry] of entries) {
      const rule = knownRules.get(id);
      if (!rule) {
        const [where, key] = splitOrigin(entry.origin);
        throw configError(where, `unknown rule '${id}' in '${key}'${suggestRule(id, knownRules)}`);
      }
      const { options, problems } = resolveRuleOptions(rule.meta, entry.options);
      if (problems.length > 0) {
        const [where, key] = splitOrigin(entry.origin);
        if (where === "--rule") throw usageError(`--rule ${id}: ${problems[0]}`);
        throw configError(where, `'${key}.${id}': ${problems[0]}`);
      }
      printableRules[id] = entry.severity === 0 ? "off" : [entry.severity === 2 ? "error" : "warn", options];
      if (entry.severity > 0) rules.push({ id, rule, severity: entry.severity as 1 | 2, options });
    }
    const today = this.options.today ?? flat.today ?? new Date().toISOString().slice(0, 10);
    return {
      filePath: file?.filePath ?? null,
      rules,
      knownRules,
      words,
      weights,
      today,
      ignorePatterns: flat.ignorePatterns,
      plugins: [...flat.plugins.values()].map((plugin) => ({ name: plugin.name, location: plugin.location })),
      printable: { rules: printableRules, words, weights, plugins: [...flat.plugins.keys()], filePath: file?.filePath ?? null },
    };
  }
}

/**
 * Folds `extends` (presets, files, packages) and plugins, base first, then this config's own
 * settings. `rootDir` is the folder of the config file that was found (or given): `overrides`
 * and `ignorePatterns` anywhere in its `extends` chain are relative to it, as in ESLint, so a
 * shareable config's `files: ["sales/**"]` means the user's `sales/` folder.
 */
async function foldConfig(config: ConfigObject, file: string | null, dir: string, chain: string[], rootDir: string): Promise<FlatConfig> {
  const flat: FlatConfig = { rules: new Map(), words: [], weights: {}, overrides: [], plugins: new Map(), ignorePatterns: [] };
  const origin = file ?? "<default config>";
  // Only the user's own config starts from recommended when it names no base; a shared config
  // that did too would undo the presets listed before it.
  for (const target of config.extends ?? (chain.length === 0 ? DEFAULT_EXTENDS : [])) {
    const base = await loadExtended(target, file, dir, chain, rootDir);
    mergeFlat(flat, base);
  }
  for (const name of config.plugins ?? []) {
    const plugin = await loadPlugin(name, dir, file);
    flat.plugins.set(plugin.name, plugin);
  }
  for (const [id, setting] of Object.entries(config.rules ?? {})) mergeRule(flat.rules, id, setting, `${origin}\u0000rules`);
  flat.words.push(...(config.words ?? []));
  Object.assign(flat.weights, config.weights ?? {});
  for (const block of config.overrides ?? []) flat.overrides.push({ dir: rootDir, file: origin, block });
  for (const pattern of config.ignorePatterns ?? []) flat.ignorePatterns.push({ dir: rootDir, pattern });
  if (config.today) flat.today = config.today;
  return flat;
}

async function loadExtended(target: string, file: string | null, dir: string, chain: string[], rootDir: string): Promise<FlatConfig> {
  if (chain.includes(target)) throw configError(file ?? undefined, `'extends' has a cycle: ${[...chain, target].join(" -> ")}`);
  if (isPresetName(target)) {
    const preset = presetConfig(target);
    if (!preset) throw configError(file ?? undefined, `unknown preset '${target}' in 'extends' (built-in: ${presetNames().join(", ")})`);
    return foldConfig({ extends: [], ...preset }, file, dir, [...chain, target], rootDir);
  }
  if (target.startsWith("plugin:")) {
    const reference = target.slice("plugin:".length);
    const slash = reference.lastIndexOf("/");
    const pluginName = slash === -1 ? reference : reference.slice(0, slash);
    const configName = slash === -1 ? "" : reference.slice(slash + 1);
    const plugin = await loadPlugin(pluginName, dir, file);
    const shared = configName ? plugin.configs[configName] : undefined;
    if (!shared) {
      const available = Object.keys(plugin.configs);
      throw configError(file ?? undefined, `plugin '${plugin.name}' has no config '${configName}' (extends: '${target}'; it has: ${available.length ? available.join(", ") : "none"})`);
    }
    // A plugin's own config names the plugin in `plugins`; it is already loaded (maybe by path).
    const plugins = (shared.plugins ?? []).filter((name) => name !== pluginName && pluginPrefix(name) !== plugin.name);
    const folded = await foldConfig({ extends: [], ...shared, plugins }, file, dir, [...chain, target], rootDir);
    folded.plugins.set(plugin.name, plugin);
    return folded;
  }
  const base = await loadSharedConfig(target, file, dir);
  return foldConfig(base.config, base.filePath, base.dir, [...chain, target], rootDir);
}

/** `extends` a path (relative to the config that names it) or a shareable config package. */
async function loadSharedConfig(target: string, file: string | null, dir: string): Promise<ConfigFile> {
  if (isPathSpecifier(target)) {
    const path = resolvePath(dir, target);
    const entry = isDirectory(path) ? folderEntry(path) : path;
    if (!entry) throw configError(file ?? undefined, `cannot find config '${target}' (folder ${path} has no package.json entry or index.js)`);
    return loadConfigFile(entry);
  }
  const packageName = shareableConfigPackage(target);
  const resolved = resolvePackage(packageName, dir);
  if (!resolved) throw configError(file ?? undefined, `cannot find shareable config '${packageName}' (extends: '${target}', looked from ${dir}); is it installed?`);
  return loadConfigFile(resolved);
}

/**
 * ESLint's naming for shareable configs: `foo` -> `inmail-lint-config-foo`, `@acme` ->
 * `@acme/inmail-lint-config`, `@acme/foo` -> `@acme/inmail-lint-config-foo`; a file inside
 * the package may follow (`foo/strict` -> `inmail-lint-config-foo/strict`).
 */
export function shareableConfigPackage(name: string): string {
  const prefix = "inmail-lint-config";
  const parts = name.split("/");
  const scoped = name.startsWith("@");
  const scope = scoped ? `${parts[0]}/` : "";
  const short = parts[scoped ? 1 : 0];
  const file = parts.slice(scoped ? 2 : 1);
  const packageName = !short ? `${scope}${prefix}` : short.startsWith(prefix) ? `${scope}${short}` : `${scope}${prefix}-${short}`;
  return [packageName, ...file].join("/");
}

function mergeFlat(target: FlatConfig, base: FlatConfig): void {
  for (const [id, entry] of base.rules) target.rules.set(id, entry);
  target.words.push(...base.words);
  Object.assign(target.weights, base.weights);
  target.overrides.push(...base.overrides);
  for (const [name, plugin] of base.plugins) target.plugins.set(name, plugin);
  target.ignorePatterns.push(...base.ignorePatterns);
  if (base.today) target.today = base.today;
}

/** A later setting wins; a severity-only setting keeps the options set before it (as ESLint). */
function mergeRule(rules: Map<string, RuleEntry>, id: string, setting: RuleSetting, origin: string): void {
  const checked = ruleSetting(setting, origin.split("\u0000")[0], `rules.${id}`);
  const severity = severityNumber(Array.isArray(checked) ? checked[0] : checked)!;
  const options = Array.isArray(checked) && checked.length === 2 ? checked[1] : rules.get(id)?.options;
  rules.set(id, { severity, options, origin });
}

function splitOrigin(origin: string): [string, string] {
  const [where, key] = origin.split("\u0000");
  return [where!, key ?? "rules"];
}

function overrideMatches(block: OverrideBlock, dir: string, absoluteDraft: string): boolean {
  const path = relative(dir, absoluteDraft).split(sep).join("/");
  if (path.startsWith("../")) return false;
  return block.files.some((pattern) => globMatches(pattern, path)) && !(block.excludedFiles ?? []).some((pattern) => globMatches(pattern, path));
}

/** A pattern without a slash matches in any folder ("*.txt"), as in .gitignore and ESLint's old `overrides`. */
function globMatches(pattern: string, path: string): boolean {
  if (globMatcher(pattern)(path)) return true;
  return !pattern.includes("/") && globMatcher(`**/${pattern}`)(path);
}

/** Each override glob compiled once, not once per draft. */
const globMatchers = new Map<string, (path: string) => boolean>();
function globMatcher(pattern: string): (path: string) => boolean {
  let matcher = globMatchers.get(pattern);
  if (!matcher) {
    matcher = picomatch()(pattern, { dot: true });
    globMatchers.set(pattern, matcher);
  }
  return matcher;
}

function suggestRule(id: string, known: Map<string, Rule>): string {
  let best: string | null = null;
  let bestDistance = 4;
  for (const candidate of known.keys()) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ? ` (did you mean '${best}'?)` : "";
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
