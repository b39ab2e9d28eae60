import type { RecipientProfile } from "../types.js";

/** A wrong type at a known field; the loader adds the file name. */
export class ProfileShapeError extends Error {
  constructor(readonly field: string, expected: string) {
    super(`field '${field}' must be ${expected}`);
  }
}

type Json = Record<string, unknown>;

export function emptyProfile(source: string | null = null): RecipientProfile {
  return {
    source,
    fullName: null,
    firstName: null,
    lastName: null,
    headline: null,
    currentCompany: null,
    currentTitle: null,
    pastCompanies: [],
    pastTitles: [],
    skills: [],
    schools: [],
    projects: [],
    interests: [],
    location: null,
    recentActivity: [],
    highlights: [],
    summary: null,
    fields: {},
  };
}

/** JSON Resume or the flat form, whichever the object is, to one `RecipientProfile`. */
export function normalizeProfile(value: unknown, source: string | null = null): RecipientProfile {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ProfileShapeError("(root)", "a mapping of profile fields (JSON Resume or the flat form)");
  }
  const record = value as Json;
  const profile = isJsonResume(record) ? fromJsonResume(record, source) : fromFlat(record, source);
  fillFromHeadline(profile);
  splitName(profile);
  checkNameLengths(profile);
  return profile;
}

/** Longest name, company, title, skill or school accepted: real ones are far shorter. */
export const MAX_NAME_LENGTH = 300;

/**
 * Names are quoted in messages and fixes and matched as terms: an 80,000-character "company"
 * (pasted prose, a broken export) made 40,000 suggestions of 80,000 characters each, more JSON
 * than a string can hold. Reject it with the field named instead.
 */
function checkNameLengths(profile: RecipientProfile): void {
  const names: Array<[string, Array<string | null>]> = [
    ["name", [profile.fullName]],
    ["company", [profile.currentCompany, ...profile.pastCompanies]],
    ["title", [profile.currentTitle, ...profile.pastTitles]],
    ["skills", profile.skills],
    ["schools", profile.schools],
    ["location", [profile.location]],
  ];
  for (const [field, values] of names) {
    const long = values.find((value) => value !== null && value.length > MAX_NAME_LENGTH);
    if (long) throw new ProfileShapeError(field, `at most ${MAX_NAME_LENGTH} characters, a name (got ${long.length.toLocaleString("en-US")})`);
  }
}

/** JSON Resume's own sections ("work: {...}" is JSON Resume with a wrong type, not a flat profile). */
function isJsonResume(record: Json): boolean {
  return ["basics", "work", "education", "publications"].some((key) => key in record) || (Array.isArray(record.skills) && record.skills.some((skill) => typeof skill === "object"));
}

function fromJsonResume(record: Json, source: string | null): RecipientProfile {
  const profile = emptyProfile(source);
  const basics = optionalObject(record, "basics");
  if (basics) {
    profile.fullName = optionalString(basics, "name", "basics.name");
    profile.headline = optionalString(basics, "label", "basics.label");
    profile.summary = optionalString(basics, "summary", "basics.summary");
    profile.location = locationText(basics.location, "basics.location");
    // Social profiles become merge fields named by network ({{linkedin}}, {{github}}).
    for (const link of objectList(basics, "profiles", "basics.profiles")) {
      const field = `basics.profiles[${link.index}]`;
      const network = optionalString(link.value, "network", `${field}.network`);
      const address = optionalString(link.value, "url", `${field}.url`) ?? optionalString(link.value, "username", `${field}.username`);
      if (network && address) profile.fields[network.toLowerCase().replace(/[^a-z0-9]+/g, "_")] = address;
    }
  }
  const work = objectList(record, "work");
  const current = work.find((job) => isCurrent(job.value)) ?? null;
  for (const job of work) {
    const name = optionalString(job.value, "name", `work[${job.index}].name`) ?? optionalString(job.value, "company", `work[${job.index}].company`);
    const position = optionalString(job.value, "position", `work[${job.index}].position`);
    stringList(job.value, "highlights", `work[${job.index}].highlights`).forEach((item) => profile.highlights.push(item));
    if (job === current) {
      profile.currentCompany = name;
      profile.currentTitle = position;
    } else {
      if (name) profile.pastCompanies.push(name);
      if (position) profile.pastTitles.push(position);
    }
  }
  for (const school of objectList(record, "education")) {
    const institution = optionalString(school.value, "institution", `education[${school.index}].institution`);
    if (institution) profile.schools.push(institution);
  }
  for (const skill of objectList(record, "skills")) {
    const name = optionalString(skill.value, "name", `skills[${skill.index}].name`);
    if (name) profile.skills.push(name);
    profile.skills.push(...stringList(skill.value, "keywords", `skills[${skill.index}].keywords`));
  }
  for (const project of objectList(record, "projects")) {
    const name = optionalString(project.value, "name", `projects[${project.index}].name`);
    // JSON Resume has no section for posts and talks; people list them as projects ("Talk: ...").
    if (name) (ACTIVITY_PREFIX.test(name) ? profile.recentActivity : profile.projects).push(name);
  }
  for (const interest of objectList(record, "interests")) {
    const name = optionalString(interest.value, "name", `interests[${interest.index}].name`);
    if (name) profile.interests.push(name);
    profile.interests.push(...stringList(interest.value, "keywords", `interests[${interest.index}].keywords`));
  }
  for (const publication of objectList(record, "publications")) {
    const name = optionalString(publication.value, "name", `publications[${publication.index}].name`);
    if (name) profile.recentActivity.push(name);
  }
  profile.recentActivity.push(...stringList(record, "recentActivity", "recentActivity"));
  profile.skills = unique(profile.skills);
  profile.interests = unique(profile.interests);
  return profile;
}

