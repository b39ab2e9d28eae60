import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { getRulesMetaForResults, lintFiles, lintText, loadConfig, outputFixes, lastRunBatchTimings, lastRunStats, lastRunTimings, type LintOptions } from "../api.js";
import { InmailLintError, usageError } from "../errors.js";
import { builtInFormatterNames, loadFormatter } from "../formatters/index.js";
import type { FormatterContext } from "../formatters/types.js";
import type { RuleSetting } from "../config/schema.js";
import type { LintResult } from "../types.js";
import { createSuppressionSession, type SuppressionFlags } from "../suppressions/cli.js";
import { checkToday, decideColor, parseMaxWarnings, parseMinGrade, parseRuleFlag, parseUnusedDirectivesSeverity } from "./options.js";
import { registerEvalCommand } from "./eval.js";
import { toolVersion } from "../formatters/tool-info.js";
import { parseConcurrency, type Concurrency } from "../engine/parallel.js";
import { writeReportFile } from "./report-file.js";

export interface CliOptions extends SuppressionFlags {
  profile?: string;
  config?: string;
  configLookup: boolean;
  rule?: Record<string, RuleSetting>;
  format: string;
  outputFile?: string;
  quiet?: boolean;
  maxWarnings?: number;
  minGrade?: { label: string; minScore: number };
  color?: boolean;
  debug?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  ignorePattern?: string[];
  ignore: boolean;
  inlineConfig: boolean;
  reportUnusedDisableDirectives?: boolean;
  reportUnusedDisableDirectivesSeverity?: "off" | "warn" | "error";
  init?: boolean;
  yes?: boolean;
  explain?: boolean;
  context?: boolean;
  printConfig?: string;
  today?: string;
  template?: boolean;
  recipients?: string;
  concurrency?: Concurrency;
  cache?: boolean;
  cacheLocation?: string;
}

const EXAMPLES = `
Examples:
  $ inmail-lint draft.md --profile jane.json        lint one draft against its recipient
  $ inmail-lint templates/ --max-warnings 0         every *.md, *.markdown, *.txt under templates/
  $ inmail-lint "outreach/**/*.md" -f json -o report.json
  $ inmail-lint draft.md --min-grade B              fail (exit 1) below grade B
  $ inmail-lint draft.md --rule "length: off" --explain
  $ cat draft.md | inmail-lint --stdin --stdin-filename draft.md
  $ inmail-lint templates/ --recipients people.csv  render each template per recipient and grade each
  $ inmail-lint templates/ --suppress-all           record today's errors; later runs fail only on new ones
  $ inmail-lint --init                              write a starter .inmail-lintrc.json

Exit codes: 0 no errors and every gate passed; 1 errors, too many warnings or a grade below
--min-grade; 2 a usage, configuration or input problem (one line on stderr).`;

