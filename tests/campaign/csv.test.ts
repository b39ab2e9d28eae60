import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "../../src/campaign/csv.js";

const cells = (text: string) => parseCsv(text).map((record) => record.cells);

describe("parseCsv (RFC 4180)", () => {
  it("splits plain cells and records", () => {
    expect(cells("a,b,c\n1,2,3\n")).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
  });

  it("reads quoted cells with commas, escaped quotes and line breaks", () => {
    expect(cells('name,note\n"Doe, Jane","She said ""hi""\nthen left"\n')).toEqual([
      ["name", "note"],
      ["Doe, Jane", 'She said "hi"\nthen left'],
    ]);
  });

  it("accepts CRLF, a BOM and no final line break", () => {
    expect(cells("\uFEFFa,b\r\n1,2")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("keeps empty cells, including a trailing one", () => {
    expect(cells("a,b,c\n1,,\n")).toEqual([["a", "b", "c"], ["1", "", ""]]);
  });

  it("skips empty lines and numbers records by the line they start on", () => {
    const records = parseCsv('a,b\n\n"x\ny",2\n\r\nlast,3\n');
    expect(records.map((record) => record.line)).toEqual([1, 3, 6]);
    expect(records[1]!.cells).toEqual(["x\ny", "2"]);
  });

  it("keeps a stray quote inside an unquoted cell as written", () => {
    expect(cells('a\n5" screen\n')).toEqual([["a"], ['5" screen']]);
  });

  it("rejects a quoted cell that is never closed, naming the line it opened on", () => {
    let caught: unknown;
    try {
      parseCsv('a,b\n1,2\n3,"open\nstill open\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CsvSyntaxError);
    expect((caught as CsvSyntaxError).message).toMatch(/never closed/);
    expect((caught as CsvSyntaxError).line).toBe(3);
  });

  it("rejects text after a closing quote", () => {
    expect(() => parseCsv('a\n"x"y\n')).toThrow(/unexpected 'y' after a closing quote/);
  });

  it("stays linear on hostile input", () => {
    // 200,000 quotes and commas: one pass, no backtracking (no timing asserted, it just has to finish).
    expect(parseCsv(",".repeat(200_000))[0]!.cells).toHaveLength(200_001);
    expect(parseCsv(`"${'""'.repeat(100_000)}"`)[0]!.cells[0]).toHaveLength(100_000);
  });
});
