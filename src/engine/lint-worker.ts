/**
 * A lint worker thread (`--concurrency`): builds its own session from the options the main thread
 * sent, lints the files it is given in batches, and posts back plain data. The main thread keeps
 * the batch rules, directives and grading, so results do not depend on how files were shared out.
 * Imported anywhere else (a tool that loads every module), it does nothing.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { LintOptions } from "../api.js";
import { lintJob, type Job, type JobOutcome } from "./job.js";
import { createSession } from "./session.js";

const setup = workerData as { options?: LintOptions } | null;
if (parentPort && setup?.options) {
  const port = parentPort;
  const session = createSession(setup.options);
  port.on("message", async (message: { jobs: Job[] }) => {
    const outcomes: JobOutcome[] = [];
    for (const job of message.jobs) outcomes.push(await lintJob(session, job));
    port.postMessage({ outcomes });
  });
  port.postMessage({ ready: true });
}
