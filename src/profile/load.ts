import { extname } from "node:path";
import { parseDocument } from "yaml";
import { profileError } from "../errors.js";
import { describeJsonError } from "../files/json-error.js";
import { yamlValue } from "../draft/yaml-errors.js";
import { readTextFile } from "../files/read.js";
import type { RecipientProfile } from "../types.js";
import { normalizeProfile, ProfileShapeError } from "./normalize.js";

/** Parses JSON or YAML text; errors name the line where the parser stopped. */
export function parseDataText(text: string, file: string, what: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const extension = extname(file).toLowerCase();
  if (extension === ".json") {
    try {
      return JSON.parse(body);
    } catch (error) {
      const { reason, line } = describeJsonError(body, error);
      throw profileError(file, `invalid JSON in ${what}: ${reason}`, line);
    }
  }
  const document = parseDocument(body, { prettyErrors: false, uniqueKeys: true });
  const first = document.errors[0];
  if (first) {
    const reason = first.message.split("\n")[0]!.replace(/ at line \d+, column \d.*$/, "");
    // With prettyErrors off the parser gives no linePos, only offsets: count the lines.
    throw profileError(file, `invalid YAML in ${what}: ${reason}`, first.linePos?.[0]?.line ?? body.slice(0, first.pos[0]).split("\n").length);
  }
  const parsed = yamlValue(document, body);
  if (!parsed.ok) throw profileError(file, `invalid YAML in ${what}: ${parsed.reason}`, parsed.line);
  return parsed.value;
}

/** A profile file (JSON Resume or flat, JSON or YAML) to a `RecipientProfile`. */
export function loadProfile(file: string): RecipientProfile {
  const value = parseDataText(readTextFile(file, "profile file"), file, "profile");
  if (value === null || value === undefined) throw profileError(file, "profile is empty (expected JSON Resume or the flat form)");
  try {
    return normalizeProfile(value, file);
  } catch (error) {
    if (error instanceof ProfileShapeError) throw profileError(file, `invalid profile: ${error.message}`);
    throw error;
  }
}