/** A "project" that is really something the person said or published: "Post: ...", "Talk: ...". */
const ACTIVITY_PREFIX = /^(?:post|talk|article|blog post|blog|podcast|video|paper|comment|newsletter|webinar|interview|keynote|panel)\s*:/i;

const FLAT_KEYS = new Set([
  "name", "fullname", "full_name", "firstname", "first_name", "lastname", "last_name", "headline", "company", "title",
  "location", "skills", "interests", "recentactivity", "recent_activity", "pastcompanies", "past_companies", "schools",
  "projects", "summary", "pasttitles", "past_titles",
]);

function fromFlat(record: Json, source: string | null): RecipientProfile {
  const profile = emptyProfile(source);
  const key = (...names: string[]) => names.find((name) => record[name] !== undefined && record[name] !== null) ?? names[0]!;
  profile.fullName = optionalString(record, key("name", "fullName", "full_name"));
  profile.firstName = optionalString(record, key("firstName", "first_name"));
  profile.lastName = optionalString(record, key("lastName", "last_name"));
  profile.headline = optionalString(record, "headline");
  profile.currentCompany = optionalString(record, "company");
  profile.currentTitle = optionalString(record, "title");
  profile.location = locationText(record.location, "location");
  profile.summary = optionalString(record, "summary");
  profile.skills = unique(stringList(record, "skills"));
  profile.interests = unique(stringList(record, "interests"));
  profile.recentActivity = stringList(record, key("recentActivity", "recent_activity"));
  profile.pastCompanies = stringList(record, key("pastCompanies", "past_companies"));
  profile.pastTitles = stringList(record, key("pastTitles", "past_titles"));
  profile.schools = stringList(record, "schools");
  profile.projects = stringList(record, "projects");
  // Other scalar columns are merge fields a template may use ({{team}}, {{referrer}}).
  for (const [name, value] of Object.entries(record)) {
    if (FLAT_KEYS.has(name.toLowerCase())) continue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") profile.fields[name.toLowerCase()] = String(value);
  }
  return profile;
}

/**
 * "Staff Data Engineer at Northwind Health" gives a title and a company when they are missing.
 * Only the headline's first part counts ("... | Speaker at PyCon" is not the job), and only a split
 * whose left side is a job title: "Computer Science graduate, University of Texas at Austin" is a
 * school, not a job at "Austin", and "Student at Ohio State University" names no employer.
 * With several " at ", the split is where a whole title ends ("Head of Data at Look at Me Labs";
 * "Engineer at University of Texas at Austin" is a title at a school, which gives no company).
 */
function fillFromHeadline(profile: RecipientProfile): void {
  if (!profile.headline || (profile.currentCompany && profile.currentTitle)) return;
  // LinkedIn headlines are at most 220 characters; the cut bounds the patterns below (a long run
  // of spaces made the split and AT quadratic) on a pasted profile text.
  const primary = profile.headline.trim().slice(0, 500).split(/\s*[|·•]\s*/)[0]!;
  const split = headlineSplit(primary);
  if (!split) return;
  profile.currentTitle ??= split.title;
  if (!isSchoolName(split.company, profile.schools)) profile.currentCompany ??= split.company;
}

const AT = /\s+(?:at|@)\s+|\s*@\s*/gi;
/** The words a job title ends with ("Staff Data Engineer") or starts with before "of" ("Head of Growth"). */
const TITLE_WORDS =
  String.raw`(?:engineer|developer|programmer|architect|designer|manager|director|head|lead|chief|officer|vp|svp|evp|president|founder|co-?founder|ceo|cto|cfo|coo|cmo|cpo|ciso|scientist|researcher|analyst|consultant|specialist|recruiter|sourcer|partner|principal|associate|nurse|physician|teacher|professor|lecturer|instructor|editor|writer|marketer|strategist|coordinator|administrator|advisor|adviser|accountant|controller|attorney|lawyer|counsel|producer|owner|executive|intern|sre|technician|representative|rep)s?`;
