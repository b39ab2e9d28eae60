import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import type { Ignore } from "ignore";
import { readTextFile } from "./read.js";

/**
 * The `ignore` package, loaded when there is something to ignore: building its matchers at load
 * time is a few milliseconds of every cold start, and most runs have no ignore file or pattern.
 */
let ignoreFactory: (() => Ignore) | null = null;
function ignore(): Ignore {
  ignoreFactory ??= createRequire(import.meta.url)("ignore") as () => Ignore;
  return ignoreFactory();
}

export const IGNORE_FILE = ".inmail-lintignore";

export interface IgnoreOptions {
  cwd: string;
  /** `--ignore-pattern` globs, gitignore syntax, relative to cwd. */
  ignorePatterns: string[];
  /** Read `.inmail-lintignore` from cwd. */
  useIgnoreFile: boolean;
}

/** Is this absolute path (a folder when `isDir`) ignored? */
export type IgnoreMatcher = (absolutePath: string, isDir: boolean) => boolean;

/** `.inmail-lintignore` (gitignore syntax, as `.eslintignore` was) plus `--ignore-pattern`, relative to cwd. */
export function createIgnoreMatcher(options: IgnoreOptions): IgnoreMatcher {
  const file = join(options.cwd, IGNORE_FILE);
  const fileText = options.useIgnoreFile && existsSync(file) ? readTextFile(file, "ignore file") : null;
  if (fileText === null && options.ignorePatterns.length === 0) return () => false;
  const ignorer = ignore();
  if (fileText !== null) ignorer.add(fileText);
  ignorer.add(options.ignorePatterns);
  return matcherFor(ignorer, options.cwd);
}

/** Config `ignorePatterns`, each relative to the folder of the config file that holds it. */
export function createPatternMatcher(patterns: ReadonlyArray<{ dir: string; pattern: string }>): IgnoreMatcher {
  const byDir = new Map<string, string[]>();
  for (const { dir, pattern } of patterns) byDir.set(dir, [...(byDir.get(dir) ?? []), pattern]);
  const matchers = [...byDir].map(([dir, list]) => matcherFor(ignore().add(list), dir));
  return (absolutePath, isDir) => matchers.some((matches) => matches(absolutePath, isDir));
}

function matcherFor(ignorer: Ignore, base: string): IgnoreMatcher {
  return (absolutePath, isDir) => {
    const path = relative(base, absolutePath).split(sep).join("/");
    // Outside the base folder nothing is ignored: gitignore patterns cannot reach up.
    if (path === "" || path.startsWith("../") || path === "..") return false;
    return ignorer.ignores(isDir ? `${path}/` : path);
  };
}
