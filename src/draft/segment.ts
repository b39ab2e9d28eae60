import type { Greeting, Link, NamedSpan, Sentence, SignOff, Span, Word, WordKind } from "../types.js";

/** Structure of the body: paragraphs, greeting, sign-off, sentences and words, computed once. */
export interface Segments {
  paragraphs: Span[];
  greeting: Greeting | null;
  signOff: SignOff | null;
  sentences: Sentence[];
  words: Word[];
}

interface Line {
  start: number;
  /** End of the line's text, before any `\r`. */
  end: number;
  text: string;
  blank: boolean;
  listItem: boolean;
  heading: boolean;
}

const SALUTATION = /^(hi|hello|hey|heya|hiya|howdy|dear|greetings|good (?:morning|afternoon|evening|day)|hallo|hola|bonjour)(?![\p{L}\p{N}])/iu;
const TO_WHOM = /^to whom it may concern\b/i;
/**
 * One word of an addressee: an honorific or an initial with its period ("Dr.", "Q."), a name
 * ("O'Brien", "Anne-Marie", "Sir/Madam"), a GitHub handle ("@octocat"), or a merge field ("{{first_name}}", "[Name]", "*|FNAME|*").
 */
const NAME_WORD =
  String.raw`(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Mme|Fr)\.|\p{Lu}\.(?=[ \t])|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’/&-]{0,40}|@[\w-]{1,39}|\{\{[^{}\n]{1,40}\}\}|\{[^{}\n]{1,40}\}|\[[^\[\]\n]{1,30}\]|<[^<>\n]{1,30}>|%[^%\n]{1,30}%|\*\|[^|\n]{1,30}\|\*)`;
/** Up to five name words after the salutation, ending at punctuation, a dash, an emoji or the line's end. */
const GREETING_NAME = new RegExp(
  String.raw`^[ \t]+(${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,4})[ \t]*(?=[,!:;.?—–]|-(?:[ \t]|$)|\p{Extended_Pictographic}|$)`,
  "u",
);
/** A GitHub handle right after the salutation, with the sentence going on after it. */
const RUN_ON_HANDLE = /^[ \t]+(@[\w-]{1,39})(?=[ \t]+\p{Ll})/u;
/** "Hi, Jane,": after a comma only a capitalised name or a merge field counts ("Hi, hope you're well" greets no one). */
const COMMA_THEN_NAME = new RegExp(String.raw`^[ \t]*,(?=[ \t]+(?:\p{Lu}|[{\[<%*]))`, "u");
/** What closes a greeting: punctuation, a spaced dash, or a wave emoji. */
const GREETING_END = /^[ \t]*(?:(?:\p{Extended_Pictographic}|\uFE0F|\u200D){1,10}[ \t]*)?(?:[,!:;.—–]{1,3}|-(?=[ \t]|$))?/u;
const BARE_NAME_GREETING = /^((?:[\p{Lu}][\p{L}'’.-]*|\{\{[^{}\n]{1,40}\}\}|\[[^\[\]\n]{1,30}\]|<[^<>\n]{1,30}>|%[^%\n]{1,30}%|\*\|[^|\n]{1,30}\|\*)(?:[ \t]+[\p{Lu}][\p{L}'’.-]*){0,2})[ \t]*[,:!—–-][ \t]*$/u;
const GENERIC_NAMES = new Set([
  "", "there", "all", "everyone", "everybody", "team", "folks", "friend", "friends", "sir", "madam", "sir/madam", "sir or madam",
  "madam/sir", "hiring manager", "recruiter", "candidate", "connection", "colleague", "professional", "you", "guys", "y'all",
  "a todos", "a todas", "a todxs", "à tous", "zusammen",
]);
/** Words that start a sentence rather than a name: "Hi I'm Tom" greets no one by name. */
const NOT_A_NAME = /^(?:i|i'm|i’m|im|my|we|we're|this|it|its|it's|just|hope|how|thanks|thank|quick|so|and|our|sorry|let|long|happy|welcome)$/i;
const CLOSING =
  /^(?:best(?: regards| wishes)?|regards|kind regards|warm regards|warmest regards|warmly|cheers|thanks(?: again| so much| a lot| in advance)?|thank you(?: so much| again)?|many thanks|sincerely(?: yours)?|yours(?: truly| sincerely| faithfully)?|all the best|talk soon|speak soon|take care|respectfully|cordially|with gratitude|looking forward|thx|ta)[ \t]*[,.!—–-]?/i;
const NAME_LINE = /^(?:[-–—~][ \t]*)?[\p{Lu}][\p{L}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}'’.-]*){0,3}[ \t]*$/u;
const PLACEHOLDER_NAME_LINE = /^(?:\[[^\[\]\n]{1,30}\]|\{\{[^{}\n]{1,40}\}\}|<[A-Z][A-Za-z _]{1,30}>)[ \t]*$/;

/** Abbreviations a sentence never ends on ("Dr. Smith", "e.g. this"), compared lower-cased. */
const NEVER_ENDS = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "st", "mt", "vs", "e.g", "i.e", "cf", "approx", "dept", "fig"]);
/** Abbreviations that end a sentence only when a capital follows ("Acme Inc. We build", "at 3 p.m. Does"). */
const MAY_END = new Set(["etc", "inc", "ltd", "co", "corp", "llc", "jr", "sr", "a.m", "p.m", "ph.d", "approx"]);
/** "No. 5" and "ca. 1990" abbreviate only before a number; "say no. Thanks" and "Fresno, CA. The" end sentences. */
const BEFORE_NUMBER = new Set(["no", "ca", "nr"]);
/** Dotted abbreviations like "U.S." or "p.m." (letters joined by periods). */
const DOTTED = /^(?:\p{L}\.){1,4}\p{L}$/u;

