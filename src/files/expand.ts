import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { glob, isDynamicPattern } from "tinyglobby";
import { inputError, usageError } from "../errors.js";
import { readTextFile } from "./read.js";

export const DRAFT_EXTENSIONS = [".md", ".markdown", ".txt"];
const ALWAYS_SKIPPED = new Set(["node_modules", ".git"]);
export const IGNORE_FILE = ".inmail-lintignore";

export interface ExpandOptions {
  cwd: string;
  /** `--ignore-pattern` globs, gitignore syntax, relative to cwd. */
  ignorePatterns: string[];
  /** Read `.inmail-lintignore` from cwd. */
  useIgnoreFile: boolean;
}

/**
 * Paths, folders and globs to the draft files to lint, sorted and unique. Ignored trees are
 * never walked (markdownlint users saw 5 s become 50 s when ignores were applied after globbing).
 * A path that does not exist, or a folder or glob with no drafts, is an error (exit 2), as in ESLint.
 */
export async function expandPaths(patterns: string[], options: ExpandOptions): Promise<string[]> {
  const ignorer = buildIgnorer(options);
  const isIgnored = (absolute: string, isDir: boolean) => {
    const path = relative(options.cwd, absolute).split(sep).join("/");
    if (path === "" || path.startsWith("..")) return false;
    return ignorer.ignores(isDir ? `${path}/` : path);
  };
  const files = new Set<string>();
  for (const pattern of patterns) {
    const absolute = resolve(options.cwd, pattern);
    if (existsSync(absolute)) {
      const stat = statSync(absolute);
      if (stat.isDirectory()) {
        const found = walk(absolute, isIgnored);
        if (found.length === 0) throw inputError(pattern, `no drafts found in this folder (looked for ${DRAFT_EXTENSIONS.map((ext) => `*${ext}`).join(", ")})`);
        found.forEach((file) => files.add(file));
      } else if (!isIgnored(absolute, false)) {
        // A file named explicitly is linted whatever its extension, as ESLint does.
        files.add(absolute);
      }
      continue;
    }
    if (!isDynamicPattern(pattern)) throw inputError(pattern, "no such file or folder");
    const matches = await glob(pattern, { cwd: options.cwd, absolute: true, onlyFiles: true, dot: false, ignore: ["**/node_modules/**", "**/.git/**"] });
    const drafts = matches.filter((file) => !isIgnored(file, false)).map((file) => resolve(file));
    if (drafts.length === 0) throw usageError(`no files matching the pattern '${pattern}' were found`);
    drafts.forEach((file) => files.add(file));
  }
  return [...files].sort();
}

function walk(dir: string, isIgnored: (path: string, isDir: boolean) => boolean): string[] {
  const found: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      throw inputError(current, `cannot read folder: ${(error as Error).message}`);
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED.has(entry.name) && !isIgnored(path, true)) stack.push(path);
      } else if (entry.isFile() && DRAFT_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext)) && !isIgnored(path, false)) {
        found.push(path);
      }
    }
  }
  return found;
}

function buildIgnorer(options: ExpandOptions): Ignore {
  const ignorer = ignore();
  if (options.useIgnoreFile) {
    const file = join(options.cwd, IGNORE_FILE);
    if (existsSync(file)) ignorer.add(readTextFile(file, "ignore file"));
  }
  ignorer.add(options.ignorePatterns);
  return ignorer;
}
