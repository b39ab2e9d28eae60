/**
 * The shapes every part of inmail-lint shares: spans, drafts, profiles, rules and results.
 * Rules and plugins import only from here (through the package entry), never from the engine.
 */

/** A half-open range of UTF-16 offsets into `Draft.source` (BOM removed). */
export interface Span {
  start: number;
  end: number;
}

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (as ESLint counts). */
  column: number;
}

export type DraftKind = "inmail" | "connection-request" | "message" | "follow-up";
export const DRAFT_KINDS: readonly DraftKind[] = ["inmail", "connection-request", "message", "follow-up"];

export interface HistoryEntry {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  direction: "sent" | "received";
  /** The recipient said no in this message. */
  declined: boolean;
}

export type WordKind = "word" | "number" | "url" | "email" | "handle" | "placeholder";

export interface Word {
  /** The token as written. */
  text: string;
  /** Lower-cased text, with typographic apostrophes normalised to `'`. */
  lower: string;
  kind: WordKind;
  span: Span;
  /** Index into `Draft.sentences` (-1 for the words of `Draft.subjectWords`). */
  sentence: number;
  /** First word of its sentence. */
  sentenceStart: boolean;
}

export interface Sentence {
  text: string;
  span: Span;
  /** Index of its first word in `Draft.words` and the number of words. */
  firstWord: number;
  wordCount: number;
  /** Index into `Draft.paragraphs`. */
  paragraph: number;
  role: "greeting" | "body" | "sign-off" | "list-item" | "heading";
  endsWithQuestion: boolean;
}

export interface Link {
  url: string;
  /** Lower-cased host name without `www.`, or "" when the URL has none (mailto:). */
  host: string;
  /** Link text for Markdown links; the URL itself for bare URLs. */
  text: string;
  /** Span of the whole link syntax in the source. */
  span: Span;
  /** Span of the URL itself. */
  urlSpan: Span;
  markdown: boolean;
}

export interface NamedSpan {
  text: string;
  span: Span;
}

export interface Greeting {
  /** The whole greeting line, e.g. "Hi Jane,". */
  text: string;
  span: Span;
  /** The salutation word(s), e.g. "Hi", "Dear". Empty for a bare "Jane,". */
  salutation: string;
  /** The addressee as written, e.g. "Jane" or "Sir/Madam". */
  name: NamedSpan | null;
  /** A greeting that names no one in particular ("Hi there", "Dear Sir/Madam"). */
  generic: boolean;
}

export interface SignOff {
  span: Span;
  /** The closing word(s), e.g. "Best," (null when only a name closes the message). */
  closing: NamedSpan | null;
  /** The sender's name as signed, when one follows the closing. */
  name: NamedSpan | null;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The whole block including both `---` lines. */
  span: Span;
}

/**
 * A draft parsed once and shared by every rule. All spans index `source`.
 * `prose` has the same length as `source`: everything that is not message prose
 * (front matter, code, HTML comments, Markdown syntax, link URLs of Markdown links)
 * is blanked to spaces, line breaks kept, so a match in `prose` is a position in the file.
 */
export interface Draft {
  filePath: string | undefined;
  source: string;
  /** The file started with a UTF-8 byte order mark (removed from `source`). */
  bom: boolean;
  lineEnding: "\n" | "\r\n";
  frontMatter: FrontMatter | null;
  subject: NamedSpan | null;
  /** The subject's words as written in the file, tokenized once like the body's (`sentence` is -1). */
  subjectWords: Word[];
  kind: DraftKind;
  template: boolean;
  history: HistoryEntry[];
  /** Send date from front matter (YYYY-MM-DD). */
  date: string | null;
  /** Profile path from front matter, as written (relative to the draft). */
  profilePath: string | null;
  /** The message body: from after the front matter / subject line to the end. */
  body: Span;
  prose: string;
  paragraphs: Span[];
  sentences: Sentence[];
  words: Word[];
  links: Link[];
  greeting: Greeting | null;
  signOff: SignOff | null;
  /** Characters of the message as the recipient would see it (body prose plus link URLs, whitespace runs collapsed). */
  messageLength: number;
  /** 1-based position of an offset. */
  positionAt(offset: number): Position;
  /** Inline directives found in HTML comments (`<!-- inmail-lint-disable ... -->`). */
  directives: Directive[];
}