function buildProgram(): Command {
  const program = new Command("inmail-lint")
    .description("Lint LinkedIn InMail drafts and other cold outreach against etiquette rules, and grade them.")
    .argument("[paths...]", "draft files, folders or globs")
    .option("--profile <file>", "recipient profile (JSON Resume or flat, JSON or YAML) for every draft")
    .option("-c, --config <file>", "use this config file instead of looking one up")
    .option("--no-config-lookup", "do not look for config files")
    .option("--rule <setting>", 'set a rule, e.g. "length: off" (repeatable)', (value: string, previous: Record<string, RuleSetting> | undefined) => parseRuleFlag(value, previous))
    .option("-f, --format <name>", `output format: ${builtInFormatterNames().join(", ")}, or a formatter file or inmail-lint-formatter-<name> package`, "stylish")
    .option("-o, --output-file <file>", "write the report to a file")
    .option("--quiet", "report errors only")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", parseMaxWarnings)
    .option("--min-grade <grade>", "exit 1 when a draft grades below this (A-F or 0-100)", parseMinGrade)
    .option("--explain", "show how each draft's score was computed")
    .option("--context", "show the offending text under each problem")
    .option("--fix", "apply fixes to the files")
    .option("--fix-dry-run", "compute fixes without writing them")
    .option("--stdin", "lint text from standard input")
    .option("--stdin-filename <name>", "file name for stdin text (config lookup and reports)")
    .option("--ignore-pattern <glob>", "ignore files matching this gitignore-style glob (repeatable)", (value, previous: string[] = []) => [...previous, value])
    .option("--no-ignore", "do not use .inmail-lintignore, --ignore-pattern or config ignorePatterns")
    .option("--no-inline-config", "ignore inmail-lint-disable comments")
    .option("--report-unused-disable-directives", "report disable comments that suppress nothing, as errors")
    .option("--report-unused-disable-directives-severity <level>", "report them at this level: off, warn, error (or 0, 1, 2)", parseUnusedDirectivesSeverity)
    .option("--init", "write a starter config (.inmail-lintrc.json) here after two questions")
    .option("--yes", "with --init: take the default answers")
    .option("--print-config <draft>", "print the resolved config for a draft and exit")
    .option("--template", "treat every draft as a template: merge fields are personalization slots")
    .option("--recipients <file>", "render each template for every recipient (CSV, JSON or YAML) and lint each message")
    .option("--suppress-all", "record all current errors in the suppressions file; later runs fail only on new ones")
    .option("--suppress-rule <rule-id>", "record current errors of this rule only (repeatable)", (value, previous: string[] = []) => [...previous, value])
    .option("--suppressions-location <file>", "suppressions file (default: inmail-lint-suppressions.json in cwd)")
    .option("--prune-suppressions", "remove suppressions for errors that no longer occur")
    .option("--pass-on-unpruned-suppressions", "do not fail when suppressed errors no longer occur")
    .option("--concurrency <n|auto|off>", "threads that lint files: a number, auto (by file count and cores) or off", parseConcurrency)
    .option("--cache", "only lint drafts that changed since the last run (not with --fix)")
    .option("--cache-location <file>", "cache file or folder (default: .inmail-lintcache)")
    .addOption(new Option("--today <date>", "date treated as today (YYYY-MM-DD)").hideHelp())
    .option("--color", "force colour output")
    .option("--no-color", "disable colour output")
    .option("--debug", "show stack traces for errors")
    .version(toolVersion(), "-v, --version", "print the version")
    .helpOption("-h, --help", "show this help")
    .addHelpText("after", EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      // Usage errors get the same one-line shape as every other exit-2 problem.
      outputError: (text, write) => write(`inmail-lint: ${text.trim().replace(/^error: /, "")} (run inmail-lint --help for usage)\n`),
    });
  return program;
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  // `inmail-lint ... | head` closes the pipe early: that is the reader's choice, not a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const program = buildProgram();
  let task: (() => Promise<number>) | undefined;
  program.action((paths: string[], options: CliOptions) => {
    task = () => run(paths, options);
  });
  registerEvalCommand(program, (evalTask) => {
    task = evalTask;
  });
  let debug = argv.includes("--debug");
  try {
    program.parse(argv);
    debug = program.opts<CliOptions>().debug ?? false;
    return await task!();
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors were already printed.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof InmailLintError) {
      process.stderr.write(`inmail-lint: ${error.toLine()}\n`);
      if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
      return 2;
    }
    const err = error as Error;
    process.stderr.write(`inmail-lint: internal error: ${err?.message ?? String(error)}${debug ? "" : " (run with --debug for details)"}\n`);
    if (debug && err?.stack) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

