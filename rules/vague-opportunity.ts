import { defineRule } from "../src/define-rule.js";
import { shownText } from "./util/phrase-matches.js";
import { findVagueHype } from "./util/vague-hype.js";
import { findSpecifics, SPECIFIC_KINDS, type SpecificKind } from "./util/specifics.js";

interface Options {
  minSpecifics: number;
  extraPhrases: string[];
}

/** "$185,000 to $215,000", "$135k-$155k", "$190-225k", "€70k–85k": a posted range, not one figure. */
const PAY_RANGE = /^[$€£]?[ \t]?\d[\d,.]{0,12}[ \t]?[kK]?[ \t]*(?:-|–|—|to)[ \t]*[$€£]?[ \t]?\d/;

const LABEL: Record<SpecificKind, string> = {
  role: "role title",
  company: "company",
  location: "location or remote",
  pay: "pay range",
  team: "team or tech stack",
};

/**
 * "Great opportunity" with nothing behind it is the red flag recipients name first: EMSCAD found
 * missing company and salary details among the marks of fake job ads, LinkedIn asks recruiters
 * for "a brief but detailed" message, and Boomerang saw extreme positivity do no better than
 * neutral. Hype is reported only when the whole message (subject included) lacks the details.
 */
export default defineRule<Options>({
  meta: {
    id: "vague-opportunity",
    description: "No 'great opportunity' or 'perfect fit' without the specifics: role, company, location, pay, team or stack",
    category: "purpose",
    defaultSeverity: "warn",
    fixable: false,
    hasSuggestions: false,
    options: {
      minSpecifics: {
        type: "integer",
        default: 3,
        minimum: 1,
        maximum: 5,
        description: "Kinds of specifics (of role, company, location, pay, team or stack) that make hype harmless",
      },
      extraPhrases: { type: "string[]", default: [], description: "More hype phrases to report" },
    },
    messages: {
      vague: "'{{phrase}}' without specifics: say the {{missing}}",
    },
  },
  check(context) {
    const { draft, options } = context;
    const specifics = findSpecifics(draft, context.profile);
    const role = specifics.get("role");
    const pay = specifics.get("pay");
    // The grade's positive signal: the job is named and its pay range posted (EMSCAD, pay-transparency laws).
    if (role && pay && PAY_RANGE.test(draft.source.slice(pay.span.start, pay.span.start + 40))) {
      context.credit({ id: "concrete-role", detail: `role '${role.text}' with pay range from '${pay.text}'` });
    }
    const hype = findVagueHype(draft, context.profile, options, specifics);
    if (hype.length === 0) return;
    const missing = joinList(SPECIFIC_KINDS.filter((kind) => !specifics.has(kind)).map((kind) => LABEL[kind]));
    for (const match of hype) context.report({ messageId: "vague", data: { phrase: shownText(match), missing }, span: match.span });
  },
});

/** "a, b and c". */
function joinList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
