import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type Picomatch from "picomatch";
import { inputError, usageError } from "../errors.js";
import { createIgnoreMatcher, type IgnoreMatcher, type IgnoreOptions } from "./ignore.js";
import { picomatch } from "./picomatch.js";

export { IGNORE_FILE } from "./ignore.js";

export const DRAFT_EXTENSIONS = [".md", ".markdown", ".txt"];
const ALWAYS_SKIPPED = new Set(["node_modules", ".git"]);

export interface ExpandOptions extends IgnoreOptions {
  /** Told about each file named on the command line that an ignore pattern skips (ESLint warns about these). */
  onIgnored?: (absolutePath: string) => void;
}

/**
 * Paths, folders and globs to the draft files to lint, sorted and unique. Ignored trees are
 * never walked, for folders and globs alike (markdownlint users saw 5 s become 50 s when ignores
 * were applied after globbing, markdownlint-cli#44). A path that does not exist, or a folder or
 * glob with no drafts, is an error (exit 2), as in ESLint.
 */
export async function expandPaths(patterns: string[], options: ExpandOptions): Promise<string[]> {
  const isIgnored = createIgnoreMatcher(options);
  const files = new Set<string>();
  for (const pattern of patterns) {
    const absolute = resolve(options.cwd, pattern);
    if (existsSync(absolute)) {
      const stat = statSync(absolute);
      if (stat.isDirectory()) {
        const found = walk(absolute, isIgnored, Infinity, (path) => DRAFT_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext)));
        if (found.length === 0) throw inputError(pattern, `no drafts found in this folder (looked for ${DRAFT_EXTENSIONS.map((ext) => `*${ext}`).join(", ")})`);
        found.forEach((file) => files.add(file));
      } else if (isIgnored(absolute, false)) {
        options.onIgnored?.(absolute);
      } else {
        // A file named explicitly is linted whatever its extension, as ESLint does.
        files.add(absolute);
      }
      continue;
    }
    const scan = picomatch().scan(pattern);
    if (!scan.isGlob) throw inputError(pattern, "no such file or folder");
    const drafts = expandGlob(scan, options.cwd, isIgnored);
    if (drafts.length === 0) throw usageError(`no files matching the pattern '${pattern}' were found`);
    drafts.forEach((file) => files.add(file));
  }
  return [...files].sort();
}

/** Walks from the glob's static base only, as deep as the glob can reach, pruning ignored folders. */
function expandGlob(scan: ReturnType<typeof Picomatch.scan>, cwd: string, isIgnored: IgnoreMatcher): string[] {
  const base = resolve(cwd, scan.base || ".");
  if (!existsSync(base) || !statSync(base).isDirectory()) return [];
  const matches = picomatch()(scan.glob, { dot: false });
  const unbounded = scan.glob.includes("**") || /\{[^}]*\/[^}]*\}/.test(scan.glob);
  const depth = unbounded ? Infinity : scan.glob.split("/").length;
  return walk(base, isIgnored, depth, (path) => matches(relative(base, path).split(sep).join("/")));
}

function walk(dir: string, isIgnored: IgnoreMatcher, maxDepth: number, wanted: (path: string) => boolean): string[] {
  const found: string[] = [];
  const stack: Array<{ dir: string; depth: number }> = [{ dir, depth: 1 }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(current.dir, { withFileTypes: true });
    } catch (error) {
      throw inputError(current.dir, `cannot read folder: ${(error as Error).message}`);
    }
    for (const entry of entries) {
      const path = join(current.dir, entry.name);
      if (entry.isDirectory()) {
        if (current.depth < maxDepth && !ALWAYS_SKIPPED.has(entry.name) && !isIgnored(path, true)) stack.push({ dir: path, depth: current.depth + 1 });
      } else if (entry.isFile() && wanted(path) && !isIgnored(path, false)) {
        found.push(path);
      }
    }
  }
  return found;
}
