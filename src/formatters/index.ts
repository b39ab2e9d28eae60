import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { usageError } from "../errors.js";
import { importModule } from "../files/import-module.js";
import { resolvePackage } from "../config/plugins.js";
import type { Formatter } from "./types.js";

/** Built-in formatters, loaded on demand so a run pays only for the one it prints. */
const BUILT_IN: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import("./stylish.js"),
  json: () => import("./json.js"),
  compact: () => import("./compact.js"),
  codeframe: () => import("./codeframe.js"),
  sarif: () => import("./sarif.js"),
  github: () => import("./github.js"),
  junit: () => import("./junit.js"),
  gitlab: () => import("./gitlab.js"),
  markdown: () => import("./markdown.js"),
  html: () => import("./html.js"),
};

export function builtInFormatterNames(): string[] {
  return Object.keys(BUILT_IN);
}

export function registerFormatter(name: string, load: () => Promise<{ default: Formatter }>): void {
  BUILT_IN[name] = load;
}

/**
 * A formatter by built-in name, file path, or package (`inmail-lint-formatter-<name>`),
 * exporting `(results, context) => string` as default or as `format`.
 */
export async function loadFormatter(name: string, cwd = process.cwd()): Promise<Formatter> {
  const builtIn = Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name] : undefined;
  if (builtIn) return (await builtIn()).default;
  const asPath = resolve(cwd, name);
  const looksLikePath = name.includes("/") || name.includes("\\") || name.endsWith(".js") || name.endsWith(".mjs") || name.endsWith(".cjs");
  let location: string | null = null;
  if (looksLikePath && existsSync(asPath)) location = asPath;
  else if (!name.startsWith(".")) {
    const packageName = name.startsWith("inmail-lint-formatter-") || name.startsWith("@") ? name : `inmail-lint-formatter-${name}`;
    location = resolvePackage(packageName, cwd) ?? resolvePackage(name, cwd);
  }
  if (!location) throw usageError(`unknown format '${name}' (built-in: ${builtInFormatterNames().join(", ")}; or a file path or an inmail-lint-formatter-<name> package)`);
  let module: Record<string, unknown>;
  try {
    module = (await importModule(pathToFileURL(location).href)) as Record<string, unknown>;
  } catch (error) {
    throw usageError(`formatter '${name}' failed to load: ${(error as Error).message.split("\n")[0]}`);
  }
  const candidate = typeof module.default === "function" ? module.default : module.format;
  if (typeof candidate !== "function") throw usageError(`formatter '${name}' does not export a function (default export or 'format')`);
  return candidate as Formatter;
}
