import { createRequire } from "node:module";
import type Picomatch from "picomatch";

let loaded: typeof Picomatch | null = null;

/**
 * picomatch, loaded for the first glob (a glob argument, a config `overrides` block): its setup
 * is a few milliseconds of a cold start, and most runs name files and folders only.
 */
export function picomatch(): typeof Picomatch {
  loaded ??= createRequire(import.meta.url)("picomatch") as typeof Picomatch;
  return loaded;
}
