import type { PhraseEntry } from "../util/phrases.js";

/**
 * Professions, for telling a mis-targeted role ("an ICU nurse contract sent to a backend engineer")
 * from a merely different one. `titles` are job titles: in a draft they name the opportunity, in a
 * profile the person's work. `terms` are skills and subject words, read from profiles only (a
 * draft's "your Go work" describes the reader, not the offer). Fields are deliberately broad:
 * backend and frontend are one field, because pitching one to the other is not "irrelevant".
 */
export interface Field {
  id: string;
  /** How messages name it: "a nursing role", "software engineering". */
  label: string;
  /** Fields close enough that a move between them is plausible (checked both ways). */
  related: readonly string[];
  titles: readonly string[];
  terms: readonly string[];
}

export const FIELDS: readonly Field[] = [
  {
    id: "software",
    label: "software engineering",
    related: ["data", "product", "design"],
    titles: [
      "software engineer", "software developer", "backend engineer", "back-end engineer", "back end engineer", "backend developer",
      "back-end developer", "back end developer", "frontend engineer", "front end engineer", "front end developer",
      "front-end engineer", "frontend developer", "front-end developer", "full-stack engineer", "full stack engineer", "fullstack engineer",
      "full-stack developer", "full stack developer", "fullstack developer", "web developer", "react developer", "java developer",
      "python developer", "node.js developer", "javascript developer", ".net developer", "php developer", "ruby developer", "mobile engineer", "mobile developer", "ios engineer", "ios developer", "android engineer",
      "android developer", "platform engineer", "site reliability engineer", "sre", "devops engineer", "infrastructure engineer",
      "systems engineer", "security engineer", "qa engineer", "test engineer", "staff engineer", "principal engineer", "engineering manager",
      "vp of engineering", "director of engineering", "head of engineering", "cto", "software architect", "solutions architect",
      "data engineer", "machine learning engineer", "ml engineer", "programmer", "tech lead", "developer advocate", "developer",
      "game developer", "embedded engineer", "firmware engineer", "sales engineer",
    ],
    terms: [
      "go", "golang", "java", "javascript", "typescript", "rust", "c++", "c#", "ruby", "php", "scala", "kotlin", "swift", "ios", "android",
      "kubernetes", "docker", "terraform", "aws", "gcp", "azure", "postgresql", "mysql", "grpc", "react", "node.js", "graphql", "linux",
      "distributed systems", "microservices", "backend", "frontend", "full-stack", "system design", "devops", "observability",
      "incident response", "storage engines", "software engineering", "web development", "engineering management", "infrastructure",
      "programming", "computer science", "open source",
    ],
  },
  {
    id: "data",
    label: "data and analytics",
    related: ["software", "product", "finance", "marketing"],
    titles: [
      "data scientist", "data analyst", "analytics engineer", "data engineer", "machine learning engineer", "ml engineer",
      "research scientist", "statistician", "quantitative analyst", "business intelligence analyst", "bi analyst", "analytics manager",
      "head of data", "director of data",
    ],
    terms: [
      "python", "sql", "statistics", "machine learning", "deep learning", "computer vision", "forecasting", "pandas", "scikit-learn",
      "tableau", "power bi", "dbt", "spark", "airflow", "causal inference", "a/b testing", "analytics", "data science", "data analysis",
      "data engineering", "nlp", "pytorch", "tensorflow", "data visualization",
    ],
  },
  {
    id: "design",
    label: "design",
    related: ["software", "product", "marketing"],
    titles: [
      "product designer", "ux designer", "ui designer", "ux/ui designer", "ui/ux designer", "ux researcher", "user researcher",
      "graphic designer", "visual designer", "interaction designer", "brand designer", "design lead", "head of design", "designer",
      "design director", "content designer",
    ],
    terms: [
      "figma", "design systems", "design system", "user research", "prototyping", "usability testing", "ux", "ui", "typography",
      "wireframing", "interaction design", "visual design", "illustration", "accessibility", "sketch", "product design",
    ],
  },
  {
    id: "product",
    label: "product management",
    related: ["software", "design", "data", "marketing"],
    titles: [
      "product manager", "product owner", "head of product", "vp of product", "director of product", "group product manager",
      "technical program manager", "program manager", "cpo", "product lead",
    ],
    terms: ["product management", "roadmapping", "product strategy", "product discovery", "product"],
  },
  {
    id: "sales",
    label: "sales",
    related: ["marketing"],
    titles: [
      "account executive", "sales development representative", "business development representative", "sdr", "bdr", "account manager",
      "sales manager", "sales director", "vp of sales", "head of sales", "sales representative", "sales rep", "sales engineer",
      "customer success manager", "business development manager",
    ],
    terms: [
      "sales", "b2b sales", "enterprise sales", "sales leadership", "salesforce", "prospecting", "negotiation", "account management",
      "business development", "cold calling", "quota", "crm",
    ],
  },
  {
    id: "marketing",
    label: "marketing",
    related: ["sales", "design", "product", "data"],
    titles: [
      "marketing manager", "marketing coordinator", "marketing director", "head of marketing", "vp of marketing", "cmo",
      "content marketer", "content strategist", "content marketing manager", "growth marketer", "brand manager", "seo specialist",
      "social media manager", "copywriter", "communications manager", "demand generation manager", "community manager",
    ],
    terms: [
      "marketing", "email marketing", "content strategy", "content marketing", "seo", "brand", "branding", "social media",
      "demand generation", "marketing automation", "copywriting", "community events", "brand partnerships", "campaigns", "klaviyo",
      "hubspot", "paid ads", "newsletters", "public relations",
    ],
  },
  {
    id: "finance",
    label: "finance",
    related: ["data"],
    titles: [
      "accountant", "financial analyst", "fp&a analyst", "fp&a manager", "controller", "treasury analyst", "treasury manager", "cfo",
      "finance manager", "finance director", "auditor", "bookkeeper", "investment analyst",
    ],
    terms: ["finance", "fp&a", "financial modeling", "budgeting", "accounting", "gaap", "treasury", "audit", "valuation", "netsuite", "excel"],
  },
  {
    id: "nursing",
    label: "nursing and clinical care",
    related: [],
    titles: [
      "registered nurse", "nurse", "nurses", "rn", "icu rn", "nurse practitioner", "travel nurse", "charge nurse", "nurse educator",
      "clinical educator", "clinical nurse specialist", "physician", "doctor", "medical assistant", "pharmacist", "physical therapist",
      "paramedic", "emt", "cna", "lpn", "surgeon", "midwife", "dental hygienist", "nursing assistant",
    ],
    terms: [
      "nursing", "critical care", "patient care", "icu", "ccrn", "acls", "bls", "ventilator management", "sepsis care", "crrt",
      "precepting", "triage", "telemetry", "med-surg", "emergency medicine", "nursing education", "clinical care", "bedside care",
    ],
  },
  {
    id: "teaching",
    label: "teaching",
    related: [],
    titles: ["teacher", "instructor", "professor", "lecturer", "tutor", "teaching assistant", "curriculum designer", "instructional designer"],
    terms: ["teaching", "curriculum", "classroom management", "lesson planning", "pedagogy", "science education", "education"],
  },
  {
    id: "legal",
    label: "law",
    related: [],
    titles: ["lawyer", "attorney", "paralegal", "legal counsel", "general counsel", "solicitor", "barrister", "legal assistant"],
    terms: ["litigation", "legal research", "corporate law", "contract law", "intellectual property", "compliance"],
  },
  {
    id: "people",
    label: "recruiting and HR",
    related: [],
    titles: [
      "recruiter", "technical recruiter", "talent acquisition partner", "talent partner", "sourcer", "hr manager", "hr business partner",
      "people operations manager", "head of people", "hr generalist",
    ],
    terms: ["recruiting", "talent acquisition", "sourcing", "employee relations", "hris", "technical hiring", "people operations"],
  },
];

