import { readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { stripVTControlCharacters } from "node:util";
import type { CosmiconfigResult } from "cosmiconfig";
import { configError, InmailLintError } from "../errors.js";
import { importModule } from "../files/import-module.js";
import { validateConfigObject, type ConfigObject } from "./schema.js";

export const CONFIG_FILE_NAMES = [
  ".inmail-lintrc",
  ".inmail-lintrc.json",
  ".inmail-lintrc.yaml",
  ".inmail-lintrc.yml",
  ".inmail-lintrc.js",
  ".inmail-lintrc.cjs",
  ".inmail-lintrc.mjs",
  "inmail-lint.config.js",
  "inmail-lint.config.mjs",
  "inmail-lint.config.cjs",
  "package.json",
];

const MODULE_NAME = "inmail-lint";

export interface ConfigFile {
  filePath: string;
  dir: string;
  config: ConfigObject;
}

type Explorer = ReturnType<typeof import("cosmiconfig").cosmiconfig>;
let explorer: Promise<Explorer> | null = null;

/**
 * cosmiconfig (and the YAML and JSON parsers it pulls in) is loaded only when there is a config
 * file to read: most runs (a pre-commit hook on a repo without one, `--no-config-lookup`) have none.
 */
function getExplorer(): Promise<Explorer> {
  // Search from each draft's folder up to the file-system root, as ESLint does.
  explorer ??= import("cosmiconfig").then(({ cosmiconfig }) =>
    cosmiconfig(MODULE_NAME, {
      searchPlaces: CONFIG_FILE_NAMES,
      packageProp: MODULE_NAME,
      searchStrategy: "global",
      stopDir: "/",
      cache: true,
      loaders: { ".js": importConfig, ".mjs": importConfig, ".cjs": importConfig },
    }),
  );
  return explorer;
}

/** The nearest config above `dir`, or null. */
export async function searchConfig(dir: string): Promise<ConfigFile | null> {
  let result: CosmiconfigResult;
  try {
    result = needsFullSearch() ? await (await getExplorer()).search(dir) : await searchUp(dir);
    if (!result && globalConfigDirExists()) result = await (await getExplorer()).search(dir);
  } catch (error) {
    throw asConfigError(error, undefined);
  }
  return result ? toConfigFile(result) : null;
}

/**
 * cosmiconfig's search with cheap file-system checks: the same places in the same order, each
 * folder up to the root, skipping what it skips (missing, unreadable or empty files, folders, a
 * package.json without an "inmail-lint" key, a config that loads as undefined); cosmiconfig
 * loads only a file that is there. Its global config folder comes after the root, in `searchConfig`.
 */
async function searchUp(start: string): Promise<CosmiconfigResult> {
  for (let dir = start; ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(dir, name);
      if (!mayHoldConfig(path, name === "package.json")) continue;
      let result: CosmiconfigResult;
      try {
        result = await (await getExplorer()).load(path);
      } catch (error) {
        if (SKIPPED_ERRORS.has((error as NodeJS.ErrnoException).code ?? "")) continue;
        throw error;
      }
      if (result && !result.isEmpty) return result;
    }
    if (dirname(dir) === dir) return null;
  }
}

/** Read errors cosmiconfig's search passes over. */
const SKIPPED_ERRORS = new Set(["ENOENT", "EISDIR", "ENOTDIR", "EACCES"]);

/** A non-empty file; for package.json, one with an "inmail-lint" key (or one only cosmiconfig can judge, such as broken JSON). */
function mayHoldConfig(path: string, isPackageJson: boolean): boolean {
  let text: string;
  try {
    if (!statSync(path, { throwIfNoEntry: false })?.isFile()) return false;
    text = readFileSync(path, "utf8");
  } catch {
    return false;
  }
  if (text.trim() === "") return false;
  if (!isPackageJson) return true;
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return true;
  }
  if (typeof manifest !== "object" || manifest === null) return true;
  return (manifest as Record<string, unknown>)[MODULE_NAME] != null;
}

/**
 * cosmiconfig first reads a "meta config" from the working folder (a package.json "cosmiconfig"
 * key, package.yaml, .config/config.*) that can change where it searches: with one there, the
 * search is left to cosmiconfig.
 */
let fullSearch: boolean | undefined;
function needsFullSearch(): boolean {
  if (fullSearch !== undefined) return fullSearch;
  const cwd = process.cwd();
  const metaFiles = ["package.yaml", ".config/config.json", ".config/config.yaml", ".config/config.yml", ".config/config.js", ".config/config.ts", ".config/config.cjs", ".config/config.mjs"];
  fullSearch = metaFiles.some((name) => exists(join(cwd, name))) || packageJsonHasKey(join(cwd, "package.json"), "cosmiconfig");
  return fullSearch;
}

