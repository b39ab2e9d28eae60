import { createRequire } from "node:module";
import { basename, extname, join, resolve as resolvePath } from "node:path";
import { pathToFileURL } from "node:url";
import { configError } from "../errors.js";
import type { Rule } from "../types.js";
import type { ConfigObject } from "./schema.js";
import { validateConfigObject } from "./schema.js";

export interface LoadedPlugin {
  /** The prefix of its rule ids: `<name>/<rule-id>`. */
  name: string;
  rules: Record<string, Rule>;
  configs: Record<string, ConfigObject>;
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

export function resolvePackage(packageName: string, fromDir: string): string | null {
  try {
    return createRequire(join(fromDir, "noop.js")).resolve(packageName);
  } catch {
    return null;
  }
}

const cache = new Map<string, Promise<LoadedPlugin>>();

/** Loads a plugin by package name or path (relative to the config's folder). Failures name the plugin. */
export function loadPlugin(name: string, dir: string, configFile: string | null): Promise<LoadedPlugin> {
  const isPath = name.startsWith(".") || name.startsWith("/");
  const location = isPath ? resolvePath(dir, name) : resolvePackage(pluginPackage(name), dir);
  const where = configFile ?? undefined;
  if (!location) return Promise.reject(configError(where, `cannot find plugin '${name}' (looked for package '${pluginPackage(name)}'); is it installed?`));
  let loaded = cache.get(location);
  if (!loaded) {
    loaded = importPlugin(name, location, isPath, where);
    cache.set(location, loaded);
  }
  return loaded;
}

async function importPlugin(name: string, location: string, isPath: boolean, where: string | undefined): Promise<LoadedPlugin> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(location).href)) as Record<string, unknown>;
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    throw configError(where, `plugin '${name}' failed to load: ${reason}`);
  }
  const exported = (module.default && typeof module.default === "object" ? module.default : module) as Record<string, unknown>;
  const rules = exported.rules;
  if (typeof rules !== "object" || rules === null) throw configError(where, `plugin '${name}' does not export 'rules'`);
  for (const [id, rule] of Object.entries(rules as Record<string, unknown>)) {
    const candidate = rule as Partial<Rule> | null;
    const valid = candidate && typeof candidate === "object" && candidate.meta && (typeof (candidate as { check?: unknown }).check === "function" || typeof (candidate as { checkBatch?: unknown }).checkBatch === "function");
    if (!valid) throw configError(where, `plugin '${name}' rule '${id}' is not a rule (needs 'meta' and 'check')`);
  }
  const configs: Record<string, ConfigObject> = {};
  for (const [configName, value] of Object.entries((exported.configs ?? {}) as Record<string, unknown>)) {
    configs[configName] = validateConfigObject(value, `${location} (config '${configName}')`);
  }
  const declared = typeof exported.name === "string" ? exported.name : null;
  const prefix = declared ?? (isPath ? basename(location, extname(location)).replace(new RegExp(`^${PREFIX}-`), "") : pluginPrefix(name));
  return { name: prefix, rules: rules as Record<string, Rule>, configs };
}
