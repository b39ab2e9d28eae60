import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = join(ROOT, "bin/inmail-lint.js");
export const EXAMPLE_PLUGIN = join(ROOT, "fixtures/plugins/inmail-lint-plugin-example");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would: a separate process, in `cwd`, no colours. */
export function runCli(args: string[], options: { cwd: string; input?: string; env?: Record<string, string> }): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...options.env };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, input: options.input ?? "", encoding: "utf8", env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder with these files (paths relative to it; objects are written as JSON). */
export function project(files: Record<string, string | object>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "inmail-lint-test-")));
  created.push(dir);
  for (const [path, content] of Object.entries(files)) writeFile(dir, path, content);
  return dir;
}

export function writeFile(dir: string, path: string, content: string | object): void {
  const target = join(dir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, typeof content === "string" ? content : `${JSON.stringify(content, null, 2)}\n`);
}

/**
 * A config with only the given rules (no preset), so tests do not change when built-in rules are
 * added; the example plugin is loaded by path.
 */
export function isolatedConfig(rules: Record<string, unknown>, extra: Record<string, unknown> = {}): object {
  return { extends: [], plugins: [EXAMPLE_PLUGIN], rules, ...extra };
}

/** The JSON formatter's results, for exact assertions. */
export function jsonResults(run: CliRun): Array<{ filePath: string; messages: Array<Record<string, unknown>>; output?: string; suppressedMessages?: Array<Record<string, unknown>>; errorCount: number; warningCount: number }> {
  return JSON.parse(run.stdout) as never;
}
