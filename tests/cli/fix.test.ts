import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_PLUGIN, isolatedConfig, jsonResults, project, runCli } from "./helpers.js";

const exampleConfig = isolatedConfig({ "example/no-double-space": "warn", "example/prefer-plain-words": "warn" });

/** Fixers built to exercise the engine: overlapping fixes, one fix per pass, endless fixes, a front-matter breaker. */
const fixers = `
const rule = (messages, check) => ({ meta: { fixable: true, messages }, check });
const replaceFirst = (context, find, text) => {
  const start = context.draft.source.indexOf(find, context.draft.body.start);
  if (start === -1) return;
  const span = { start, end: start + find.length };
  context.report({ messageId: "m", span, fix: { span, text } });
};
export default {
  meta: { name: "fixers" },
  rules: {
    "employ": rule({ m: "utilize -> employ" }, (context) => replaceFirst(context, "utilize", "employ")),
    "use-the": rule({ m: "utilize the -> use the" }, (context) => replaceFirst(context, "utilize the", "use the")),
    "one-bang-per-pass": rule({ m: "!! -> !" }, (context) => replaceFirst(context, "!!", "!")),
    "forever": rule({ m: "append +" }, (context) => {
      const end = context.draft.source.length;
      context.report({ messageId: "m", span: { start: end, end }, fix: { span: { start: end, end }, text: "+" } });
    }),
    "add-ps": rule({ m: "add a P.S." }, (context) => {
      if (context.draft.source.includes("P.S.")) return;
      const end = context.draft.source.length;
      context.report({ messageId: "m", span: { start: end, end }, fix: { span: { start: end, end }, text: "P.S. Thanks.\\n" } });
    }),
    "break-front-matter": rule({ m: "breaks YAML" }, (context) => {
      const start = context.draft.source.indexOf("subject: ");
      if (start === -1) return;
      const span = { start, end: start + 9 };
      context.report({ messageId: "m", span, fix: { span, text: "subject: [" } });
    }),
  },
};
`;

function fixProject(rules: Record<string, string>, draft: string | Buffer) {
  const dir = project({ ".inmail-lintrc.json": { extends: [], plugins: [EXAMPLE_PLUGIN, "./fixers.js"], rules }, "fixers.js": fixers });
  writeFileSync(join(dir, "draft.md"), draft);
  return dir;
}
const read = (dir: string) => readFileSync(join(dir, "draft.md"), "utf8");
const inode = (dir: string) => statSync(join(dir, "draft.md")).ino;

