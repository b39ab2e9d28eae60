#!/usr/bin/env node
// Build step (npm run build, after bundle.mjs): lints the Quick start's draft once through the
// bundle in record mode and saves V8's code cache for every bundle file that run compiled, which
// src/cli/code-cache.ts reads at each start. Run in its own process (bundle.mjs spawns it) so that
// the cache holds what a real run compiles. No config lookup: the cached files must be the ones
// every run needs, and cosmiconfig's own import() could not run from the cache.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { requireBundle } from "../../dist/src/cli/code-cache.js";
import { writeAtomic } from "../../dist/src/files/write.js";

const root = resolve(import.meta.dirname, "../..");
const entry = join(root, "dist/bundle/inmail-lint.js");
const run = requireBundle(entry, { record: true });
await run.exports.main([
  process.execPath,
  join(root, "bin/inmail-lint.js"),
  join(root, "fixtures/example/draft.md"),
  "--profile",
  join(root, "fixtures/profiles/jane-doe.json"),
  "--no-config-lookup",
]);
for (const file of run.recorded()) {
  mkdirSync(dirname(file.cacheFile), { recursive: true });
  writeAtomic(file.sourceFile, file.source, "code cache source");
  writeAtomic(file.cacheFile, file.data, "code cache");
}
process.stderr.write(`code cache: ${run.compiled} files -> ${join("dist", "bundle", "code-cache")}\n`);
