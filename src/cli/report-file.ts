import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InmailLintError } from "../errors.js";

/** `-o, --output-file`: writes a report, creating folders; a failure is one line naming the file. */
export function writeReportFile(cwd: string, outputFile: string, report: string): void {
  const target = resolve(cwd, outputFile);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, report);
  } catch (error) {
    throw new InmailLintError("input", `cannot write report: ${(error as Error).message}`, { file: outputFile });
  }
}
