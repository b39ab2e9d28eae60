import { defineRule } from "../src/define-rule.js";
import { findMergeFields, HAND_FILLED_STYLES, normalizeFieldName, type MergeField } from "../src/draft/merge-fields.js";
import { CANONICAL_FIELD_NAMES, canonicalFieldName, fieldValue, isKnownField } from "../src/profile/fields.js";
import type { RecipientProfile, RuleContext } from "../src/types.js";
import { leakedGreetingName } from "./util/greeting.js";

interface Options {
  fields: string[];
}

/** A subject in YAML front matter takes only values that stay valid in any scalar style. */
const YAML_SAFE_VALUE = /^[\p{L}\p{N} .,&()-]{1,120}$/u;

/**
 * outbound-email-grader and the subject-line testers treat an unfilled merge tag as a hard
 * failure: "Hi {{first_name}}" tells the reader they are one row of a spreadsheet, the
 * mass-sending LinkedIn has penalised since 2014.
 */
export default defineRule<Options>({
  meta: {
    id: "no-placeholders",
    description: "No unfilled merge fields ({{first_name}}, [Company], %FIRSTNAME%, XXX); in a template, only fields a profile can fill",
    category: "personalization",
    defaultSeverity: "error",
    fixable: true,
    hasSuggestions: false,
    options: {
      fields: {
        type: "string[]",
        default: [],
        description: "More field names a template may use (e.g. sender-side fields your sending tool fills), as written or normalised",
      },
    },
    messages: {
      unfilled: "Unfilled merge field '{{field}}': replace it with the real value before sending",
      unfilledWithValue: "Unfilled merge field '{{field}}': the recipient's {{name}} is '{{value}}'",
      handFilled: "'{{field}}' is a placeholder to fill in by hand: replace it before sending",
      unknownField: "Unknown merge field '{{field}}': a profile has no '{{name}}' (known: {{known}}); list it in the 'fields' option if your tool fills it",
      leakedValue: "The greeting says '{{value}}': a merge field was not filled in, put the recipient's name here",
    },
  },
  check(context) {
    const { draft, profile } = context;
    const extraFields = [...context.options.fields.map(normalizeFieldName), ...Object.keys(profile?.fields ?? {})];
    for (const field of findMergeFields(draft)) {
      if (HAND_FILLED_STYLES.has(field.style)) reportUnfilled(context, field, "handFilled");
      else if (!draft.template) reportUnfilled(context, field, "unfilled");
      else if (!isKnownField(field.name, extraFields)) {
        context.report({
          messageId: "unknownField",
          data: { field: field.raw, name: field.name, known: CANONICAL_FIELD_NAMES.slice(0, 8).join(", ") },
          span: field.span,
        });
      }
    }
    reportLeakedGreeting(context);
  },
});

/** Outside templates every field is unfilled; the fix fills it when the profile has the value. */
function reportUnfilled(context: RuleContext<Options>, field: MergeField, messageId: "unfilled" | "handFilled"): void {
  const value = context.draft.template ? null : profileValue(context.profile, field);
  if (value === null) {
    context.report({ messageId, data: { field: field.raw }, span: field.span });
    return;
  }
  const fixable = !field.inSubject || YAML_SAFE_VALUE.test(value);
  context.report({
    messageId: "unfilledWithValue",
    data: { field: field.raw, name: (canonicalFieldName(field.name) ?? field.name).replace(/_/g, " "), value },
    span: field.span,
    ...(fixable ? { fix: { span: field.span, text: value } } : {}),
  });
}

function profileValue(profile: RecipientProfile | null, field: MergeField): string | null {
  if (!profile || field.style === "redaction") return null;
  return fieldValue(profile, field.name);
}

function reportLeakedGreeting(context: RuleContext<Options>): void {
  const name = leakedGreetingName(context.draft);
  if (!name) return;
  const firstName = context.draft.template ? null : context.profile?.firstName;
  context.report({
    messageId: "leakedValue",
    data: { value: name.text },
    span: name.span,
    ...(firstName ? { fix: { span: name.span, text: firstName } } : {}),
  });
}