const TOKEN =
  /\{\{[^{}\n]{1,80}\}\}|\{[A-Za-z_][\w. -]{0,40}\}|\[[^\[\]\n]{1,60}\]|<[A-Z][A-Za-z_ ]{0,30}>|%[A-Z][A-Z_]{0,30}%|\*\|[A-Z_0-9]{1,30}\|\*|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|@[\w-]{1,40}|[\p{L}\p{M}\p{N}]+(?:['’\-.&][\p{L}\p{M}\p{N}]+)*%?/gu;
const NUMBER = /^\d[\d,.]*$|^\d+(?:k|m|%|st|nd|rd|th|s)$/i;

export function segment(prose: string, body: Span, links: Link[], listItemLines: Set<number>, headingLines: Set<number>): Segments {
  const lines = splitLines(prose, body, listItemLines, headingLines);
  const paragraphs = findParagraphs(lines);
  const greeting = findGreeting(prose, lines);
  const signOff = findSignOff(lines, greeting);
  const sentences: Sentence[] = [];
  const words: Word[] = [];

  const addSentence = (span: Span, role: Sentence["role"]) => {
    const trimmed = trimSpan(prose, span);
    if (trimmed.start >= trimmed.end) return;
    const text = prose.slice(trimmed.start, trimmed.end);
    const firstWord = words.length;
    tokenize(prose, trimmed, links, sentences.length, words);
    sentences.push({
      text,
      span: trimmed,
      firstWord,
      wordCount: words.length - firstWord,
      paragraph: paragraphIndex(paragraphs, trimmed.start),
      role,
      endsWithQuestion: /\?[\s"'’”)\]\p{Extended_Pictographic}]*$/u.test(text),
    });
  };

  const bodyEnd = signOff ? signOff.span.start : body.end;
  const bodyStart = greeting ? greeting.span.end : body.start;
  if (greeting) addSentence(greeting.span, "greeting");
  for (const line of lines) {
    if (line.blank) continue;
    const start = Math.max(line.start, bodyStart);
    const end = Math.min(line.end, bodyEnd);
    if (start >= end) continue;
    if (line.heading) addSentence({ start, end }, "heading");
  }
  const lineAt = new Map(lines.map((line) => [line.start, line]));
  for (const region of proseRegions(lines, bodyStart, bodyEnd)) {
    for (const [span, role] of splitSentences(prose, region, lines, lineAt, links)) addSentence(span, role);
  }
  if (signOff) {
    for (const line of lines) {
      if (line.blank || line.end <= signOff.span.start || line.start >= signOff.span.end) continue;
      addSentence({ start: Math.max(line.start, signOff.span.start), end: Math.min(line.end, signOff.span.end) }, "sign-off");
    }
  }
  sentences.sort((a, b) => a.span.start - b.span.start);
  // Re-number after sorting so words point at their sentence.
  const renumbered = renumber(sentences, words);
  return { paragraphs, greeting, signOff, sentences: renumbered.sentences, words: renumbered.words };
}

function splitLines(prose: string, body: Span, listItemLines: Set<number>, headingLines: Set<number>): Line[] {
  const lines: Line[] = [];
  let start = body.start;
  while (start <= body.end) {
    const newline = prose.indexOf("\n", start);
    const lineBreak = newline === -1 || newline > body.end ? body.end : newline;
    const end = prose[lineBreak - 1] === "\r" ? lineBreak - 1 : lineBreak;
    const text = prose.slice(start, end);
    lines.push({ start, end, text, blank: text.trim() === "", listItem: listItemLines.has(start), heading: headingLines.has(start) });
    if (lineBreak >= body.end) break;
    start = lineBreak + 1;
  }
  return lines;
}

function findParagraphs(lines: Line[]): Span[] {
  const paragraphs: Span[] = [];
  let current: Span | null = null;
  for (const line of lines) {
    if (line.blank) {
      if (current) paragraphs.push(current);
      current = null;
    } else if (current) current.end = line.end;
    else current = { start: line.start, end: line.end };
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/**
 * Index of the last item starting at or before `offset` (0 when none does), by binary search:
 * per-sentence linear scans made a draft of 8,000 paragraphs take 12 s.
 */
function lastStartingAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (items[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/** The paragraph holding an offset. */
function paragraphIndex(paragraphs: Span[], offset: number): number {
  return lastStartingAtOrBefore(paragraphs, offset);
}

function findGreeting(prose: string, lines: Line[]): Greeting | null {
  const line = lines.find((candidate) => !candidate.blank);
  if (!line || line.heading) return null;
  const indent = line.text.length - line.text.trimStart().length;
  const start = line.start + indent;
  const text = prose.slice(start, line.end);

  const toWhom = TO_WHOM.exec(text);
  if (toWhom) {
    const end = start + toWhom[0].length + (/^[ \t]*[,:]/.exec(text.slice(toWhom[0].length))?.[0].length ?? 0);
    return { text: prose.slice(start, end), span: { start, end }, salutation: toWhom[0], name: { text: toWhom[0], span: { start, end: start + toWhom[0].length } }, generic: true };
  }
  const salutation = SALUTATION.exec(text);
  if (salutation) {
    const comma = COMMA_THEN_NAME.exec(text.slice(salutation[0].length));
    const nameFrom = salutation[0].length + (comma ? comma[0].length : 0);
    // "Hi @octocat thanks for ...": a handle names someone even when the sentence runs on.
    const namePart = GREETING_NAME.exec(text.slice(nameFrom)) ?? RUN_ON_HANDLE.exec(text.slice(nameFrom));
    let name: NamedSpan | null = null;
    let end = start + salutation[0].length;
    if (namePart) {
      const candidate = namePart[1]!;
      const words = candidate.split(/\s+/);
      if (!NOT_A_NAME.test(words[0]!) && words.length <= 4) {
        const nameStart = start + nameFrom + namePart[0].indexOf(candidate);
        name = { text: candidate, span: { start: nameStart, end: nameStart + candidate.length } };
        end = name.span.end;
      }
    }
    end += GREETING_END.exec(text.slice(end - start))![0].trimEnd().length;
    const generic = name === null || GENERIC_NAMES.has(name.text.toLowerCase().replace(/\s+/g, " "));
    return { text: prose.slice(start, end), span: { start, end }, salutation: salutation[0], name, generic };
  }
  const bare = BARE_NAME_GREETING.exec(text);
  if (bare) {
    const candidate = bare[1]!;
    if (NOT_A_NAME.test(candidate.split(/\s+/)[0]!)) return null;
    const name = { text: candidate, span: { start, end: start + candidate.length } };
    const end = start + text.trimEnd().length;
    return { text: prose.slice(start, end), span: { start, end }, salutation: "", name, generic: GENERIC_NAMES.has(candidate.toLowerCase()) };
  }
  return null;
}

function findSignOff(lines: Line[], greeting: Greeting | null): SignOff | null {
  const content = lines.filter((line) => !line.blank && (!greeting || line.end > greeting.span.end));
  if (content.length < 2) return null;
  const lastLines = content.slice(-6);
  for (let i = 0; i < lastLines.length; i++) {
    const line = lastLines[i]!;
    const text = line.text.trim();
    const closing = CLOSING.exec(text);
    if (!closing) continue;
    const afterClosing = text.slice(closing[0].length).trim();
    // "Thanks for reading the whole thing." is a sentence, not a closing.
    if (afterClosing !== "" && !NAME_LINE.test(afterClosing)) continue;
    if (i === 0 && lastLines.length === content.length) continue;
    const indent = line.text.length - line.text.trimStart().length;
    const start = line.start + indent;
    const closingSpan = { text: closing[0].trim(), span: { start, end: start + closing[0].trimEnd().length } };
    let name: NamedSpan | null = null;
    if (afterClosing !== "") {
      const nameStart = line.start + line.text.indexOf(afterClosing, indent + closing[0].length);
      name = { text: afterClosing, span: { start: nameStart, end: nameStart + afterClosing.length } };
    } else {
      const next = lastLines[i + 1];
      if (next && (NAME_LINE.test(next.text.trim()) || PLACEHOLDER_NAME_LINE.test(next.text.trim()))) name = namedLine(next);
    }
    return { span: { start, end: lastLines[lastLines.length - 1]!.end }, closing: closingSpan, name };
  }
  const last = content[content.length - 1]!;
  const previous = content[content.length - 2]!;
  const lastText = last.text.trim();
  const lastIsName = (NAME_LINE.test(lastText) || PLACEHOLDER_NAME_LINE.test(lastText)) && lastText.split(/\s+/).length <= 4;
  if (!lastIsName) return null;
  // "Thanks for your time,\nSam": a short line ending in a comma, then only a name.
  const previousText = previous.text.trim();
  if (content.length >= 3 && previousText.endsWith(",") && previousText.split(/\s+/).length <= 8) {
    const start = previous.start + previous.text.indexOf(previousText);
    return { span: { start, end: last.end }, closing: { text: previousText, span: { start, end: start + previousText.length } }, name: namedLine(last) };
  }
  // No closing words: a last line that is only a name ("Trevor", "- Sam Park") after a finished sentence.
  if (/[.!?)"'’”:\p{Extended_Pictographic}]\s*$/u.test(previous.text)) {
    const named = namedLine(last);
    return { span: named.span, closing: null, name: named };
  }
  return null;
}

function namedLine(line: Line): NamedSpan {
  const text = line.text.trim().replace(/^[-–—~][ \t]*/, "");
  const start = line.start + line.text.indexOf(text);
  return { text, span: { start, end: start + text.length } };
}

/** Runs of body text between greeting and sign-off, one per paragraph, headings excluded. */
function proseRegions(lines: Line[], start: number, end: number): Span[] {
  const regions: Span[] = [];
  let current: Span | null = null;
  for (const line of lines) {
    const lineStart = Math.max(line.start, start);
    const lineEnd = Math.min(line.end, end);
    if (line.blank || line.heading || lineStart >= lineEnd) {
      if (current) regions.push(current);
      current = null;
      continue;
    }
    if (current) current.end = lineEnd;
    else current = { start: lineStart, end: lineEnd };
  }
  if (current) regions.push(current);
  return regions;
}

/**
 * Sentence boundaries: terminal punctuation followed by space and a capital (or any `!`/`?`),
 * list items, and line breaks after punctuation or before a capitalised line. URLs are opaque.
 */
function splitSentences(prose: string, region: Span, lines: Line[], lineAt: Map<number, Line>, links: Link[]): Array<[Span, Sentence["role"]]> {
  const result: Array<[Span, Sentence["role"]]> = [];
  let start = region.start;
  let role: Sentence["role"] = lineStartAt(lines, region.start)?.listItem ? "list-item" : "body";
  const push = (end: number, nextRole: Sentence["role"]) => {
    if (end > start) result.push([{ start, end }, role]);
    role = nextRole;
  };
  // Links are sorted and never span lines: start at the first one that can reach this region.
  let linkIndex = Math.max(0, firstLinkAtOrAfter(links, region.start) - 1);
  for (let i = region.start; i < region.end; i++) {
    while (linkIndex < links.length && links[linkIndex]!.span.end <= i) linkIndex++;
    const link = links[linkIndex];
    if (link && !link.markdown && i >= link.span.start && i < link.span.end) {
      i = link.span.end - 1;
      continue;
    }
    const c = prose[i]!;
    if (c === "\n") {
      const next = lineAt.get(i + 1);
      const current = lineStartAt(lines, i - 1);
      if (!next) continue;
      const before = prose.slice(current?.start ?? region.start, i).trimEnd();
      const nextText = next.text.trimStart();
      const boundary =
        next.listItem ||
        current?.listItem === true ||
        endsWithStop(before) ||
        (/^[\p{Lu}\p{N}\p{Extended_Pictographic}"'“‘(]/u.test(nextText) && !/[,(&/–—-]$/.test(before) && !/\b(?:and|or|but|the|a|an|to|of|for|with|at|in|on|by|from|your|our|my)$/i.test(before));
      if (boundary) {
        push(i, next.listItem ? "list-item" : "body");
        start = i + 1;
      }
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?" && c !== "…") continue;
    let end = i + 1;
    while (end < region.end && /[.!?…"'’”)\]]/.test(prose[end]!)) end++;
    while (end < region.end && /\p{Extended_Pictographic}|\uFE0F|\u200D/u.test(prose[end]!)) end++;
    if (end < region.end && !/\s/.test(prose[end]!)) {
      i = end - 1;
      continue;
    }
    const nextChar = prose.slice(end, Math.min(region.end, end + 20)).trimStart()[0];
    if (nextChar !== undefined && (c === "." || c === "…") && !endsSentence(prose.slice(Math.max(start, i - 20), end), nextChar)) {
      i = end - 1;
      continue;
    }
    push(end, "body");
    start = end;
    i = end - 1;
  }
  push(region.end, "body");
  return result;
}

/**
 * `before` ends with sentence punctuation, maybe inside closing quotes or brackets ("done.)",
 * "right?”", "(see above)"). Scanned from the end: the regex `[.!?…:;)]["'’”)]*$` retried every
 * start in a long run of quotes or brackets, quadratic in a line of 50,000 of them.
 */
function endsWithStop(before: string): boolean {
  let start = before.length;
  while (start > 0 && CLOSERS.has(before[start - 1]!)) start--;
  // ")" both ends and closes: a closer run with one in it ends the sentence.
  return /[.!?…:;)\p{Extended_Pictographic}]$/u.test(before.slice(Math.max(0, start - 2), start)) || before.slice(start).includes(")");
}
const CLOSERS = new Set(["\"", "'", "’", "”", ")"]);

/**
 * Whether a period (or ellipsis) ends the sentence, given the text up to and including it and
 * the next non-space character. Not after "Dr." or an initial; not before a lower-case word
 * after "Inc.", "U.S." or "..."; "No." and "ca." only before a number.
 */
function endsSentence(before: string, nextChar: string): boolean {
  const lowerNext = /\p{Ll}/u.test(nextChar);
  if (/(?:\.\.\.|…)$/.test(before)) return !lowerNext;
  const written = /([\p{L}\p{N}.]+)\.$/u.exec(before)?.[1] ?? "";
  const token = written.toLowerCase();
  if (NEVER_ENDS.has(token) || /^\p{Lu}$/u.test(written)) return false;
  if (BEFORE_NUMBER.has(token) && /\p{N}/u.test(nextChar)) return false;
  return !(lowerNext && (MAY_END.has(token) || DOTTED.test(token)));
}

function lineStartAt(lines: Line[], offset: number): Line | undefined {
  return lines[lastStartingAtOrBefore(lines, offset)];
}

/**
 * Lower-cased words of a phrase that is not part of the draft (a profile value, a list entry), split
 * as the draft's words are so the two compare equal: "Acme Inc." is ["acme", "inc"] here and there.
 */
export function phraseWords(text: string): string[] {
  const words: Word[] = [];
  tokenize(text, { start: 0, end: text.length }, [], -1, words);
  return words.map((word) => word.lower);
}

/**
 * The subject's words, split as the body's are (one tokenizer for the whole draft), with
 * `sentence` -1. They are read from the file, so a YAML-escaped subject gives its words as written.
 */
export function tokenizeSubject(source: string, subject: Span): Word[] {
  const words: Word[] = [];
  tokenize(source, subject, [], -1, words);
  return words;
}

function tokenize(prose: string, span: Span, links: Link[], sentence: number, words: Word[]): void {
  const first = words.length;
  const push = (text: string, start: number, kind: WordKind) => {
    words.push({
      text,
      lower: text.toLowerCase().replace(/’/g, "'"),
      kind,
      span: { start, end: start + text.length },
      sentence,
      sentenceStart: words.length === first,
    });
  };
  const bareLinks: Link[] = [];
  // Links are sorted: binary-search the first one in this sentence instead of scanning all.
  for (let i = firstLinkAtOrAfter(links, span.start); i < links.length && links[i]!.span.start < span.end; i++) {
    const link = links[i]!;
    if (!link.markdown && link.span.end <= span.end) bareLinks.push(link);
  }
  let cursor = span.start;
  for (const link of [...bareLinks, null]) {
    const gapEnd = link ? link.span.start : span.end;
    if (gapEnd > cursor) {
      const gap = prose.slice(cursor, gapEnd);
      TOKEN.lastIndex = 0;
      for (let match = TOKEN.exec(gap); match !== null; match = TOKEN.exec(gap)) {
        push(match[0], cursor + match.index, kindOf(match[0]));
      }
    }
    if (link) {
      // The URL itself: an autolink's blanked "<" and ">" are not part of the word.
      push(prose.slice(link.urlSpan.start, link.urlSpan.end), link.urlSpan.start, "url");
      cursor = link.span.end;
    }
  }
}

function firstLinkAtOrAfter(links: Link[], offset: number): number {
  let low = 0;
  let high = links.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (links[mid]!.span.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function kindOf(token: string): WordKind {
  const first = token[0]!;
  if (first === "{" || first === "[" || first === "<" || first === "%" || (first === "*" && token[1] === "|")) return "placeholder";
  if (first === "@") return "handle";
  if (token.includes("@")) return "email";
  if (NUMBER.test(token)) return "number";
  return "word";
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function renumber(sentences: Sentence[], words: Word[]): { sentences: Sentence[]; words: Word[] } {
  const orderedWords: Word[] = [];
  const orderedSentences = sentences.map((sentence, index) => {
    const own = words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount).map((word) => ({ ...word, sentence: index }));
    const firstWord = orderedWords.length;
    for (const word of own) orderedWords.push(word);
    return { ...sentence, firstWord };
  });
  return { sentences: orderedSentences, words: orderedWords };
}
