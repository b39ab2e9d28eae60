import { dirname, resolve, sep } from "node:path";
import { lintFiles, loadConfig, type LintOptions } from "../api.js";
import { computeScore, GRADE_BANDS } from "../engine/grade.js";
import { DEFAULT_WEIGHTS, ruleWeight, withOverrides, type RuleWeight } from "../engine/weights.js";
import { inputError } from "../errors.js";
import { expandPaths } from "../files/expand.js";
import type { Grade, LintResult } from "../types.js";
import { creditsOf, featuresOf, type DraftFeatures } from "./features.js";
import { DEFAULT_FIT_OPTIONS, fitWeights, type FitOptions, type FitPrior } from "./fit.js";
import { readLabels, type LabelRow, type Split } from "./labels.js";
import { hitTable, rocAuc, thresholdTable, type HitRow, type ThresholdRow } from "./metrics.js";
import { writeWeights } from "./write-weights.js";

export interface EvalOptions extends LintOptions {
  /** The labels file (TSV or CSV). */
  labels: string;
  /** Fit rule weights on the `fit` split. */
  fit?: boolean;
  /** Write the fitted weights into this config file (JSON or YAML). */
  writeWeights?: string;
  fitOptions?: FitOptions;
}

/** One labelled draft after linting. */
export interface EvalDraft {
  file: string;
  filePath: string;
  good: boolean;
  split: Split;
  score: number;
  grade: Grade;
}

export interface SplitSummary {
  split: "all" | Split;
  drafts: number;
  good: number;
  bad: number;
  auc: number | null;
  thresholds: ThresholdRow[];
}

export interface WeightChange {
  id: string;
  kind: "rule" | "credit";
  before: number;
  after: number;
  /** Drafts of the fit split the signal fired on. */
  hits: number;
}

export interface FitReport {
  options: FitOptions;
  /** Log-odds of "good" for a draft with no problems: how sharply the fitted score separates the labels. */
  sharpness: number;
  /** The factor the fitted rule points were scaled by to keep good drafts above the gate (1 = none). */
  scale: number;
  auc: { before: Record<Split, number | null>; after: Record<Split, number | null> };
  /** Good drafts below grade C on the held-out split, before and after. */
  goodFailedAtC: { before: number; after: number; good: number };
  changes: WeightChange[];
  skipped: string[];
  floored: string[];
  writtenTo: string | null;
}

export interface EvalReport {
  labels: string;
  /** Where the fit/report split came from: the labels' `split` column, or a deterministic rule. */
  splitSource: "column" | "deterministic";
  summaries: SplitSummary[];
  /** Rule, message and credit hit statistics over the fit split (the report split is only for measuring). */
  rules: HitRow[];
  /** Per message of a rule, as `<rule-id>:<messageId>`: a rule's messages can differ in precision. */
  messages: HitRow[];
  credits: HitRow[];
  drafts: EvalDraft[];
  /** Drafts under the given paths that have no label (not evaluated). */
  unlabelled: string[];
  fit?: FitReport;
}

/** The default gate: grade C or better passes. */
const GATE_C = GRADE_BANDS.find(([grade]) => grade === "C")![1];

interface Sample {
  draft: EvalDraft;
  result: LintResult;
  features: DraftFeatures;
}

/** Lints every labelled draft among `paths` and measures how well the grade ranks them. */
export async function runEval(paths: string[], options: EvalOptions): Promise<EvalReport> {
  const cwd = options.cwd ?? process.cwd();
  const labelsPath = resolve(cwd, options.labels);
  const rows = readLabels(labelsPath);
  const found = await expandPaths(paths, { cwd, ignorePatterns: options.ignorePatterns ?? [], useIgnoreFile: options.useIgnoreFile ?? true });
  const matched = matchRows(rows, found, labelsPath);
  const splitSource = rows.every((row) => row.split !== null) ? "column" : "deterministic";
  const splits = splitSource === "column" ? new Map(rows.map((row) => [row, row.split!])) : deterministicSplit(rows);

  const results = await lintFiles([...matched.values()], { ...options, cwd });
  const byPath = new Map(results.map((result) => [result.filePath, result]));
  const unreadable = results.find((result) => result.messages.some((message) => message.fatal && message.ruleId === null));
  if (unreadable) throw inputError(unreadable.filePath, unreadable.messages[0]!.message, unreadable.messages[0]!.line);

  const samples: Sample[] = rows.map((row) => {
    const filePath = matched.get(row)!;
    const result = byPath.get(filePath)!;
    return { draft: { file: row.file, filePath, good: row.good, split: splits.get(row)!, score: result.score, grade: result.grade }, result, features: featuresOf(result) };
  });
  const fitSamples = samples.filter((sample) => sample.draft.split === "fit");
  const report: EvalReport = {
    labels: labelsPath,
    splitSource,
    summaries: (["all", "fit", "report"] as const).map((split) => summarize(split, samples.filter((sample) => split === "all" || sample.draft.split === split).map((sample) => sample.draft))),
    rules: hitTable(fitSamples.map((sample) => ({ good: sample.draft.good, ids: new Set(sample.features.ruleUnits.keys()) })), true),
    messages: hitTable(fitSamples.map((sample) => ({ good: sample.draft.good, ids: messageIdsOf(sample.result) })), true),
    credits: hitTable(fitSamples.map((sample) => ({ good: sample.draft.good, ids: sample.features.credits })), false),
    drafts: samples.map((sample) => sample.draft),
    unlabelled: found.filter((file) => !byPath.has(file)),
  };
  if (options.fit) report.fit = await fitAndRescore(samples, options, cwd);
  return report;
}

