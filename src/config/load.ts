import { dirname } from "node:path";
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

/** cosmiconfig's parse errors to one line naming the file (and line when the parser knows it). */
function asConfigError(error: unknown, fallbackFile: string | undefined): InmailLintError {
  if (error instanceof InmailLintError) return error;
  const err = error as Error & { filepath?: string; code?: string; mark?: { line: number } };
  const file = err.filepath ?? fallbackFile;
  if (err.code === "ENOENT") return configError(file, "config file not found");
  const firstLine = (err.message ?? String(error)).split("\n").find((line) => line.trim() !== "") ?? "cannot be read";
  const lineMatch = /line (\d+)/i.exec(err.message ?? "");
  const line = err.mark ? err.mark.line + 1 : lineMatch ? Number(lineMatch[1]) : undefined;
  const reason = firstLine.replace(/^(JSONError|YAMLException|SyntaxError):\s*/, "").replace(/\s*\(\d+:\d+\)$/, "").replace(new RegExp(`^${escape(file ?? "")}:?\\s*`), "");
  return configError(file, `invalid config: ${reason}`, line);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