const JOB_TITLE = new RegExp(String.raw`(?:^|\s)${TITLE_WORDS}$|^${TITLE_WORDS}\s+(?:of|for)\s`, "i");
/** Someone still learning names their school, not an employer. */
const LEARNER = /\b(?:student|graduate|grad|undergraduate|undergrad|alumn(?:us|a|i)|alum|candidate|learner|bootcamper)\b/i;
const SCHOOL = /\b(?:university|universidad|universit[éä]t?|college|institute|polytechnic|school|academy|bootcamp)\b/i;

function headlineSplit(text: string): { title: string; company: string } | null {
  const cuts = [...text.matchAll(AT)];
  for (let i = cuts.length - 1; i >= 0; i--) {
    const cut = cuts[i]!;
    const title = text.slice(0, cut.index).trim();
    const company = text.slice(cut.index! + cut[0].length).split(",")[0]!.trim();
    if (title.length < 2 || title.length > 80 || company.length < 2 || company.length > 80) continue;
    // "Graduate, University of Texas" is not a title: only what follows the last comma could be.
    const lastClause = title.split(",").pop()!.trim();
    if (LEARNER.test(title) || !JOB_TITLE.test(lastClause) || SCHOOL.test(lastClause) || /\s(?:at|@)\s|@/i.test(lastClause)) continue;
    return { title, company };
  }
  return null;
}

function isSchoolName(name: string, schools: readonly string[]): boolean {
  const words = ` ${name.toLowerCase()} `;
  return SCHOOL.test(name) || schools.some((school) => ` ${school.toLowerCase()} `.includes(words));
}

/** Courtesy titles and name suffixes: "Dr. Lena Vasquez" is Lena, "Jane Doe, PhD" and "John Roe Jr." are Doe and Roe. */
const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame|rev)\.?$/i;
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|ph\.d|md|mba|esq|rn|cpa)\.?$/i;

function splitName(profile: RecipientProfile): void {
  if (!profile.fullName && profile.firstName) profile.fullName = [profile.firstName, profile.lastName].filter(Boolean).join(" ");
  if (!profile.fullName) return;
  const parts = profile.fullName.split(",")[0]!.trim().split(/\s+/);
  while (parts.length > 1 && HONORIFIC.test(parts[0]!)) parts.shift();
  while (parts.length > 1 && NAME_SUFFIX.test(parts[parts.length - 1]!)) parts.pop();
  profile.firstName ??= parts[0] ?? null;
  if (parts.length > 1) profile.lastName ??= parts[parts.length - 1]!;
}

function isCurrent(job: Json): boolean {
  const end = job.endDate;
  return end === undefined || end === null || end === "" || (typeof end === "string" && /^(present|current|now)$/i.test(end));
}

function optionalObject(record: Json, key: string): Json | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== "object" || Array.isArray(value)) throw new ProfileShapeError(key, "an object");
  return value as Json;
}

function objectList(record: Json, key: string, field = key): Array<{ value: Json; index: number }> {
  const value = record[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ProfileShapeError(field, "a list");
  return value.map((item, index) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) throw new ProfileShapeError(`${field}[${index}]`, "an object");
    return { value: item as Json, index };
  });
}

function optionalString(record: Json, key: string, field = key): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") throw new ProfileShapeError(field, "a string");
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** A list of strings, or one comma- or semicolon-separated string (as a CSV cell gives). */
function stringList(record: Json, key: string, field = key): string[] {
  const value = record[key];
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return value.split(/[;,]/).map((item) => item.trim()).filter(Boolean);
  if (!Array.isArray(value)) throw new ProfileShapeError(field, "a list of strings or a comma-separated string");
  return value.map((item, index) => {
    if (typeof item === "string") return item.trim();
    if (typeof item === "number") return String(item);
    if (typeof item === "object" && item !== null && typeof (item as Json).name === "string") return ((item as Json).name as string).trim();
    throw new ProfileShapeError(`${field}[${index}]`, "a string");
  }).filter(Boolean);
}

function locationText(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() || null;
  if (typeof value !== "object" || Array.isArray(value)) throw new ProfileShapeError(field, "a string or an object with city/region/countryCode");
  const location = value as Json;
  const parts = ["city", "region", "countryCode"].map((key) => optionalString(location, key, `${field}.${key}`)).filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(", ") : null;
}

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const lower = item.toLowerCase();
    if (seen.has(lower)) return false;
    seen.add(lower);
    return true;
  });
}