function packageJsonHasKey(path: string, key: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as unknown;
    return typeof manifest !== "object" || manifest === null || Object.hasOwn(manifest, key);
  } catch (error) {
    // Missing is no meta config; unreadable or broken is for cosmiconfig to report.
    return (error as NodeJS.ErrnoException).code !== "ENOENT" && (error as NodeJS.ErrnoException).code !== "EISDIR";
  }
}

/** cosmiconfig's global config folder for "inmail-lint" (env-paths' config path, without suffix). */
function globalConfigDirExists(): boolean {
  const home = homedir();
  const dir =
    process.platform === "darwin"
      ? join(home, "Library", "Preferences", MODULE_NAME)
      : process.platform === "win32"
        ? join(process.env.APPDATA || join(home, "AppData", "Roaming"), MODULE_NAME, "Config")
        : join(process.env.XDG_CONFIG_HOME || join(home, ".config"), MODULE_NAME);
  return exists(dir);
}

function exists(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/** A config file given by path (`--config`, or `extends: "./base.yml"`). */
export async function loadConfigFile(filePath: string): Promise<ConfigFile> {
  let result: CosmiconfigResult;
  try {
    result = await (await getExplorer()).load(filePath);
  } catch (error) {
    throw asConfigError(error, filePath);
  }
  if (!result) throw configError(filePath, "config file is empty");
  return toConfigFile(result);
}

function toConfigFile(result: NonNullable<CosmiconfigResult>): ConfigFile {
  if (result.isEmpty) throw configError(result.filepath, "config file is empty (expected an object with 'rules' or 'extends')");
  const raw = isModuleNamespace(result.config) ? (result.config as { default: unknown }).default : result.config;
  return { filePath: result.filepath, dir: dirname(result.filepath), config: validateConfigObject(raw, result.filepath) };
}

function isModuleNamespace(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.keys(value).length === 1 && "default" in value;
}

/** cosmiconfig's parse errors to one line naming the file and, when known, the line. */
function asConfigError(error: unknown, fallbackFile: string | undefined): InmailLintError {
  if (error instanceof InmailLintError) return error;
  const err = error as Error & { filepath?: string; code?: string; mark?: { line: number }; reason?: string };
  const file = err.filepath ?? fallbackFile;
  if (err.code === "ENOENT") return configError(file, "config file not found");
  // parse-json colours its code frame when the terminal (or FORCE_COLOR) allows; the frame is parsed below.
  const message = stripVTControlCharacters(String(err.message ?? error));
  // JSON and YAML errors start with "JSON Error in <file>:" and carry a code frame; keep the reason.
  const reasonLine = message
    .split("\n")
    .map((line) => line.trim())
    .find((line) => line !== "" && !/^(?:JSON|YAML) Error in /.test(line) && !/^(?:>\s*)?(?:\d+\s*)?\|/.test(line) && !/^-+\^$/.test(line));
  const reason = (err.reason ?? reasonLine ?? "cannot be read")
    .replace(/ in JSON at position \d.*$/, "")
    .replace(/(?<!\s)\s*\(\d+:\d+\)$/, "");
  return configError(file, `invalid config: ${reason}`, errorLine(err, message, file));
}

/** Where the parser stopped: js-yaml's mark, parse-json's code frame ("> 3 |"), or a module's stack. */
function errorLine(err: { mark?: { line: number }; stack?: string }, message: string, file: string | undefined): number | undefined {
  if (err.mark) return err.mark.line + 1;
  const frame = /^>\s*(\d+)\s*\|/m.exec(message);
  if (frame) return Number(frame[1]);
  if (!file || !err.stack) return undefined;
  // A CommonJS syntax error's stack starts "<file>:<line>"; a throwing module's names "<file>:<line>:<column>".
  const at = new RegExp(`${escape(file)}:(\\d+)`).exec(err.stack);
  return at ? Number(at[1]) : undefined;
}

/**
 * JS configs through import() only. cosmiconfig falls back to require(), which turns a syntax
 * error in an .mjs file into a Node internal assertion instead of the real message.
 */
async function importConfig(filePath: string): Promise<unknown> {
  const module = (await importModule(pathToFileURL(filePath).href)) as { default?: unknown };
  return module.default;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
