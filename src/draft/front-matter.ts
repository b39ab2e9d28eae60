import { parseDocument } from "yaml";
import { inputError } from "../errors.js";
import { ISO_DATE, parseSimpleFrontMatter } from "./simple-front-matter.js";
import { yamlErrorLine, yamlErrorReason, yamlValue } from "./yaml-errors.js";
import { DRAFT_KINDS, type DraftKind, type HistoryEntry, type FrontMatter } from "../types.js";

/** What the front matter says about the draft, validated. */
export interface DraftMetadata {
  subject: string | null;
  kind: DraftKind;
  template: boolean;
  history: HistoryEntry[];
  date: string | null;
  profilePath: string | null;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
/** How front matter is read; tests/draft/simple-front-matter.test.ts checks the fast path against it. */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

/** Finds a `---` block at the very start of the file; throws when it is opened but never closed. */
export function extractFrontMatter(source: string, file: string | undefined): { block: FrontMatter; yaml: string } | null {
  const opening = OPENING.exec(source);
  if (!opening) return null;
  let lineStart = opening[0].length;
  while (lineStart <= source.length) {
    const newline = source.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const line = source.slice(lineStart, lineEnd).replace(/\r$/, "");
    if (CLOSING.test(line)) {
      const end = newline === -1 ? source.length : newline + 1;
      return {
        block: { data: {}, span: { start: 0, end } },
        yaml: source.slice(opening[0].length, lineStart),
      };
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  throw inputError(file, "front matter starts with '---' but has no closing '---' line", 1);
}

/** Parses and validates the YAML; every problem names the field (and line) it is about. */
export function parseFrontMatter(yamlText: string, file: string | undefined): { data: Record<string, unknown>; meta: DraftMetadata } {
  const simple = parseSimpleFrontMatter(yamlText);
  if (simple) return validated(simple, yamlText, file);
  const document = parseDocument(yamlText, YAML_OPTIONS);
  const firstError = document.errors[0];
  if (firstError) {
    // +1: the YAML starts on the line after the opening `---`.
    throw inputError(file, `invalid YAML front matter: ${yamlErrorReason(firstError)}`, yamlErrorLine(yamlText, firstError) + 1);
  }
  const parsed = yamlValue(document, yamlText);
  if (!parsed.ok) throw inputError(file, `invalid YAML front matter: ${parsed.reason}`, parsed.line + 1);
  const value = parsed.value;
  if (value === null || value === undefined) return { data: {}, meta: emptyMetadata() };
  if (typeof value !== "object" || Array.isArray(value)) {
    throw inputError(file, "front matter must be a YAML mapping (key: value lines)", 2);
  }
  return validated(value as Record<string, unknown>, yamlText, file);
}

function validated(data: Record<string, unknown>, yamlText: string, file: string | undefined): { data: Record<string, unknown>; meta: DraftMetadata } {
  const lineOf = (key: string) => lineOfKey(yamlText, key);
  const fail = (key: string, message: string) => inputError(file, `front matter field '${key}' ${message}`, lineOf(key.split(/[.[]/)[0]!));
  return { data, meta: validateMetadata(data, fail) };
}

export function emptyMetadata(): DraftMetadata {
  return { subject: null, kind: "inmail", template: false, history: [], date: null, profilePath: null };
}

function validateMetadata(data: Record<string, unknown>, fail: (key: string, message: string) => Error): DraftMetadata {
  const meta = emptyMetadata();
  const optionalString = (key: string): string | null => {
    const value = data[key];
    if (value === undefined || value === null) return null;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value !== "string") throw fail(key, "must be a string");
    return value;
  };
  meta.subject = optionalString("subject");
  meta.profilePath = optionalString("profile");
  const kind = optionalString("kind");
  if (kind !== null) {
    if (!DRAFT_KINDS.includes(kind as DraftKind)) throw fail("kind", `must be one of ${DRAFT_KINDS.join(", ")} (got '${kind}')`);
    meta.kind = kind as DraftKind;
  }
  if (data.template !== undefined && data.template !== null) {
    if (typeof data.template !== "boolean") throw fail("template", "must be true or false");
    meta.template = data.template;
  }
  meta.date = optionalString("date");
  if (meta.date !== null && !ISO_DATE.test(meta.date)) throw fail("date", `must be a date as YYYY-MM-DD (got '${meta.date}')`);
  meta.history = validateHistory(data.history, fail);
  return meta;
}

function validateHistory(value: unknown, fail: (key: string, message: string) => Error): HistoryEntry[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw fail("history", "must be a list of {date, direction} entries");
  return value.map((entry: unknown, index) => {
    const key = `history[${index}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) throw fail(key, "must be a mapping with date and direction");
    const record = entry as Record<string, unknown>;
    const date = record.date instanceof Date ? record.date.toISOString().slice(0, 10) : record.date;
    if (typeof date !== "string" || !ISO_DATE.test(date)) throw fail(`${key}.date`, "must be a date as YYYY-MM-DD");
    if (record.direction !== "sent" && record.direction !== "received") throw fail(`${key}.direction`, "must be 'sent' or 'received'");
    if (record.declined !== undefined && typeof record.declined !== "boolean") throw fail(`${key}.declined`, "must be true or false");
    return { date, direction: record.direction, declined: record.declined === true };
  });
}

/** Line (1-based, in the file) of a top-level key, for error messages. */
function lineOfKey(yamlText: string, key: string): number | undefined {
  const lines = yamlText.split("\n");
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 2;
}