export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line";

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  reason: string | null;
  span: Span;
  line: number;
}

/** A recipient, normalised from JSON Resume or the flat form. */
export interface RecipientProfile {
  /** Where it was loaded from (for messages), if from a file. */
  source: string | null;
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
  /** Headline or JSON Resume `basics.label`. */
  headline: string | null;
  currentCompany: string | null;
  currentTitle: string | null;
  pastCompanies: string[];
  pastTitles: string[];
  skills: string[];
  schools: string[];
  projects: string[];
  interests: string[];
  location: string | null;
  recentActivity: string[];
  /** Achievements listed under jobs (JSON Resume `work[].highlights`). */
  highlights: string[];
  summary: string | null;
  /** Extra merge fields for templates and campaigns (e.g. a CSV column), lower-cased names. */
  fields: Record<string, string>;
}

export type SeverityName = "off" | "warn" | "error";
/** 1 = warning, 2 = error (ESLint's numbers). */
export type Severity = 1 | 2;

export type RuleCategory =
  | "personalization"
  | "purpose"
  | "transparency"
  | "etiquette"
  | "mechanics"
  | "platform"
  | "spam";

export type OptionType = "number" | "integer" | "string" | "boolean" | "string[]" | "enum";

export interface OptionSpec {
  type: OptionType;
  default: unknown;
  description: string;
  /** Allowed values for `enum`. */
  values?: readonly string[];
  minimum?: number;
  maximum?: number;
}

export interface RuleMeta {
  id: string;
  description: string;
  category: RuleCategory;
  /** Severity in `inmail-lint:recommended`; the most severe level the rule reports at. */
  defaultSeverity: SeverityName;
  /** Message ids that are reported as warnings even when the rule is set to "error". */
  warningMessages?: readonly string[];
  fixable: boolean;
  hasSuggestions: boolean;
  /** Needs a recipient profile to say anything. */
  requiresProfile?: boolean;
  options: Readonly<Record<string, OptionSpec>>;
  /** Message templates keyed by id, with `{{placeholders}}`. */
  messages: Readonly<Record<string, string>>;
  /** Relative docs path, e.g. `docs/rules/length.md` (filled in for built-in rules). */
  docs?: string;
  /** Absolute docs URL (plugins may set their own). */
  url?: string;
}

export interface Fix {
  span: Span;
  text: string;
}

export interface SuggestionDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  fix: Fix;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  span: Span;
  fix?: Fix;
  suggest?: SuggestionDescriptor[];
}

export interface RuleSettings {
  /** Extra words the spelling rule accepts (config `words`). */
  words: readonly string[];
  /** The date used as "today" (for follow-up spacing). */
  today: string;
}

/** What a rule sees: the shared parse, the recipient, its options, and a way to report. */
export interface RuleContext<Options = Record<string, unknown>> {
  id: string;
  options: Options;
  draft: Draft;
  profile: RecipientProfile | null;
  settings: RuleSettings;
  /** The compromise document of the draft's prose, built on first use and shared. */
  nlp(): NlpDocument;
  /**
   * Whether another rule runs on this draft (on in its resolved config). A rule that leaves a
   * finding to another rule ("one problem, one report", docs/rules/README.md) reports it itself
   * when that rule is off.
   */
  isRuleEnabled(ruleId: string): boolean;
  report(descriptor: ReportDescriptor): void;
  /**
   * Records a positive signal ("nice" rule, as Rspamd calls it), e.g. strong profile-backed
   * personalization. The grade may give points back for it; it is never shown as a problem.
   */
  credit(signal: CreditSignal): void;
}

export interface CreditSignal {
  /** Identifies the signal within the rule, e.g. "profile-references". The grade keys it as `<rule>/<id>`. */
  id: string;
  detail: string;
  /** Strength, e.g. how many references were found (default 1). */
  amount?: number;
}

