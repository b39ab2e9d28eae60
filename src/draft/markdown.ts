import type { Directive, DirectiveKind, Link, Span } from "../types.js";

/**
 * A light, linear Markdown pass over the message body. It does not build a tree: it blanks
 * what is not prose (so offsets stay those of the file) and records links, list items,
 * headings and inline directives on the way. Drafts are short plain messages; a full
 * CommonMark parser would cost start-up time for syntax outreach never uses.
 */
export interface MarkdownScan {
  /** `source` with non-prose blanked to spaces (line breaks kept). */
  prose: string;
  links: Link[];
  /** Offsets of lines that are list items (after the marker was blanked). */
  listItemLines: Set<number>;
  headingLines: Set<number>;
  directives: Directive[];
}

const SPACE = 0x20;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * The text being blanked, as UTF-16 code units: blanking a span writes numbers in place, where an
 * array of one-character strings cost a split and a join per pass (about 7% of a 1,000-draft run).
 * Node's "utf16le" codec copies code units as they are (lone surrogates included), so text and
 * units convert both ways exactly; on a big-endian machine the units are copied one by one.
 */
type CodeUnits = Uint16Array;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function codeUnitsOf(source: string): CodeUnits {
  const bytes = Buffer.from(source, "utf16le");
  if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, source.length);
  const units = new Uint16Array(source.length);
  for (let i = 0; i < source.length; i++) units[i] = source.charCodeAt(i);
  return units;
}

function textOf(units: CodeUnits): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString("utf16le");
  let text = "";
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]);
  return text;
}

