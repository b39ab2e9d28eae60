import type { RecipientProfile } from "../types.js";

/**
 * The merge fields a recipient profile can fill, under the names templates use for them.
 * Synonyms cover the common sending tools ("fname" in Mailchimp, "company_name", "job_title").
 */
const FIELD_SOURCES: Array<{ names: string[]; value: (profile: RecipientProfile) => string | null }> = [
  { names: ["first_name", "firstname", "fname", "first", "given_name"], value: (p) => p.firstName },
  { names: ["last_name", "lastname", "lname", "surname", "family_name"], value: (p) => p.lastName },
  { names: ["name", "full_name", "fullname", "recipient_name", "candidate_name", "contact_name"], value: (p) => p.fullName },
  { names: ["company", "company_name", "companyname", "organization", "organisation", "employer", "current_company", "account", "account_name"], value: (p) => p.currentCompany },
  { names: ["title", "job_title", "jobtitle", "position", "role", "current_title", "current_role"], value: (p) => p.currentTitle },
  { names: ["headline"], value: (p) => p.headline },
  { names: ["location", "city"], value: (p) => p.location },
  { names: ["skill", "top_skill", "primary_skill", "skills"], value: (p) => p.skills[0] ?? null },
  { names: ["school", "university", "college", "alma_mater"], value: (p) => p.schools[0] ?? null },
  { names: ["project", "top_project"], value: (p) => p.projects[0] ?? null },
  { names: ["interest", "interests"], value: (p) => p.interests[0] ?? null },
  { names: ["recent_post", "recent_activity", "post", "activity"], value: (p) => p.recentActivity[0] ?? null },
  { names: ["past_company", "previous_company", "former_company"], value: (p) => p.pastCompanies[0] ?? null },
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