/** compromise's `View`, typed loosely so the package does not leak into every rule's types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NlpDocument = any;

export interface DraftRule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  check(context: RuleContext<Options>): void;
}

/** One draft of a run, as a batch rule sees it: its summary, not the whole draft (it may come from a worker). */
export interface BatchItem<Summary = unknown> {
  /** What the rule's `summarize` returned for this draft. */
  summary: Summary;
  /** Identifies the recipient across drafts (profile name or greeting name), lower-cased; null when unknown. */
  recipientKey: string | null;
  /** Display name of the draft: its file path, or template and recipient for campaigns. */
  label: string;
}

export interface BatchContext<Options = Record<string, unknown>, Summary = unknown> {
  id: string;
  options: Options;
  items: readonly BatchItem<Summary>[];
  settings: RuleSettings;
  /** Reports on one item, with a span into that item's draft. */
  report(itemIndex: number, descriptor: ReportDescriptor): void;
}

/**
 * A rule that looks across every draft of a run (e.g. the same message sent to many people).
 * `summarize` runs per draft alongside the other rules (possibly in a worker) and returns
 * plain data; `checkBatch` compares the summaries once all drafts are done.
 */
export interface BatchRule<Options = Record<string, unknown>, Summary = unknown> {
  meta: RuleMeta;
  summarize(context: RuleContext<Options>): Summary;
  checkBatch(context: BatchContext<Options, Summary>): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rule<Options = any> = DraftRule<Options> | BatchRule<Options, any>;

export function isBatchRule(rule: Rule): rule is BatchRule {
  return typeof (rule as BatchRule).checkBatch === "function";
}

export interface LintFix {
  /** [start, end) offsets into the source, as ESLint's `fix.range`. */
  range: [number, number];
  text: string;
}

export interface LintSuggestion {
  messageId: string;
  desc: string;
  fix: LintFix;
}

export interface LintMessage {
  ruleId: string | null;
  messageId?: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: LintFix;
  suggestions?: LintSuggestion[];
  /** A problem about the file itself rather than its text (e.g. a rule crashed). */
  fatal?: boolean;
  /** On suppressed messages: what suppressed them ("directive" with its `-- reason`, or "file" = the suppressions file), as ESLint's. */
  suppressions?: Array<{ kind: "directive" | "file"; justification: string }>;
}

export interface ScoreItem {
  /** The rule id; `<rule-id>/<signal-id>` for credits; `floor` for the adjustment at 0. */
  ruleId: string;
  /** Whole points taken (positive) or given back (negative, for credits and adjustments). */
  points: number;
  /** Points before the cap, when a cap applied. */
  uncapped?: number;
  /** Which cap applied (rule cap, group cap, one-shot). */
  cap?: string;
  /** The rule's group, when it shares a group cap. */
  group?: string;
  detail: string;
}

export interface ScoreCredit {
  /** `<rule-id>/<signal-id>`. */
  key: string;
  detail: string;
  amount: number;
}

/** `total = base - sum of points` over deductions, credits and adjustments: every point is on a line. */
export interface ScoreBreakdown {
  base: number;
  deductions: ScoreItem[];
  credits: ScoreItem[];
  /** `floor`: points given back because the score does not go below 0; `unreadable`: the 100 points of a draft that could not be read. */
  adjustments?: ScoreItem[];
  total: number;
}

export type Grade = "A" | "B" | "C" | "D" | "F";

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  score: number;
  grade: Grade;
  scoreBreakdown: ScoreBreakdown;
  /** The source text, present when a formatter needs it (code frames, HTML). */
  source?: string;
  /** The fixed text, when fixing changed something (as ESLint's `output`). */
  output?: string;
  /**
   * The text before fixing, when `output` is set and sources are kept: lets a formatter preview
   * a `--fix-dry-run` (`source` and the messages refer to `output`, as in ESLint).
   */
  originalSource?: string;
  /** For campaign runs: the recipient this rendering was addressed to. */
  recipient?: { index: number; name: string | null; template: string };
  /** Problems suppressed by inline directives or the suppressions file. */
  suppressedMessages?: LintMessage[];
}
