import type { Formatter } from "./types.js";

/** ESLint-compatible JSON (plus score, grade and scoreBreakdown); `source` is left out to keep it small. */
const json: Formatter = (results) =>
  JSON.stringify(results.map(({ source: _source, ...result }) => result));

export default json;
