/**
 * Errors that end a run with exit code 2: bad usage, bad configuration, unreadable input.
 * Each renders as one line that names the file (and line, when known) and what is wrong.
 */
export type ProblemKind = "usage" | "config" | "input" | "profile";

export class InmailLintError extends Error {
  readonly kind: ProblemKind;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(kind: ProblemKind, message: string, options: { file?: string; line?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "InmailLintError";
    this.kind = kind;
    this.file = options.file;
    this.line = options.line;
  }

  /** `file:line: message`, the one line the CLI prints. */
  toLine(): string {
    if (!this.file) return this.message;
    return this.line ? `${this.file}:${this.line}: ${this.message}` : `${this.file}: ${this.message}`;
  }
}

export const usageError = (message: string) => new InmailLintError("usage", message);
export const configError = (file: string | undefined, message: string, line?: number) =>
  new InmailLintError("config", message, { file, line });
export const inputError = (file: string | undefined, message: string, line?: number) =>
  new InmailLintError("input", message, { file, line });
export const profileError = (file: string | undefined, message: string, line?: number) =>
  new InmailLintError("profile", message, { file, line });
