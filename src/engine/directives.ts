import type { Directive, LintMessage } from "../types.js";

export interface DirectiveOutcome {
  kept: LintMessage[];
  suppressed: LintMessage[];
  /** Problems about the directives themselves: unknown rules, unused directives. */
  directiveProblems: LintMessage[];
}

export interface DirectiveOptions {
  /** `--report-unused-disable-directives`: the severity to report them at, or off. */
  reportUnused: 0 | 1 | 2;
  isKnownRule(ruleId: string): boolean;
  /** Line after a `disable-next-line` directive that holds text (blank lines are skipped). */
  nextContentLine(line: number): number;
  positionAt(offset: number): { line: number; column: number };
}

interface Range {
  directive: Directive;
  fromLine: number;
  /** Inclusive; Infinity until an `enable` closes it. */
  toLine: number;
  rules: string[];
  used: Set<string>;
}

/**
 * Inline `<!-- inmail-lint-disable ... -->` comments, built into the core (textlint users
 * had to discover a filter plugin for this). No rule list means every rule.
 */
export function applyDirectives(messages: LintMessage[], directives: readonly Directive[], options: DirectiveOptions): DirectiveOutcome {
  const directiveProblems: LintMessage[] = [];
  const ranges: Range[] = [];
  const open: Range[] = [];

  for (const directive of directives) {
    const unknown = directive.rules.filter((rule) => !options.isKnownRule(rule));
    for (const rule of unknown) directiveProblems.push(directiveMessage(directive, options, 2, `Unknown rule '${rule}' in inmail-lint-${directive.kind} directive`));
    const rules = directive.rules.filter((rule) => options.isKnownRule(rule));
    if (directive.rules.length > 0 && rules.length === 0) continue;
    switch (directive.kind) {
      case "disable": {
        const range: Range = { directive, fromLine: directive.line, toLine: Infinity, rules, used: new Set() };
        ranges.push(range);
        open.push(range);
        break;
      }
      case "enable":
        for (const range of [...open]) {
          if (rules.length === 0) {
            range.toLine = directive.line;
            open.splice(open.indexOf(range), 1);
          } else if (range.rules.length > 0 && range.rules.every((rule) => rules.includes(rule))) {
            range.toLine = directive.line;
            open.splice(open.indexOf(range), 1);
          }
        }
        break;
      case "disable-line":
        ranges.push({ directive, fromLine: directive.line, toLine: directive.line, rules, used: new Set() });
        break;
      case "disable-next-line": {
        const line = options.nextContentLine(directive.line);
        ranges.push({ directive, fromLine: line, toLine: line, rules, used: new Set() });
        break;
      }
    }
  }

  const kept: LintMessage[] = [];
  const suppressed: LintMessage[] = [];
  for (const message of messages) {
    const range = message.ruleId && !message.fatal
      ? ranges.find((candidate) => message.line >= candidate.fromLine && message.line <= candidate.toLine && (candidate.rules.length === 0 || candidate.rules.includes(message.ruleId!)))
      : undefined;
    if (range) {
      range.used.add(message.ruleId!);
      suppressed.push(message);
    } else kept.push(message);
  }

  if (options.reportUnused) {
    for (const range of ranges) {
      if (range.directive.kind === "enable") continue;
      const unused = range.rules.length === 0 ? (range.used.size === 0 ? ["*"] : []) : range.rules.filter((rule) => !range.used.has(rule));
      if (unused.length === 0) continue;
      const what = unused[0] === "*" ? "" : ` (no problems were reported from ${unused.map((rule) => `'${rule}'`).join(", ")})`;
      directiveProblems.push(directiveMessage(range.directive, options, options.reportUnused, `Unused inmail-lint-${range.directive.kind} directive${what}`));
    }
  }
  return { kept, suppressed, directiveProblems };
}

function directiveMessage(directive: Directive, options: DirectiveOptions, severity: 1 | 2, message: string): LintMessage {
  const start = options.positionAt(directive.span.start);
  const end = options.positionAt(directive.span.end);
  return { ruleId: null, severity, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
