import type { PhraseEntry } from "../util/phrases.js";

/**
 * What makes a job message concrete. EMSCAD (17,880 job ads, 866 fraudulent) found missing company
 * and salary details among the signals of a fake posting; LinkedIn's Recruiter guidance asks for
 * "a brief but detailed conversation starter". These lists let vague-opportunity see the details.
 */

/** Job-title nouns (lower case, singular and plural). "Recruiter" and "founder" are left out: they describe the sender. */
export const TITLE_WORDS: readonly string[] = [
  "engineer", "engineers", "developer", "developers", "programmer", "programmers", "designer", "designers", "manager", "managers",
  "scientist", "scientists", "analyst", "analysts", "architect", "architects", "director", "directors", "nurse", "nurses", "physician",
  "physicians", "doctor", "doctors", "surgeon", "surgeons", "therapist", "therapists", "pharmacist", "pharmacists", "technician", "technicians",
  "technologist", "technologists", "hygienist", "hygienists", "dentist", "dentists", "accountant", "accountants", "auditor", "auditors",
  "consultant", "consultants", "specialist", "specialists", "coordinator", "coordinators", "administrator", "administrators",
  "representative", "representatives", "marketer", "marketers", "copywriter", "writer", "writers", "researcher",
  "researchers", "teacher", "teachers", "tutor", "professor", "lecturer", "instructor", "attorney", "attorneys", "lawyer", "lawyers",
  "paralegal", "counsel", "intern", "interns", "internship", "tester", "testers", "strategist", "officer", "bookkeeper",
  "chef", "electrician", "mechanic", "welder", "salesperson", "machinist", "paramedic", "caregiver", "midwife", "veterinarian",
];

/** Titles written as abbreviations, matched case-sensitively ("NP", not "np"). */
export const TITLE_ABBREVIATIONS: readonly string[] = ["SRE", "DevOps", "CTO", "CFO", "COO", "CMO", "VP", "SVP", "RN", "LPN", "NP", "CRNA", "SDR", "BDR"];

/** Two-word titles whose words are not titles on their own. */
export const TITLE_PHRASES: readonly string[] = ["account executive", "product owner", "scrum master", "head of", "sales rep", "team lead", "tech lead"];

/** Technologies and clinical specialties, matched case-sensitively ("Go" the language, not "go"). */
export const TECH_NAMES: readonly string[] = [
  "Go", "Golang", "Python", "Java", "JavaScript", "TypeScript", "Node.js", "Node", "React", "Vue", "Angular", "Svelte", "Next.js", "Rust",
  "Ruby", "Rails", "Django", "Flask", "FastAPI", "Spring Boot", "Kotlin", "Swift", "SwiftUI", "Scala", "Elixir", "Erlang", "Haskell", "Clojure",
  "PHP", "Laravel", "C++", "C#", ".NET", "Perl", "Julia", "MATLAB", "SQL", "PostgreSQL", "Postgres", "MySQL", "SQLite", "MongoDB",
  "Redis", "Cassandra", "DynamoDB", "Elasticsearch", "OpenSearch", "Snowflake", "BigQuery", "Redshift", "Databricks", "Spark", "Hadoop",
  "Airflow", "dbt", "Kafka", "RabbitMQ", "Flink", "Kubernetes", "Docker", "Terraform", "Ansible", "AWS", "GCP", "Azure", "Linux", "gRPC",
  "GraphQL", "REST", "TensorFlow", "PyTorch", "JAX", "pandas", "NumPy", "scikit-learn", "Figma", "Sketch", "Salesforce", "HubSpot", "Tableau",
  "Looker", "Power BI", "Excel", "SAP", "Workday", "Epic", "Cerner", "iOS", "Android", "Unreal Engine", "Solidity", "Verilog", "FPGA",
  "ML", "machine learning", "computer vision", "NLP", "LLM", "LLMs",
  "ICU", "NICU", "PICU", "CVICU", "ER", "PACU", "med-surg", "telemetry", "oncology", "pediatrics", "labor and delivery", "L&D",
];

/** Places, matched case-sensitively; "remote", "hybrid" and "based in X" are found by pattern. */
export const PLACES: readonly string[] = [
  "New York", "NYC", "San Francisco", "Bay Area", "Silicon Valley", "Seattle", "Austin", "Boston", "Chicago", "Denver", "Boulder",
  "Los Angeles", "Atlanta", "Dallas", "Houston", "Miami", "Portland", "Columbus", "Pittsburgh", "Philadelphia", "Washington", "Raleigh",
  "Durham", "Salt Lake City", "Phoenix", "San Diego", "San Jose", "Palo Alto", "Mountain View", "Menlo Park", "Sunnyvale", "Oakland",
  "Minneapolis", "Detroit", "Ann Arbor", "Nashville", "Kansas City", "St. Louis", "Cleveland", "Cincinnati", "Milwaukee", "Madison",
  "Baltimore", "Charlotte", "Orlando", "Tampa", "Sacramento", "Toronto", "Vancouver", "Montreal", "Ottawa", "London", "Manchester",
  "Edinburgh", "Berlin", "Munich", "Hamburg", "Paris", "Amsterdam", "Dublin", "Zurich", "Geneva", "Stockholm", "Copenhagen", "Oslo",
  "Helsinki", "Barcelona", "Madrid", "Lisbon", "Warsaw", "Prague", "Vienna", "Tel Aviv", "Bangalore", "Bengaluru", "Hyderabad", "Pune",
  "Mumbai", "Delhi", "Singapore", "Sydney", "Melbourne", "Auckland", "Tokyo", "Hong Kong", "Shanghai", "Dubai", "São Paulo",
];

/** Adjectives that make "the ___ team" praise rather than a description of the team. */
export const VAGUE_TEAM_WORDS: readonly string[] = [
  "great", "amazing", "awesome", "talented", "fantastic", "growing", "fast-growing", "small", "dynamic", "passionate", "strong", "excellent",
  "incredible", "wonderful", "collaborative", "brilliant", "world-class", "top", "best", "whole", "entire", "hiring", "recruiting", "talent",
  "young", "new", "friendly", "diverse", "global", "innovative", "exciting", "rockstar", "winning", "recruitment",
];

/**
 * Capitalised words after "at", "with" or "for" that are not a company: pronouns, tools, days,
 * months, holidays, levels and nationalities ("working with American healthcare facilities").
 * Case-sensitive, as written.
 */
export const NOT_COMPANY_WORDS: readonly PhraseEntry[] = [
  ...["I", "We", "They", "It", "He", "She", "You", "The", "This", "That"].map((phrase) => ({ phrase, reason: "a pronoun or article starting a clause" })),
  ...["LinkedIn", "Zoom", "Google Meet"].map((phrase) => ({ phrase, reason: "where people meet, not who hires" })),
  ...["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map((phrase) => ({ phrase, reason: "a day (\"chat on Friday\")" })),
  ...["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].map((phrase) => ({
    phrase,
    reason: "a month (\"start in March\")",
  })),
  ...["Christmas", "Thanksgiving"].map((phrase) => ({ phrase, reason: "a holiday" })),
  ...["Senior", "Junior", "Staff", "Principal", "Lead", "Top", "Series"].map((phrase) => ({ phrase, reason: "a level or a funding stage, not a name" })),
  ...["American", "European", "British", "Canadian", "German", "French", "Indian", "Asian", "African", "Australian", "Global"].map((phrase) => ({
    phrase,
    reason: "an adjective of nationality or scope",
  })),
];
