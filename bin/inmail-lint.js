#!/usr/bin/env node
// Thin shim: start the compiled CLI and exit with its code.
let cli;
try {
  cli = await import("../dist/src/cli/main.js");
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist")) {
    process.stderr.write("inmail-lint: not built yet; run `npm run build` (npm install runs it for you)\n");
    process.exit(2);
  }
  throw error;
}
process.exitCode = await cli.main(process.argv);
