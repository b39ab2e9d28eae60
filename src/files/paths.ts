import { relative, sep } from "node:path";

/** A path relative to cwd in POSIX form when it lies inside cwd (stable across OSes in files we write); else as given. */
export function relativePosixPath(filePath: string, cwd: string): string {
  const path = relative(cwd, filePath);
  return (path && !path.startsWith("..") ? path : filePath).split(sep).join("/");
}
