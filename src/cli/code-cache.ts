/**
 * Runs the CLI bundle (dist/bundle, CommonJS) from V8's code cache, so a cold start skips parsing
 * and compiling most of its code (measured in docs/performance.md). Node 20 has no compile cache of
 * its own (module.enableCompileCache came with Node 22), so the bundle's files are compiled here,
 * as v8-compile-cache did for ESLint and Yarn.
 *
 * The cache is written once, by `npm run build` (tests/tools/record-code-cache.mjs, after a warm-up
 * lint, from what `recorded()` gives), and only read here: this module writes nothing. A file's cache is used only when it was made from the same
 * text (a copy of the source is kept beside it and compared: V8 itself checks little more than the
 * length; a hash would cost loading node:crypto, about as long as the comparison saves) and by the
 * same V8 with the same flags (V8 rejects it otherwise). Any other file, or a rejected cache, is
 * compiled by Node as usual.
 */
import { readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { HOST_IMPORT } from "../files/import-module.js";

/** What `Module.prototype._compile` looks like from outside Node's internals. */
type Compile = (this: CompilingModule, content: string, filename: string) => unknown;
interface CompilingModule {
  exports: unknown;
}

interface CompiledFile {
  script: Script;
  source: string;
  cacheFile: string;
}

export interface BundleRun {
  /** The bundle entry's exports. */
  exports: unknown;
  /** Files compiled through this loader, and how many of them came from the cache. */
  compiled: number;
  fromCache: number;
  /** Record mode: each compiled file's cache, with what the run compiled so far, for the build to save. */
  recorded(): RecordedFile[];
}

export interface RecordedFile {
  /** Where the loader looks for the V8 data, and for the copy of the source it was made from. */
  cacheFile: string;
  sourceFile: string;
  source: string;
  data: Buffer;
}

/**
 * Requires the bundle's entry with the code cache. With `record`, every bundle file is compiled
 * through V8 so that `recorded()` can give its cache after a warm-up.
 */
export function requireBundle(entry: string, options: { record?: boolean } = {}): BundleRun {
  const bundleDir = dirname(entry);
  const cacheDir = join(bundleDir, "code-cache");
  const record = options.record ?? false;
  compileRegexpsOnce();
  const files: CompiledFile[] = [];
  let fromCache = 0;

  // import() inside a vm.Script has no loader; the bundle asks for this one (src/files/import-module.ts).
  (globalThis as Record<symbol, unknown>)[HOST_IMPORT] = (url: string) => import(url);

  const prototype = Module.prototype as unknown as { _compile: Compile };
  const compile = prototype._compile;
  prototype._compile = function (this: CompilingModule, content: string, filename: string) {
    if (dirname(filename) !== bundleDir) return compile.call(this, content, filename);
    const cacheFile = join(cacheDir, `${basename(filename)}.cache`);
    const cachedData = readCache(cacheFile, content);
    if (!cachedData && !record) return compile.call(this, content, filename);

    const script = new Script(Module.wrap(content), { filename, cachedData });
    if (cachedData && !script.cachedDataRejected) fromCache++;
    files.push({ script, source: content, cacheFile });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };

  // The hook stays: chunks loaded later (a formatter, the campaign code) come through it too.
  const exports: unknown = createRequire(entry)(entry);
  return {
    exports,
    get compiled() {
      return files.length;
    },
    get fromCache() {
      return fromCache;
    },
    recorded() {
      return files.map((file) => ({ cacheFile: file.cacheFile, sourceFile: sourceCopy(file.cacheFile), source: file.source, data: file.script.createCachedData() }));
    },
  };
}

/**
 * V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code
 * when it runs again: two compilations of each of the ~900 patterns a lint uses, where one run
 * over a draft already runs most of them several times. Compiling once, straight to machine code,
 * took about 20 ms off a cold start and nothing from a 1,000-draft run (docs/performance.md).
 * Set before any code is compiled, in the recording run as in every run: V8's code cache is only
 * accepted under the flags it was made with. Only the CLI does this; the API leaves V8 as it is.
 */
function compileRegexpsOnce(): void {
  setFlagsFromString("--no-regexp-tier-up");
}

/** The source a cache file was made from, kept beside it. */
function sourceCopy(cacheFile: string): string {
  return `${cacheFile.slice(0, -".cache".length)}.source`;
}

/** The V8 data of a cache file made from exactly this source, or undefined. */
function readCache(cacheFile: string, source: string): Buffer | undefined {
  try {
    if (readFileSync(sourceCopy(cacheFile), "utf8") !== source) return undefined;
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

