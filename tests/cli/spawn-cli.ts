import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built CLI, spawned as users run it (`npm test` builds first). */
export const BIN = fileURLToPath(new URL("../../bin/inmail-lint.js", import.meta.url));
export const REPO = fileURLToPath(new URL("../..", import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A scratch folder with the given files; remove it with `rmSync(dir, { recursive: true })` in afterEach. */
export function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "inmail-lint-test-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export function removeScratch(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A local plugin rule that reports every "TODO" as an error and every "FIXME" as a warning
 * (`warningMessages`): a rule with several errors in one file, so suppression counts and mapped
 * positions are easy to check exactly. The config switches the built-in rules off (`extends: []`)
 * so the tests do not change as rules are added.
 */
export const NO_TODO_PLUGIN = `export default {
  rules: {
    "no-todo": {
      meta: {
        id: "no-todo", description: "No TODO left in a message", category: "mechanics", defaultSeverity: "error",
        warningMessages: ["fixme"], fixable: false, hasSuggestions: false, options: {},
        messages: { todo: "Unfinished: TODO", fixme: "Unfinished: FIXME" },
      },
      check(context) {
        const { prose } = context.draft;
        for (const [word, messageId] of [["TODO", "todo"], ["FIXME", "fixme"]]) {
          for (let i = prose.indexOf(word); i !== -1; i = prose.indexOf(word, i + 1)) context.report({ messageId, span: { start: i, end: i + word.length } });
        }
      },
    },
  },
};
`;

export const NO_TODO_CONFIG = JSON.stringify({ extends: [], plugins: ["./no-todo.mjs"], rules: { "no-todo/no-todo": "error" } });
