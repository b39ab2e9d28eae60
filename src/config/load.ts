import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { cosmiconfig, type CosmiconfigResult } from "cosmiconfig";
import { configError, InmailLintError } from "../errors.js";
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

export interface ConfigFile {
  filePath: string;
  dir: string;
  config: ConfigObject;
}

let explorer: ReturnType<typeof cosmiconfig> | null = null;

function getExplorer(): ReturnType<typeof cosmiconfig> {
  // Search from each draft's folder up to the file-system root, as ESLint does.
  explorer ??= cosmiconfig("inmail-lint", {
    searchPlaces: CONFIG_FILE_NAMES,
    packageProp: "inmail-lint",
    searchStrategy: "global",
    stopDir: "/",
    cache: true,
    loaders: { ".js": importConfig, ".mjs": importConfig, ".cjs": importConfig },
  });
  return explorer;
}

/** The nearest config above `dir`, or null. */
export async function searchConfig(dir: string): Promise<ConfigFile | null> {
  let result: CosmiconfigResult;
  try {
    result = await getExplorer().search(dir);
  } catch (error) {
    throw asConfigError(error, undefined);
  }
  return result ? toConfigFile(result) : null;
}

/** A config file given by path (`--config`, or `extends: "./base.yml"`). */
export async function loadConfigFile(filePath: string): Promise<ConfigFile> {
  let result: CosmiconfigResult;
  try {
    result = await getExplorer().load(filePath);
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
  const module = (await import(pathToFileURL(filePath).href)) as { default?: unknown };
  return module.default;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
