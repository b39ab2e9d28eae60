/**
 * A small RFC 4180 reader for recipient lists: quoted fields, `""` escapes, commas and line
 * breaks inside quotes, CRLF or LF, a leading BOM. One pass over the characters, no regexes,
 * so a hostile file costs linear time. Written here rather than taken from npm: the whole job
 * is ~80 lines and every CSV package either pulls in streams or has install-time baggage.
 */

export interface CsvRecord {
  cells: string[];
  /** 1-based line where the record starts (a quoted cell may span lines). */
  line: number;
}

/** Thrown for text that is not CSV; the caller adds the file name. */
export class CsvSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

/** Parses CSV text into records; lines that are completely empty are skipped. */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  // True once the current record has any content (a cell, a separator or quotes).
  let started = false;

  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRecord = () => {
    if (started) {
      endCell();
      records.push({ cells, line: recordLine });
    }
    cells = [];
    cell = "";
    started = false;
  };

  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        const next = source[i + 1];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          throw new CsvSyntaxError(`unexpected '${next}' after a closing quote (a quote inside a quoted cell is written "")`, line);
        }
      } else {
        if (char === "\n") line++;
        cell += char;
      }
      i++;
      continue;
    }
    if (char === '"' && cell === "") {
      quoted = true;
      quoteLine = line;
      started = true;
    } else if (char === ",") {
      endCell();
      started = true;
    } else if (char === "\r" || char === "\n") {
      endRecord();
      if (char === "\r" && source[i + 1] === "\n") i++;
      line++;
      recordLine = line;
    } else {
      // A stray quote inside an unquoted cell is kept as written, as spreadsheets export it.
      cell += char;
      started = true;
    }
    i++;
  }
  if (quoted) throw new CsvSyntaxError("a quoted cell is never closed (missing '\"')", quoteLine);
  endRecord();
  return records;
}
