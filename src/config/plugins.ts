import { existsSync } from "node:fs";
import { basename, dirname, extname, resolve as resolvePath } from "node:path";
import { pathToFileURL } from "node:url";
import { configError } from "../errors.js";
import { importModule } from "../files/import-module.js";
import type { OptionSpec, OptionType, Rule, RuleMeta } from "../types.js";
import { folderEntry, isDirectory, packageName, resolvePackage } from "./resolve-package.js";
import type { ConfigObject } from "./schema.js";
import { validateConfigObject } from "./schema.js";

export { resolvePackage } from "./resolve-package.js";

export interface LoadedPlugin {
  /** The prefix of its rule ids: `<name>/<rule-id>`. */
  name: string;
  rules: Record<string, Rule>;
  configs: Record<string, ConfigObject>;
  /** The module file it was loaded from (the cache fingerprints it). */
  location: string;
}

const PREFIX = "inmail-lint-plugin";

/** `foo` -> `inmail-lint-plugin-foo`; `@acme` -> `@acme/inmail-lint-plugin`; `@acme/foo` -> `@acme/inmail-lint-plugin-foo`. */
export function pluginPackage(name: string): string {
  if (name.startsWith("@")) {
    const [scope, rest] = name.split("/");
    if (!rest) return `${scope}/${PREFIX}`;
    return rest.startsWith(PREFIX) ? name : `${scope}/${PREFIX}-${rest}`;
  }
  return name.startsWith(PREFIX) ? name : `${PREFIX}-${name}`;
}

/** The rule prefix users write: the short name without the `inmail-lint-plugin-` part. */
export function pluginPrefix(name: string): string {
  if (name.startsWith("@")) {
    const [scope, rest] = name.split("/");
    const short = (rest ?? "").replace(new RegExp(`^${PREFIX}-?`), "");
    return short ? `${scope}/${short}` : scope!;
  }
  return name.replace(new RegExp(`^${PREFIX}-`), "");
}

export function isPathSpecifier(name: string): boolean {
  return name.startsWith(".") || name.startsWith("/") || /^[A-Za-z]:[\\/]/.test(name);
}

const cache = new Map<string, Promise<LoadedPlugin>>();

/**
 * Loads a plugin by package name (`inmail-lint-plugin-<name>`, found from the config's folder)
 * or by path (a module file or a package folder, relative to the config's folder).
 * Every failure is one config error that names the plugin and the config file.
 */
export function loadPlugin(name: string, dir: string, configFile: string | null): Promise<LoadedPlugin> {
  const where = configFile ?? undefined;
  const location = isPathSpecifier(name) ? localPluginEntry(name, dir, where) : resolvePackage(pluginPackage(name), dir);
  if (!location) {
    return Promise.reject(configError(where, `cannot find plugin '${name}' (looked for package '${pluginPackage(name)}' from ${dir}); is it installed?`));
  }
  const key = `${location}\u0000${name}`;
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = importPlugin(name, location, where);
    cache.set(key, loaded);
  }
  return loaded;
}

function localPluginEntry(name: string, dir: string, where: string | undefined): string {
  const path = resolvePath(dir, name);
  if (!existsSync(path)) throw configError(where, `cannot find plugin '${name}' (no such file or folder: ${path})`);
  if (!isDirectory(path)) return path;
  const entry = folderEntry(path);
  if (!entry) throw configError(where, `cannot find plugin '${name}': folder ${path} has no package.json entry or index.js`);
  return entry;
}

