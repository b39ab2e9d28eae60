#!/usr/bin/env node
// Thin shim: start the compiled CLI and exit with its code. The bundle (dist/bundle, written by
// `npm run build`, run from V8's code cache) starts faster; the unbundled build is the fallback
// when it was not written.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundled = fileURLToPath(new URL("../dist/bundle/inmail-lint.js", import.meta.url));
let cli;
try {
  if (existsSync(bundled)) {
    const { requireBundle } = await import("../dist/src/cli/code-cache.js");
    cli = requireBundle(bundled).exports;
  } else {
    cli = await import("../dist/src/cli/main.js");
  }
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist")) {
    process.stderr.write("inmail-lint: not built yet; run `npm run build` (npm install runs it for you)\n");
    process.exit(2);
  }
  throw error;
}
const code = await cli.main(process.argv);
// Exit once the output is flushed: left to itself, V8 first runs its idle garbage collection
// (about 25 ms of a 0.3 s cold start) for a heap that is about to go away.
let unflushed = 2;
const flushed = () => {
  if (--unflushed === 0) process.exit(code);
};
process.exitCode = code;
process.stdout.write("", flushed);
process.stderr.write("", flushed);
