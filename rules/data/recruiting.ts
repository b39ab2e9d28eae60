import type { PhraseEntry } from "../util/phrases.js";

/**
 * Words that end a job title ("Senior Backend *Engineer*", "Head of *Data*" is handled by
 * TITLE_PREFIXES). Plurals are matched too ("hiring two engineers").
 */
export const TITLE_HEADS: readonly PhraseEntry[] = [
  { phrase: "engineer", reason: "engineering roles" },
  { phrase: "developer", reason: "software roles" },
  { phrase: "programmer", reason: "software roles" },
  { phrase: "designer", reason: "design roles" },
  { phrase: "scientist", reason: "science and data roles" },
  { phrase: "analyst", reason: "analysis roles" },
  { phrase: "architect", reason: "architecture roles" },
  { phrase: "manager", reason: "management roles" },
  { phrase: "director", reason: "management roles" },
  { phrase: "administrator", reason: "operations roles" },
  { phrase: "consultant", reason: "consulting roles" },
  { phrase: "specialist", reason: "specialist roles" },
  { phrase: "technician", reason: "technical roles" },
  { phrase: "nurse", reason: "healthcare roles" },
  { phrase: "physician", reason: "healthcare roles" },
  { phrase: "therapist", reason: "healthcare roles" },
  { phrase: "pharmacist", reason: "healthcare roles" },
  { phrase: "accountant", reason: "finance roles" },
  { phrase: "controller", reason: "finance roles" },
  { phrase: "auditor", reason: "finance roles" },
  { phrase: "attorney", reason: "legal roles" },
  { phrase: "lawyer", reason: "legal roles" },
  { phrase: "paralegal", reason: "legal roles" },
  { phrase: "recruiter", reason: "talent roles (the sender's own title is skipped)" },
  { phrase: "sourcer", reason: "talent roles" },
  { phrase: "writer", reason: "content roles" },
  { phrase: "copywriter", reason: "content roles" },
  { phrase: "editor", reason: "content roles" },
  { phrase: "marketer", reason: "marketing roles" },
  { phrase: "strategist", reason: "strategy roles" },
  { phrase: "researcher", reason: "research roles" },
  { phrase: "teacher", reason: "education roles" },
  { phrase: "instructor", reason: "education roles" },
  { phrase: "coordinator", reason: "coordination roles" },
  { phrase: "representative", reason: "sales and service roles" },
  { phrase: "account executive", reason: "sales roles" },
  { phrase: "officer", reason: "\"Chief Technology Officer\", \"Loan Officer\"" },
  { phrase: "intern", reason: "internships" },
  { phrase: "producer", reason: "media roles" },
  { phrase: "planner", reason: "planning roles" },
  { phrase: "tech lead", reason: "lead roles (\"lead\" alone is too common a word)" },
  { phrase: "team lead", reason: "lead roles" },
  { phrase: "engineering lead", reason: "lead roles" },
  { phrase: "design lead", reason: "lead roles" },
  { phrase: "product lead", reason: "lead roles" },
  { phrase: "data lead", reason: "lead roles" },
  { phrase: "product owner", reason: "agile roles" },
  { phrase: "scrum master", reason: "agile roles" },
  { phrase: "talent partner", reason: "talent roles" },
  { phrase: "sre", reason: "site reliability engineering" },
  { phrase: "cto", reason: "executive roles" },
  { phrase: "cfo", reason: "executive roles" },
  { phrase: "ceo", reason: "executive roles" },
  { phrase: "coo", reason: "executive roles" },
  { phrase: "cmo", reason: "executive roles" },
  { phrase: "cpo", reason: "executive roles" },
  { phrase: "ciso", reason: "executive roles" },
  { phrase: "vp", reason: "executive roles" },
  { phrase: "vice president", reason: "executive roles" },
];

/** Titles that start with a fixed word and end with a field: "Head of Data", "VP of Sales". */
export const TITLE_PREFIXES: readonly string[] = ["head of", "vp of", "vice president of", "director of", "chief"];

/**
 * What makes a message about a job. Without one of these the rule says nothing: a recruiter's
 * networking note or thank-you is not a job pitch. "role" and "position" after "your" or
 * "current" are the recipient's, not an opening (see HIRING_SIGNAL_EXCLUSIONS).
 */
export const HIRING_SIGNALS: readonly PhraseEntry[] = [
  { phrase: "opportunity", reason: "\"an exciting opportunity\": the red flag when nothing specific follows" },
  { phrase: "opportunities", reason: "job pitch" },
  { phrase: "role", reason: "job pitch" },
  { phrase: "roles", reason: "job pitch" },
  { phrase: "position", reason: "job pitch" },
  { phrase: "positions", reason: "job pitch" },
  { phrase: "opening", reason: "job pitch" },
  { phrase: "openings", reason: "job pitch" },
  { phrase: "vacancy", reason: "job pitch" },
  { phrase: "job opening", reason: "job pitch (\"job\" alone is too common: \"great job on your talk\")" },
  { phrase: "job opportunity", reason: "job pitch" },
  { phrase: "job offer", reason: "job pitch" },
  { phrase: "job post", reason: "job pitch" },
  { phrase: "hiring", reason: "job pitch" },
  { phrase: "we're looking for", reason: "job pitch" },
  { phrase: "we are looking for", reason: "job pitch" },
  { phrase: "is looking for", reason: "job pitch" },
  { phrase: "are looking for", reason: "job pitch" },
  { phrase: "join our team", reason: "job pitch" },
  { phrase: "join the team", reason: "job pitch" },
  { phrase: "recruiting for", reason: "job pitch" },
  { phrase: "career move", reason: "job pitch" },
  { phrase: "next career", reason: "job pitch" },
];

