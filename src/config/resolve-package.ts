import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Finds an npm package (plugin, shareable config, formatter) from a folder the way Node's ES
 * module loader would: `node_modules` folders upwards, then `exports` ("import", "node",
 * "default" conditions), then `main`, then `index.js`. `require.resolve` alone misses ESM-only
 * packages whose `exports` has no "require" condition.
 */
export function resolvePackage(specifier: string, fromDir: string): string | null {
  const { name, subpath } = splitSpecifier(specifier);
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const packageDir = join(dir, "node_modules", name);
    if (existsSync(join(packageDir, "package.json"))) return packageEntry(packageDir, subpath);
    if (dirname(dir) === dir) break;
  }
  // NODE_PATH and other places only Node's CommonJS resolver knows about.
  try {
    return createRequire(join(fromDir, "noop.js")).resolve(specifier);
  } catch {
    return null;
  }
}

/** The module a folder stands for: its package.json entry, or its index.js. */
export function folderEntry(dir: string): string | null {
  if (existsSync(join(dir, "package.json"))) return packageEntry(dir, ".");
  const index = join(dir, "index.js");
  return existsSync(index) ? index : null;
}

/** The `name` field of a folder's package.json, if any. */
export function packageName(dir: string): string | null {
  try {
    const json = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: unknown };
    return typeof json.name === "string" ? json.name : null;
  } catch {
    return null;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function splitSpecifier(specifier: string): { name: string; subpath: string } {
  const parts = specifier.split("/");
  const nameParts = specifier.startsWith("@") ? 2 : 1;
  const rest = parts.slice(nameParts).join("/");
  return { name: parts.slice(0, nameParts).join("/"), subpath: rest ? `./${rest}` : "." };
}

const CONDITIONS = ["import", "node", "default", "module-sync"];

function packageEntry(packageDir: string, subpath: string): string | null {
  let json: { exports?: unknown; main?: unknown };
  try {
    json = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as typeof json;
  } catch {
    return null;
  }
  if (json.exports !== undefined) {
    const target = exportTarget(json.exports, subpath);
    return target ? join(packageDir, target) : null;
  }
  if (subpath !== ".") return existingFile(join(packageDir, subpath));
  if (typeof json.main === "string") return existingFile(join(packageDir, json.main));
  return existingFile(join(packageDir, "index.js"));
}

function exportTarget(exportsField: unknown, subpath: string): string | null {
  const isSubpathMap = typeof exportsField === "object" && exportsField !== null && !Array.isArray(exportsField) && Object.keys(exportsField).some((key) => key.startsWith("."));
  if (!isSubpathMap) return subpath === "." ? conditionTarget(exportsField) : null;
  const map = exportsField as Record<string, unknown>;
  return subpath in map ? conditionTarget(map[subpath]) : null;
}

function conditionTarget(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const target = conditionTarget(item);
      if (target) return target;
    }
    return null;
  }
  if (typeof value === "object" && value !== null) {
    for (const [condition, target] of Object.entries(value)) {
      if (CONDITIONS.includes(condition)) {
        const found = conditionTarget(target);
        if (found) return found;
      }
    }
  }
  return null;
}

function existingFile(path: string): string | null {
  for (const candidate of [path, `${path}.js`, join(path, "index.js")]) {
    if (existsSync(candidate) && !isDirectory(candidate)) return candidate;
  }
  return null;
}