/** Replaces [start, end) with spaces, keeping line breaks, so positions do not move. */
function blank(chars: CodeUnits, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const c = chars[i];
    if (c !== LINE_FEED && c !== CARRIAGE_RETURN) chars[i] = SPACE;
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const QUOTE = /^ {0,3}(?:>[ \t]?)+/;
const LIST_ITEM = /^ {0,6}(?:[-*+•]|\d{1,9}[.)])[ \t]+(?=\S)/;
const RULE_LINE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LINK_DEFINITION = /^ {0,3}\[([^\]\n]{1,200})\]:[ \t]*<?([^\s<>]{1,2000})>?.*$/;
const MARKDOWN_LINK = /(!?)\[([^\[\]\n]{0,500})\]\([ \t]*<?([^\s()<>]{1,2000})>?(?:[ \t]+"[^"\n]{0,500}")?[ \t]*\)/g;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s<>]{1,2000})>/gi;
const HTML_TAG = /<\/?(?:a|abbr|b|blockquote|br|center|code|div|em|font|h[1-6]|hr|i|img|li|ol|p|pre|s|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)\b[^<>\n]{0,500}>/gi;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()\[\]"'`]{1,2000}/gi;
/** Domains written without a scheme ("acme.io/jobs"): common TLDs only, to avoid "e.g." or "Node.js". */
const BARE_DOMAIN =
  /\b(?<![@/.\w-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}\.(?:com|org|net|io|ai|co|dev|app|jobs|careers|tech|us|uk|de|fr|ca|eu|me|ly|gl|gg|xyz|info|biz|health|so|vc)\b(?:\/[^\s<>()\[\]"'`]{0,2000})?/gi;
const INLINE_EMPHASIS_OPEN = /(^|[\s(\["'])(\*{1,3}|_{1,3})(?=[^\s*_|])/g;
// Not after a backslash: "\\*" is an escaped, literal star.
const INLINE_EMPHASIS_CLOSE = /([^\s*_|\\])(\*{1,3}|_{1,3})(?=$|[\s).,;:!?"'\]])/g;
const DIRECTIVE = /^\s*inmail-lint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;
// The look-behind starts a match only where the run of punctuation starts: linear on long runs.
const TRAILING_URL_PUNCTUATION = /(?<![.,;:!?)\]'"’”])[.,;:!?)\]'"’”]+$/;

export function scanMarkdown(source: string, body: Span, positionLine: (offset: number) => number): MarkdownScan {
  const chars = codeUnitsOf(source);
  blank(chars, 0, body.start);
  const links: Link[] = [];
  // Offsets inside a link (1 Markdown, 2 bare URL): O(1) overlap checks, so 40,000 URLs stay linear.
  const linked = new Uint8Array(source.length + 1);
  const covered = (span: Span) => {
    for (let i = span.start; i < span.end; i++) if (linked[i]) return true;
    return false;
  };
  const addLink = (link: Link) => {
    links.push(link);
    linked.fill(link.markdown ? 1 : 2, link.span.start, link.span.end);
  };
  const listItemLines = new Set<number>();
  const headingLines = new Set<number>();
  const directives: Directive[] = [];

  blankCommentsAndCode(source, chars, body, directives, positionLine);

  // Line-level constructs on the partly blanked text.
  let text = textOf(chars);
  let lineStart = body.start;
  while (lineStart <= source.length && lineStart < body.end) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    const definition = LINK_DEFINITION.exec(line);
    if (RULE_LINE.test(line) && line.trim() !== "") {
      blank(chars, lineStart, lineEnd);
    } else if (definition) {
      const url = definition[2]!;
      const urlStart = lineStart + line.indexOf(url, definition[1]!.length + 2);
      addLink(makeLink(url, definition[1]!, { start: lineStart, end: lineStart + line.length }, { start: urlStart, end: urlStart + url.length }, true));
      blank(chars, lineStart, lineEnd);
    } else {
      let offset = 0;
      const quote = QUOTE.exec(line);
      if (quote) {
        blank(chars, lineStart, lineStart + quote[0].length);
        offset = quote[0].length;
      }
      const rest = line.slice(offset);
      const heading = HEADING.exec(rest);
      const item = LIST_ITEM.exec(rest);
      if (heading) {
        blank(chars, lineStart + offset, lineStart + offset + heading[0].length);
        headingLines.add(lineStart);
      } else if (item) {
        blank(chars, lineStart + offset, lineStart + offset + item[0].length);
        listItemLines.add(lineStart);
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }

  text = textOf(chars);
  // Markdown links: keep the text, blank the syntax and the URL, remember the link.
  for (const match of matchesIn(text, MARKDOWN_LINK, body)) {
    const [whole, bang, label, url] = match as unknown as [string, string, string, string];
    const start = match.index;
    const urlStart = start + whole.indexOf(url, label.length + 2 + bang.length);
    const span = { start, end: start + whole.length };
    if (bang) {
      blank(chars, span.start, span.end);
      continue;
    }
    addLink(makeLink(url, label, span, { start: urlStart, end: urlStart + url.length }, true));
    blank(chars, start, start + 1 + bang.length);
    blank(chars, start + 1 + bang.length + label.length, span.end);
  }
  for (const match of matchesIn(text, AUTOLINK, body)) {
    const url = match[1]!;
    const start = match.index;
    if (covered({ start, end: start + match[0].length })) continue;
    addLink(makeLink(url, url, { start, end: start + match[0].length }, { start: start + 1, end: start + 1 + url.length }, false));
    chars[start] = SPACE;
    chars[start + match[0].length - 1] = SPACE;
  }
  for (const match of matchesIn(text, HTML_TAG, body)) blank(chars, match.index, match.index + match[0].length);

  text = textOf(chars);
  for (const pattern of [BARE_URL, BARE_DOMAIN]) {
    for (const match of matchesIn(text, pattern, body)) {
      const url = match[0].replace(TRAILING_URL_PUNCTUATION, "");
      if (url.length < 4) continue;
      // "ASP.NET" is a technology, not a domain: a scheme-less domain has a lower-case TLD.
      if (pattern === BARE_DOMAIN && /[A-Z]/.test(/\.([A-Za-z]+)(?:\/|$)/.exec(url)?.[1] ?? "")) continue;
      const span = { start: match.index, end: match.index + url.length };
      if (covered(span)) continue;
      addLink(makeLink(url, url, span, span, false));
    }
  }
  links.sort((a, b) => a.span.start - b.span.start);

  // Inside a bare URL, `_` and `*` are part of the address, not emphasis.
  blankEmphasis(text, chars, body, (offset) => linked[offset] === 2);
  return { prose: textOf(chars), links, listItemLines, headingLines, directives };
}

function blankCommentsAndCode(
  source: string,
  chars: CodeUnits,
  body: Span,
  directives: Directive[],
  positionLine: (offset: number) => number,
): void {
  // HTML comments first: they may hold directives and may contain backticks.
  for (let open = source.indexOf("<!--", body.start); open !== -1 && open < body.end; open = source.indexOf("<!--", open + 4)) {
    const close = source.indexOf("-->", open + 4);
    const end = close === -1 ? body.end : close + 3;
    const directive = parseDirective(source.slice(open + 4, close === -1 ? body.end : close), { start: open, end }, positionLine(open));
    if (directive) directives.push(directive);
    blank(chars, open, end);
    if (close === -1) break;
    open = end - 4;
  }
  // Fenced code blocks, line by line, as they read once comments are blanked.
  const uncommented = textOf(chars);
  let fence: string | null = null;
  let lineStart = body.start;
  while (lineStart < body.end) {
    const newline = source.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const line = uncommented.slice(lineStart, lineEnd);
    const marker = FENCE.exec(line);
    if (fence) {
      const closes = marker && marker[1]![0] === fence[0] && marker[1]!.length >= fence.length && line.trim().length === marker[0].trim().length;
      blank(chars, lineStart, lineEnd);
      if (closes) fence = null;
    } else if (marker) {
      fence = marker[1]!;
      blank(chars, lineStart, lineEnd);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  // Inline code: a run of N backticks up to the next run of exactly N.
  const text = textOf(chars);
  let index = text.indexOf("`", body.start);
  while (index !== -1 && index < body.end) {
    let runEnd = index;
    while (text[runEnd] === "`") runEnd++;
    const run = runEnd - index;
    let search = runEnd;
    let closing = -1;
    while (search < body.end) {
      const next = text.indexOf("`", search);
      if (next === -1 || next >= body.end) break;
      let nextEnd = next;
      while (text[nextEnd] === "`") nextEnd++;
      if (nextEnd - next === run) {
        closing = nextEnd;
        break;
      }
      search = nextEnd;
    }
    if (closing === -1) {
      index = text.indexOf("`", runEnd);
      continue;
    }
    blank(chars, index, closing);
    index = text.indexOf("`", closing);
  }
}

function blankEmphasis(text: string, chars: CodeUnits, body: Span, insideUrl: (offset: number) => boolean): void {
  for (const match of matchesIn(text, INLINE_EMPHASIS_OPEN, body)) {
    const start = match.index + match[1]!.length;
    if (!insideUrl(start)) blank(chars, start, start + match[2]!.length);
  }
  for (const match of matchesIn(text, INLINE_EMPHASIS_CLOSE, body)) {
    const start = match.index + match[1]!.length;
    if (!insideUrl(start)) blank(chars, start, start + match[2]!.length);
  }
  // Backslash escapes: the backslash is syntax, the character is prose.
  for (let i = text.indexOf("\\", body.start); i !== -1 && i < body.end; i = text.indexOf("\\", i + 2)) {
    if (/[\\`*_{}\[\]()#+\-.!|<>~]/.test(text[i + 1] ?? "")) chars[i] = SPACE;
  }
}

function* matchesIn(text: string, pattern: RegExp, body: Span): Generator<RegExpExecArray> {
  pattern.lastIndex = body.start;
  for (let match = pattern.exec(text); match !== null && match.index < body.end; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++;
    yield match;
  }
}

function makeLink(url: string, text: string, span: Span, urlSpan: Span, markdown: boolean): Link {
  return { url, host: hostOf(url), text, span, urlSpan, markdown };
}

export function hostOf(url: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
  try {
    return new URL(withScheme).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return "";
  }
}

function parseDirective(comment: string, span: Span, line: number): Directive | null {
  const match = DIRECTIVE.exec(comment);
  if (!match) return null;
  const kind = match[1] as DirectiveKind;
  const [ruleText, ...reasonParts] = match[2]!.split(/\s--\s/);
  const rules = (ruleText ?? "")
    .split(",")
    .map((rule) => rule.trim())
    .filter((rule) => rule.length > 0);
  const reason = reasonParts.length > 0 ? reasonParts.join(" -- ").trim() || null : null;
  return { kind, rules, reason, span, line };
}
