#!/usr/bin/env node
// Build step (npm run build): bundles the compiled CLI and its lint worker into dist/bundle/, one
// file each plus shared and lazily loaded chunks, so a cold start reads a handful of files instead
// of ~230 modules (measured in docs/performance.md). The shim (bin/inmail-lint.js) uses the bundle
// when it is there and dist/src/cli/main.js otherwise, so the build still works where rolldown's
// native binding is missing. The API (dist/src/api.js) stays unbundled.
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
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
  external: [/^node:(?!child_process$)/, "compromise", "nspell", "dictionary-en", "ignore", "picomatch", "typescript"],
  logLevel: "warn",
  plugins: [lazyChildProcessForCommander()],
});
// CommonJS, so that src/cli/code-cache.ts can compile it from V8's code cache (Node 20 has no
// such cache for ES modules); the folder's package.json says so to Node.
await build.write({ dir: outDir, format: "cjs", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" });
await build.close();
writeFileSync(join(outDir, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
console.log(`bundle: ${join("dist", "bundle")}`);

const recorded = spawnSync(process.execPath, [join(root, "tests/tools/record-code-cache.mjs")], { stdio: ["ignore", "ignore", "inherit"] });
if (recorded.status !== 0) {
  // The bundle still works without its cache; a build must not fail over a speed-up.
  console.warn(`bundle: no code cache (the warm-up lint exited ${recorded.status ?? recorded.signal})`);
  rmSync(join(outDir, "code-cache"), { recursive: true, force: true });
}

/**
 * commander loads node:child_process when it loads (it spawns executable subcommands, which this
 * CLI has none of): a few milliseconds of every cold start, with the network modules it pulls in.
 * Its copy in the bundle gets a stand-in that loads the module on first use.
 */
function lazyChildProcessForCommander() {
  const id = "\0lazy-child-process";
  return {
    name: "lazy-child-process-for-commander",
    resolveId(source, importer) {
      if (source !== "node:child_process") return null;
      return importer?.includes(join("node_modules", "commander")) ? id : { id: source, external: true };
    },
    load(loading) {
      if (loading !== id) return null;
      return 'let loaded;\nconst childProcess = () => (loaded ??= require("node:child_process"));\nmodule.exports = { spawn: (...args) => childProcess().spawn(...args) };\n';
    },
  };
}
