import type { Directive, LintMessage, Position } from "../types.js";

/**
 * Inline `<!-- inmail-lint-disable ... -->` comments, built into the core (textlint users had
 * to discover a filter plugin for this). They follow ESLint's semantics, which adopters already
 * know: a block `disable`/`enable` pair switches rules per rule id from the comment's position
 * on, `enable rule-a` after a bare `disable` turns only rule-a back on, and `-line`/`-next-line`
 * cover one line. No rule list means every rule.
 */

export interface DirectiveContext {
  isKnownRule(ruleId: string): boolean;
  positionAt(offset: number): Position;
  /** Line after a `disable-next-line` directive that holds text (blank lines are skipped). */
  nextContentLine(line: number): number;
  /**
   * Offset of the first prose character of the message body. A block `disable` before it
   * applies from the top of the file, so it also covers the subject in the front matter
   * (where a comment cannot go): the Markdown equivalent of ESLint's file-top comment.
   */
  proseStart: number;
}

interface BlockDirective {
  directive: Directive;
  at: Position;
  rules: string[];
}

interface LineDirective {
  directive: Directive;
  line: number;
  rules: string[];
}

/** Unknown rules named by directives and the state needed to answer "is this rule off here?". */
export interface DirectiveIndex {
  blocks: BlockDirective[];
  /** The state after each block directive, so a lookup is a binary search, not a replay. */
  states: BlockState[];
  lines: LineDirective[];
  unknown: Array<{ directive: Directive; rule: string }>;
}

interface BlockState {
  all: Directive | null;
  /** Rules turned back on while `all` is in force. */
  except: Set<string>;
  byRule: Map<string, Directive>;
}

export function indexDirectives(directives: readonly Directive[], context: DirectiveContext): DirectiveIndex {
  const index: DirectiveIndex = { blocks: [], states: [], lines: [], unknown: [] };
  for (const directive of directives) {
    for (const rule of directive.rules) if (!context.isKnownRule(rule)) index.unknown.push({ directive, rule });
    const rules = directive.rules.filter((rule) => context.isKnownRule(rule));
    // Naming only unknown rules must not silently switch off every rule.
    if (directive.rules.length > 0 && rules.length === 0) continue;
    if (directive.kind === "disable-line") {
      index.lines.push({ directive, line: directive.line, rules });
    } else if (directive.kind === "disable-next-line") {
      index.lines.push({ directive, line: context.nextContentLine(context.positionAt(directive.span.end).line), rules });
    } else {
      const leading = directive.kind === "disable" && directive.span.start < context.proseStart;
      index.blocks.push({ directive, at: leading ? { line: 1, column: 1 } : context.positionAt(directive.span.start), rules });
    }
  }
  index.blocks.sort((a, b) => comparePositions(a.at, b.at));
  replay(index.blocks, (_entry, state) => index.states.push({ all: state.all, except: new Set(state.except), byRule: new Map(state.byRule) }));
  return index;
}

/** Every directive that switches `ruleId` off at `position` (empty when the rule is on there). */
export function suppressingDirectives(index: DirectiveIndex, ruleId: string, position: Position): Directive[] {
  const found: Directive[] = [];
  for (const entry of index.lines) {
    if (entry.line === position.line && (entry.rules.length === 0 || entry.rules.includes(ruleId))) found.push(entry.directive);
  }
  const state = stateAt(index, position);
  const block = state.byRule.get(ruleId) ?? (state.all && !state.except.has(ruleId) ? state.all : null);
  if (block) found.push(block);
  return found;
}

/** The block state in force at a position: the snapshot after the last directive before it. */
function stateAt(index: DirectiveIndex, position: Position): BlockState {
  let low = 0;
  let high = index.blocks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (comparePositions(index.blocks[mid]!.at, position) <= 0) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? { all: null, except: new Set(), byRule: new Map() } : index.states[low - 1]!;
}

/**
 * Walks the block directives in order, keeping which rules are off and by which directive;
 * `before` sees each directive with the state just before it, `after` with the state it leaves.
 */
