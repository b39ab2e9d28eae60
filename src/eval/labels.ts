import { extname } from "node:path";
import { inputError } from "../errors.js";
import { readTextFile } from "../files/read.js";

export type Split = "fit" | "report";

/** One labelled draft: is it good (or did it get a reply)? */
export interface LabelRow {
  /** The draft's path as written in the labels file. */
  file: string;
  good: boolean;
  /** `fit` (calibration) or `report` (held out), when the file has a split column. */
  split: Split | null;
  /** 1-based line in the labels file, for error messages. */
  line: number;
}

/**
 * Label values: a judgement (good/bad) or an outcome (replied/no-reply, 1/0), so a team can
 * evaluate the grade against their own reply data.
 */
const GOOD_VALUES = new Set(["good", "replied", "reply", "1", "yes", "true"]);
const BAD_VALUES = new Set(["bad", "no-reply", "no reply", "noreply", "no_reply", "not-replied", "0", "no", "false"]);
const ACCEPTED = "good/bad, replied/no-reply or 1/0";

const FILE_COLUMNS = ["file", "path", "draft", "filename"];
const LABEL_COLUMNS = ["label", "outcome", "replied", "reply", "good"];
const SPLIT_VALUES: Record<string, Split> = { fit: "fit", train: "fit", report: "report", test: "report", holdout: "report", "held-out": "report" };

export function readLabels(path: string): LabelRow[] {
  return parseLabels(readTextFile(path, "labels file"), path);
}

/**
 * A labels file: TSV or CSV (by extension, else by the first line), with a header naming a file
 * column (file, path, draft or filename) and a label column (label, outcome, replied, reply or
 * good), and optionally `split`. Without such a header, the first two columns are file and label.
 */
export function parseLabels(text: string, path: string): LabelRow[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const delimiter = delimiterFor(path, lines[0] ?? "");
  const records = lines.map((line, index) => ({ cells: splitRecord(line, delimiter), line: index + 1 })).filter((record) => record.cells.some((cell) => cell.trim() !== ""));
  if (records.length === 0) throw inputError(path, "labels file is empty (expected a header such as 'file<TAB>label' and one row per draft)");

  const header = records[0]!.cells.map((cell) => cell.trim().toLowerCase());
  let fileColumn = header.findIndex((name) => FILE_COLUMNS.includes(name));
  let labelColumn = header.findIndex((name) => LABEL_COLUMNS.includes(name));
  let splitColumn = header.indexOf("split");
  let rows = records.slice(1);
  if (fileColumn < 0 || labelColumn < 0) {
    // No file column, but the first row reads like "draft.md<TAB>good": a file without a header.
    if (fileColumn >= 0 || !isLabelValue(records[0]!.cells[1] ?? "")) {
      throw inputError(path, `header must name a file column (${FILE_COLUMNS.join(", ")}) and a label column (${LABEL_COLUMNS.join(", ")})`, 1);
    }
    [fileColumn, labelColumn, splitColumn, rows] = [0, 1, -1, records];
  }

  const seen = new Map<string, number>();
  return rows.map(({ cells, line }) => {
    const file = (cells[fileColumn] ?? "").trim();
    if (file === "") throw inputError(path, "row has no file name", line);
    const earlier = seen.get(file);
    if (earlier !== undefined) throw inputError(path, `'${file}' is labelled twice (first on line ${earlier})`, line);
    seen.set(file, line);
    const value = (cells[labelColumn] ?? "").trim().toLowerCase();
    if (!isLabelValue(value)) throw inputError(path, `unknown label '${cells[labelColumn]?.trim() ?? ""}' for '${file}' (expected ${ACCEPTED})`, line);
    return { file, good: GOOD_VALUES.has(value), split: splitColumn >= 0 ? splitValue(cells[splitColumn], path, line, file) : null, line };
  });
}

function isLabelValue(value: string): boolean {
  const lower = value.trim().toLowerCase();
  return GOOD_VALUES.has(lower) || BAD_VALUES.has(lower);
}

/** With a split column, every row needs a split: a row left out of both would be silently unused. */
function splitValue(raw: string | undefined, path: string, line: number, file: string): Split {
  const value = (raw ?? "").trim().toLowerCase();
  const split = SPLIT_VALUES[value];
  if (!split) throw inputError(path, `unknown split '${(raw ?? "").trim()}' for '${file}' (expected fit or report)`, line);
  return split;
}

function delimiterFor(path: string, firstLine: string): "\t" | "," {
  const extension = extname(path).toLowerCase();
  if (extension === ".tsv" || extension === ".tab") return "\t";
  if (extension === ".csv") return ",";
  return firstLine.includes("\t") ? "\t" : ",";
}

/**
 * One line of CSV (RFC 4180 quoting: "a, b" and "" for a quote) or TSV. A single pass, so hostile
 * input stays linear. Quoted fields spanning lines are not supported (labels are one per line).
 */
export function splitRecord(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (line[index + 1] === '"') {
        cell += '"';
        index++;
      } else quoted = false;
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (char === delimiter) {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}
