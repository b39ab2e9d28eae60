import type { YAMLError } from "yaml";
import { createPositionMapper } from "./positions.js";

/**
 * The 1-based line of a YAML parse error within `text`. Without `prettyErrors` the parser gives
 * only offsets (`linePos` stays empty), so the line is counted here, from the error's start.
 */
export function yamlErrorLine(text: string, error: YAMLError): number {
  return createPositionMapper(text)(error.pos[0]).line;
}

/** The parser's message on one line, without the position it appends when pretty. */
export function yamlErrorReason(error: YAMLError): string {
  return error.message.split("\n")[0]!.replace(/ at line \d+, column \d+.*$/, "");
}