function messageIdsOf(result: LintResult): Set<string> {
  return new Set(result.messages.filter((message) => message.ruleId).map((message) => `${message.ruleId}:${message.messageId ?? message.ruleId}`));
}

/**
 * Each label row to one draft among the given paths: the path relative to the labels file, or
 * else the one draft whose path ends with it (labels that name files only by name). A row that
 * matches nothing, or more than one draft, is an error: a silently dropped row skews every number.
 */
function matchRows(rows: readonly LabelRow[], drafts: readonly string[], labelsPath: string): Map<LabelRow, string> {
  const set = new Set(drafts);
  const matched = new Map<LabelRow, string>();
  for (const row of rows) {
    const relativeToLabels = resolve(dirname(labelsPath), row.file);
    if (set.has(relativeToLabels)) {
      matched.set(row, relativeToLabels);
      continue;
    }
    const suffix = sep + row.file.replace(/^\.[\\/]/, "").split(/[\\/]/).join(sep);
    const candidates = drafts.filter((draft) => draft.endsWith(suffix));
    if (candidates.length === 0) throw inputError(labelsPath, `no draft '${row.file}' among the given paths (row for a missing file)`, row.line);
    if (candidates.length > 1) throw inputError(labelsPath, `'${row.file}' matches ${candidates.length} drafts (${candidates.slice(0, 2).join(", ")}, ...): give a path relative to the labels file`, row.line);
    matched.set(row, candidates[0]!);
  }
  return matched;
}

/**
 * Without a split column: within each label, rows sorted by file name, every third one
 * (3rd, 6th, ...) is held out for reporting. Stratified and independent of any linter output.
 */
function deterministicSplit(rows: readonly LabelRow[]): Map<LabelRow, Split> {
  const splits = new Map<LabelRow, Split>();
  for (const good of [true, false]) {
    const group = rows.filter((row) => row.good === good).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    group.forEach((row, index) => splits.set(row, index % 3 === 2 ? "report" : "fit"));
  }
  return splits;
}

function summarize(split: SplitSummary["split"], drafts: readonly EvalDraft[]): SplitSummary {
  const good = drafts.filter((draft) => draft.good).length;
  return { split, drafts: drafts.length, good, bad: drafts.length - good, auc: rocAuc(drafts), thresholds: thresholdTable(drafts) };
}

