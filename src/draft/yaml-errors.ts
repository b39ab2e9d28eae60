import type { Document, YAMLError } from "yaml";
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
  return error.message.split("\n")[0]!.replace(/ at line \d+, column \d.*$/, "");
}

/**
 * `document.toJS()`, or why it failed: alias errors (an undefined `*name`, too many aliases)
 * are thrown there rather than listed in `document.errors`, and a front matter `subject: *x`
 * crashed the run. The line is the alias's, when it can be found.
 */
export function yamlValue(document: Document, text: string): { ok: true; value: unknown } | { ok: false; reason: string; line: number } {
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: 50 }) };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
    const alias = /: (\S+)$/.exec(reason)?.[1];
    const at = alias ? text.indexOf(`*${alias}`) : -1;
    return { ok: false, reason, line: at === -1 ? 1 : createPositionMapper(text)(at).line };
  }
}
