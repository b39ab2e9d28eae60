import type { RecipientProfile } from "../types.js";

/**
 * The merge fields a recipient profile can fill, under the names templates use for them.
 * Synonyms cover the common sending tools ("fname" in Mailchimp, "account_name" in Salesloft and
 * Outreach, "firstname" in HubSpot, "job_title"); the first name of each group is the canonical one.
 * A recipients file's header maps through these too, so two synonyms in one header are one field:
 * only names no tool uses for anything else belong here.
 */
const FIELD_SOURCES: Array<{ names: string[]; value: (profile: RecipientProfile) => string | null }> = [
  { names: ["first_name", "firstname", "fname", "first", "given_name"], value: (p) => p.firstName },
  { names: ["last_name", "lastname", "lname", "surname", "family_name"], value: (p) => p.lastName },
  {
    names: ["name", "full_name", "fullname", "recipient_name", "candidate_name", "contact_name", "prospect_name", "lead_name"],
    value: (p) => p.fullName ?? joinName(p),
  },
  {
    names: [
      "company", "company_name", "companyname", "organization", "organisation", "organization_name", "employer", "employer_name",
      "current_company", "current_employer", "account", "account_name", "business_name",
    ],
    value: (p) => p.currentCompany,
  },
  {
    names: ["title", "job_title", "jobtitle", "position", "role", "current_title", "current_role", "current_position", "designation", "occupation"],
    value: (p) => p.currentTitle,
  },
  { names: ["headline", "linkedin_headline"], value: (p) => p.headline },
  { names: ["location", "city"], value: (p) => p.location },
  { names: ["skill", "top_skill", "primary_skill", "skills", "main_skill"], value: (p) => p.skills[0] ?? null },
  { names: ["school", "university", "college", "alma_mater"], value: (p) => p.schools[0] ?? null },
  { names: ["project", "top_project", "side_project"], value: (p) => p.projects[0] ?? null },
  { names: ["interest", "interests"], value: (p) => p.interests[0] ?? null },
  { names: ["recent_post", "recent_activity", "post", "activity", "last_post"], value: (p) => p.recentActivity[0] ?? null },
  { names: ["past_company", "previous_company", "former_company", "previous_employer", "former_employer"], value: (p) => p.pastCompanies[0] ?? null },
];

const BY_NAME = new Map<string, (profile: RecipientProfile) => string | null>();
for (const source of FIELD_SOURCES) for (const name of source.names) BY_NAME.set(name, source.value);

const CANONICAL = new Map<string, string>();
for (const source of FIELD_SOURCES) for (const name of source.names) CANONICAL.set(name, source.names[0]!);

/** The first name of a known field's synonym group ("company_name" -> "company"), or null. */
export function canonicalFieldName(name: string): string | null {
  return CANONICAL.get(name) ?? null;
}

/** Field names the profile model knows (every synonym). */
export const KNOWN_FIELD_NAMES: readonly string[] = [...BY_NAME.keys()];

/** One name per field ("first_name", "company", ...), for messages that list what is available. */
export const CANONICAL_FIELD_NAMES: readonly string[] = FIELD_SOURCES.map((source) => source.names[0]!);

/** `extra` holds more known names (already normalised), e.g. sender-side fields a team's tool fills. */
export function isKnownField(name: string, extra: readonly string[] = []): boolean {
  return BY_NAME.has(name) || extra.includes(name);
}

/** The profile's value for a field, from the model or from the profile's own extra columns. */
export function fieldValue(profile: RecipientProfile, name: string): string | null {
  const fromModel = BY_NAME.get(name)?.(profile);
  if (fromModel) return fromModel;
  const custom = profile.fields[name];
  return custom !== undefined && custom !== "" ? custom : null;
}

function joinName(profile: RecipientProfile): string | null {
  const parts = [profile.firstName, profile.lastName].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(" ") : null;
}
