import { chmodSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { inputError, InmailLintError } from "../errors.js";
import type { LintResult } from "../types.js";

/**
 * Writes `text` to `path` atomically: a temporary file in the same folder, then a rename, so a
 * crash or a full disk never leaves a half-written draft. Unchanged content is not written.
 */
export function writeFileAtomic(path: string, text: string): boolean {
  let current: string | null = null;
  try {
    current = readFileSync(path, "utf8");
  } catch {
    current = null;
  }
  if (current === text) return false;
  writeAtomic(path, text, "fixed file");
  return true;
}

/** Writes `data` to `path` through a temporary file and a rename (keeping the file's mode); `what` names it in the error. */
export function writeAtomic(path: string, data: string | Uint8Array, what: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.inmail-lint.tmp`);
  try {
    writeFileSync(temporary, data, typeof data === "string" ? { encoding: "utf8", flag: "wx" } : { flag: "wx" });
    try {
      chmodSync(temporary, statSync(path).mode);
    } catch {
      // A new file keeps the default mode.
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw inputError(path, `cannot write ${what}: ${describeWriteError(error as NodeJS.ErrnoException)}; the file is unchanged`);
  }
}

/** The reason without the temporary file's name, which means nothing to the user. */
function describeWriteError(error: NodeJS.ErrnoException): string {
  if (error.code === "EACCES" || error.code === "EPERM") return "permission denied (is the folder read-only?)";
  if (error.code === "ENOSPC") return "no space left on the device";
  if (error.code === "EROFS") return "the file system is read-only";
  return error.code ?? error.message;
}

/**
 * Writes the fixed text of every result that has one (as ESLint's `outputFixes`). Returns the files
 * written. A file that cannot be written does not stop the others: they are written, and then the
 * first failure is thrown, counting the rest.
 */
export function outputFixes(results: readonly LintResult[]): string[] {
  const written: string[] = [];
  const failures: InmailLintError[] = [];
  for (const result of results) {
    if (result.output === undefined || result.recipient) continue;
    try {
      if (writeFileAtomic(result.filePath, result.output)) written.push(result.filePath);
    } catch (error) {
      if (!(error instanceof InmailLintError)) throw error;
      failures.push(error);
    }
  }
  const [first, ...others] = failures;
  if (first && others.length > 0) {
    throw inputError(first.file, `${first.message} (${others.length} more ${others.length === 1 ? "file" : "files"} could not be written; the other fixes were written)`);
  }
  if (first) throw first;
  return written;
}
