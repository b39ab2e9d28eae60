import { extname } from "node:path";
import { parseDocument } from "yaml";
import { InmailLintError, inputError, usageError } from "../errors.js";
import { readTextFile } from "../files/read.js";
import { normalizeFieldName } from "../draft/merge-fields.js";
import { canonicalFieldName } from "../profile/fields.js";
import { parseDataText } from "../profile/load.js";
import { normalizeProfile, ProfileShapeError } from "../profile/normalize.js";
import type { RecipientProfile } from "../types.js";
import { CsvSyntaxError, parseCsv, type CsvRecord } from "./csv.js";

/** One row or entry of a recipients file. */
export interface Recipient {
  /** 0-based position in the file. */
  index: number;
  profile: RecipientProfile;
  /** Display name: full name, else first name, else null. */
  name: string | null;
  /** `file:line` of the row or entry, for messages. */
  where: string;
}

const EXTENSIONS = [".csv", ".json", ".yaml", ".yml"];

/** Single-value columns the flat profile form reads under these names; other columns stay merge fields. */
const FLAT_COLUMNS = new Set(["first_name", "last_name", "name", "company", "title", "headline", "location"]);

/**
 * Reads a recipients file (CSV with a header row, or a JSON/YAML list of profiles).
 * `display` is the path as the user gave it; every error names it and the row or line.
 */
export function loadRecipients(path: string, display: string): Recipient[] {
  const extension = extname(path).toLowerCase();
  if (!EXTENSIONS.includes(extension)) throw usageError(`--recipients: expected a .csv, .json, .yaml or .yml file (got '${display}')`);
  let text: string;
  try {
    text = readTextFile(path, "recipients file");
  } catch (error) {
    if (error instanceof InmailLintError) throw inputError(display, error.message, error.line);
    throw error;
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") throw inputError(display, `recipients file is empty: expected ${extension === ".csv" ? "a header row and one row per recipient" : "a list of profiles"}`);
  const recipients = extension === ".csv" ? fromCsv(text, display) : fromList(text, display);
  if (recipients.length === 0) throw inputError(display, "recipients file lists no recipients");
  return recipients;
}

function fromCsv(text: string, display: string): Recipient[] {
  let records: CsvRecord[];
  try {
    records = parseCsv(text).filter((record) => record.cells.some((cell) => cell.trim() !== ""));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw inputError(display, `invalid CSV: ${error.message}`, error.line);
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw inputError(display, "recipients file is empty: expected a header row and one row per recipient");
  const columns = headerColumns(header, display);
  if (rows.length === 0) throw inputError(display, "recipients file has a header row but no recipients", header.line);
  return rows.map((row, index) => {
    if (row.cells.length !== columns.length) {
      throw inputError(display, `row has ${row.cells.length} cell${row.cells.length === 1 ? "" : "s"} but the header names ${columns.length} columns`, row.line);
    }
    // An empty cell is a missing value, so a template field that needs it is reported, not filled with "".
    const record: Record<string, string> = {};
    row.cells.forEach((cell, column) => {
      if (cell.trim() !== "") record[columns[column]!] = cell.trim();
    });
    return toRecipient(record, index, `${display}:${row.line}`);
  });
}

/** Header cells as field names: "First Name" -> first_name, "Company Name" -> company. */
function headerColumns(header: CsvRecord, display: string): string[] {
  const seen = new Map<string, string>();
  return header.cells.map((cell, index) => {
    const normalized = normalizeFieldName(cell);
    if (normalized === "") throw inputError(display, `header column ${index + 1} has no name`, header.line);
    const canonical = canonicalFieldName(normalized);
    const column = canonical !== null && FLAT_COLUMNS.has(canonical) ? canonical : normalized;
    const earlier = seen.get(column);
    if (earlier !== undefined) throw inputError(display, `header columns '${earlier}' and '${cell.trim()}' name the same field '${column}'`, header.line);
    seen.set(column, cell.trim());
    return column;
  });
}

function fromList(text: string, display: string): Recipient[] {
  let value: unknown;
  try {
    value = parseDataText(text, display, "recipients file");
  } catch (error) {
    if (error instanceof InmailLintError) throw inputError(display, error.message, error.line);
    throw error;
  }
  if (value === null || value === undefined) throw inputError(display, "recipients file is empty: expected a list of profiles");
  if (!Array.isArray(value)) throw inputError(display, "recipients file must be a list of profiles (one entry per recipient)", 1);
  const lines = entryLines(text);
  return value.map((entry: unknown, index) => {
    const line = lines[index];
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw inputError(display, `entry ${index + 1} must be a mapping of profile fields`, line);
    }
    try {
      return toRecipient(entry as Record<string, unknown>, index, line === undefined ? `${display} entry ${index + 1}` : `${display}:${line}`);
    } catch (error) {
      if (error instanceof ProfileShapeError) throw inputError(display, `entry ${index + 1}: ${error.message}`, line);
      throw error;
    }
  });
}

function toRecipient(record: Record<string, unknown>, index: number, where: string): Recipient {
  const profile = normalizeProfile(record, where);
  return { index, profile, name: profile.fullName ?? profile.firstName ?? null, where };
}

/** The line each top-level list entry starts on (JSON is YAML too), for messages. */
function entryLines(text: string): Array<number | undefined> {
  const body = text.replace(/^\uFEFF/, "");
  const document = parseDocument(body, { prettyErrors: false });
  const items = (document.contents as { items?: Array<{ range?: [number, number, number] }> } | null)?.items ?? [];
  const lines: Array<number | undefined> = [];
  let line = 1;
  let scanned = 0;
  for (const item of items) {
    const start = item.range?.[0];
    if (start === undefined) {
      lines.push(undefined);
      continue;
    }
    for (; scanned < start; scanned++) if (body.charCodeAt(scanned) === 10) line++;
    lines.push(line);
  }
  return lines;
}
