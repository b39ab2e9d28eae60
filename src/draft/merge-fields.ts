import type { Draft, Span } from "../types.js";

export type MergeFieldStyle = "mustache" | "brace" | "bracket" | "angle" | "percent" | "mailchimp" | "redaction";

/** An unfilled merge field (or a template slot), e.g. `{{first_name}}`, `[Company]`, `*|FNAME|*`. */
export interface MergeField {
  /** Normalised field name: lower case, words joined by `_` ("First Name" -> "first_name"). */
  name: string;
  /** As written, e.g. "{{ first_name }}". */
  raw: string;
  style: MergeFieldStyle;
  span: Span;
  /** In the subject line rather than the body. */
  inSubject: boolean;
}

/*
 * The merge-tag styles of the common sending tools (Emailit/Unlayer {{x}}, Mailchimp *|X|*,
 * Marketo {{lead.X}}, Mautic {contactfield=x}, Delivra %%X%%, SendGrid {{insert x}}, Liquid filters),
 * plus hand-written [First Name], <NAME> and XXX. Each pattern is a bounded, non-nested class run.
 */
const PATTERNS: Array<{ style: MergeFieldStyle; regex: RegExp; accept?: (inner: string) => boolean }> = [
  { style: "mustache", regex: /\{\{\s{0,5}([^{}\n]{1,80}?)\s{0,5}\}\}/g },
  { style: "mailchimp", regex: /\*\|([A-Za-z0-9_:]{1,40})\|\*/g },
  { style: "brace", regex: /(?<!\{)\{([A-Za-z_][\w .=|:-]{0,60})\}(?!\})/g },
  { style: "bracket", regex: /\[([^\[\]\n]{1,60})\](?!\()/g, accept: isBracketField },
  { style: "angle", regex: /<([A-Za-z][A-Za-z_ ]{1,30})>/g, accept: (inner) => /^[A-Z][A-Z_ ]+$/.test(inner) || /^(?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,3}$/.test(inner) && /name|company|title|role|job|first|last/i.test(inner) },
  { style: "percent", regex: /%%?([A-Za-z][A-Za-z0-9_]{1,30})%%?/g, accept: (inner) => /[A-Z_]/.test(inner) && !/^[a-z]+$/.test(inner) },
  { style: "redaction", regex: /(?<![\p{L}\p{N}])X{3,}(?![\p{L}\p{N}])/gu },
];

/** Words that make a bracketed phrase a slot to fill rather than an aside like "[sic]". */
const BRACKET_SLOT_WORDS = /^(?:insert|your|add|enter|recipient|candidate|prospect|company|first|last|name|job|role|title|link|url|position|industry|city|school|skill|project|date|time|team|product|client|contact|mutual|specific|personal|something)\b/i;

function isBracketField(inner: string): boolean {
  const text = inner.trim();
  if (text.length < 2 || /^[\d\s.,…-]+$/.test(text) || /^(?:\.\.\.|…|sic|x| )$/i.test(text)) return false;
  if (BRACKET_SLOT_WORDS.test(text)) return true;
  // Title Case or UPPER CASE words, 1-4 of them: [First Name], [Company], [JOB TITLE].
  return /^(?:[A-Z][\w'’-]*)(?:[ /&][A-Z][\w'’-]*){0,3}$/.test(text);
}

/** "{{ lead.First Name | default: 'there' }}" -> "first_name". */
export function normalizeFieldName(inner: string): string {
  return inner
    .replace(/^\s*insert\s+/i, "")
    .replace(/["'].*$/, "")
    .split(/[|=:]/)[0]!
    .replace(/^(?:lead|contact|cf|recipient|prospect|person|user|data)\./i, "")
    .replace(/^\$\{?|\}$/g, "")
    .trim()
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

function scan(text: string, offset: number, inSubject: boolean): MergeField[] {
  const fields: MergeField[] = [];
  for (const { style, regex, accept } of PATTERNS) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const inner = match[1] ?? match[0];
      if (accept && !accept(inner)) continue;
      const start = offset + match.index;
      const span = { start, end: start + match[0].length };
      if (fields.some((field) => field.span.start < span.end && span.start < field.span.end)) continue;
      fields.push({ name: style === "redaction" ? "xxx" : normalizeFieldName(inner), raw: match[0], style, span, inSubject });
    }
  }
  return fields.sort((a, b) => a.span.start - b.span.start);
}

/** Every merge field in the subject and body prose (code and comments excluded). */
export function findMergeFields(draft: Draft): MergeField[] {
  const subjectFields = draft.subject ? scan(draft.subject.text, draft.subject.span.start, true) : [];
  return [...subjectFields, ...scan(draft.prose.slice(draft.body.start, draft.body.end), draft.body.start, false)];
}
