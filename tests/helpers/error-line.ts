/** The one line the CLI would print for the error `run` throws (InmailLintError.toLine); fails when nothing is thrown. */
export function errorLine(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as { toLine(): string }).toLine();
  }
  throw new Error("expected an error");
}
