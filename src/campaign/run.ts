import { resolve } from "node:path";
import { lintTexts, type LintOptions } from "../api.js";
import { findMergeFields, type MergeField } from "../draft/merge-fields.js";
import { parseDraft } from "../draft/parse.js";
import { createPositionMapper } from "../draft/positions.js";
import { expandPaths } from "../files/expand.js";
import { relativePosixPath } from "../files/paths.js";
import { readTextFile } from "../files/read.js";
import type { LintMessage, LintResult } from "../types.js";
import { mapResultToTemplate } from "./map-back.js";
import { loadRecipients, type Recipient } from "./recipients.js";
import { renderTemplate, type RenderedPiece } from "./render.js";

interface Template {
  filePath: string;
  display: string;
  /** The template text without a BOM, as the engine sees it. */
  source: string;
  fields: MergeField[];
}

interface RenderedMessage {
  template: Template;
  text: string;
  pieces: RenderedPiece[];
}

/**
 * Renders every template once per recipient and lints all renderings as one run, so batch rules
 * (duplicate-outreach) compare them. Results come back per template and recipient, with their
 * positions moved back onto the template file. A recipient missing a field the template needs
 * gets an error instead of a rendering.
 */
export async function lintCampaign(patterns: string[], recipientsFile: string, options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const recipients = loadRecipients(resolve(cwd, recipientsFile), relativePosixPath(resolve(cwd, recipientsFile), cwd));
  const files = await expandPaths(patterns, { cwd, ignorePatterns: options.ignorePatterns ?? [], useIgnoreFile: options.useIgnoreFile ?? true });
  const templates = files.map((filePath) => readTemplate(filePath, cwd));

  const unrendered: LintResult[] = [];
  const renderings = new Map<string, RenderedMessage>();
  const inputs: Parameters<typeof lintTexts>[0] = [];
  for (const template of templates) {
    for (const recipient of recipients) {
      const identity = { index: recipient.index, name: recipient.name, template: template.display };
      const rendering = renderTemplate(template.source, template.fields, recipient.profile);
      if (!rendering.ok) {
        unrendered.push(missingFieldResult(template, recipient, rendering.missing, identity, options.keepSource ?? false));
        continue;
      }
      renderings.set(keyOf(identity), { template, text: rendering.text, pieces: rendering.pieces });
      inputs.push({
        text: rendering.text,
        filePath: template.filePath,
        profile: recipient.profile,
        recipient: identity,
        label: `${template.display} → ${recipient.name ?? `recipient ${recipient.index + 1}`}`,
        template: false,
      });
    }
  }

  const linted = inputs.length > 0 ? await lintTexts(inputs, { ...options, fix: false }) : [];
  const results = linted.map((result) => {
    const rendering = renderings.get(keyOf(result.recipient!))!;
    return mapResultToTemplate(asRecipientProblem(result), rendering.text, rendering.template.source, rendering.pieces);
  });
  const order = new Map(templates.map((template, index) => [template.display, index]));
  return [...results, ...unrendered].sort(
    (a, b) => order.get(a.recipient!.template)! - order.get(b.recipient!.template)! || a.recipient!.index - b.recipient!.index,
  );
}

function readTemplate(filePath: string, cwd: string): Template {
  const text = readTextFile(filePath, "template");
  // Parsed as a template only to find its fields; a broken front matter stops the run (exit 2).
  const draft = parseDraft(text, filePath, { template: true });
  const fields = findMergeFields(draft).sort((a, b) => a.span.start - b.span.start);
  return { filePath, display: relativePosixPath(filePath, cwd), source: draft.source, fields };
}

/** Nothing to lint: the message cannot be sent as is. One error per field occurrence, on the template. */
function missingFieldResult(template: Template, recipient: Recipient, missing: MergeField[], identity: NonNullable<LintResult["recipient"]>, keepSource: boolean): LintResult {
  const positionAt = createPositionMapper(template.source);
  const who = recipient.name ?? `recipient ${recipient.index + 1}`;
  const messages: LintMessage[] = missing.map((field) => {
    const start = positionAt(field.span.start);
    const end = positionAt(field.span.end);
    return {
      ruleId: null,
      messageId: "missingField",
      severity: 2,
      message: `${who} (${recipient.where}) has no value for ${field.raw}: this message was not rendered`,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
  });
  const names = [...new Set(missing.map((field) => field.raw))].join(", ");
  const result: LintResult = {
    filePath: template.filePath,
    messages,
    errorCount: messages.length,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    score: 0,
    grade: "F",
    scoreBreakdown: { base: 100, deductions: [{ ruleId: "campaign", points: 100, detail: `not rendered: no value for ${names}` }], credits: [], total: 0 },
    recipient: identity,
  };
  if (keepSource) result.source = template.source;
  return result;
}

/**
 * A rendering the parser rejects (a value that breaks the YAML subject line, say) is that
 * recipient's problem, not an unreadable file: keep it as an error on the recipient.
 */
function asRecipientProblem(result: LintResult): LintResult {
  if (!result.messages.some((message) => message.fatal && message.ruleId === null)) return result;
  return {
    ...result,
    messages: result.messages.map((message) =>
      message.fatal && message.ruleId === null ? { ruleId: null, messageId: "unreadableRendering", severity: 2, message: `The message rendered for this recipient cannot be read: ${message.message}`, line: message.line, column: message.column, endLine: message.endLine, endColumn: message.endColumn } : message,
    ),
  };
}

function keyOf(identity: NonNullable<LintResult["recipient"]>): string {
  return `${identity.index}\u0000${identity.template}`;
}
