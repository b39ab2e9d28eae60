/**
 * The programmatic API: what the CLI calls and what users import from "inmail-lint".
 * Results are the objects the JSON format prints (ESLint-compatible, plus score and grade).
 */
import { dirname, isAbsolute, resolve } from "node:path";
import { ConfigResolver, type ResolvedConfig } from "./config/resolve.js";
import type { ConfigObject, RuleSetting } from "./config/schema.js";
import { expandPaths } from "./files/expand.js";
import { createIgnoreMatcher, createPatternMatcher, type IgnoreMatcher, type IgnoreOptions } from "./files/ignore.js";
import { readTextFile } from "./files/read.js";
import { InmailLintError } from "./errors.js";
import { finishRun, lintDraft, type DraftRun, type LintTarget, type RunOptions } from "./engine/lint.js";
import { loadProfile } from "./profile/load.js";
import { normalizeProfile } from "./profile/normalize.js";
import type { Draft, LintResult, RecipientProfile, RuleMeta } from "./types.js";
import { builtinRules } from "../rules/index.js";
import { loadFormatter as loadFormatterByName } from "./formatters/index.js";
import type { FormatterContext } from "./formatters/types.js";

export interface LintOptions {
  /** Folder paths are relative to (default: process.cwd()). */
  cwd?: string;
  /** Recipient profile: a file path, a `RecipientProfile`, or a JSON Resume / flat object. */
  profile?: string | RecipientProfile | Record<string, unknown>;
  /** A config file path or a config object; otherwise configs are looked up from each draft's folder. */
  config?: string | ConfigObject;
  /** Look for config files (default true; ignored when `config` is given). */
  configLookup?: boolean;
  /** Rule settings applied last, as `--rule`. */
  rules?: Record<string, RuleSetting>;
  /** Apply fixes to the text (results carry `output`); `lintFiles` never writes, see `outputFixes`. */
  fix?: boolean;
  reportUnusedDisableDirectives?: "off" | "warn" | "error";
  /** Honour inline `inmail-lint-disable` comments (default true). */
  inlineConfig?: boolean;
  /** Extra ignore globs (gitignore syntax), as `--ignore-pattern`. */
  ignorePatterns?: string[];
  /** Read `.inmail-lintignore` in cwd (default true). */
  useIgnoreFile?: boolean;
  /** Apply ignore settings at all, including config `ignorePatterns` (default true; false = `--no-ignore`). */
  ignore?: boolean;
  /** Called for a file named explicitly (or `filePath` of `lintText`) that ignore settings skip. */
  onIgnoredFile?: (filePath: string) => void;
  /** The date rules treat as today (YYYY-MM-DD). */
  today?: string;
  /** Keep each draft's text on its result (formatters that show text need it). */
  keepSource?: boolean;
  /** Collect per-rule timings (TIMING=1). */
  timing?: boolean;
  /** Treat every draft as a template whatever its front matter says (`--template`). */
  template?: boolean;
  /** Moves problems out before grading, once per run (the CLI's bulk suppressions file). */
  suppress?: RunOptions["suppress"];
}

/** Per-rule timings of the last run, when `timing` was on. */
export const lastRunTimings = new Map<string, number>();

export async function lintFiles(patterns: string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const files = await expandPaths(patterns, { ...ignoreOptions(options, cwd), onIgnored: options.onIgnoredFile });
  const named = new Set(patterns.map((pattern) => resolve(cwd, pattern)));
  const session = createSession(options);
  const runs: DraftRun[] = [];
  const failed: LintResult[] = [];
  for (const file of files) {
    try {
      if (await session.ignoredByConfig(file)) {
        if (named.has(file)) options.onIgnoredFile?.(file);
        continue;
      }
      const text = readTextFile(file, "draft");
      runs.push(lintDraft(await session.target(file, text), session.runOptions));
    } catch (error) {
      if (!(error instanceof InmailLintError) || error.kind === "config" || error.kind === "usage") throw error;
      failed.push(fatalResult(file, error));
    }
  }
  return [...finish(runs, session), ...failed].sort((a, b) => a.filePath.localeCompare(b.filePath));
}

/**
 * Lints a string, e.g. from stdin or an editor buffer. `filePath` is used for config lookup,
 * overrides and reports; when ignore settings skip it, the result list is empty (as ESLint's
 * `--stdin-filename` of an ignored file) and `onIgnoredFile` is told.
 */
export async function lintText(text: string, options: LintOptions & { filePath?: string } = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const filePath = resolve(cwd, options.filePath ?? "<text>");
  const session = createSession(options);
  if (options.filePath !== undefined && (createIgnoreMatcher(ignoreOptions(options, cwd))(filePath, false) || (await session.ignoredByConfig(filePath)))) {
    options.onIgnoredFile?.(filePath);
    return [];
  }
  try {
    const run = lintDraft(await session.target(filePath, text), session.runOptions);
    return finish([run], session);
  } catch (error) {
    if (!(error instanceof InmailLintError) || error.kind === "config" || error.kind === "usage") throw error;
    return [fatalResult(filePath, error)];
  }
}

function ignoreOptions(options: LintOptions, cwd: string): IgnoreOptions {
  const enabled = options.ignore ?? true;
  return { cwd, ignorePatterns: enabled ? (options.ignorePatterns ?? []) : [], useIgnoreFile: enabled && (options.useIgnoreFile ?? true) };
}

