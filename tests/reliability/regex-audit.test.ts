import { beforeAll, describe, expect, it } from "vitest";
import { inventory, phraseShapeProblem, readAudit, recheck } from "./regex-audit.mjs";

interface Regex {
  key: string;
  source: string;
  flags: string;
  origins: string[];
  phraseList: boolean;
}
interface Verdict {
  status: "safe" | "vulnerable" | "unknown";
  checker: string | null;
  complexity: string | null;
}

/**
 * Patterns recheck calls super-linear that stay, each with why its input cannot make it slow.
 * Keyed by the pattern's hash (regex-audit.mjs `hashOf`), so any change to one is audited anew.
 * "Measured linear": recheck's fuzzer (used where look-arounds rule out its automaton analysis)
 * flagged it, but its own attack string, doubled, takes twice the time, not four times. The
 * fuzzer's verdict can change between runs; regex-audit.json keeps the last one reviewed.
 */
const ALLOWED: Array<{ file: string; key: string; starts: string; why: string }> = [
  { file: "src/config/load.ts", key: "56b78d1535a2d9966c61", starts: " in JSON at position", why: "one line of a config parser's error message" },
  { file: "src/draft/yaml-errors.ts", key: "6a9228379cc54f4b91cd", starts: " at line \\d+, column", why: "the first line of a YAML parser's error message (also in src/profile/load.ts)" },
  { file: "src/files/json-error.ts", key: "d97eb50f131d91f54af4", starts: ', (?:\\.\\.\\.)?"', why: "V8's JSON.parse message, which quotes at most a few dozen characters of the text" },
  { file: "src/files/expand.ts", key: "dd74551560cac95d0815", starts: "\\{[^}]*\\/", why: "a glob typed on the command line" },
  { file: "src/draft/markdown.ts", key: "e0db039d99afcea9d8c2", starts: "^ {0,3}\\[", why: "measured linear; one line, anchored at its start, URL at most 2,000 characters" },
  { file: "src/draft/merge-fields.ts", key: "e12f3fe0fed448b18851", starts: "[\"'].*$", why: "the inside of one merge field, at most 80 characters" },
  { file: "src/draft/segment.ts", key: "cf59786be20f67f32bfc", starts: "\\{\\{[^{}\\n]{1,80}\\}\\}", why: "measured linear: alternatives of bounded class runs (the tokenizer)" },
  { file: "src/draft/segment.ts", key: "3caa9cdc88ce2b8c221f", starts: "([\\p{L}\\p{N}.]+)\\.$", why: "the 21 characters before a full stop" },
  { file: "src/profile/normalize.ts", key: "6b27916c86c6fd55ff90", starts: "\\s*[|·•]\\s*", why: "a profile headline cut to 500 characters" },
  { file: "src/profile/normalize.ts", key: "b684f2610f871ebc2e84", starts: "\\s+(?:at|@)\\s+", why: "the first part of a profile headline cut to 500 characters" },
  { file: "rules/util/grammar/punctuation.ts", key: "cf6c08ca16b274dc9d2e", starts: "\\p{L}+$", why: "the 60 characters before a full stop" },
  { file: "rules/util/grammar/sentence-case.ts", key: "5ee8025c35420c9283e8", starts: "(?:^|[^\\p{L}])(?:\\p{L}\\.){2,}$", why: "the last 24 characters of a sentence" },
  { file: "rules/util/recipient-claims.ts", key: "e247c818b49074fcd7b3", starts: "[ \\t](?:at|with|on", why: "a captured title: at most 5 words of at most 31 characters" },
  { file: "rules/util/specifics.ts", key: "d3790022c4556fd45cbf", starts: "((?<![\\p{L}\\p{N}&'’.-])\\p{Lu}", why: "measured linear: at most 4 capitalised words of at most 41 characters, each starting after a non-letter" },
  // SENDER_INTRO and its ASCII twin (rules/util/plain-text.ts): every run of blanks bounded to 20
  // but the one before the company, which is scanned once; the fuzzer's attack (a 240,000-blank run
  // after "for") takes twice the time when doubled.
  { file: "rules/util/specifics.ts", key: "dbe29c30cfcd7501166c", starts: "(?<![\\p{L}])(?:I['’]m|I am", why: "measured linear: blank runs bounded to 20 but the last, scanned once" },
  { file: "rules/util/specifics.ts", key: "8cf9a23479956a24528a", starts: "(?<![A-Za-z])(?:I['’]m|I am", why: "the ASCII twin of the pattern above: measured linear alike" },
  { file: "rules/util/job-details.ts", key: "185250cf97b2ec93f484", starts: "((?:[A-Z][\\w&.'’-]{0,40}", why: "measured linear: at most 5 words of at most 41 characters, split by spaces" },
  { file: "rules/util/job-details.ts", key: "9ebc7d09b344d9b2b58d", starts: "(?:[$£€][ \\t]?\\d{1,3}", why: "measured linear: digit groups bounded to {1,3} x {0,3}" },
];

describe("regular expression audit (docs/reliability.md)", () => {
  let regexes: Regex[] = [];
  let constructorSites: Array<{ site: string }> = [];
  let reached = new Set<string>();
  beforeAll(() => {
    const listed = inventory() as { regexes: Regex[]; constructorSites: Array<{ site: string }>; constructed: Array<{ sites: string[] }> };
    regexes = listed.regexes;
    constructorSites = listed.constructorSites;
    reached = new Set(listed.constructed.flatMap((made) => made.sites));
  }, 180_000);

  it("lists the literals and reaches every place that builds a RegExp", () => {
    expect(regexes.length).toBeGreaterThan(500);
    expect(constructorSites.length).toBeGreaterThan(20);
    expect(constructorSites.map((site) => site.site).filter((site) => !reached.has(site))).toEqual([]);
  });

  it("phrase-list regexes are alternations of literal words joined by \\s+", () => {
    const phraseLists = regexes.filter((regex) => regex.phraseList);
    expect(phraseLists.length).toBeGreaterThan(10);
    expect(phraseLists.map((regex) => [regex.source.slice(0, 80), phraseShapeProblem(regex.source)]).filter(([, problem]) => problem !== null)).toEqual([]);
  });

  it("every other regex is linear according to recheck, or allowed for a bounded input", () => {
    const audited = readAudit() as Record<string, Verdict>;
    const allowed = new Set(ALLOWED.map((entry) => entry.key));
    const findings: string[] = [];
    for (const regex of regexes) {
      if (regex.phraseList) continue;
      // New or changed patterns are checked on the spot; the file keeps the slow verdicts.
      const verdict = audited[regex.key] ?? (recheck(regex.source, regex.flags, 60_000) as Verdict);
      if (verdict.status !== "safe" && !allowed.has(regex.key)) findings.push(`${verdict.status} (${verdict.complexity}): /${regex.source}/${regex.flags} at ${regex.origins.join(", ")}`);
    }
    expect(findings).toEqual([]);
  }, 600_000);

  it("every allowed pattern still exists, where the list says", () => {
    for (const entry of ALLOWED) {
      const regex = regexes.find((candidate) => candidate.key === entry.key);
      expect(regex, `${entry.file}: ${entry.starts}`).toBeDefined();
      expect(regex!.source.startsWith(entry.starts), entry.starts).toBe(true);
      expect(regex!.origins.some((origin) => origin.startsWith(`${entry.file}:`)), entry.file).toBe(true);
    }
  });
});
