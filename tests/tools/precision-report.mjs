#!/usr/bin/env node
/**
 * Per-rule hit counts over the labelled drafts, for the cross-rule precision pass:
 *
 *   npm run build && node tests/tools/precision-report.mjs [--json out.json] [--good] [--real-dir DIR]
 *
 * Columns: fixtures/drafts good-* and bad-*, fixtures/corpus good and bad (labels.tsv), and the
 * evaluation corpus of real messages (read in place from /work/shared/corpus/messages when it
 * exists; only counts are printed, never its text). Each cell is "drafts hit/problems". All 23
 * rules run (role-details and sales-disclosure too, as the recruiting and sales presets turn them
 * on); `--good` lists every good draft that breaks the standard under the recommended config
 * (an error, or more than two warnings), with its messages.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { lintFiles, builtinRules } = await import(join(root, "dist/src/api.js"));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const realDir = option("--real-dir") ?? "/work/shared/corpus/messages";
const TODAY = "2026-11-27";

const ALL_ON = { extends: ["inmail-lint:recommended"], rules: { "role-details": "error", "sales-disclosure": "error" } };
const RECOMMENDED = { extends: ["inmail-lint:recommended"] };

const draftsDir = join(root, "fixtures/drafts");
const corpusDir = join(root, "fixtures/corpus");
const labels = new Map(
  readFileSync(join(corpusDir, "labels.tsv"), "utf8").trim().split("\n").slice(1).map((line) => {
    const [file, label, band] = line.split("\t");
    return [file, { label, band }];
  }),
);
const mdIn = (dir) => readdirSync(dir).filter((file) => file.endsWith(".md") && file !== "README.md").map((file) => join(dir, file));

async function run(files, config) {
  return lintFiles(files, { config, today: TODAY, cwd: root });
}

const sets = {};
async function collect(config) {
  const drafts = await run(mdIn(draftsDir), config);
  const corpus = await run(mdIn(corpusDir), config);
  const real = existsSync(realDir) ? await run(mdIn(realDir), config) : [];
  return {
    "fixture good": drafts.filter((r) => basename(r.filePath).startsWith("good-")),
    "fixture bad": drafts.filter((r) => basename(r.filePath).startsWith("bad-")),
    "corpus good": corpus.filter((r) => labels.get(basename(r.filePath))?.label === "good"),
    "corpus bad": corpus.filter((r) => labels.get(basename(r.filePath))?.label === "bad"),
    real,
  };
}

const all = await collect(ALL_ON);
const columns = Object.keys(all);
const table = {};
for (const rule of builtinRules.map((r) => r.meta.id)) {
  table[rule] = {};
  for (const column of columns) {
    const hits = all[column].map((r) => r.messages.filter((m) => m.ruleId === rule).length);
    table[rule][column] = { drafts: hits.filter((n) => n > 0).length, problems: hits.reduce((a, b) => a + b, 0) };
  }
}
const sizes = Object.fromEntries(columns.map((c) => [c, all[c].length]));
const pad = (s, n) => String(s).padEnd(n);
console.log(pad("rule", 20) + columns.map((c) => pad(`${c} (${sizes[c]})`, 18)).join(""));
for (const [rule, row] of Object.entries(table)) {
  console.log(pad(rule, 20) + columns.map((c) => pad(`${row[c].drafts}/${row[c].problems}`, 18)).join(""));
}
const totals = Object.fromEntries(columns.map((c) => [c, all[c].reduce((sum, r) => sum + r.messages.filter((m) => m.ruleId).length, 0)]));
console.log(pad("total problems", 20) + columns.map((c) => pad(totals[c], 18)).join(""));

const recommended = await collect(RECOMMENDED);
const goods = [...recommended["fixture good"], ...recommended["corpus good"]];
const failing = goods.filter((r) => r.errorCount > 0 || r.warningCount > 2);
console.log(`\ngood drafts breaking the standard (recommended): ${failing.length} of ${goods.length}`);
const bandAB = recommended["corpus good"].filter((r) => ["A", "B"].includes(labels.get(basename(r.filePath))?.band));
console.log(`  of which corpus band A/B: ${bandAB.filter((r) => failing.includes(r)).length} of ${bandAB.length}`);
const realClean = recommended.real.filter((r) => r.errorCount === 0 && r.warningCount <= 2).length;
console.log(`real messages meeting the standard: ${realClean} of ${recommended.real.length}`);
if (args.includes("--good")) {
  for (const r of goods) {
    if (r.messages.length === 0) continue;
    const label = labels.get(basename(r.filePath));
    console.log(`\n${basename(r.filePath)}${label ? ` [${label.band}]` : ""}: ${r.errorCount} errors, ${r.warningCount} warnings`);
    for (const m of r.messages) console.log(`  ${m.line}:${m.column} ${m.severity === 2 ? "error" : "warn "} ${m.ruleId}: ${m.message}`);
  }
}
const out = option("--json");
if (out) writeFileSync(out, JSON.stringify({ sizes, table, totals, failing: failing.map((r) => basename(r.filePath)) }, null, 2));
