import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { LintOptions } from "../api.js";
import { usageError } from "../errors.js";
import type { Job, JobOutcome } from "./job.js";

export type Concurrency = number | "auto" | "off";

/**
 * Files per thread below which another thread does not pay for itself: a worker starts in about
 * 0.1 s and takes about 0.25 s for its first 20 drafts (each thread compiles the code and the
 * regexes again), against 2.5 ms a draft once warm (docs/performance.md has the measurements).
 */
export const FILES_PER_THREAD = 100;

/** `--concurrency`: a thread count (1 = off), "auto" or "off". */
export function parseConcurrency(value: string): Concurrency {
  if (value === "auto" || value === "off") return value;
  if (/^[1-9]\d{0,2}$/.test(value)) return Number(value);
  throw usageError(`--concurrency: expected a number of threads, "auto" or "off", got '${value}'`);
}

/**
 * How many threads lint `fileCount` files: the number asked for, or for "auto" one per
 * FILES_PER_THREAD files, as ESLint's `--concurrency auto`, up to one less than the number of
 * cores. A single-threaded run already keeps a second core busy with V8's own threads (garbage
 * collection, optimizing compiler: 2.7 s of CPU in 1.8 s for 1,000 drafts on 2 cores), so on 2
 * cores a worker never shortened a run in our measurements and cost 15-40% more CPU.
 */
export function threadCount(concurrency: Concurrency | undefined, fileCount: number, cores = availableParallelism()): number {
  if (concurrency === undefined || concurrency === "off") return 1;
  const wanted = concurrency === "auto" ? Math.min(cores - 1, Math.floor(fileCount / FILES_PER_THREAD)) : concurrency;
  return Math.max(1, Math.min(wanted, fileCount));
}

const WORKER_URL = new URL("./lint-worker.js", import.meta.url);

/** The compiled worker script is there (not so when the sources run under a test runner). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

/** The options a worker needs to build the same session, if they can cross a thread boundary. */
export function workerOptions(options: LintOptions, cwd: string): LintOptions | null {
  const shared: LintOptions = {
    cwd,
    profile: options.profile,
    config: options.config,
    configLookup: options.configLookup,
    rules: options.rules,
    fix: options.fix,
    inlineConfig: options.inlineConfig,
    timing: options.timing,
    template: options.template,
  };
  try {
    return structuredClone(shared);
  } catch {
    // A config object holding functions (an inline plugin) stays on this thread.
    return null;
  }
}

/**
 * Lints `jobs` on `threads` threads: this one and `threads - 1` workers, taking batches from one
 * queue so a slow batch does not hold the others up. This thread yields between batches so the
 * workers are handed their next batch without waiting. A worker that fails (it cannot load, runs
 * out of memory) gives its batch back and this thread lints it: the outcomes are the same. They
 * come back in job order.
 */
export async function lintInThreads(jobs: readonly Job[], threads: number, options: LintOptions, lintHere: (job: Job) => Promise<JobOutcome>): Promise<JobOutcome[]> {
  const outcomes = new Array<JobOutcome>(jobs.length);
  // Small batches near the end keep threads finishing together; large ones cut messaging.
  const batchSize = Math.max(4, Math.min(32, Math.floor(jobs.length / (threads * 8))));
  const queue: number[][] = [];
  for (let start = 0; start < jobs.length; start += batchSize) queue.push(Array.from({ length: Math.min(batchSize, jobs.length - start) }, (_, i) => start + i));

  // Loaded here: most runs are single-threaded and need no thread machinery.
  const { Worker } = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  const workers: Array<InstanceType<typeof Worker>> = [];
  const settled = new Array<Promise<void>>();
  for (let i = 1; i < threads; i++) {
    let worker: InstanceType<typeof Worker>;
    try {
      worker = new Worker(WORKER_URL, { workerData: { options }, execArgv: workerExecArgv() });
    } catch {
      // No worker (a Node option workers refuse): this thread lints its share.
      continue;
    }
    workers.push(worker);
    settled.push(
      new Promise<void>((resolve) => {
        let current: number[] | null = null;
        const next = () => {
          current = queue.shift() ?? null;
          if (current) worker.postMessage({ jobs: current.map((index) => jobs[index]) });
          else resolve();
        };
        const giveBack = () => {
          if (current) queue.unshift(current);
          current = null;
          resolve();
        };
        worker.on("message", (message: { ready?: true; outcomes?: JobOutcome[] }) => {
          if (message.outcomes && current) current.forEach((index, i) => (outcomes[index] = message.outcomes![i]!));
          next();
        });
        worker.on("error", giveBack);
        worker.on("exit", giveBack);
      }),
    );
  }
  const lintBatches = async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      for (const index of batch) outcomes[index] = await lintHere(jobs[index]!);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await lintBatches();
    await Promise.all(settled);
    // Batches a failed worker gave back after this thread's queue ran dry.
    await lintBatches();
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}

/**
 * The parent's Node options without those about its own entry (`-e`, `-p`, `--input-type`): a
 * worker inherits them, and `--input-type` stops a worker file from loading.
 */
function workerExecArgv(): string[] {
  const args: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const arg = process.execArgv[i]!;
    if (["-e", "--eval", "-p", "--print"].includes(arg)) i++;
    else if (!/^--(?:input-type|eval|print)=/.test(arg)) args.push(arg);
  }
  return args;
}
