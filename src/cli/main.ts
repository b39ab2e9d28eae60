import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { lintFiles, lintText, loadConfig, outputFixes, lastRunTimings, type LintOptions } from "../api.js";
import { InmailLintError, usageError } from "../errors.js";
import { loadFormatter } from "../formatters/index.js";
import type { FormatterContext } from "../formatters/types.js";
import type { RuleSetting } from "../config/schema.js";
import type { LintResult, RuleMeta } from "../types.js";
import { builtinRules } from "../../rules/index.js";
import { decideColor, parseMaxWarnings, parseMinGrade, parseRuleFlag } from "./options.js";

interface CliOptions {
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
  explain?: boolean;
  context?: boolean;
  printConfig?: string;
  today?: string;
}

const EXAMPLES = `
Examples:
  $ inmail-lint draft.md --profile jane.json        lint one draft against its recipient
  $ inmail-lint templates/ --max-warnings 0         every *.md, *.markdown, *.txt under templates/
  $ inmail-lint "outreach/**/*.md" -f json -o report.json
  $ inmail-lint draft.md --min-grade B              fail (exit 1) below grade B
  $ inmail-lint draft.md --rule "length: off" --explain
  $ cat draft.md | inmail-lint --stdin --stdin-filename draft.md

Exit codes: 0 no errors and every gate passed; 1 errors, too many warnings or a grade below
--min-grade; 2 a usage, configuration or input problem (one line on stderr).`;

function packageVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string };
  return packageJson.version;
}

function buildProgram(): Command {
  const program = new Command("inmail-lint")
    .description("Lint LinkedIn InMail drafts and other cold outreach against etiquette rules, and grade them.")
    .argument("[paths...]", "draft files, folders or globs")
    .option("--profile <file>", "recipient profile (JSON Resume or flat, JSON or YAML) for every draft")
    .option("-c, --config <file>", "use this config file instead of looking one up")
    .option("--no-config-lookup", "do not look for config files")
    .option("--rule <setting>", 'set a rule, e.g. "length: off" (repeatable)', (value: string, previous: Record<string, RuleSetting> | undefined) => parseRuleFlag(value, previous))
    .option("-f, --format <name>", "output format: stylish, json, or a formatter path or package", "stylish")
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
    .option("--no-ignore", "do not use .inmail-lintignore or --ignore-pattern")
    .option("--no-inline-config", "ignore inmail-lint-disable comments")
    .option("--report-unused-disable-directives", "report disable comments that suppress nothing")
    .option("--print-config <draft>", "print the resolved config for a draft and exit")
    .addOption(new Option("--today <date>", "date treated as today (YYYY-MM-DD)").hideHelp())
    .option("--color", "force colour output")
    .option("--no-color", "disable colour output")
    .option("--debug", "show stack traces for errors")
    .version(packageVersion(), "-v, --version", "print the version")
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
  const program = buildProgram();
  let debug = argv.includes("--debug");
  try {
    program.parse(argv);
    const options = program.opts<CliOptions>();
    debug = options.debug ?? false;
    return await run(program.args, options);
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
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw usageError(`--today: expected YYYY-MM-DD (got '${options.today}')`);

  const lintOptions: LintOptions = {
    cwd,
    profile: options.profile,
    config: options.config,
    configLookup: options.configLookup,
    rules: options.rule ?? {},
    fix: options.fix || options.fixDryRun,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives ? "warn" : "off",
    inlineConfig: options.inlineConfig,
    ignorePatterns: options.ignore ? (options.ignorePattern ?? []) : [],
    useIgnoreFile: options.ignore,
    today: options.today,
    timing: Boolean(process.env.TIMING),
    keepSource: options.context === true || options.format !== "json",
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
    results = await lintFiles(paths, lintOptions);
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
    rulesMeta: rulesMetaFor(),
    explain: options.explain ?? false,
    codeFrame: options.context ?? false,
    fixDryRun: options.fixDryRun ?? false,
  };
  const report = await formatter(shown, context);
  if (options.outputFile) {
    const target = resolve(cwd, options.outputFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, report);
    } catch (error) {
      throw new InmailLintError("input", `cannot write report: ${(error as Error).message}`, { file: options.outputFile });
    }
  } else if (report) {
    process.stdout.write(report.endsWith("\n") ? report : `${report}\n`);
  }
  if (lintOptions.timing) printTimings();

  if (unreadable.length > 0) return 2;
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

function rulesMetaFor(): Record<string, RuleMeta> {
  return Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, rule.meta]));
}

function relativePath(filePath: string, cwd: string): string {
  return filePath.startsWith(`${cwd}/`) ? filePath.slice(cwd.length + 1) : filePath;
}

/** TIMING=1 prints the slowest rules, as ESLint and textlint do. */
function printTimings(): void {
  const rows = [...lastRunTimings.entries()].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0) || 1;
  process.stderr.write(`${"Rule".padEnd(24)} | ${"Time (ms)".padStart(10)} | Relative\n${"-".repeat(24)}-|-${"-".repeat(10)}-|---------\n`);
  for (const [id, ms] of rows) process.stderr.write(`${id.padEnd(24)} | ${ms.toFixed(3).padStart(10)} | ${((ms * 100) / total).toFixed(1)}%\n`);
}
