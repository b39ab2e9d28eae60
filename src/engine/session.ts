import { dirname, isAbsolute, resolve } from "node:path";
import type { LintOptions } from "../api.js";
import { ConfigResolver } from "../config/resolve.js";
import { createPatternMatcher, type IgnoreMatcher } from "../files/ignore.js";
import { loadProfile } from "../profile/load.js";
import { normalizeProfile } from "../profile/normalize.js";
import type { Draft, RecipientProfile } from "../types.js";
import type { LintTarget, RunOptions } from "./lint.js";

/** What one run shares across its drafts: resolved configs, loaded profiles, run options. */
export interface Session {
  resolver: ConfigResolver;
  runOptions: RunOptions;
  /** Config `ignorePatterns` (of the config that applies to the file) skip it. */
  ignoredByConfig(filePath: string): Promise<boolean>;
  target(filePath: string, text: string, profileOverride?: LintOptions["profile"], overrideWins?: boolean): Promise<LintTarget>;
  /** Every profile file loaded so far (absolute paths), for the cache to check. */
  profileFiles(): string[];
}

export function createSession(options: LintOptions): Session {
  const cwd = options.cwd ?? process.cwd();
  const explicitConfig = options.config;
  const resolver = new ConfigResolver({
    cwd,
    configFile: typeof explicitConfig === "string" ? explicitConfig : undefined,
    configObject: typeof explicitConfig === "object" ? explicitConfig : undefined,
    lookup: options.configLookup ?? true,
    cliRules: options.rules ?? {},
    today: options.today,
  });
  const profiles = new Map<string, RecipientProfile>();
  const loadCached = (path: string) => {
    let profile = profiles.get(path);
    if (!profile) {
      profile = loadProfile(path);
      profiles.set(path, profile);
    }
    return profile;
  };
  // A --profile given as a path is loaded up front: if it is broken, nothing can be linted.
  const shared = toProfile(options.profile, cwd, loadCached);
  const reportUnused = options.reportUnusedDisableDirectives === "error" ? 2 : options.reportUnusedDisableDirectives === "warn" ? 1 : 0;
  const runOptions: RunOptions = {
    fix: options.fix ?? false,
    reportUnusedDirectives: reportUnused,
    inlineConfig: options.inlineConfig ?? true,
    timing: options.timing ?? false,
    keepSource: options.keepSource ?? false,
    suppress: options.suppress,
  };
  const useConfigIgnores = options.ignore ?? true;
  const patternMatchers = new WeakMap<object, IgnoreMatcher>();
  return {
    resolver,
    runOptions,
    async ignoredByConfig(filePath) {
      if (!useConfigIgnores) return false;
      const { ignorePatterns } = await resolver.forFile(filePath);
      if (ignorePatterns.length === 0) return false;
      let matches = patternMatchers.get(ignorePatterns);
      if (!matches) {
        matches = createPatternMatcher(ignorePatterns);
        patternMatchers.set(ignorePatterns, matches);
      }
      return matches(filePath, false);
    },
    async target(filePath, text, profileOverride, overrideWins = false) {
      const config = await resolver.forFile(filePath);
      const fallback = profileOverride !== undefined ? toProfile(profileOverride, cwd, loadCached) : shared;
      return {
        filePath,
        text,
        config,
        template: options.template,
        // Front matter `profile:` (relative to the draft) wins over --profile.
        profile: (draft: Draft) => (draft.profilePath && !overrideWins ? loadCached(resolve(dirname(filePath), draft.profilePath)) : fallback),
      };
    },
    profileFiles: () => [...profiles.keys()],
  };
}

function toProfile(value: LintOptions["profile"], cwd: string, load: (path: string) => RecipientProfile): RecipientProfile | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return load(isAbsolute(value) ? value : resolve(cwd, value));
  if (isRecipientProfile(value)) return value;
  return normalizeProfile(value, null);
}

function isRecipientProfile(value: object): value is RecipientProfile {
  return "firstName" in value && "pastCompanies" in value && "fields" in value;
}