/**
 * Lints several texts as one run, so cross-draft rules (duplicate-outreach) see them all.
 * An input with a `recipient` is a campaign rendering: its `profile` wins over front matter `profile:`.
 */
export async function lintTexts(inputs: Array<{ text: string; filePath: string; profile?: LintOptions["profile"]; recipient?: LintResult["recipient"]; label?: string; template?: boolean }>, options: LintOptions = {}): Promise<LintResult[]> {
  const session = createSession(options);
  const runs: DraftRun[] = [];
  const failed: LintResult[] = [];
  for (const input of inputs) {
    const filePath = resolve(options.cwd ?? process.cwd(), input.filePath);
    try {
      const target = await session.target(filePath, input.text, input.profile, input.recipient !== undefined);
      runs.push(lintDraft({ ...target, recipient: input.recipient, label: input.label, template: input.template ?? target.template }, session.runOptions));
    } catch (error) {
      if (!(error instanceof InmailLintError) || error.kind === "config" || error.kind === "usage") throw error;
      failed.push(input.recipient ? { ...fatalResult(filePath, error), recipient: input.recipient } : fatalResult(filePath, error));
    }
  }
  return [...finish(runs, session), ...failed];
}

/** The resolved config for a draft path (what `--print-config` prints). */
export async function loadConfig(filePath: string, options: LintOptions = {}): Promise<ResolvedConfig> {
  const session = createSession(options);
  return session.resolver.forFile(filePath);
}

/**
 * The meta of every rule that appears in the results, built-in or from a plugin (as ESLint's
 * `getRulesMetaForResults`), for formatters that link to rule docs.
 */
export async function getRulesMetaForResults(results: readonly LintResult[], options: LintOptions = {}): Promise<Record<string, RuleMeta>> {
  const metas: Record<string, RuleMeta> = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, rule.meta]));
  const session = createSession(options);
  for (const result of results) {
    const ids = result.messages.flatMap((message) => (message.ruleId && !(message.ruleId in metas) ? [message.ruleId] : []));
    if (ids.length === 0) continue;
    const config = await session.resolver.forFile(result.filePath).catch(() => null);
    for (const id of ids) {
      const rule = config?.knownRules.get(id);
      if (rule) metas[id] = rule.meta;
    }
  }
  return metas;
}

/** A formatter as the API hands it out: the context is optional (defaults: cwd, no colour). */
export type ApiFormatter = (results: LintResult[], context?: Partial<FormatterContext>) => Promise<string>;

/**
 * A formatter by name ("stylish", "json", ...), file path or `inmail-lint-formatter-<name>`
 * package, as ESLint's `loadFormatter`; call it with the results to get the report text.
 */
export async function loadFormatter(name = "stylish", options: { cwd?: string } = {}): Promise<ApiFormatter> {
  const cwd = options.cwd ?? process.cwd();
  const formatter = await loadFormatterByName(name, cwd);
  return async (results, context = {}) =>
    formatter(results, {
      cwd,
      color: false,
      rulesMeta: context.rulesMeta ?? (await getRulesMetaForResults(results, { cwd })),
      explain: false,
      codeFrame: false,
      fixDryRun: results.some((result) => result.output !== undefined),
      ...context,
    });
}

/** Writes fixed text back for results that have `output`, atomically. */
export { outputFixes } from "./files/write.js";

interface Session {
  resolver: ConfigResolver;
  runOptions: RunOptions;
  /** Config `ignorePatterns` (of the config that applies to the file) skip it. */
  ignoredByConfig(filePath: string): Promise<boolean>;
  target(filePath: string, text: string, profileOverride?: LintOptions["profile"], overrideWins?: boolean): Promise<LintTarget>;
}

function createSession(options: LintOptions): Session {
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

function finish(runs: DraftRun[], session: Session): LintResult[] {
  const results = finishRun(runs, session.runOptions);
  if (session.runOptions.timing) {
    lastRunTimings.clear();
    for (const run of runs) for (const [id, ms] of run.timings) lastRunTimings.set(id, (lastRunTimings.get(id) ?? 0) + ms);
  }
  return results;
}

/** A file that could not be read or parsed: one fatal message, no rule id (ESLint's parse-error shape). */
function fatalResult(filePath: string, error: InmailLintError): LintResult {
  // A broken profile named in front matter is reported on the draft, naming the profile file.
  const aboutThisFile = !error.file || resolve(error.file) === filePath;
  const line = aboutThisFile ? (error.line ?? 1) : 1;
  const message = aboutThisFile ? error.message : error.toLine();
  return {
    filePath,
    messages: [{ ruleId: null, severity: 2, message, line, column: 1, endLine: line, endColumn: 1, fatal: true }],
    errorCount: 1,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    score: 0,
    grade: "F",
    scoreBreakdown: { base: 100, deductions: [], credits: [], adjustments: [{ ruleId: "unreadable", points: 100, detail: "the draft could not be read or parsed" }], total: 0 },
  };
}

export { defineRule, defineBatchRule } from "./define-rule.js";
export { parseDraft } from "./draft/parse.js";
export { normalizeProfile } from "./profile/normalize.js";
export { builtinRules };
export { InmailLintError } from "./errors.js";
export type * from "./types.js";
export type { ConfigObject, RuleSetting } from "./config/schema.js";
export type { ResolvedConfig } from "./config/resolve.js";
export type { Formatter, FormatterContext } from "./formatters/types.js";
export { RuleTester } from "./testing/rule-tester.js";
export type { InvalidCase, ValidCase, ExpectedProblem } from "./testing/rule-tester.js";
