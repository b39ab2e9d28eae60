import { describe, expect, it } from "vitest";
import { parseLabels, splitRecord } from "../../src/eval/labels.js";
import { errorLine } from "../helpers/error-line.js";

const rows = (text: string, path = "labels.tsv") => parseLabels(text, path).map(({ file, good, split }) => [file, good, split]);
const failure = (text: string, path = "labels.tsv") => errorLine(() => parseLabels(text, path));

describe("parseLabels", () => {
  it("reads the corpus format: TSV with file, label, band, split, notes", () => {
    expect(rows("file\tlabel\tband\tsplit\tnotes\na.md\tgood\tA\tfit\tnice\nb.md\tbad\tF\treport\tspam, caps\n")).toEqual([
      ["a.md", true, "fit"],
      ["b.md", false, "report"],
    ]);
  });

  it("reads CSV with quoted fields, CRLF line ends and a BOM", () => {
    expect(rows('\uFEFFfile,label,notes\r\n"drafts/a, b.md",good,"says ""hi"""\r\nc.md,bad,\r\n', "labels.csv")).toEqual([
      ["drafts/a, b.md", true, null],
      ["c.md", false, null],
    ]);
  });

  it("accepts reply outcomes: replied / no-reply", () => {
    expect(rows("draft,replied\nx.md,replied\ny.md,no-reply\nz.md,No Reply\n", "outcomes.csv")).toEqual([
      ["x.md", true, null],
      ["y.md", false, null],
      ["z.md", false, null],
    ]);
  });

  it("accepts 1 / 0 columns, and files without a header (file, label)", () => {
    expect(rows("path\toutcome\nx.md\t1\ny.md\t0\n")).toEqual([
      ["x.md", true, null],
      ["y.md", false, null],
    ]);
    expect(rows("x.md,1\ny.md,bad\n", "plain.csv")).toEqual([
      ["x.md", true, null],
      ["y.md", false, null],
    ]);
    expect(rows("x.md,good\n", "plain.csv")).toEqual([["x.md", true, null]]);
  });

  it("sniffs the delimiter when the extension says nothing", () => {
    expect(rows("file\tlabel\nx.md\tgood\n", "labels.txt")).toEqual([["x.md", true, null]]);
    expect(rows("file,label\nx.md,good\n", "labels.txt")).toEqual([["x.md", true, null]]);
  });

  it("maps split synonyms (train/test) and keeps blank lines out", () => {
    expect(rows("file\tlabel\tsplit\n\nx.md\tgood\ttrain\ny.md\tbad\ttest\n\n")).toEqual([
      ["x.md", true, "fit"],
      ["y.md", false, "report"],
    ]);
  });

  it("rejects an unknown label naming the file, the row and the draft", () => {
    expect(failure("file\tlabel\na.md\tgood\nb.md\tmeh\n")).toBe("labels.tsv:3: unknown label 'meh' for 'b.md' (expected good/bad, replied/no-reply or 1/0)");
    expect(failure("file\tlabel\nb.md\t\n")).toBe("labels.tsv:2: unknown label '' for 'b.md' (expected good/bad, replied/no-reply or 1/0)");
  });

  it("rejects a missing split, a twice-labelled file, a row without a file, and a header without a label column", () => {
    expect(failure("file\tlabel\tsplit\na.md\tgood\t\n")).toBe("labels.tsv:2: unknown split '' for 'a.md' (expected fit or report)");
    expect(failure("file\tlabel\na.md\tgood\na.md\tbad\n")).toBe("labels.tsv:3: 'a.md' is labelled twice (first on line 2)");
    expect(failure("file\tlabel\n\tgood\n")).toBe("labels.tsv:2: row has no file name");
    expect(failure("file\tscore\na.md\t3\n")).toBe("labels.tsv:1: header must name a file column (file, path, draft, filename) and a label column (label, outcome, replied, reply, good)");
    expect(failure("")).toBe("labels.tsv: labels file is empty (expected a header such as 'file<TAB>label' and one row per draft)");
  });
});

describe("splitRecord", () => {
  it("stays linear on hostile input", () => {
    const cells = splitRecord(`"${'"'.repeat(200_000)}`, ",");
    expect(cells).toHaveLength(1);
    expect(splitRecord(",".repeat(100_000), ",")).toHaveLength(100_001);
  });
});