describe("--fix", () => {
  const draft = "Hi Jane,\n\nI want to utilize your  skills and leverage your network.\n";

  it("writes the fixed text atomically (a new file renamed over the old one, no temp file left)", () => {
    const dir = project({ ".inmail-lintrc.json": exampleConfig, "draft.md": draft });
    const before = inode(dir);
    const run = runCli(["draft.md", "--fix", "-f", "json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(read(dir)).toBe("Hi Jane,\n\nI want to use your skills and leverage your network.\n");
    expect(inode(dir)).not.toBe(before);
    expect(readdirSync(dir).sort()).toEqual([".inmail-lintrc.json", "draft.md"]);
    // What is left is what cannot be fixed; suggestions are never applied.
    const [result] = jsonResults(run);
    expect(result!.messages.map((message) => message.messageId)).toEqual(["leverage"]);
    expect((result!.messages[0]!.suggestions as unknown[]).length).toBe(2);
  });

  it("changes nothing the second time, and never writes an unchanged file", () => {
    const dir = project({ ".inmail-lintrc.json": exampleConfig, "draft.md": draft });
    runCli(["draft.md", "--fix"], { cwd: dir });
    const fixed = read(dir);
    const after = inode(dir);
    const mtime = statSync(join(dir, "draft.md")).mtimeMs;
    expect(runCli(["draft.md", "--fix"], { cwd: dir }).code).toBe(0);
    expect(read(dir)).toBe(fixed);
    expect(inode(dir)).toBe(after);
    expect(statSync(join(dir, "draft.md")).mtimeMs).toBe(mtime);
  });

  it("keeps the byte order mark and CRLF line endings, including in inserted text", () => {
    const dir = fixProject({ "example/no-double-space": "warn", "example/prefer-plain-words": "warn", "fixers/add-ps": "warn" }, "\uFEFFHi Jane,\r\n\r\nWe utilize  Go.\r\n");
    runCli(["draft.md", "--fix"], { cwd: dir });
    expect(readFileSync(join(dir, "draft.md"), "utf8")).toBe("\uFEFFHi Jane,\r\n\r\nWe use Go.\r\nP.S. Thanks.\r\n");
  });

  it("applies fixes in passes until nothing changes", () => {
    const dir = fixProject({ "fixers/one-bang-per-pass": "warn" }, "Hi Jane,\n\nWow!!!!\n");
    runCli(["draft.md", "--fix"], { cwd: dir });
    expect(read(dir)).toBe("Hi Jane,\n\nWow!\n");
  });

  it("defers an overlapping fix to the next pass instead of merging it", () => {
    const dir = fixProject({ "fixers/employ": "warn", "fixers/use-the": "warn" }, "Hi Jane,\n\nWe utilize the tool.\n");
    runCli(["draft.md", "--fix"], { cwd: dir });
    // The shorter fix goes first; the overlapping one no longer applies after re-linting.
    expect(read(dir)).toBe("Hi Jane,\n\nWe employ the tool.\n");
  });

  it("stops after 10 passes", () => {
    const dir = fixProject({ "fixers/forever": "warn" }, "Hi Jane,\n");
    runCli(["draft.md", "--fix"], { cwd: dir });
    expect(read(dir)).toBe(`Hi Jane,\n${"+".repeat(10)}`);
  });

  it("never writes a file whose front matter does not parse", () => {
    const broken = "---\nsubject: [unclosed\n---\nHi Jane,\n\nWe utilize Go.\n";
    const dir = project({ ".inmail-lintrc.json": exampleConfig, "draft.md": broken });
    const run = runCli(["draft.md", "--fix"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^inmail-lint: draft\.md:\d+: invalid YAML front matter/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(read(dir)).toBe(broken);
  });

  it("drops a fix that would break the front matter", () => {
    const text = "---\nsubject: Hello\n---\nHi Jane,\n\nWe meet.\n";
    const dir = fixProject({ "fixers/break-front-matter": "warn" }, text);
    const before = inode(dir);
    expect(runCli(["draft.md", "--fix"], { cwd: dir }).code).toBe(0);
    expect(read(dir)).toBe(text);
    expect(inode(dir)).toBe(before);
  });

  it("does not apply the fixes of problems an inline directive suppresses", () => {
    const text = "Hi Jane,\n\n<!-- inmail-lint-disable-next-line example/prefer-plain-words -->\nWe utilize  Go.\n";
    const dir = project({ ".inmail-lintrc.json": exampleConfig, "draft.md": text });
    runCli(["draft.md", "--fix"], { cwd: dir });
    expect(read(dir)).toBe(text.replace("utilize  Go", "utilize Go"));
  });

  it("cannot be used with --stdin", () => {
    const run = runCli(["--stdin", "--fix"], { cwd: project({}), input: "Hi\n" });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("inmail-lint: --fix cannot write to standard input; use --fix-dry-run\n");
  });
});

describe("--fix-dry-run", () => {
  const draft = "Hi Jane,\n\nWe utilize Go.\nThe team is  small.\nThanks.\n";

  it("writes nothing and previews the change as a unified diff in the stylish report", () => {
    const dir = project({ ".inmail-lintrc.json": exampleConfig, "draft.md": draft });
    const run = runCli(["draft.md", "--fix-dry-run"], { cwd: dir });
    expect(read(dir)).toBe(draft);
    expect(run.stdout).toContain(["  --fix would change:", "    @@ -3,2 +3,2 @@", "    -We utilize Go.", "    -The team is  small.", "    +We use Go.", "    +The team is small."].join("\n"));
  });

  it("carries the fixed text as `output` in JSON, as ESLint does", () => {
    const dir = project({ ".inmail-lintrc.json": exampleConfig, "draft.md": draft });
    const [result] = jsonResults(runCli(["draft.md", "--fix-dry-run", "-f", "json"], { cwd: dir }));
    expect(result!.output).toBe("Hi Jane,\n\nWe use Go.\nThe team is small.\nThanks.\n");
    expect(result!.messages).toEqual([]);
    expect(read(dir)).toBe(draft);
  });

  it("works on standard input", () => {
    const dir = project({ ".inmail-lintrc.json": exampleConfig });
    const [result] = jsonResults(runCli(["--stdin", "--fix-dry-run", "-f", "json"], { cwd: dir, input: draft }));
    expect(result!.output).toBe("Hi Jane,\n\nWe use Go.\nThe team is small.\nThanks.\n");
  });
});
