#!/usr/bin/env node
/**
 * Refits the default weights on the fit split of fixtures/corpus and writes them into
 * src/engine/weights.ts (the one table of defaults). The repeatable procedure of docs/grade.md:
 *
 *   npm run build && node tests/tools/recalibrate.mjs          # fit, show, and rewrite weights.ts
 *   node tests/tools/recalibrate.mjs --dry-run                   # fit and show only
 *   npm test                                                     # the calibration test re-checks the floors
 *
 * Each fitted rule keeps its shape: its warning points and cap scale with its error points,
 * exactly as a config `weights` override does, so the scores after the rewrite are the scores
 * `eval --fit` reported as "after" (up to rounding). The fit is centred on each entry's reasoned
 * `prior` (recorded here on the first fit), so running this twice changes nothing. Rules that
 * fired on fewer than five fit drafts keep their reasoned weights. Nothing here reads the report
 * split's labels except to print its AUC.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { runEval } = await import(join(root, "dist/src/eval/run.js"));
const { DEFAULT_WEIGHTS } = await import(join(root, "dist/src/engine/weights.js"));
const dryRun = process.argv.includes("--dry-run");

const report = await runEval([join(root, "fixtures/corpus")], { cwd: root, labels: join(root, "fixtures/corpus/labels.tsv"), fit: true });
const fit = report.fit;
const auc = (value) => (value === null ? "n/a" : value.toFixed(3));
console.log(`AUC fit ${auc(fit.auc.before.fit)} -> ${auc(fit.auc.after.fit)}, report ${auc(fit.auc.before.report)} -> ${auc(fit.auc.after.report)}`);
console.log(`good drafts below C on the report split: ${fit.goodFailedAtC.before} -> ${fit.goodFailedAtC.after} of ${fit.goodFailedAtC.good}`);
for (const change of fit.changes) console.log(`  ${change.kind.padEnd(6)} ${change.id.padEnd(40)} ${String(change.before).padStart(6)} -> ${change.after}`);
if (fit.skipped.length > 0) console.log(`kept (too few fit hits): ${fit.skipped.join(", ")}`);

const round1 = (value) => Math.round(value * 10) / 10;
const path = join(root, "src/engine/weights.ts");
let source = readFileSync(path, "utf8");

/**
 * Sets `name: <number>` fields inside the one-line table entry for `key`. The first fit of an
 * entry also records its reasoned value as `prior` (the centre of the fit's prior), so later
 * refits start from the same place and the rewrite is idempotent.
 */
function rewriteEntry(key, values, reasoned) {
  const quoted = /^[a-z]\w*$/i.test(key) ? `(?:"${key}"|${key})` : `"${key.replace(/[/\\^$*+?.()|[\]{}-]/g, "\\$&")}"`;
  const line = new RegExp(`^(\\s*${quoted}: \\{ )([^\\n]*)$`, "m");
  const match = line.exec(source);
  if (!match) throw new Error(`no one-line entry for '${key}' in src/engine/weights.ts`);
  let body = match[2];
  for (const [name, value] of Object.entries(values)) {
    const field = new RegExp(`\\b${name}: [0-9.]+`);
    if (!field.test(body)) throw new Error(`entry '${key}' has no '${name}'`);
    body = body.replace(field, `${name}: ${value}`);
  }
  if (!/\bprior: /.test(body)) body = body.replace(/^(\w+: [0-9.]+, )/, `$1prior: ${reasoned}, `);
  source = source.replace(line, `${match[1]}${body}`);
}

for (const change of fit.changes) {
  if (change.kind === "credit") {
    const current = DEFAULT_WEIGHTS.credits[change.id];
    rewriteEntry(change.id, { points: change.after }, current?.prior ?? current?.points ?? 0);
    continue;
  }
  const current = DEFAULT_WEIGHTS.rules[change.id];
  if (!current) continue; // a plugin rule: not a default
  const ratio = current.error > 0 ? change.after / current.error : 1;
  rewriteEntry(change.id, { error: change.after, warning: round1(current.warning * ratio), cap: round1(current.cap * ratio) }, current.prior ?? current.error);
}

if (dryRun) console.log("(dry run: src/engine/weights.ts not changed)");
else {
  writeFileSync(path, source);
  console.log("src/engine/weights.ts rewritten: run `npm test` (the calibration test checks the floors), then commit with these numbers.");
}
