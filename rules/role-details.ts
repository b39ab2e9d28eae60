import { defineRule } from "../src/define-rule.js";
import type { Span } from "../src/types.js";
import { openingSpan } from "./util/draft.js";
import { findVagueHype } from "./util/vague-hype.js";
import { explainsUnnamedEmployer, findCompanyMentions, findHiringSignals, findRoleTitles, findUnnamedEmployers, hasSalaryRange } from "./util/job-details.js";

interface Options {
  requireSalary: boolean;
}

/**
 * "A great opportunity" with no specifics is the recruiter red flag recipients publish most
 * (fixtures/corpus agency blasts; the brikis98 and fwenzel "recruiters" posts in the evaluation
 * corpus). A job pitch must say which job and who offers it; pay-transparency laws (Colorado
 * 2021, New York City 2022, California 2023, EU Directive 2023/970) make the range expected.
 */
export default defineRule<Options>({
  meta: {
    id: "role-details",
    description: "A job pitch names the role title and the hiring company (and, with requireSalary, the pay range)",
    category: "purpose",
    defaultSeverity: "off",
    // A described but unnamed employer ("a Series B robotics company") is a weaker fault than none at all.
    warningMessages: ["unnamedEmployer"],
    fixable: false,
    hasSuggestions: false,
    options: {
      requireSalary: { type: "boolean", default: false, description: "Also require a salary range (e.g. \"$150,000 to $170,000\")" },
    },
    messages: {
      noRole: "This message is about a job but never names the role: give its title (e.g. 'Senior Data Scientist')",
      noCompany: "This message is about a job but never names the hiring company: say who is hiring",
      unnamedEmployer: "'{{phrase}}' keeps the hiring company unnamed: name it, or say when you will",
      noSalary: "No salary range: say what the role pays (e.g. '$150,000 to $170,000')",
    },
  },
  check(context) {
    const { draft, profile, options } = context;
    // A follow-up builds on a first message that carried the details.
    if (draft.kind === "follow-up") return;
    const signals = findHiringSignals(draft);
    if (signals.length === 0) return;
    // Hype vague-opportunity reports ("Great opportunity", "a leading company") is its span: this rule
    // points at another mention of the job, or the opening, and leaves an unnamed employer inside it alone.
    const hype = findVagueHype(draft, profile);
    const inHype = (span: Span) => hype.some((match) => span.start < match.span.end && match.span.start < span.end);
    const anchor = signals.find((signal) => !inHype(signal.span))?.span ?? openingSpan(draft);

    const titles = findRoleTitles(draft);
    if (titles.length === 0) context.report({ messageId: "noRole", span: anchor });

    // An agency that says when it will name its client is being open about it (corpus 038, 073, 085).
    if (!explainsUnnamedEmployer(draft)) {
      const companies = findCompanyMentions(draft, profile);
      const unnamed = findUnnamedEmployers(draft)[0];
      if (unnamed && !companies.some((company) => !company.sender)) {
        if (!inHype(unnamed.span)) context.report({ messageId: "unnamedEmployer", data: { phrase: unnamed.text }, span: unnamed.span });
      } else if (companies.length === 0) {
        context.report({ messageId: "noCompany", span: anchor });
      }
    }

    if (options.requireSalary && !hasSalaryRange(draft)) context.report({ messageId: "noSalary", span: titles[0] ?? anchor });
  },
});
