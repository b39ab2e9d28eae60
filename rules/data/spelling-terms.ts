import type { PhraseEntry } from "../util/phrases.js";

/**
 * Words that are correct in outreach but missing from the Hunspell en_US dictionary (SCOWL size 60),
 * checked one by one against it. Lower case; the spelling rule matches them case-insensitively.
 * Mixed-case tokens (GitHub, gRPC, PostgreSQL) and acronyms (SRE, KPIs) are skipped by shape and need
 * no entry. Add your own through the config's `words`.
 */
function terms(reason: string, words: string): PhraseEntry[] {
  return words.split(/\s+/).filter(Boolean).map((phrase) => ({ phrase, reason }));
}

export const SPELLING_TERMS: readonly PhraseEntry[] = [
  ...terms(
    "software, infrastructure and data tools named in engineering roles, often written in lower case",
    `kubernetes github gitlab bitbucket javascript typescript golang nodejs postgres postgresql mysql mongodb redis kafka
    elasticsearch graphql grpc protobuf kubectl terraform ansible pytorch tensorflow numpy scikit dbt databricks bigquery
    redshift snowflake airflow scala kotlin figma jira calendly hubspot salesforce linkedin inmail inmails webpack vite
    nextjs reactjs vuejs django laravel jupyter grafana datadog pagerduty splunk sentry zapier notion gmail`,
  ),
  ...terms(
    "engineering vocabulary common in job posts: backend work, microservices, on-call runbooks",
    `backend backends frontend frontends fullstack microservice microservices serverless devops devsecops mlops sre sres
    uptime observability runbook runbooks oncall toolchain toolchains codebase codebases monorepo monorepos repo repos dev
    devs config configs async multicloud kanban standup standups scalable chatbot chatbots dataset datasets hackathon
    hackathons failover autoscaling containerized dockerized refactor refactoring refactored`,
  ),
  ...terms(
    "industry and business words of sales and startup outreach",
    `fintech insurtech healthtech edtech proptech martech adtech regtech saas paas iaas ecommerce omnichannel cofounder
    cofounders fundraise crypto upsell upselling lifecycle rebrand rebranding benchmarking roadmap roadmaps offsites
    onboarded onboarding offboarding walkthrough walkthroughs livestream webinar webinars ebook ebooks podcaster signup
    signups preorder`,
  ),
  ...terms(
    "recruiting and careers vocabulary",
    `sourcer sourcers upskill upskilling reskilling mentee mentees bootcamp bootcamps learnings rockstar rockstars
    wellbeing timezones precepting telehealth telemedicine`,
  ),
  ...terms("informal abbreviations people use in messages, not misspellings", `ok btw fyi thx pls rgds eg ie tldr mins libs eps yay blogpost vlog subreddit wifi prem addon addons`),
  ...terms("greetings from other languages that open English messages", `hola bonjour ciao namaste salut hej`),
  ...terms("privacy vocabulary of sales data: the dictionary has neither form", `anonymize anonymized anonymizing`),
];

/**
 * Two- and three-letter tokens are mostly acronyms and names written in lower case ("swe", "lfi",
 * "sms"): only a swap of letters in one of these very common words is reported ("teh", "adn", "yuo").
 */
export const SHORT_TYPO_WORDS: readonly PhraseEntry[] = terms(
  "a very common short word: a swap of its letters is a typo, not an acronym",
  "the and you for are not but our can has was how any who its one all get new now out see use way may day why let job pay own too yet ask set top",
);
