import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { CONFIG_FILE_NAMES } from "../config/load.js";
import { usageError } from "../errors.js";

/** What `inmail-lint --init` writes: JSON, the format every adopter can read and edit. */
export const INIT_FILE = ".inmail-lintrc.json";

export interface InitAnswers {
  purpose: "recruiting" | "sales";
  strict: boolean;
}

export const DEFAULT_ANSWERS: InitAnswers = { purpose: "recruiting", strict: false };

export interface InitOptions {
  cwd: string;
  /** `--yes`: take the default answers without asking. */
  yes: boolean;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/**
 * `inmail-lint --init`: two questions, then a starter config in cwd. It never overwrites a
 * config that is already there (any name the lookup would find), so running it twice is safe.
 */
export async function runInit(options: InitOptions): Promise<string> {
  const existing = existingConfig(options.cwd);
  if (existing) throw usageError(`--init: ${existing} already exists in this folder; not overwriting it`);
  const answers = options.yes ? DEFAULT_ANSWERS : await ask(options.input, options.output);
  const target = join(options.cwd, INIT_FILE);
  // "wx": a config created between the check and the write is not overwritten either.
  writeFileSync(target, `${JSON.stringify(starterConfig(answers), null, 2)}\n`, { flag: "wx" });
  return target;
}

/** The presets for the answers, `strict` last so it raises every warning to an error. */
export function starterConfig(answers: InitAnswers): Record<string, unknown> {
  const presets = [`inmail-lint:${answers.purpose}`];
  if (answers.strict) presets.push("inmail-lint:strict");
  const rules =
    answers.purpose === "recruiting"
      ? { "role-details": ["error", { requireSalary: false }] }
      : { "sales-disclosure": ["error", { sentences: 2 }] };
  return { extends: presets, rules };
}

function existingConfig(cwd: string): string | null {
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(cwd, name);
    if (!existsSync(path)) continue;
    if (name !== "package.json") return name;
    if (hasPackageKey(path)) return "package.json (key 'inmail-lint')";
  }
  return null;
}

function hasPackageKey(path: string): boolean {
  try {
    return "inmail-lint" in (JSON.parse(readFileSync(path, "utf8")) as object);
  } catch {
    return false;
  }
}

interface Question<T> {
  prompt: string;
  fallback: T;
  parse(answer: string): T | undefined;
  retry: string;
}

const PURPOSE: Question<InitAnswers["purpose"]> = {
  prompt: "What do you send? 1) recruiting messages  2) sales messages [1]: ",
  fallback: DEFAULT_ANSWERS.purpose,
  parse: (answer) => (/^(?:1|r|recruit(?:ing|er)?)$/i.test(answer) ? "recruiting" : /^(?:2|s|sales?)$/i.test(answer) ? "sales" : undefined),
  retry: "Please answer 1 (recruiting) or 2 (sales).",
};

const STRICT: Question<boolean> = {
  prompt: "Strict: raise every rule to error level, for teams that gate sends on a clean run? (y/N): ",
  fallback: DEFAULT_ANSWERS.strict,
  parse: (answer) => (/^(?:y|yes)$/i.test(answer) ? true : /^(?:n|no)$/i.test(answer) ? false : undefined),
  retry: "Please answer y or n.",
};

/** Reads answers line by line, so piped answers work as well as a terminal; end of input takes the defaults. */
async function ask(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<InitAnswers> {
  const reader = createInterface({ input, terminal: false });
  // Piped answers are not echoed by a terminal: echo them so the transcript reads as a dialogue.
  const echo = !(input as { isTTY?: boolean }).isTTY;
  const lines = reader[Symbol.asyncIterator]();
  const question = async <T>(q: Question<T>): Promise<T> => {
    output.write(q.prompt);
    for (;;) {
      const next = await lines.next();
      if (next.done) {
        output.write("\n");
        return q.fallback;
      }
      const answer = String(next.value).trim();
      if (echo) output.write(`${answer}\n`);
      if (answer === "") return q.fallback;
      const parsed = q.parse(answer);
      if (parsed !== undefined) return parsed;
      output.write(`${q.retry} ${q.prompt}`);
    }
  };
  try {
    const purpose = await question(PURPOSE);
    const strict = await question(STRICT);
    return { purpose, strict };
  } finally {
    reader.close();
  }
}
