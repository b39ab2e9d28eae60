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

/** Lines [fromLine, toLine] where a directive silences `rules` (empty: every rule but `except`). */
interface Range {
  directive: Directive;
  fromLine: number;
  /** Inclusive; Infinity until an `enable` closes it. */
  toLine: number;
  rules: string[];
  /** Rules re-enabled inside an every-rule range (`disable` then `enable <rule>`). */
  except: string[];
}

/**
 * Inline `<!-- inmail-lint-disable ... -->` comments, built into the core (textlint users
 * had to discover a filter plugin for this). No rule list means every rule. As in ESLint,
 * `enable <rule>` re-enables just that rule, whatever the `disable` before it named.
 */
export function applyDirectives(messages: LintMessage[], directives: readonly Directive[], options: DirectiveOptions): DirectiveOutcome {
  const directiveProblems: LintMessage[] = [];
  const ranges: Range[] = [];
  let open: Range[] = [];

  for (const directive of directives) {
    const unknown = directive.rules.filter((rule) => !options.isKnownRule(rule));
    for (const rule of unknown) directiveProblems.push(directiveMessage(directive, options, 2, `Unknown rule '${rule}' in inmail-lint-${directive.kind} directive`));
    const rules = directive.rules.filter((rule) => options.isKnownRule(rule));
    if (directive.rules.length > 0 && rules.length === 0) continue;
    switch (directive.kind) {
      case "disable": {
        const range: Range = { directive, fromLine: directive.line, toLine: Infinity, rules, except: [] };
        ranges.push(range);
        open.push(range);
        break;
      }
      case "enable":
        open = open.flatMap((range) => enableIn(range, rules, directive.line, ranges));
        break;
      case "disable-line":
        ranges.push({ directive, fromLine: directive.line, toLine: directive.line, rules, except: [] });
        break;
      case "disable-next-line": {
        // The line after the comment's last line: a directive comment may span lines.
        const line = options.nextContentLine(options.positionAt(Math.max(directive.span.start, directive.span.end - 1)).line);
        ranges.push({ directive, fromLine: line, toLine: line, rules, except: [] });
        break;
      }
    }
  }

  const used = new Map<Directive, Set<string>>();
  const kept: LintMessage[] = [];
  const suppressed: LintMessage[] = [];
  for (const message of messages) {
    const ruleId = message.ruleId;
    const range = ruleId && !message.fatal ? ranges.find((candidate) => silences(candidate, ruleId, message.line)) : undefined;
    if (range && ruleId) {
      used.set(range.directive, (used.get(range.directive) ?? new Set()).add(ruleId));
      suppressed.push(message);
    } else kept.push(message);
  }

  if (options.reportUnused) {
    for (const directive of new Set(ranges.map((range) => range.directive))) {
      const named = directive.rules.filter((rule) => options.isKnownRule(rule));
      const hits = used.get(directive) ?? new Set<string>();
      const unused = named.length === 0 ? (hits.size === 0 ? ["*"] : []) : named.filter((rule) => !hits.has(rule));
      if (unused.length === 0) continue;
      const what = unused[0] === "*" ? "" : ` (no problems were reported from ${unused.map((rule) => `'${rule}'`).join(", ")})`;
      directiveProblems.push(directiveMessage(directive, options, options.reportUnused, `Unused inmail-lint-${directive.kind} directive${what}`));
    }
  }
  return { kept, suppressed, directiveProblems };
}

/** Closes `range` at `line` for the re-enabled rules; what stays disabled continues after it. */
function enableIn(range: Range, enabled: string[], line: number, ranges: Range[]): Range[] {
  if (enabled.length === 0) {
    range.toLine = line;
    return [];
  }
  const stillDisabled = range.rules.length === 0 ? [] : range.rules.filter((rule) => !enabled.includes(rule));
  const affected = range.rules.length === 0 ? !enabled.every((rule) => range.except.includes(rule)) : stillDisabled.length < range.rules.length;
  if (!affected) return [range];
  range.toLine = line;
  if (range.rules.length > 0 && stillDisabled.length === 0) return [];
  const rest: Range = {
    directive: range.directive,
    fromLine: line + 1,
    toLine: Infinity,
    rules: stillDisabled,
    except: range.rules.length === 0 ? [...new Set([...range.except, ...enabled])] : [],
  };
  ranges.push(rest);
  return [rest];
}

function silences(range: Range, ruleId: string, line: number): boolean {
  if (line < range.fromLine || line > range.toLine) return false;
  return range.rules.length === 0 ? !range.except.includes(ruleId) : range.rules.includes(ruleId);
}

function directiveMessage(directive: Directive, options: DirectiveOptions, severity: 1 | 2, message: string): LintMessage {
  const start = options.positionAt(directive.span.start);
  const end = options.positionAt(directive.span.end);
  return { ruleId: null, severity, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