async function run(paths: string[], options: CliOptions): Promise<number> {
  const cwd = process.cwd();
  if (options.fix && options.fixDryRun) throw usageError("--fix and --fix-dry-run cannot be used together");
  if (options.stdin && options.fix) throw usageError("--fix cannot write to standard input; use --fix-dry-run");
  if (options.stdinFilename && !options.stdin) throw usageError("--stdin-filename needs --stdin");
  if (options.recipients && (options.stdin || options.fix || options.fixDryRun)) throw usageError("--recipients cannot be used with --stdin, --fix or --fix-dry-run (fix the template itself)");
  if (options.recipients && options.profile) throw usageError("--recipients and --profile cannot be used together (each recipient is the profile)");
  checkToday(options.today);
  if (options.yes && !options.init) throw usageError("--yes only goes with --init");
  if (options.init) {
    if (paths.length > 0) throw usageError("--init writes a config in the current folder and takes no paths");
    const { runInit } = await import("./init.js");
    const written = await runInit({ cwd, yes: options.yes ?? false, input: process.stdin, output: process.stdout });
    process.stdout.write(`Wrote ${relativePath(written, cwd)}. Lint your drafts with: inmail-lint <folder or files>\n`);
    return 0;
  }
  if (options.reportUnusedDisableDirectives && options.reportUnusedDisableDirectivesSeverity) {
    throw usageError("--report-unused-disable-directives and --report-unused-disable-directives-severity cannot be used together");
  }

  const suppressions = createSuppressionSession(options, cwd);
  const lintOptions: LintOptions = {
    cwd,
    profile: options.profile,
    config: options.config,
    configLookup: options.configLookup,
    rules: options.rule ?? {},
    fix: options.fix || options.fixDryRun,
    // As ESLint: the bare flag reports unused directives as errors.
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectivesSeverity ?? (options.reportUnusedDisableDirectives ? "error" : "off"),
    inlineConfig: options.inlineConfig,
    ignorePatterns: options.ignore ? (options.ignorePattern ?? []) : [],
    useIgnoreFile: options.ignore,
    ignore: options.ignore,
    onIgnoredFile: (file) => process.stderr.write(`inmail-lint: ${relativePath(file, cwd)}: ignored because of a matching ignore pattern (use --no-ignore to lint it)\n`),
    today: options.today,
    timing: Boolean(process.env.TIMING),
    keepSource: options.context === true || options.format !== "json",
    template: options.template,
    suppress: suppressions.hook,
    concurrency: options.concurrency,
    cache: options.cache,
    cacheLocation: options.cacheLocation,
  };

  if (options.printConfig) {
    const config = await loadConfig(options.printConfig, lintOptions);
    process.stdout.write(`${JSON.stringify(config.printable, null, 2)}\n`);
    return 0;
  }

  // Load the formatter first: an unknown format is a usage error before any work is done.
  const formatter = await loadFormatter(options.format, cwd);
  let results: LintResult[];
  if (options.stdin) {
    if (paths.length > 0) throw usageError("--stdin lints standard input; do not also give paths");
    const text = readFileSync(0, "utf8");
    results = await lintText(text, { ...lintOptions, filePath: options.stdinFilename ?? "<stdin>" });
  } else {
    if (paths.length === 0) throw usageError("no drafts given (pass files, folders or globs, or --stdin)");
    if (options.recipients) {
      // Campaign rendering (and the CSV and YAML readers it needs) loads only for --recipients.
      results = await (await import("../campaign/run.js")).lintCampaign(paths, options.recipients, lintOptions);
    } else {
      results = await lintFiles(paths, lintOptions);
      if (options.debug) printRunStats(cwd);
    }
  }

  // Files that could not be read or parsed: one line each on stderr, exit 2 after reporting the rest.
  const unreadable = results.filter((result) => result.messages.some((message) => message.fatal && message.ruleId === null));
  for (const result of unreadable) {
    const message = result.messages.find((candidate) => candidate.fatal)!;
    process.stderr.write(`inmail-lint: ${relativePath(result.filePath, cwd)}:${message.line}: ${message.message}\n`);
  }
  const linted = results.filter((result) => !unreadable.includes(result));
  // Nothing could be read: the stderr lines are the whole report ("✔ No problems" would mislead).
  if (linted.length === 0 && unreadable.length > 0) return 2;

  if (options.fix) outputFixes(linted);

  const shown = options.quiet ? linted.map(onlyErrors) : linted;
  const context: FormatterContext = {
    cwd,
    color: decideColor(options.color, process.env, Boolean(process.stdout.isTTY), Boolean(options.outputFile)),
    rulesMeta: await getRulesMetaForResults(shown, lintOptions),
    explain: options.explain ?? false,
    codeFrame: options.context ?? false,
    fixDryRun: options.fixDryRun ?? false,
  };
  const report = await formatter(shown, context);
  if (options.outputFile) {
    writeReportFile(cwd, options.outputFile, report);
  } else if (report) {
    process.stdout.write(report.endsWith("\n") ? report : `${report}\n`);
  }
  if (lintOptions.timing) printTimings();

  if (unreadable.length > 0) return 2;
  const stale = suppressions.stale();
  if (stale) {
    process.stderr.write(`inmail-lint: ${stale}\n`);
    return 2;
  }
  return gateExitCode(linted, options);
}

function gateExitCode(results: LintResult[], options: CliOptions): number {
  let code = 0;
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) code = 1;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    process.stderr.write(`inmail-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    code = 1;
  }
  if (options.minGrade) {
    const below = results.filter((result) => result.score < options.minGrade!.minScore);
    if (below.length > 0) {
      process.stderr.write(`inmail-lint: ${below.length} draft${below.length === 1 ? "" : "s"} below ${options.minGrade.label} (lowest: ${Math.min(...below.map((result) => result.score))}/100).\n`);
      code = 1;
    }
  }
  return code;
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

function relativePath(filePath: string, cwd: string): string {
  return filePath.startsWith(`${cwd}/`) ? filePath.slice(cwd.length + 1) : filePath;
}

/** `--debug`: how many drafts were linted and how (threads, cache), e.g. to see that a CI re-run used the cache. */
function printRunStats(cwd: string): void {
  const { linted, cached, threads, cacheFile } = lastRunStats;
  const cache = cacheFile ? `, ${cached} from the cache (${relativePath(cacheFile, cwd)})` : "";
  process.stderr.write(`inmail-lint: debug: ${linted} draft${linted === 1 ? "" : "s"} linted on ${threads} thread${threads === 1 ? "" : "s"}${cache}\n`);
}

/**
 * TIMING=1 prints the slowest rules, as ESLint and textlint do. A batch rule's time includes its
 * batch phase (`checkBatch`, across all drafts), also shown on its own, because that is the part
 * that could grow faster than the number of drafts.
 */
function printTimings(): void {
  const rows = [...lastRunTimings.entries()].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0) || 1;
  process.stderr.write(`${"Rule".padEnd(24)} | ${"Time (ms)".padStart(10)} | Relative | ${"Batch (ms)".padStart(10)}\n${"-".repeat(24)}-|-${"-".repeat(10)}-|----------|-${"-".repeat(10)}\n`);
  for (const [id, ms] of rows) {
    const batch = lastRunBatchTimings.get(id);
    process.stderr.write(`${id.padEnd(24)} | ${ms.toFixed(3).padStart(10)} | ${`${((ms * 100) / total).toFixed(1)}%`.padStart(8)} | ${(batch === undefined ? "" : batch.toFixed(3)).padStart(10)}\n`);
  }
}
