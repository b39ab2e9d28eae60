import { defineRule } from "../src/define-rule.js";
import { findProfileReferences, INHERENTLY_PERSONAL, type ProfileReference } from "./util/profile-terms.js";
import { openingSpan } from "./util/draft.js";
import { greetingProblem } from "./util/greeting.js";
import { findMergeFields } from "../src/draft/merge-fields.js";
import { NAME_FIELDS } from "./data/placeholders.js";
import { phrasesOf } from "./util/phrases.js";

const NAME_FIELD_SET = new Set(phrasesOf(NAME_FIELDS));

interface Options {
  minReferences: number;
}

const KIND_LABEL: Record<ProfileReference["kind"], string> = {
  company: "company",
  "past-company": "past company",
  title: "role",
  skill: "skill",
  school: "school",
  project: "project",
  interest: "interest",
  location: "location",
  activity: "recent activity",
};

/**
 * LinkedIn penalised bulk, generic InMail in 2014 and reports personalized InMails get more
 * replies; a first name alone is not personalization (Botdog: blank 26.37% vs name-only 26.42%).
 */
export default defineRule<Options>({
  meta: {
    id: "personalization",
    description: "Refer to something specific about the recipient that their profile backs, not just their name",
    category: "personalization",
    defaultSeverity: "error",
    warningMessages: ["tooFewReferences", "genericGreeting", "noNamedGreeting"],
    fixable: false,
    hasSuggestions: false,
    options: {
      minReferences: {
        type: "integer",
        default: 1,
        minimum: 1,
        maximum: 10,
        description: "Profile-backed references (besides the first name) a message needs",
      },
    },
    messages: {
      noReferences:
        "Nothing in this message refers to {{name}}'s profile: mention their company, role, a skill, project, school or recent post",
      tooFewReferences: "Only {{count}} profile-backed reference ({{found}}); aim for at least {{min}}",
      genericGreeting: "Generic greeting '{{greeting}}': address the recipient by name",
      noNamedGreeting: "No greeting by name: open with the recipient's first name",
      templateWithoutSlots: "This template has no personalization slot besides the name: add a field such as {{example}}",
    },
  },
  check(context) {
    const { draft, profile, options } = context;
    if (draft.template) {
      // In a template the merge fields are the personalization; the name alone is not enough.
      const slots = findMergeFields(draft).filter((field) => !NAME_FIELD_SET.has(field.name.toLowerCase()));
      if (slots.length === 0) context.report({ messageId: "templateWithoutSlots", data: { example: "{{company}}" }, span: openingSpan(draft) });
      return;
    }
    if (!profile) {
      const problem = greetingProblem(draft, profile);
      const greeting = draft.greeting;
      if (problem === "genericGreeting") context.report({ messageId: problem, data: { greeting: greeting!.text.trim() }, span: greeting!.span });
      else if (problem === "noNamedGreeting") context.report({ messageId: problem, span: greeting?.span ?? openingSpan(draft) });
      return;
    }
    // A follow-up continues a thread: its first message carried the personalization.
    if (draft.kind === "follow-up" || draft.history.length > 0) return;
    const references = findProfileReferences(draft, profile);
    const name = profile.firstName ?? profile.fullName ?? "the recipient";
    if (references.length === 0) {
      context.report({ messageId: "noReferences", data: { name }, span: openingSpan(draft) });
      return;
    }
    if (references.length < options.minReferences) {
      const found = references.map((reference) => `${KIND_LABEL[reference.kind]} '${reference.text}'`).join(", ");
      context.report({ messageId: "tooFewReferences", data: { count: references.length, found, min: options.minReferences }, span: references[0]!.span });
    }
    // Strong personalization: two references, at least one a fact only this person has (their
    // company, a project, a post). A title and skills alone are keyword matching, what sourcing
    // tools paste into mass messages (corpus 036: role and three skills, pitched to the wrong country).
    if (references.length >= 2 && references.some((reference) => INHERENTLY_PERSONAL.has(reference.kind))) {
      const kinds = [...new Set(references.map((reference) => KIND_LABEL[reference.kind]))];
      context.credit({
        id: "profile-references",
        detail: `${references.length} profile-backed references (${kinds.join(", ")})`,
        amount: references.length,
      });
    }
  },
});
