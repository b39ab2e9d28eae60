/**
 * The programmatic API: what the CLI calls and what users import from "inmail-lint".
 * Results are the objects the JSON format prints (ESLint-compatible, plus score and grade).
 */
import { resolve } from "node:path";
import type { ResolvedConfig } from "./config/resolve.js";
import type { ConfigObject, RuleSetting } from "./config/schema.js";
import { expandPaths } from "./files/expand.js";
import { createIgnoreMatcher, type IgnoreOptions } from "./files/ignore.js";
import { InmailLintError } from "./errors.js";
import { finishRun, lintDraft, type DraftRun, type RunOptions } from "./engine/lint.js";
import { createSession, type Session } from "./engine/session.js";
import { fromJobError, lintJob, type Job, type JobOutcome } from "./engine/job.js";
import { lintInThreads, threadCount, workerOptions, workersAvailable, type Concurrency } from "./engine/parallel.js";
import type { LintCache } from "./files/lint-cache.js";
import { toolVersion } from "./formatters/tool-info.js";
import type { LintResult, RecipientProfile, RuleMeta } from "./types.js";
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
  /**
   * `lintFiles` only: threads that lint (this one included): a number, "off" (1, the default), or
   * "auto" (one per FILES_PER_THREAD files, up to one less than the number of cores). Results are
   * the same either way.
   */
  concurrency?: Concurrency;
  /**
   * `lintFiles` only: reuse the lint of drafts whose text, config, profile and tool version are
   * unchanged since the last run (`--cache`). Ignored when fixing.
   */
  cache?: boolean;
  /** The cache file, or a folder to keep `.inmail-lintcache` in (default: `.inmail-lintcache` in cwd). */
  cacheLocation?: string;
}

/** Per-rule timings of the last run, when `timing` was on: every phase of a rule, batch phase included. */
export const lastRunTimings = new Map<string, number>();
/** Of those, the time batch rules spent in `checkBatch` (looking across all drafts). */
export const lastRunBatchTimings = new Map<string, number>();

/** How the last `lintFiles` run went: drafts linted, drafts taken from the cache, threads used (`--debug` prints it). */
export const lastRunStats = { linted: 0, cached: 0, threads: 1, cacheFile: null as string | null };

export async function lintFiles(patterns: string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const files = await expandPaths(patterns, { ...ignoreOptions(options, cwd), onIgnored: options.onIgnoredFile });
  const named = new Set(patterns.map((pattern) => resolve(cwd, pattern)));
  const session = createSession(options);
  // Configs are resolved here, once per folder, whichever thread lints the file.
  const jobs: FileJob[] = [];
  const failed: LintResult[] = [];
  for (const file of files) {
    try {
      if (await session.ignoredByConfig(file)) {
        if (named.has(file)) options.onIgnoredFile?.(file);
        continue;
      }
      const config = await session.resolver.forFile(file);
      jobs.push({ filePath: file, today: config.today, config });
    } catch (error) {
      if (!(error instanceof InmailLintError) || error.kind === "config" || error.kind === "usage") throw error;
      failed.push(fatalResult(file, error));
    }
  }
  const cache = options.cache && !options.fix ? await openCache(options, cwd) : null;
  const outcomes = await lintJobs(jobs, session, options, cwd, cache);

  const runs: DraftRun[] = [];
  outcomes.forEach((outcome, index) => {
    const { filePath, config } = jobs[index]!;
    // A config or usage error stopped the run at an earlier file.
    if (!outcome) return;
    if ("run" in outcome) {
      runs.push({ ...outcome.run, target: { filePath, text: "", config, profile: () => null } });
      return;
    }
    const error = fromJobError(outcome.error);
    if (!(error instanceof InmailLintError) || error.kind === "config" || error.kind === "usage") throw error;
    failed.push(fatalResult(filePath, error));
  });
  const results = finish(runs, session);
  cache?.save();
  return [...results, ...failed].sort((a, b) => a.filePath.localeCompare(b.filePath));
}

type FileJob = Job & { config: ResolvedConfig };

/**
 * Each job's outcome, in job order: from the cache when its inputs are unchanged, else linted on
 * this thread or, with `concurrency`, on worker threads too (fresh lints go into the cache).
 */
async function lintJobs(jobs: readonly FileJob[], session: Session, options: LintOptions, cwd: string, cache: LintCache | null): Promise<Array<JobOutcome | undefined>> {
  const outcomes: Array<JobOutcome | undefined> = jobs.map((job) => {
    const run = cache?.lookup(job.filePath, job.config);
    return run ? { run } : undefined;
  });
  const pending = jobs.flatMap((job, index) => (outcomes[index] ? [] : [{ index, filePath: job.filePath, today: job.today }]));
  const threads = threadCount(options.concurrency, pending.length);
  const shared = threads > 1 && workersAvailable() ? workerOptions(options, cwd) : null;
  const lintHere = (job: Job) => lintJob(session, job);
  const fresh = shared ? await lintInThreads(pending, threads, shared, lintHere) : await lintEach(pending, lintHere);
  fresh.forEach((outcome, i) => {
    const { index } = pending[i]!;
    outcomes[index] = outcome;
    if (cache && "run" in outcome) cache.store(jobs[index]!.filePath, jobs[index]!.config, outcome.run);
  });
  Object.assign(lastRunStats, { linted: fresh.length, cached: cache?.hits ?? 0, threads: shared ? threads : 1, cacheFile: cache?.location ?? null });
  return outcomes;
}

/** The run's cache (loaded only with `cache`, as hashing and serializing are not needed otherwise). */
async function openCache(options: LintOptions, cwd: string): Promise<LintCache> {
  const { cacheLocation, cacheRunKey, openLintCache } = await import("./files/lint-cache.js");
  return openLintCache(cacheLocation(options.cacheLocation, cwd), cacheRunKey(runSettings(options, cwd)));
}

/** What the cache key of a run holds besides each draft's own inputs: the settings that change every lint. */
function runSettings(options: LintOptions, cwd: string): Record<string, unknown> {
  return {
    tool: toolVersion(),
    // A --profile path is checked by content per draft; an object is part of the key.
    profile: typeof options.profile === "string" ? resolve(cwd, options.profile) : (options.profile ?? null),
    template: options.template ?? null,
    inlineConfig: options.inlineConfig ?? true,
  };
}

/** One job after the other on this thread; a config or usage error stops the run at its file, as it always has. */
async function lintEach(jobs: readonly Job[], lintHere: (job: Job) => Promise<JobOutcome>): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    const outcome = await lintHere(job);
    outcomes.push(outcome);
    if ("error" in outcome && "kind" in outcome.error && (outcome.error.kind === "config" || outcome.error.kind === "usage")) break;
  }
  return outcomes;
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

function finish(runs: DraftRun[], session: Session): LintResult[] {
  const batchTimings = new Map<string, number>();
  const results = finishRun(runs, session.runOptions, batchTimings);
  if (session.runOptions.timing) {
    lastRunTimings.clear();
    lastRunBatchTimings.clear();
    for (const run of runs) for (const [id, ms] of run.timings) lastRunTimings.set(id, (lastRunTimings.get(id) ?? 0) + ms);
    for (const [id, ms] of batchTimings) {
      lastRunBatchTimings.set(id, ms);
      lastRunTimings.set(id, (lastRunTimings.get(id) ?? 0) + ms);
    }
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
