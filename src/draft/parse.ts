import type { Draft, NamedSpan, Span } from "../types.js";
import { emptyMetadata, extractFrontMatter, parseFrontMatter, type DraftMetadata } from "./front-matter.js";
import { scanMarkdown } from "./markdown.js";
import { createPositionMapper } from "./positions.js";
import { segment, tokenizeSubject } from "./segment.js";

/** "Subject: ..." with its value; surrounding blanks are trimmed in code (a lazy value before `[ \t]*$` is quadratic). */
const SUBJECT_LINE = /^[ \t]*subject:([^\n]*)$/i;

/** What a caller knows better than the front matter (`--template`; a campaign rendering is no template). */
export interface DraftOverrides {
  template?: boolean;
}

/**
 * Text in, `Draft` out: the one place a draft is parsed. Every rule reads the result.
 * Throws an InmailLintError (exit 2) only for front matter that cannot be read.
 */
export function parseDraft(text: string, filePath?: string, overrides: DraftOverrides = {}): Draft {
  const bom = text.charCodeAt(0) === 0xfeff;
  const source = bom ? text.slice(1) : text;
  const lineEnding = source.includes("\r\n") ? "\r\n" : "\n";
  const positionAt = createPositionMapper(source);

  let meta: DraftMetadata = emptyMetadata();
  let frontMatter: Draft["frontMatter"] = null;
  let subject: NamedSpan | null = null;
  let bodyStart = 0;

  const extracted = extractFrontMatter(source, filePath);
  if (extracted) {
    const parsed = parseFrontMatter(extracted.yaml, filePath);
    meta = parsed.meta;
    frontMatter = { data: parsed.data, span: extracted.block.span };
    bodyStart = extracted.block.span.end;
    if (meta.subject !== null) subject = locateFrontMatterSubject(source, extracted.block.span, meta.subject);
  }

  // Without a subject in front matter, a first line "Subject: ..." is the subject.
  if (subject === null) {
    const firstLine = firstNonBlankLine(source, bodyStart);
    if (firstLine) {
      const line = source.slice(firstLine.start, firstLine.end);
      const match = SUBJECT_LINE.exec(line);
      if (match) {
        const value = trimmedValue(line, line.length - match[1]!.length);
        subject = { text: value.text, span: { start: firstLine.start + value.start, end: firstLine.start + value.start + value.text.length } };
        bodyStart = firstLine.end < source.length ? firstLine.end + 1 : firstLine.end;
      }
    }
  }

  const body: Span = { start: bodyStart, end: source.length };
  const lineOf = (offset: number) => positionAt(offset).line;
  const scan = scanMarkdown(source, body, lineOf);
  const segments = segment(scan.prose, body, scan.links, scan.listItemLines, scan.headingLines);

  return {
    filePath,
    source,
    bom,
    lineEnding,
    frontMatter,
    subject,
    subjectWords: subject ? tokenizeSubject(source, subject.span) : [],
    kind: meta.kind,
    template: overrides.template ?? meta.template,
    history: meta.history,
    date: meta.date,
    profilePath: meta.profilePath,
    body,
    prose: scan.prose,
    paragraphs: segments.paragraphs,
    sentences: segments.sentences,
    words: segments.words,
    links: scan.links,
    greeting: segments.greeting,
    signOff: segments.signOff,
    messageLength: messageLength(scan.prose, body, scan.links),
    positionAt,
    directives: scan.directives,
  };
}

function firstNonBlankLine(source: string, from: number): Span | null {
  let start = from;
  while (start < source.length) {
    const newline = source.indexOf("\n", start);
    const end = newline === -1 ? source.length : newline;
    if (source.slice(start, end).trim() !== "") return { start, end };
    if (newline === -1) return null;
    start = newline + 1;
  }
  return null;
}

/**
 * Points the subject at its value inside the front matter, so problems land on that line: the
 * text between the quotes of a quoted value (escapes make `text` differ from the source there),
 * or the first line of a block scalar; the `---` line when the key cannot be found.
 */
function locateFrontMatterSubject(source: string, block: Span, subject: string): NamedSpan {
  const blockText = source.slice(block.start, block.end);
  const keyLine = /^subject:([^\n]*)$/m.exec(blockText);
  const value = keyLine ? trimmedValue(keyLine[0], "subject:".length) : null;
  if (keyLine && value && value.text !== "") {
    // A plain value ends before a YAML comment: "subject: Hello # note" is "Hello".
    const comment = /^['"]/.test(value.text) ? -1 : value.text.search(/[ \t]#/);
    const raw = comment === -1 ? value.text : value.text.slice(0, comment).trimEnd();
    const quoted = raw.length >= 2 && /^(['"]).*\1$/.test(raw);
    const valueStart = block.start + keyLine.index + value.start + (quoted ? 1 : 0);
    return { text: subject, span: { start: valueStart, end: valueStart + (quoted ? raw.length - 2 : raw.length) } };
  }
  return { text: subject, span: { start: block.start, end: block.start + 3 } };
}

/** The value of a "key: value" line from `from`, without the blanks and `\r` around it, and where it starts. */
function trimmedValue(line: string, from: number): { text: string; start: number } {
  let start = from;
  let end = line.length;
  while (start < end && (line[start] === " " || line[start] === "\t")) start++;
  while (end > start && (line[end - 1] === " " || line[end - 1] === "\t" || line[end - 1] === "\r")) end--;
  return { text: line.slice(start, end), start };
}

/**
 * Characters the recipient sees: body prose with whitespace runs collapsed (a paragraph
 * break counts as two), plus the URL of each Markdown link, which is pasted when sending.
 */
function messageLength(prose: string, body: Span, links: Draft["links"]): number {
  const text = prose
    .slice(body.start, body.end)
    .replace(/\r/g, "")
    .replace(/[ \t]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const urls = links.filter((link) => link.markdown).reduce((sum, link) => sum + link.url.length + 1, 0);
  return text.length + urls;
}
