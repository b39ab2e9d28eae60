import json from "../../src/formatters/json.js";
import { cleanDraft, context, sampleResults } from "./sample-results.js";

describe("json formatter", () => {
  test("prints the results without their source text, and parses back", async () => {
    const parsed = JSON.parse(await json(sampleResults, context()));
    expect(parsed).toEqual(sampleResults.map(({ source: _source, ...result }) => result));
    expect(parsed[0]).not.toHaveProperty("source");
  });

  test("prints the documented result shape", async () => {
    expect(await json([cleanDraft], context())).toBe(
      '[{"filePath":"/repo/drafts/clean.md","messages":[],"errorCount":0,"warningCount":0,"fixableErrorCount":0,"fixableWarningCount":0,"score":100,"grade":"A","scoreBreakdown":{"base":100,"deductions":[],"credits":[],"total":100}}]',
    );
  });
});
