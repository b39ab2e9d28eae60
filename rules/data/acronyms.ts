import type { PhraseEntry } from "../util/phrases.js";

/**
 * Capitalised words that are names or abbreviations, not shouting. Every all-caps word of four
 * letters or fewer is already treated as a possible acronym, so this list matters most for the
 * longer ones (HIPAA, NCLEX, NVIDIA) and for runs of short ones ("ICU RN"). Extend it with the
 * `acronyms` option or the config's `words`.
 */
export const ACRONYMS: readonly string[] = [
  // Tech
  "API", "APIs", "AWS", "GCP", "SQL", "NOSQL", "SAAS", "PAAS", "IAAS", "B2B", "B2C", "IT", "QA", "UX", "UI", "ML", "AI", "NLP", "LLM", "LLMS", "SRE",
  "SDK", "CLI", "CI", "CD", "PDF", "URL", "HTTP", "HTTPS", "REST", "JSON", "YAML", "HTML", "CSS", "XML", "CRUD", "SOAP", "AJAX", "OAUTH", "SAML",
  "LDAP", "MQTT", "CUDA", "FPGA", "ASIC", "RTOS", "VLSI", "CMOS", "MEMS", "LIDAR", "GPU", "GPUS", "CPU", "RAM", "SSD", "IOT", "ETL", "ELT", "BI",
  "CRM", "ERP", "HRIS", "ATS", "SEO", "SEM", "PPC", "CMS", "SOC", "PCI", "DSS", "GDPR", "CCPA", "HIPAA", "SOX", "ISO", "NIST", "FEDRAMP", "COBOL",
  "FORTRAN", "MATLAB", "SPSS", "SAS", "ABAP", "GRPC", "GRAPHQL", "DBT", "EKS", "GKE", "AKS", "ECS", "RDS", "SQS", "SNS", "IAM", "VPC", "CDN",
  "DNS", "TCP", "UDP", "SSH", "TLS", "SSL", "VPN", "OSS", "FOSS", "AR", "VR", "XR", "MVP", "POC", "SLA", "SLO", "SLOS", "OKR", "OKRS", "KPI", "KPIS",
  "ROI", "ARR", "MRR", "GTM", "SDR", "BDR", "AE", "CSM", "PM", "PMS", "TPM", "EM", "IC", "README", "TODO", "FIXME", "FAQ", "ASCII", "POSIX",
  "JSONB", "WASM", "MAINTAINERS", "CONTRIBUTING", "CHANGELOG", "LICENSE", "CODEOWNERS", "TOGAF", "ITIL", "COBIT", "CISSP", "CISA", "CISM", "PMP", "CCNA", "CCNP", "HITRUST", "FERPA", "FISMA", "FHIR", "HL7",
  // Titles and business
  "VP", "SVP", "EVP", "AVP", "CEO", "CTO", "CFO", "COO", "CMO", "CRO", "CPO", "CIO", "CISO", "CHRO", "HR", "PR", "MBA", "PHD", "GPA", "IPO",
  "LLC", "INC", "LTD", "NGO", "STEM", "GAAP", "IFRS", "CPA", "CFA", "SEC", "FDA", "FINRA", "OSHA", "USCIS", "FAANG", "MAANG", "NYSE", "NASDAQ",
  "EBITDA", "CAGR", "ARPU", "NPS", "LTV", "CAC", "OPEX", "CAPEX", "ESOP", "RSU", "RSUS", "SPAC", "DARPA", "NOAA", "FEMA", "NCAA", "UNESCO",
  "EOD", "EOW", "TBD", "ETA", "FYI", "OOO", "PTO", "WFH", "OTE", "USD", "EUR", "GBP", "CAD", "AUD", "INR",
  // Health care
  "ICU", "NICU", "PICU", "CVICU", "SICU", "MICU", "CTICU", "PACU", "ER", "ED", "OR", "RN", "RNS", "LPN", "CNA", "BSN", "MSN", "DNP", "NP", "FNP",
  "APRN", "CRNA", "CCRN", "NCLEX", "ACLS", "PALS", "BLS", "TNCC", "NIHSS", "ECMO", "CRRT", "MD", "DO", "PA", "PT", "OT", "SLP", "EMT", "EMS",
  "MRI", "EKG", "ECG", "EHR", "EMR", "USMLE",
  // Places, organisations, companies and schools usually written in capitals
  "US", "USA", "UK", "EU", "UAE", "NYC", "SF", "LA", "DC", "EMEA", "APAC", "LATAM", "DACH", "NASA", "NATO", "UN", "UNICEF", "USAID", "IEEE",
  "ACM", "IBM", "SAP", "HP", "AMD", "ARM", "TSMC", "ASML", "NVIDIA", "KPMG", "PWC", "BCG", "EY", "HSBC", "UBS", "ING", "IKEA", "LEGO", "ESPN",
  "MIT", "UCLA", "NYU", "USC", "CMU", "UCSD", "UIUC", "ETH", "EPFL", "INSEAD", "HEC", "LSE", "SUNY", "CUNY", "GMAT", "GRE", "SAT",
  // Time zones
  "PST", "PDT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "GMT", "UTC", "CET", "CEST", "BST", "IST", "AM", "PM",
];

