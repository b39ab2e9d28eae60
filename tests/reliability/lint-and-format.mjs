/**
 * Lints one draft through the built API with the given config (and profile), then renders the
 * result with every formatter that shows the draft's text: stylish with --context and --explain,
 * codeframe, html, markdown, compact, and json. Prints each report's length as JSON.
 * Run in a child process by tests/reliability/hostile-input.test.ts, so a hang is caught by a
 * timeout instead of freezing the test runner.
 *
 *   node tests/reliability/lint-and-format.mjs <draft> <config.json> [profile]
 */
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const api = await import(pathToFileURL(join(ROOT, "dist/src/api.js")).href);
const [draft, config, profile] = process.argv.slice(2);

const options = { cwd: process.cwd(), config, profile, keepSource: true, today: "2026-11-27" };
const results = await api.lintFiles([draft], options);
const rulesMeta = await api.getRulesMetaForResults(results, options);
const lengths = {};
for (const name of ["stylish", "codeframe", "html", "markdown", "compact", "json"]) {
  const format = await api.loadFormatter(name);
  const report = await format(results, { cwd: process.cwd(), color: false, rulesMeta, explain: true, codeFrame: true, fixDryRun: false });
  lengths[name] = report.length;
}
const crashes = results.flatMap((result) => result.messages.filter((message) => message.fatal).map((message) => message.message));
process.stdout.write(JSON.stringify({ lengths, crashes }));
