import { describe, expect, it } from "vitest";
import { lintText } from "../../src/api.js";

// "One problem, one report" (docs/rules/README.md): a rule leaves words another rule reports to it,
// but only while that rule is on. Turning the owner off in the config hands them back.
async function shoutingMessages(rules: Record<string, "off" | "error" | "warn">): Promise<string[]> {
  const [result] = await lintText("Hi Sam,\n\nTo see your rate, CLICK HERE today.\n", {
    configLookup: false,
    config: { extends: ["inmail-lint:recommended"], rules },
  });
  return result!.messages.filter((message) => message.ruleId === "shouting" || message.ruleId === "spam-phrases").map((message) => `${message.ruleId} ${message.column}`);
}

describe("a rule that leaves words to another rule", () => {
  it("leaves them while that rule is on", async () => {
    expect(await shoutingMessages({})).toEqual(["spam-phrases 19"]);
  });

  it("reports them itself when the config turns that rule off", async () => {
    expect(await shoutingMessages({ "spam-phrases": "off" })).toEqual(["shouting 19"]);
  });
});