async function importPlugin(name: string, location: string, where: string | undefined): Promise<LoadedPlugin> {
  let module: Record<string, unknown>;
  try {
    module = (await importModule(pathToFileURL(location).href)) as Record<string, unknown>;
  } catch (error) {
    const reason = (error as Error).message?.split("\n")[0] ?? String(error);
    throw configError(where, `plugin '${name}' failed to load: ${reason}`);
  }
  const exported = (module.default && typeof module.default === "object" ? module.default : module) as Record<string, unknown>;
  const prefix = isPathSpecifier(name) ? localPrefix(exported, location) : pluginPrefix(name);
  const rawRules = exported.rules;
  if (typeof rawRules !== "object" || rawRules === null || Array.isArray(rawRules)) throw configError(where, `plugin '${name}' does not export 'rules' (an object of rule id -> rule)`);
  const rules: Record<string, Rule> = {};
  for (const [id, rule] of Object.entries(rawRules as Record<string, unknown>)) rules[id] = normalizePluginRule(rule, id, name, where);
  const configs: Record<string, ConfigObject> = {};
  const rawConfigs = exported.configs ?? {};
  if (typeof rawConfigs !== "object" || rawConfigs === null) throw configError(where, `plugin '${name}': 'configs' must be an object of config name -> config`);
  for (const [configName, value] of Object.entries(rawConfigs as Record<string, unknown>)) {
    configs[configName] = validateConfigObject(value, `${location} (config '${configName}')`);
  }
  return { name: prefix, rules, configs, location };
}

/**
 * The prefix of a plugin loaded by path: the name it declares (`meta.name` as ESLint plugins
 * do, or `name`), else its package.json name, else its file (or folder, for index.js) name;
 * the `inmail-lint-plugin-` part is dropped in every case.
 */
function localPrefix(exported: Record<string, unknown>, location: string): string {
  const meta = exported.meta as { name?: unknown } | undefined;
  const declared = typeof meta?.name === "string" ? meta.name : typeof exported.name === "string" ? exported.name : null;
  if (declared) return pluginPrefix(declared);
  const fromPackage = packageName(dirname(location));
  if (fromPackage) return pluginPrefix(fromPackage);
  const file = basename(location, extname(location));
  return pluginPrefix(file === "index" ? basename(dirname(location)) : file);
}

const OPTION_TYPES: readonly OptionType[] = ["number", "integer", "string", "boolean", "string[]", "enum"];
const SEVERITIES = ["off", "warn", "error"];

/**
 * A plugin rule written as a plain object gets the optional parts of `meta` filled in, so the
 * engine never trips on them; what cannot be guessed (messages, option types) is a config error.
 */
function normalizePluginRule(raw: unknown, id: string, plugin: string, where: string | undefined): Rule {
  const fail = (problem: string) => configError(where, `plugin '${plugin}' rule '${id}': ${problem}`);
  if (typeof raw !== "object" || raw === null) throw fail("is not a rule (an object with 'meta' and 'check')");
  const rule = raw as Record<string, unknown>;
  const isBatch = typeof rule.checkBatch === "function" && typeof rule.summarize === "function";
  if (typeof rule.check !== "function" && !isBatch) throw fail("needs a 'check(context)' function");
  const meta = (rule.meta ?? {}) as Partial<RuleMeta>;
  if (typeof meta !== "object") throw fail("'meta' must be an object");
  if (typeof meta.messages !== "object" || meta.messages === null || Object.values(meta.messages).some((text) => typeof text !== "string")) {
    throw fail("'meta.messages' must map message ids to message texts");
  }
  if (meta.defaultSeverity !== undefined && !SEVERITIES.includes(meta.defaultSeverity)) throw fail(`'meta.defaultSeverity' must be "off", "warn" or "error"`);
  const options: Record<string, OptionSpec> = {};
  for (const [name, spec] of Object.entries(meta.options ?? {})) {
    if (!spec || !OPTION_TYPES.includes(spec.type)) throw fail(`option '${name}' needs a 'type' (${OPTION_TYPES.join(", ")})`);
    options[name] = spec;
  }
  const normalized: RuleMeta = {
    ...meta,
    id: typeof meta.id === "string" ? meta.id : id,
    description: meta.description ?? "",
    category: meta.category ?? "etiquette",
    defaultSeverity: meta.defaultSeverity ?? "warn",
    fixable: Boolean(meta.fixable),
    hasSuggestions: Boolean(meta.hasSuggestions),
    options,
    messages: meta.messages,
  };
  return { ...(rule as object), meta: normalized } as Rule;
}
