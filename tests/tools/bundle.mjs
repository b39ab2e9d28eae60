#!/usr/bin/env node
// Build step (npm run build): bundles the compiled CLI and its lint worker into dist/bundle/, one
// file each plus shared and lazily loaded chunks, so a cold start reads a handful of files instead
// of ~230 modules (measured in docs/performance.md). The shim (bin/inmail-lint.js) uses the bundle
// when it is there and dist/src/cli/main.js otherwise, so the build still works where rolldown's
// native binding is missing. The API (dist/src/api.js) stays unbundled.
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const outDir = join(root, "dist/bundle");
rmSync(outDir, { recursive: true, force: true });

let rolldown;
try {
  ({ rolldown } = await import("rolldown"));
} catch (error) {
  console.warn(`bundle: skipped, rolldown is not available (${error.message.split("\n")[0]}); the CLI runs unbundled`);
  process.exit(0);
}

const build = await rolldown({
  input: {
    "inmail-lint": join(root, "dist/src/cli/main.js"),
    "lint-worker": join(root, "dist/src/engine/lint-worker.js"),
  },
  platform: "node",
  // Loaded at run time through createRequire, only when a rule, a config or a glob needs them.
  external: [/^node:/, "compromise", "nspell", "dictionary-en", "ignore", "picomatch", "typescript"],
  logLevel: "warn",
});
await build.write({ dir: outDir, format: "esm", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" });
await build.close();
console.log(`bundle: ${join("dist", "bundle")}`);
