import sarif, { SARIF_SCHEMA } from "../../src/formatters/sarif.js";
import { toolVersion } from "../../src/formatters/tool-info.js";
import { cleanDraft, context, sampleResults } from "./sample-results.js";
import { sarifViolations } from "./sarif-constraints.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Log = any;
const format = async (results = sampleResults): Promise<Log> => JSON.parse(await sarif(results, context()));

const DOCS = "https://github.com/inmail-lint/inmail-lint/blob/main/docs/rules/";

describe("sarif formatter", () => {
  test("passes the SARIF 2.1.0 and GitHub code scanning constraints", async () => {
    expect(sarifViolations(await format())).toEqual([]);
    expect(sarifViolations(await format([cleanDraft]))).toEqual([]);
  });

  test("the constraint checker catches what GitHub would reject", async () => {
    const log = await format();
    const run = log.runs[0];
    run.results[0].locations[0].physicalLocation.region.startLine = 0;
    run.results[1].ruleId = "unknown-rule";
    run.results[2].extra = true;
    run.tool.driver.rules[0].fullDescription = undefined;
    run.results[3].locations[0].physicalLocation.artifactLocation.uri = "has space.md";
    expect(sarifViolations(log)).toEqual([
      "runs[0].tool.driver.rules[0].fullDescription: not an object",
      "runs[0].results[0].locations[0].region.startLine: must be an integer >= 1",
      "runs[0].results[1].ruleId: not a rule of the driver",
      "runs[0].results[1].ruleIndex: does not point at rule unknown-rule",
      "runs[0].results[2].extra: not allowed (additionalProperties: false)",
      "runs[0].results[3].locations[0].physicalLocation.artifactLocation.uri: not a valid URI reference (has space.md)",
    ]);
  });

  test("describes the tool and each reported rule once, with docs links", async () => {
    const log = await format();
    expect(log.$schema).toBe(SARIF_SCHEMA);
    const { driver } = log.runs[0].tool;
    expect(driver).toMatchObject({ name: "inmail-lint", semanticVersion: toolVersion(), informationUri: "https://github.com/inmail-lint/inmail-lint" });
    expect(toolVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.rules.map((rule: Log) => [rule.id, rule.name, rule.helpUri])).toEqual([
      ["personalization", "Personalization", `${DOCS}personalization.md`],
      ["spam-phrases", "SpamPhrases", `${DOCS}spam-phrases.md`],
      // A plugin rule with its own meta.url keeps it; one without gets no link rather than a dead one.
      ["acme/no-html", "AcmeNoHtml", "https://acme.example/rules/no-html"],
      ["transparency", "Transparency", `${DOCS}transparency.md`],
      ["acme/tone", "AcmeTone", undefined],
    ]);
    expect(driver.rules[1]).toEqual({
      id: "spam-phrases",
      name: "SpamPhrases",
      shortDescription: { text: "No spam phrases." },
      fullDescription: { text: "No spam phrases." },
      help: { text: `No spam phrases. See ${DOCS}spam-phrases.md`, markdown: `No spam phrases. [Rule documentation](${DOCS}spam-phrases.md)` },
      helpUri: `${DOCS}spam-phrases.md`,
      defaultConfiguration: { level: "warning" },
      properties: { tags: ["spam"], "problem.severity": "warning" },
    });
    expect(driver.rules[4].help).toEqual({ text: "Keep the tone personal." });
  });

  test("gives each problem a result with level, message and a relative location", async () => {
    const run = (await format()).runs[0];
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///repo/" } });
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.results).toHaveLength(5);
    expect(run.results[3]).toEqual({
      ruleId: "transparency",
      ruleIndex: 3,
      level: "error",
      message: { text: "Pitch spans lines: say who you are" },
      locations: [{ physicalLocation: { artifactLocation: { uri: "drafts/a.md", uriBaseId: "%SRCROOT%" }, region: { startLine: 4, startColumn: 1, endLine: 5, endColumn: 21 } } }],
    });
    expect(run.results[1].level).toBe("warning");
    expect(run.results[4]).toMatchObject({
      ruleId: "acme/tone",
      message: { text: "Sounds like an ad (to Sam Okafor)" },
      properties: { recipient: "Sam Okafor" },
      locations: [{ physicalLocation: { artifactLocation: { uri: "templates/intro%2C%20v2.md", uriBaseId: "%SRCROOT%" } } }],
    });
  });

  test("reports an unreadable file as a tool notification, not an alert", async () => {
    const [invocation] = (await format()).runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.workingDirectory).toEqual({ uri: "file:///repo/" });
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: "error",
        message: { text: "front matter: expected a YAML mapping" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "drafts/broken.md", uriBaseId: "%SRCROOT%" }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 1 } } }],
      },
    ]);
    expect((await format([cleanDraft])).runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  test("uses an absolute file URI for a draft outside the working directory", async () => {
    const outside = { ...cleanDraft, filePath: "/elsewhere/my draft.md", messages: [{ ruleId: "personalization", severity: 2 as const, message: "x", line: 1, column: 1, endLine: 1, endColumn: 2 }] };
    const log = await format([outside]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "file:///elsewhere/my%20draft.md" });
    expect(sarifViolations(log)).toEqual([]);
  });
});
