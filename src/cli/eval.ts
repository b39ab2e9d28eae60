import type { Command } from "commander";
import { usageError } from "../errors.js";
import type { CliOptions } from "./main.js";
import { checkToday } from "./options.js";
import { writeReportFile } from "./report-file.js";

/** `eval`'s own options, and the main command's that apply to it (commander parses those on either side of `eval`). */
type EvalCliOptions = { labels: string; fit?: boolean; writeWeights?: string } & Pick<
  CliOptions,
  "profile" | "config" | "configLookup" | "rule" | "format" | "outputFile" | "ignorePattern" | "ignore" | "inlineConfig" | "today"
>;

const EXAMPLES = `
Examples:
  $ inmail-lint eval fixtures/corpus --labels fixtures/corpus/labels.tsv
  $ inmail-lint eval sent/ --labels replies.csv --profile team.json -f json
  $ inmail-lint eval fixtures/corpus --labels fixtures/corpus/labels.tsv --fit --write-weights .inmail-lintrc.json

Labels: TSV or CSV with a header naming a file column and a label column (good/bad,
replied/no-reply or 1/0), and optionally a split column (fit/report). See docs/grade.md.

These options of the main command apply as they do there: --profile, -c/--config,
--no-config-lookup, --rule, -f/--format (text or json), -o/--output-file, --ignore-pattern,
--no-ignore, --no-inline-config.`;

/**
 * `inmail-lint eval`: how well the grade ranks labelled drafts, and `--fit` to refit the weights.
 * `setTask` receives the work to run once commander has parsed the arguments.
 */
export function registerEvalCommand(program: Command, setTask: (task: () => Promise<number>) => void): void {
  program
    .command("eval")
    .description("measure how well the grade ranks labelled drafts (ROC AUC, gates, rule quality); --fit refits the weights")
    .argument("<paths...>", "draft files, folders or globs holding the labelled drafts")
    .requiredOption("--labels <file>", "labels file (TSV or CSV): file, label (good/bad, replied/no-reply, 1/0), optional split (fit/report)")
    .option("--fit", "fit rule weights to the labels of the fit split and report AUC before and after")
    .option("--write-weights <config-file>", "with --fit: write the fitted weights into this JSON or YAML config (created if missing)")
    .addHelpText("after", EXAMPLES)
    .action((paths: string[], _options: unknown, command: Command) => {
      setTask(() => runEvalCommand(paths, command.optsWithGlobals<EvalCliOptions>()));
    });
}

async function runEvalCommand(paths: string[], options: EvalCliOptions): Promise<number> {
  if (options.writeWeights && !options.fit) throw usageError("--write-weights needs --fit");
  if (options.format !== "stylish" && options.format !== "text" && options.format !== "json") {
    throw usageError(`eval: unknown format '${options.format}' (eval prints text or json)`);
  }
  checkToday(options.today);
  const cwd = process.cwd();
  // The evaluation and fitting code loads only for `eval`, not for every lint run.
  const [{ runEval }, { formatEvalJson, formatEvalText }] = await Promise.all([import("../eval/run.js"), import("../eval/format.js")]);
  const report = await runEval(paths, {
    cwd,
    labels: options.labels,
    fit: options.fit,
    writeWeights: options.writeWeights,
    profile: options.profile,
    config: options.config,
    configLookup: options.configLookup,
    rules: options.rule ?? {},
    ignorePatterns: options.ignore ? (options.ignorePattern ?? []) : [],
    useIgnoreFile: options.ignore,
    inlineConfig: options.inlineConfig,
    today: options.today,
  });
  const output = options.format === "json" ? formatEvalJson(report) : formatEvalText(report, cwd);
  if (options.outputFile) writeReportFile(cwd, options.outputFile, output);
  else process.stdout.write(output);
  return 0;
}
