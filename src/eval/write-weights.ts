import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import { isMap, parseDocument } from "yaml";
import { configError } from "../errors.js";
import { readTextFile } from "../files/read.js";

type Format = "json" | "yaml" | "package-json";

/**
 * Writes fitted weights into a config file's `weights`, keeping every other key (and, in YAML,
 * comments outside `weights`). Weights already there and not fitted are kept; keys are sorted so
 * the same fit gives the same file. A missing file is created (YAML for .yaml/.yml, else JSON).
 */
export function writeWeights(path: string, fitted: Record<string, number>): void {
  const format = formatOf(path);
  const exists = existsSync(path);
  const text = exists ? readTextFile(path, "config file") : "";
  const output = format === "yaml" ? updateYaml(text, fitted, path) : updateJson(text, fitted, path, format === "package-json");
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, output);
  } catch (error) {
    throw configError(path, `cannot write the config: ${(error as Error).message}`);
  }
}

function formatOf(path: string): Format {
  const extension = extname(path).toLowerCase();
  if (basename(path) === "package.json") return "package-json";
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  if (extension === ".json" || extension === "") return "json";
  throw configError(path, "can only write weights into a JSON or YAML config (.json, .yaml, .yml, .inmail-lintrc or package.json); copy them into a JavaScript config by hand");
}

function merged(existing: unknown, fitted: Record<string, number>, path: string): Record<string, number> {
  if (existing !== undefined && existing !== null && (typeof existing !== "object" || Array.isArray(existing))) {
    throw configError(path, "'weights' must be an object of rule ids to numbers");
  }
  const all = { ...(existing as Record<string, number> | undefined), ...fitted };
  return Object.fromEntries(Object.keys(all).sort().map((key) => [key, all[key]!]));
}

function updateJson(text: string, fitted: Record<string, number>, path: string, packageJson: boolean): string {
  let root: Record<string, unknown> = {};
  if (text.trim() !== "") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      throw configError(path, `is not valid JSON (${(error as Error).message}); fix it or write the weights to a new file`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw configError(path, "config must be an object");
    root = parsed as Record<string, unknown>;
  }
  if (packageJson) {
    const section = (root["inmail-lint"] ?? {}) as Record<string, unknown>;
    root["inmail-lint"] = { ...section, weights: merged(section.weights, fitted, path) };
  } else {
    root.weights = merged(root.weights, fitted, path);
  }
  return `${JSON.stringify(root, null, 2)}\n`;
}

function updateYaml(text: string, fitted: Record<string, number>, path: string): string {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    throw configError(path, `is not valid YAML (${first.message.split("\n")[0]}); fix it or write the weights to a new file`, first.linePos?.[0]?.line);
  }
  if (document.contents !== null && !isMap(document.contents)) throw configError(path, "config must be a mapping of keys to values");
  const existing = document.toJS() as Record<string, unknown> | null;
  document.set("weights", document.createNode(merged(existing?.weights, fitted, path)));
  return document.toString();
}