/**
 * Words right before a hiring signal that make it the recipient's ("your role"), or another
 * kind of opportunity ("a partnership opportunity", "guest speaking opportunities").
 */
export const HIRING_SIGNAL_EXCLUSIONS = /\b(?:your|current|previous|former|his|her|their|partnership|sponsorship|business|investment|speaking|guest|collaboration|advertising|marketing|sales|growth|podcast|community)\s+$/i;
/** Words right after "opportunity" that make it something other than a job ("an opportunity to partner"). */
export const NON_JOB_OPPORTUNITY = /^\s+(?:to\s+(?:partner|collaborate|sponsor|advertise|invest|speak|feature|work together)|for\s+(?:a\s+)?(?:partnership|collaboration|sponsorship))\b/i;

/**
 * Phrases that stand in for the employer's name: agency speak ("a client of ours") and the
 * "exciting opportunity with a fast-growing company" blast. Recipients cannot judge a job
 * without knowing who offers it, and published complaints about recruiters single out
 * the unnamed client (fixtures/corpus, bad "agency blast" drafts; Joblint's recruiter fails).
 */
export const UNNAMED_EMPLOYER_NOUNS: readonly string[] = [
  "client",
  "company",
  "startup",
  "start-up",
  "firm",
  "organization",
  "organisation",
  "employer",
  "business",
  "brand",
  "scale-up",
  "scaleup",
  "unicorn",
  "fintech",
  "enterprise",
];

/**
 * Telling the recipient why the employer is unnamed is honest, and recipients rate such agency
 * messages as good (fixtures/corpus 038, 073, 085: "I can share the client's name on a call").
 */
export const EMPLOYER_NAME_EXPLAINED: readonly PhraseEntry[] = [
  { phrase: "share the client's name", reason: "explains when the name comes" },
  { phrase: "share the company name", reason: "explains when the name comes" },
  { phrase: "share the company's name", reason: "explains when the name comes" },
  { phrase: "share their name", reason: "explains when the name comes" },
  { phrase: "share the name", reason: "explains when the name comes" },
  { phrase: "not able to name", reason: "explains the confidentiality" },
  { phrase: "unable to name", reason: "explains the confidentiality" },
  { phrase: "can't name", reason: "explains the confidentiality" },
  { phrase: "cannot name", reason: "explains the confidentiality" },
  { phrase: "can't disclose", reason: "explains the confidentiality" },
  { phrase: "cannot disclose", reason: "explains the confidentiality" },
  { phrase: "confidential search", reason: "explains the confidentiality" },
  { phrase: "name on a call", reason: "explains when the name comes" },
];

/**
 * A job seeker's own message (a referral or reference ask) mentions a role without pitching one:
 * the rule is about job pitches, so these skip it.
 */
export const JOB_SEEKER_CUES: readonly PhraseEntry[] = [
  { phrase: "final round", reason: "the sender is interviewing" },
  { phrase: "my application", reason: "the sender applied" },
  { phrase: "i applied", reason: "the sender applied" },
  { phrase: "i'm applying", reason: "the sender applies" },
  { phrase: "i am applying", reason: "the sender applies" },
  { phrase: "as a reference", reason: "reference ask" },
  { phrase: "references", reason: "reference ask" },
  { phrase: "referral", reason: "referral ask" },
  { phrase: "refer me", reason: "referral ask" },
  { phrase: "referring me", reason: "referral ask" },
  { phrase: "planning to apply", reason: "the sender applies" },
  { phrase: "my current resume", reason: "the sender is the candidate" },
  { phrase: "my job search", reason: "the sender is looking" },
  { phrase: "i'm job hunting", reason: "the sender is looking" },
  { phrase: "i'm looking for a new role", reason: "the sender is looking" },
  { phrase: "i'm looking for a role", reason: "the sender is looking" },
  { phrase: "i'm looking for my next", reason: "the sender is looking" },
  { phrase: "i'm looking for remote", reason: "the sender is looking" },
  { phrase: "looking for contract", reason: "the sender is looking" },
  { phrase: "my resume", reason: "the sender is the candidate" },
  { phrase: "my résumé", reason: "the sender is the candidate" },
  { phrase: "my cv", reason: "the sender is the candidate" },
];

/** Sites that follow "from" without being an employer ("I found you from LinkedIn"). */
export const PLATFORMS: readonly string[] = ["linkedin", "github", "gitlab", "twitter", "x", "medium", "youtube", "reddit", "stack", "hacker", "meetup", "zoom"];

/** Capitalised words that follow "at" or "from" without naming an employer. */
export const NOT_EMPLOYERS: readonly string[] = [
  "i",
  "the",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Merge fields that fill in the role, the company or the pay in a template. */
export const ROLE_FIELDS = /^(?:job_?)?(?:title|role|position|job)(?:_?title|_?name)?$/i;
export const COMPANY_FIELDS = /^(?:(?:my|our|sender|hiring)_?)?(?:company|client|employer|organi[sz]ation)(?:_?name)?$/i;
export const SALARY_FIELDS = /^(?:salary|pay|comp|compensation|base|ote)(?:_?range|_?band)?$/i;
