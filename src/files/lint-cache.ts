import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { ResolvedConfig } from "../config/resolve.js";
import type { DraftRunData } from "../engine/lint.js";
import { inputError } from "../errors.js";
import { writeAtomic } from "./write.js";

/** `--cache-location` when none is given: in the working folder (and in .gitignore). */
export const CACHE_FILE = ".inmail-lintcache";

/** Bumped whenever the layout of the file or of `DraftRunData` changes. */
const FORMAT = 1;

/**
 * `--cache` (content hashes, as ESLint's and textlint's): a draft is linted again only when its
 * text, its resolved config (rules, options, words, weights, today's date, plugins and their
 * versions), its recipient profile's content, the run's own settings or the tool version changed.
 * An entry holds what `finishRun` needs (problems with spans, credits, batch summaries, directives),
 * so batch rules and grading still see every draft, cached or not.
 */
export interface LintCache {
  /** The cached lint of this file, or null when any input changed. */
  lookup(filePath: string, config: ResolvedConfig): DraftRunData | null;
  /** Records a fresh lint; call before batch rules add their problems. */
  store(filePath: string, config: ResolvedConfig, run: DraftRunData): void;
  /** Writes the file atomically, keeping only the drafts of this run; nothing is written when nothing changed. */
  save(): void;
  readonly hits: number;
  readonly location: string;
}

interface Entry {
  /** Hash of the file's bytes. */
  content: string;
  /** Hash of everything in the resolved config that changes a lint. */
  config: string;
  /** The profile file the draft was linted against and the hash of its bytes. */
  profile: { path: string; hash: string } | null;
  /** `DraftRunData`, serialized when stored so later changes to the run do not leak in. */
  run: Uint8Array;
}

interface CacheFile {
  format: number;
  runKey: string;
  entries: Map<string, Entry>;
}

/**
 * Opens (or starts) the cache at `location` (a file, or a folder to put `.inmail-lintcache` in).
 * `runKey` holds the settings of the whole run that change a lint. An unreadable, corrupt or
 * foreign file is an empty cache: it only ever saves work.
 */
export function openLintCache(location: string, runKey: string): LintCache {
  const path = isDirectory(location) ? join(location, CACHE_FILE) : location;
  const previous = readCacheFile(path, runKey);
  const entries = new Map<string, Entry>();
  const fileHashes = new Map<string, string | null>();
  const configKeys = new WeakMap<ResolvedConfig, string>();
  let changed = previous === null;
  let hits = 0;

  const hashOfFile = (file: string): string | null => {
    let hash = fileHashes.get(file);
    if (hash === undefined) {
      try {
        hash = digest(readFileSync(file));
      } catch {
        hash = null;
      }
      fileHashes.set(file, hash);
    }
    return hash;
  };
  const configKey = (config: ResolvedConfig): string => {
    let key = configKeys.get(config);
    if (key === undefined) {
      const plugins = config.plugins.map((plugin) => ({ ...plugin, version: packageVersionNear(plugin.location), hash: hashOfFile(plugin.location) }));
      key = digest(JSON.stringify({ printable: config.printable, today: config.today, plugins }));
      configKeys.set(config, key);
    }
    return key;
  };

  return {
    location: path,
    get hits() {
      return hits;
    },
    lookup(filePath, config) {
      const entry = previous?.entries.get(filePath);
      if (!entry) return null;
      const content = hashOfFile(filePath);
      if (content === null || entry.content !== content || entry.config !== configKey(config)) return null;
      if (entry.profile && hashOfFile(entry.profile.path) !== entry.profile.hash) return null;
      entries.set(filePath, entry);
      hits++;
      return deserialize(entry.run) as DraftRunData;
    },
    store(filePath, config, run) {
      const content = hashOfFile(filePath);
      const profileHash = run.profileSource ? hashOfFile(run.profileSource) : null;
      if (content === null || (run.profileSource && profileHash === null)) return;
      // Timings describe this run only.
      const data: DraftRunData = { ...run, timings: new Map() };
      entries.set(filePath, {
        content,
        config: configKey(config),
        profile: run.profileSource ? { path: run.profileSource, hash: profileHash! } : null,
        run: serialize(data),
      });
      changed = true;
    },
    save() {
      if (!changed && previous && previous.entries.size === entries.size) return;
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (error) {
        throw inputError(path, `cannot write cache file: ${(error as Error).message}`);
      }
      const file: CacheFile = { format: FORMAT, runKey, entries };
      writeAtomic(path, serialize(file), "cache file");
    },
  };
}

/** The settings of a run that change how every draft is linted, as one key (the tool and V8 versions included). */
export function cacheRunKey(parts: Record<string, unknown>): string {
  return digest(JSON.stringify({ ...parts, v8: process.versions.v8 }));
}

export function cacheLocation(location: string | undefined, cwd: string): string {
  return resolve(cwd, location ?? CACHE_FILE);
}

function readCacheFile(path: string, runKey: string): CacheFile | null {
  try {
    const file = deserialize(readFileSync(path)) as CacheFile;
    if (file?.format !== FORMAT || file.runKey !== runKey || !(file.entries instanceof Map)) return null;
    return file;
  } catch {
    return null;
  }
}

function digest(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("base64url");
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The version in the package.json nearest above a plugin's file (its package, or the project holding a local plugin). */
function packageVersionNear(file: string): string | null {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version?: unknown };
      return typeof manifest.version === "string" ? manifest.version : null;
    } catch {
      if (dirname(dir) === dir) return null;
    }
  }
}
