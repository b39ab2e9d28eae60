import type { Draft, Span } from "../types.js";
import { isKnownField } from "../profile/fields.js";

export type MergeFieldStyle =
  | "mustache"
  | "brace"
  | "bracket"
  | "angle"
  | "percent"
  | "mailchimp"
  | "hash"
  | "instruction"
  | "redaction";

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

/**
 * Styles that only a person fills in: a note to self ("[insert company]") or a redaction ("XXX").
 * No sending tool replaces them, so they are never valid, not even in a template.
 */
export const HAND_FILLED_STYLES: ReadonlySet<MergeFieldStyle> = new Set(["instruction", "redaction"]);

/*
 * The merge-tag styles of the common sending tools (Emailit/Unlayer {{x}}, Mailchimp *|X|*,
 * Marketo {{lead.X}}, Mautic {contactfield=x}, Delivra %%X%%, SendGrid {{insert x}}, Liquid filters,
 * LinkedIn automation tools {firstName} and PhantomBuster #firstName#), plus hand-written
 * [First Name], <NAME> and XXX. Each pattern is a bounded, non-nested class run.
 */
const PATTERNS: Array<{ style: MergeFieldStyle; regex: RegExp; accept?: (inner: string) => MergeFieldStyle | null }> = [
  { style: "mustache", regex: /\{\{\s{0,5}([^{}\n]{1,80}?)\s{0,5}\}\}/g },
  { style: "mailchimp", regex: /\*\|([A-Za-z0-9_:]{1,40})\|\*/g },
  { style: "brace", regex: /(?<!\{)\$?\{([A-Za-z_][\w .=|:-]{0,60})\}(?!\})/g },
  { style: "bracket", regex: /\[([^\[\]\n]{1,60})\](?!\()/g, accept: bracketStyle },
  { style: "angle", regex: /<([A-Za-z][A-Za-z_ ]{1,30})>/g, accept: (inner) => (isAngleField(inner) ? "angle" : null) },
  { style: "percent", regex: /%%?([A-Za-z][A-Za-z0-9_]{1,30})%%?/g, accept: (inner) => (/[A-Z_]/.test(inner) && !/^[a-z]+$/.test(inner) ? "percent" : null) },
  { style: "hash", regex: /(?<![\w#])#([A-Za-z][A-Za-z0-9_]{1,30})#(?![\w#])/g, accept: (inner) => (isKnownField(normalizeFieldName(inner)) ? "hash" : null) },
  { style: "redaction", regex: /(?<![\p{L}\p{N}])X{3,40}(?:[,.]X{3,40}){0,3}(?![\p{L}\p{N}])/gu },
];

/** A bracket that opens with an instruction is a note to self: "[insert company]", "[your name]". */
const INSTRUCTION = /^(?:insert|add|enter|put|type|fill in|mention|your|recipient'?s?|candidate'?s?|prospect'?s?|specific|personal(?:ized)?|something|mutual|custom)\b/i;
/** Nouns that make a bracketed phrase a slot ("[Company]", "[recruiter's name]") rather than an aside ("[sic]", "[Question]"). */
const SLOT_NOUN =
  /(?:^|[\s_/'’-])(?:name|company|title|role|job|position|link|url|email|phone|date|time|city|location|school|university|skill|industry|project|team|product|client|info|signature|website|department|compliment|detail|reason|achievement|post|topic|number)s?(?:[\s_/-]?\d{1,2})?$/i;
const SLOT_WORD = /^(?:name|company|title|role|job|position|link|url|email|phone|date|time|city|location|school|university|skill|industry|project|team|product|client|info|signature|website|department|first|last)s?$/i;

function bracketStyle(inner: string): MergeFieldStyle | null {
  const text = inner.trim();
  if (text.length < 2 || /^[\d\s.,…-]+$/.test(text) || /^(?:sic|x|…|\.\.\.)$/i.test(text)) return null;
  if (INSTRUCTION.test(text)) return "instruction";
  const words = text.split(/[\s/&_]+/).filter((word) => word !== "");
  // Title Case, UPPER CASE or snake_case words, 1-4 of them, that name a slot: [First Name], [Company], [JOB_TITLE].
  // ("_" is no separator: \w already takes it, and two ways to split a word were exponential.)
  const shaped = /^(?:[A-Z][\w'’-]*)(?:[ /&][A-Z0-9][\w'’-]*){0,3}$/.test(text);
  if (shaped && (isKnownField(normalizeFieldName(text)) || words.some((word) => SLOT_WORD.test(word.replace(/['’]s$/i, ""))))) return "bracket";
  // A lower-case phrase that ends in a slot noun: [recruiter's name], [company name].
  if (words.length <= 4 && SLOT_NOUN.test(text)) return "bracket";
  return null;
}

/** <NAME>, <FIRST NAME>, <First Name>, <Company>; lower case only for a known field (<name>), since <email> is a redaction. */
function isAngleField(inner: string): boolean {
  if (/^[A-Z][A-Z_ ]+$/.test(inner)) return true;
  if (/^[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}$/.test(inner) && /name|company|title|role|job|first|last/i.test(inner)) return true;
  return /^[a-z][a-z_ ]+$/.test(inner) && isKnownField(normalizeFieldName(inner));
}

/** "{{ lead.First Name | default: 'there' }}" -> "first_name"; "{contactfield=firstname|there}" -> "firstname". */
export function normalizeFieldName(inner: string): string {
  return inner
    .replace(/^\s*insert\s+/i, "")
    .replace(/^\s*(?:contactfield|leadfield|field)\s*=\s*/i, "")
    .replace(/["'].*$/, "")
    .split(/[|=:]/)[0]!
    .replace(/^(?:lead|contact|cf|recipient|prospect|person|user|data|custom)\./i, "")
    .replace(/^\$\{?|\}$/g, "")
    .trim()
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|(?<!_)_+$/g, "");
}

function scan(text: string, offset: number, inSubject: boolean, excluded: readonly Span[]): MergeField[] {
  let fields: MergeField[] = [];
  const urls = disjointUnion(excluded);
  for (const { style, regex, accept } of PATTERNS) {
    // One pattern's matches never overlap each other; they are checked against earlier patterns'.
    const found: MergeField[] = [];
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const inner = match[1] ?? match[0];
      const accepted = accept ? accept(inner) : style;
      if (!accepted) continue;
      const start = offset + match.index;
      const span = { start, end: start + match[0].length };
      if (URL_SENSITIVE.has(accepted) && overlapsAny(urls, span)) continue;
      if (overlapsAny(fields, span)) continue;
      found.push({ name: accepted === "redaction" ? "xxx" : normalizeFieldName(inner), raw: match[0], style: accepted, span, inSubject });
    }
    fields = mergeByStart(fields, found);
  }
  return fields;
}

/** Styles that URL syntax imitates: percent-encoding ("%E2%80%99") and fragments. A {{field}} in a link is still a field. */
const URL_SENSITIVE: ReadonlySet<MergeFieldStyle> = new Set(["percent", "hash"]);

/*
 * Overlap checks by binary search over sorted, disjoint spans: checking every earlier field made a
 * draft of 40,000 "{{a}}" take seconds (quadratic).
 */
function overlapsAny(sorted: ReadonlyArray<Span | { span: Span }>, span: Span): boolean {
  let low = 0;
  let high = sorted.length;
  // The first span that ends after `span` starts; disjoint and sorted, so ends are sorted too.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spanOf(sorted[middle]!).end <= span.start) low = middle + 1;
    else high = middle;
  }
  const candidate = sorted[low];
  return candidate !== undefined && spanOf(candidate).start < span.end;
}

function spanOf(item: Span | { span: Span }): Span {
  return "span" in item ? item.span : item;
}

/** The spans as sorted, disjoint intervals: overlapping one of them is overlapping one of the spans. */
function disjointUnion(spans: readonly Span[]): Span[] {
  const union: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = union[union.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else union.push({ ...span });
  }
  return union;
}

function mergeByStart(a: readonly MergeField[], b: readonly MergeField[]): MergeField[] {
  const merged: MergeField[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i]!.span.start <= b[j]!.span.start) ? a[i++]! : b[j++]!);
  return merged;
}

const found = new WeakMap<Draft, readonly MergeField[]>();

/**
 * Every merge field in the subject and body prose (code and comments excluded). In bare URLs and
 * e-mail addresses only the brace and bracket styles count: "%E2%80%99" is percent-encoding.
 * Found once per draft and shared: seven rules ask.
 */
export function findMergeFields(draft: Draft): MergeField[] {
  let fields = found.get(draft);
  if (!fields) {
    fields = scanDraft(draft);
    found.set(draft, fields);
  }
  // A copy: a caller may sort it.
  return [...fields];
}

function scanDraft(draft: Draft): MergeField[] {
  const excluded: Span[] = [
    ...draft.links.filter((link) => !link.markdown).map((link) => link.span),
    ...draft.words.filter((word) => word.kind === "email").map((word) => word.span),
  ];
  const subjectFields = draft.subject ? scan(draft.subject.text, draft.subject.span.start, true, []) : [];
  return [...subjectFields, ...scan(draft.prose.slice(draft.body.start, draft.body.end), draft.body.start, false, excluded)];
}