/**
 * Common short English words. One alone in capitals may be an abbreviation ("IN" for Indiana), but
 * two short capitalised words in a row that include one of these are a shouted phrase ("WE ARE"),
 * while "NY NJ" or "BBC CNN" are not.
 */
export const COMMON_SHORT_WORDS: readonly string[] = [
  "THE", "AND", "FOR", "ARE", "IS", "WE", "OUR", "THIS", "THAT", "WITH", "HAVE", "HAS", "WAS", "BE", "TO", "OF", "IN", "ON", "AT", "BY", "NO",
  "GO", "GET", "CAN", "WILL", "WHO", "WHY", "HOW", "WHAT", "WHEN", "UP", "OUT", "OFF", "ONE", "TWO", "DAY", "PAY", "TOP", "HERE", "ITS", "IM",
  "IVE", "WONT", "CANT", "SO", "MY", "ME", "HE", "SHE", "THEY", "THEM", "FROM", "INTO", "OVER", "YEAR", "WEEK", "TIME", "JOB", "JOBS", "ROLE",
];

/**
 * Short all-caps words that are emphasis, never abbreviations: "HUGE news", "we'd LOVE to".
 * Without this list every word of four letters or fewer would pass as a possible acronym.
 */
export const SHOUTED_SHORT_WORDS: readonly string[] = [
  "HUGE", "LOVE", "FREE", "NOW", "BEST", "WOW", "MUST", "HOT", "BIG", "VERY", "REAL", "ONLY", "JUST", "NEED", "COOL", "WILD", "DONT", "NOT",
  "YOU", "YOUR", "ALL", "MOST", "MORE", "LAST", "GOOD", "NICE", "FAST", "EASY", "SALE", "DEAL", "CASH", "WIN", "YES", "OMG",
];

/**
 * Sentence openings where "!" is a convention, not emphasis ("Thanks!", "Have a great day!", "I hope
 * you're well!"): an exclamation mark in such a sentence is not counted. Extend with the shouting
 * rule's `pleasantries` option.
 */
export const PLEASANTRIES: readonly PhraseEntry[] = [
  ...["thanks", "thank you", "many thanks", "cheers"].map((phrase) => ({ phrase, reason: "thanks" })),
  ...["have a", "happy", "good luck", "welcome", "congrats", "congratulations"].map((phrase) => ({ phrase, reason: "a wish" })),
  ...["hope", "i hope", "hopefully"].map((phrase) => ({ phrase, reason: "\"I hope you're well!\"" })),
  ...["nice to", "looking forward", "talk soon", "speak soon"].map((phrase) => ({ phrase, reason: "a friendly close" })),
];
