/**
 * A small fixed result set every formatter test prints: an error and a warning with characters
 * each format must escape, a problem spanning two lines, a clean draft, an unreadable file,
 * a campaign rendering, and rules from a plugin (one with its own docs URL, one without).
 */
import type { FormatterContext } from "../../src/formatters/types.js";
import type { LintResult, RuleMeta } from "../../src/types.js";

export const CWD = "/repo";

const SOURCE_A = [
  "Hi there,", // 1
  "", // 2
  "Great opportunity: 50% off, \"now\" | <b>act</b> today!", // 3
  "I run sales at Acme,", // 4
  "and we sell widgets.", // 5
].join("\n");

export const draftA: LintResult = {
  filePath: "/repo/drafts/a.md",
  source: SOURCE_A,
  messages: [
    { ruleId: "personalization", messageId: "genericGreeting", severity: 2, message: "Greeting 'Hi there' names no one", line: 1, column: 1, endLine: 1, endColumn: 9 },
    { ruleId: "spam-phrases", messageId: "phrase", severity: 1, message: 'Spam phrase "50% off, now": say what is on offer', line: 3, column: 20, endLine: 3, endColumn: 34, fix: { range: [30, 43], text: "" } },
    { ruleId: "acme/no-html", severity: 1, message: "HTML <b> tags | pipes show as text", line: 3, column: 37, endLine: 3, endColumn: 47 },
    { ruleId: "transparency", messageId: "pitch", severity: 2, message: "Pitch spans lines:\nsay who you are", line: 4, column: 1, endLine: 5, endColumn: 21 },
  ],
  errorCount: 2,
  warningCount: 2,
  fixableErrorCount: 0,
  fixableWarningCount: 1,
  score: 58,
  grade: "F",
  scoreBreakdown: {
    base: 100,
    deductions: [
      { ruleId: "personalization", points: 20, detail: "1 error" },
      { ruleId: "transparency", points: 15, detail: "1 error" },
      { ruleId: "spam-phrases", points: 5, uncapped: 8, cap: "warnings", detail: "1 warning" },
      { ruleId: "acme/no-html", points: 4, detail: "1 warning" },
    ],
    credits: [{ ruleId: "follow-up-links", points: -2, detail: "one job link" }],
    total: 58,
  },
};

export const cleanDraft: LintResult = {
  filePath: "/repo/drafts/clean.md",
  source: "Hi Jane,\n\nI liked your talk at PGConf.\n",
  messages: [],
  errorCount: 0,
  warningCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
  score: 100,
  grade: "A",
  scoreBreakdown: { base: 100, deductions: [], credits: [], total: 100 },
};

export const unreadable: LintResult = {
  filePath: "/repo/drafts/broken.md",
  messages: [{ ruleId: null, severity: 2, message: "front matter: expected a YAML mapping", line: 2, column: 1, endLine: 2, endColumn: 1, fatal: true }],
  errorCount: 1,
  warningCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
  score: 0,
  grade: "F",
  scoreBreakdown: { base: 100, deductions: [], credits: [], total: 0 },
};

export const campaignRendering: LintResult = {
  filePath: "/repo/templates/intro, v2.md",
  source: "Hi Sam,\n\nOur platform: PipelinePilot.\n",
  messages: [{ ruleId: "acme/tone", severity: 1, message: "Sounds like an ad", line: 3, column: 1, endLine: 3, endColumn: 13 }],
  errorCount: 0,
  warningCount: 1,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
  score: 92,
  grade: "A",
  scoreBreakdown: { base: 100, deductions: [{ ruleId: "acme/tone", points: 8, detail: "1 warning" }], credits: [], total: 92 },
  recipient: { index: 1, name: "Sam Okafor", template: "/repo/templates/intro, v2.md" },
};

export const sampleResults: LintResult[] = [draftA, cleanDraft, unreadable, campaignRendering];

function meta(id: string, description: string, extra: Partial<RuleMeta> = {}): RuleMeta {
  return { id, description, category: "etiquette", defaultSeverity: "error", fixable: false, hasSuggestions: false, options: {}, messages: {}, ...extra };
}

export const rulesMeta: Record<string, RuleMeta> = {
  personalization: meta("personalization", "Refer to something specific about the recipient", { category: "personalization" }),
  "spam-phrases": meta("spam-phrases", "No spam phrases.", { category: "spam", defaultSeverity: "warn", fixable: true }),
  transparency: meta("transparency", "No networking opener that pivots to a pitch", { category: "transparency" }),
  "acme/no-html": meta("acme/no-html", "No HTML tags", { defaultSeverity: "warn", url: "https://acme.example/rules/no-html" }),
  "acme/tone": meta("acme/tone", "Keep the tone personal", { defaultSeverity: "warn" }),
};

export function context(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return { cwd: CWD, color: false, rulesMeta, explain: false, codeFrame: false, fixDryRun: false, ...overrides };
}
