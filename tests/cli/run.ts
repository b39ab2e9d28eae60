import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** The built binary, as users run it (`npm test` builds first). */
export const BIN = join(process.cwd(), "bin/inmail-lint.js");
export const REPO = process.cwd();
export const FIXTURES = join(REPO, "fixtures");

/**
 * Only the four core rules at their default severities (`extends: []`), so these tests do not
 * depend on the other rules of `inmail-lint:recommended` or on how the grade is calibrated.
 */
export const CORE_CONFIG = join(FIXTURES, "configs/core-rules.json");
export const CORE = ["-c", CORE_CONFIG];

/** A config file's text: the core rules only, with some settings changed. */
export function coreConfig(rules: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): string {
  const core = { personalization: "error", "stated-purpose": "warn", transparency: "error", "follow-up-links": "warn" };
  return JSON.stringify({ extends: [], ...extra, rules: { ...core, ...rules } });
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Spawns `node bin/inmail-lint.js ...args`. Colour variables are cleared unless given, so a
 * developer's FORCE_COLOR does not leak into the assertions; stdout is a pipe, never a TTY.
 */
export function run(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, TIMING: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: env as NodeJS.ProcessEnv,
    input: options.input,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder with `files` (relative path -> text or bytes). */
export function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), "inmail-lint-cli-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A draft that every core rule passes without a profile. */
export const CLEAN_DRAFT = [
  "---",
  "subject: Backend role at Acme",
  "---",
  "Hi Jane,",
  "",
  "I'm Sam Park, a recruiter at Acme. I'm writing about a Go role on our payments team.",
  "",
  "The job post: https://acme.example/jobs/42",
  "",
  "Would you be open to a call next week?",
  "",
  "Best,",
  "Sam",
  "",
].join("\n");

/** A draft with one warning (no link) and nothing else. */
export const ONE_WARNING_DRAFT = "Hi Jane,\n\nI'm Sam from Acme. We are hiring a Go engineer.\n";

/** A draft with one error: a fake "Re:" subject (transparency). */
export const ONE_ERROR_DRAFT = CLEAN_DRAFT.replace("subject: Backend role at Acme", 'subject: "Re: Backend role at Acme"');