async function fitAndRescore(samples: readonly Sample[], options: EvalOptions, cwd: string): Promise<FitReport> {
  const fitOptions = options.fitOptions ?? DEFAULT_FIT_OPTIONS;
  const fitSamples = samples.filter((sample) => sample.draft.split === "fit");
  const configWeights = new Map<string, Record<string, number>>();
  for (const sample of samples) configWeights.set(sample.draft.filePath, (await loadConfig(sample.draft.filePath, { ...options, cwd })).weights);
  const current = withOverrides(DEFAULT_WEIGHTS, configWeights.get(samples[0]!.draft.filePath));
  const fitted = fitWeights(fitSamples.map((sample) => ({ features: sample.features, good: sample.draft.good })), fitOptions, priorOf(fitSamples));
  // A credit never gives back more than all credits together may (the bound on "nice" signals).
  for (const key of Object.keys(fitted.credits)) fitted.credits[key] = Math.min(fitted.credits[key]!, current.creditCap);

  // Re-scores drafts with their own config's weights plus the new ones.
  const rescore = (drafts: readonly Sample[], weights: Record<string, number>): EvalDraft[] =>
    drafts.map((sample) => {
      const table = withOverrides(DEFAULT_WEIGHTS, { ...configWeights.get(sample.draft.filePath), ...weights });
      return { ...sample.draft, score: computeScore(sample.result.messages, creditsOf(sample.result), table).score };
    });

  const { scale, rules } = guardGate(fitted.rules, fitOptions, (weights) => rescore(fitSamples, { ...weights, ...fitted.credits }));
  const newWeights = { ...rules, ...fitted.credits };
  const rescored = rescore(samples, newWeights);

  const aucBy = (drafts: readonly EvalDraft[]) => ({
    fit: rocAuc(drafts.filter((draft) => draft.split === "fit")),
    report: rocAuc(drafts.filter((draft) => draft.split === "report")),
  });
  const hits = (id: string) => fitSamples.filter((sample) => sample.features.ruleUnits.has(id) || sample.features.credits.has(id)).length;
  const changes: WeightChange[] = [
    ...Object.entries(rules).map(([id, after]) => ({ id, kind: "rule" as const, before: ruleWeight(current, id).error, after, hits: hits(id) })),
    ...Object.entries(fitted.credits).map(([id, after]) => ({ id, kind: "credit" as const, before: current.credits[id]?.points ?? 0, after, hits: hits(id) })),
  ];

  if (options.writeWeights) writeWeights(resolve(cwd, options.writeWeights), newWeights);
  const heldOut = (drafts: readonly EvalDraft[]) => drafts.filter((draft) => draft.split === "report");
  return {
    options: fitOptions,
    sharpness: fitted.sharpness,
    scale,
    auc: { before: aucBy(samples.map((sample) => sample.draft)), after: aucBy(rescored) },
    goodFailedAtC: {
      before: goodFailedAtC(heldOut(samples.map((sample) => sample.draft))),
      after: goodFailedAtC(heldOut(rescored)),
      good: heldOut(rescored).filter((draft) => draft.good).length,
    },
    changes,
    skipped: fitted.skipped,
    floored: fitted.floored,
    writtenTo: options.writeWeights ? resolve(cwd, options.writeWeights) : null,
  };
}

/**
 * The centre of the fit's prior: the built-in reasoned weights (`prior`, or the default where the
 * default was never fitted), not the config's. So a fit written into a config and run again
 * lands on the same weights instead of counting the same drafts twice.
 */
function priorOf(fitSamples: readonly Sample[]): FitPrior {
  const ruleIds = new Set(fitSamples.flatMap((sample) => [...sample.features.ruleUnits.keys()]));
  return {
    rules: Object.fromEntries([...ruleIds].map((id) => [id, reasonedPoints(ruleWeight(DEFAULT_WEIGHTS, id))])),
    credits: Object.fromEntries(Object.entries(DEFAULT_WEIGHTS.credits).map(([key, credit]) => [key, credit.prior ?? credit.points])),
  };
}

function reasonedPoints(weight: RuleWeight): number {
  return weight.prior ?? weight.error;
}

function goodFailedAtC(drafts: readonly EvalDraft[]): number {
  return drafts.filter((draft) => draft.good && draft.score < GATE_C).length;
}

/**
 * Precision first ("a linter that cries wolf gets uninstalled"): when more than
 * `maxGoodFailedShare` of the good fit drafts would fail the default gate (grade C), the fitted
 * rule points are scaled down in steps of 1% until they no longer do. The fitted rules keep
 * their proportions; only where the gate falls moves. Uses the fit split only.
 */
function guardGate(rules: Record<string, number>, options: FitOptions, scoresWith: (rules: Record<string, number>) => EvalDraft[]): { scale: number; rules: Record<string, number> } {
  const scaled = (factor: number) => Object.fromEntries(Object.entries(rules).map(([id, points]) => [id, Math.max(options.minPoints, Math.round(points * factor * 10) / 10)]));
  for (let percent = 100; percent > 0; percent--) {
    const candidate = scaled(percent / 100);
    const drafts = scoresWith(candidate);
    const good = drafts.filter((draft) => draft.good).length;
    if (goodFailedAtC(drafts) <= options.maxGoodFailedShare * good) return { scale: percent / 100, rules: candidate };
  }
  return { scale: 0.01, rules: scaled(0.01) };
}