/** Titles of people who are pitched every kind of role or deal: no field can be "irrelevant" to them. */
export const GENERALIST_TITLES: readonly string[] = [
  "founder", "co-founder", "cofounder", "ceo", "owner", "president", "general manager", "chief of staff", "consultant", "freelancer",
  "managing director", "partner",
];

/** A noun right after a title that makes it an offer: "ICU Registered Nurse role", "RN contract". */
export const ROLE_NOUNS: readonly PhraseEntry[] = [
  "role", "position", "opening", "job", "vacancy", "opportunity", "contract", "assignment", "req", "requisition", "gig",
].map((phrase) => ({ phrase, reason: "names the title as a job on offer" }));

/** Hiring words shortly before a title that make it the offer: "hiring a Senior Data Scientist". */
export const HIRING_CUES: readonly PhraseEntry[] = [
  ...["hiring", "hire", "looking for", "seeking", "recruiting", "recruiting for", "to find", "we need", "open for"].map((phrase) => ({ phrase, reason: "a search for someone" })),
  ...["role is", "role:", "position:", "title:"].map((phrase) => ({ phrase, reason: "names the job on offer" })),
  ...["you would be", "you'd be", "join us as", "join our team as", "join the team as", "as our"].map((phrase) => ({ phrase, reason: "the reader in the offered job" })),
];

/** Words before a title that make it a person's own, not the offer: "your backend engineer role", "I'm a nurse recruiter". */
export const PERSON_CUES: readonly PhraseEntry[] = [
  ...["your", "you're", "you are", "you were", "current", "former"].map((phrase) => ({ phrase, reason: "the reader's own title" })),
  ...["my", "i'm", "i am"].map((phrase) => ({ phrase, reason: "the sender's own title" })),
];
