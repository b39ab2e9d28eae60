/**
 * JSON.parse's error as one line and a line number. V8 quotes the text around the error, line
 * breaks included ("Unexpected token '}', "{\n..." is not valid JSON"): the quote is dropped so
 * the CLI still prints one line, and the line comes from the offset when V8 gives one.
 */
export function describeJsonError(text: string, error: unknown): { reason: string; line: number | undefined } {
  const message = (error as Error).message ?? String(error);
  const position = /at position (\d+)/.exec(message);
  const reason = message
    .replace(/^JSON\.parse: /, "")
    .replace(/ in JSON at position \d+[\s\S]*$/, "")
    .replace(/ after JSON at position \d+[\s\S]*$/, " after the JSON value")
    .replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, "");
  if (position) return { reason, line: text.slice(0, Number(position[1])).split("\n").length };
  if (/end of JSON input/.test(message)) return { reason, line: text.trimEnd().split("\n").length };
  return { reason, line: undefined };
}
