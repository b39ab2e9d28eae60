import stylish from "./stylish.js";
import type { Formatter } from "./types.js";

/** `-f codeframe`: stylish with the offending text under each problem, as `--context` gives. */
const codeframe: Formatter = (results, context) => stylish(results, { ...context, codeFrame: true });

export default codeframe;
