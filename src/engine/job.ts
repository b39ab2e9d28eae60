import { InmailLintError, type ProblemKind } from "../errors.js";
import { readTextFile } from "../files/read.js";
import { lintDraft, runData, type DraftRunData } from "./lint.js";
import type { Session } from "./session.js";

/** One file to lint, as the main thread hands it to a thread: plain data. */
export interface Job {
  filePath: string;
  /** The date the main thread resolved for this file's config, so no thread sees another day at midnight. */
  today: string;
}

/** An error thrown while linting a file, as plain data that crosses a thread boundary. */
export type JobError = { kind: ProblemKind; message: string; file?: string; line?: number } | { internal: string; stack?: string };

export type JobOutcome = { run: DraftRunData } | { error: JobError };

/** Reads, parses and lints one file (fixing it when the session fixes): what a worker does per file. */
export async function lintJob(session: Session, job: Job): Promise<JobOutcome> {
  try {
    const text = readTextFile(job.filePath, "draft");
    const target = await session.target(job.filePath, text);
    return { run: runData(lintDraft({ ...target, config: { ...target.config, today: job.today } }, session.runOptions)) };
  } catch (error) {
    return { error: toJobError(error) };
  }
}

function toJobError(error: unknown): JobError {
  if (error instanceof InmailLintError) return { kind: error.kind, message: error.message, file: error.file, line: error.line };
  const err = error as Error;
  return { internal: err?.message ?? String(error), stack: err?.stack };
}

/** The error again, on the main thread: an InmailLintError as the single-threaded run would have thrown it. */
export function fromJobError(error: JobError): Error {
  if ("internal" in error) {
    const rebuilt = new Error(error.internal);
    if (error.stack) rebuilt.stack = error.stack;
    return rebuilt;
  }
  return new InmailLintError(error.kind, error.message, { file: error.file, line: error.line });
}