function replay(blocks: readonly BlockDirective[], after: (entry: BlockDirective, state: BlockState) => void, before?: (entry: BlockDirective, state: BlockState) => void): void {
  const state: BlockState = { all: null, except: new Set(), byRule: new Map() };
  for (const entry of blocks) {
    const { directive, rules } = entry;
    const disabling = directive.kind === "disable";
    before?.(entry, state);
    if (rules.length === 0) {
      // A bare disable or enable restarts the state for every rule.
      state.all = disabling ? directive : null;
      state.except.clear();
      state.byRule.clear();
    } else {
      for (const rule of rules) {
        if (disabling) {
          state.byRule.set(rule, directive);
          state.except.delete(rule);
        } else {
          state.byRule.delete(rule);
          if (state.all) state.except.add(rule);
        }
      }
    }
    after(entry, state);
  }
}

export interface DirectiveOutcome {
  kept: LintMessage[];
  suppressed: LintMessage[];
  /** Problems about the directives themselves: unknown rules, unused directives. */
  directiveProblems: LintMessage[];
}

/**
 * Splits messages into kept and suppressed, and reports directives naming unknown rules
 * (always, as errors: a typo there silently disables nothing) and, when asked, directives
 * that suppressed nothing.
 */
export function applyDirectives(messages: readonly LintMessage[], index: DirectiveIndex, context: DirectiveContext, reportUnused: 0 | 1 | 2): DirectiveOutcome {
  const used = new Map<Directive, Set<string>>();
  const kept: LintMessage[] = [];
  const suppressed: LintMessage[] = [];
  for (const message of messages) {
    const by = message.ruleId && !message.fatal ? suppressingDirectives(index, message.ruleId, message) : [];
    if (by.length === 0) {
      kept.push(message);
      continue;
    }
    for (const directive of by) {
      const rules = used.get(directive) ?? new Set<string>();
      rules.add(message.ruleId!);
      used.set(directive, rules);
    }
    const suppressions = by.map((directive) => ({ kind: "directive" as const, justification: directive.reason ?? "" }));
    suppressed.push({ ...message, suppressions });
  }

  const directiveProblems: LintMessage[] = index.unknown.map(({ directive, rule }) =>
    directiveMessage(directive, context, 2, `Unknown rule '${rule}' in inmail-lint-${directive.kind} directive`),
  );
  if (reportUnused) directiveProblems.push(...unusedDirectiveProblems(index, used, context, reportUnused));
  return { kept, suppressed, directiveProblems };
}

function unusedDirectiveProblems(index: DirectiveIndex, used: Map<Directive, Set<string>>, context: DirectiveContext, severity: 1 | 2): LintMessage[] {
  const problems: LintMessage[] = [];
  const disables = [...index.lines, ...index.blocks.filter((entry) => entry.directive.kind === "disable")];
  for (const { directive, rules } of disables) {
    const hits = used.get(directive) ?? new Set<string>();
    if (rules.length === 0) {
      if (hits.size === 0) problems.push(directiveMessage(directive, context, severity, `Unused inmail-lint-${directive.kind} directive (no problems were reported).`));
      continue;
    }
    const unused = rules.filter((rule) => !hits.has(rule));
    if (unused.length > 0) problems.push(directiveMessage(directive, context, severity, `Unused inmail-lint-${directive.kind} directive (no problems were reported from ${quoteList(unused)}).`));
  }
  // An `enable` that turns nothing back on is as misleading as a `disable` that hides nothing.
  const enables = index.blocks.filter((entry) => entry.directive.kind === "enable");
  replay(enables.length ? index.blocks : [], () => {}, ({ directive, rules }, state) => {
    if (directive.kind !== "enable") return;
    if (rules.length === 0) {
      if (!state.all && state.byRule.size === 0) problems.push(directiveMessage(directive, context, severity, "Unused inmail-lint-enable directive (no matching inmail-lint-disable directives were found)."));
      return;
    }
    const unmatched = rules.filter((rule) => !state.byRule.has(rule) && !(state.all && !state.except.has(rule)));
    if (unmatched.length > 0) problems.push(directiveMessage(directive, context, severity, `Unused inmail-lint-enable directive (no matching inmail-lint-disable directives were found for ${quoteList(unmatched)}).`));
  });
  return problems;
}

function quoteList(rules: string[]): string {
  return rules.map((rule) => `'${rule}'`).join(", ");
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

function directiveMessage(directive: Directive, context: DirectiveContext, severity: 1 | 2, message: string): LintMessage {
  const start = context.positionAt(directive.span.start);
  const end = context.positionAt(directive.span.end);
  return { ruleId: null, severity, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
