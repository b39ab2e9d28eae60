import rule from "../../rules/call-to-action.js";
import { ruleCredits } from "./rule-credits.js";

/** The `single-ask` credit call-to-action gives the grade: exactly one clear ask. */
const credits = (text: string) => ruleCredits(rule, text);

describe("call-to-action credit", () => {
  it("credits one kind of request, asked once or twice", () => {
    expect(credits("Hi Jane,\n\nWe are hiring a backend engineer. Would you be open to a 20-minute call next week?\n")).toEqual(["single-ask: one clear ask (a call)"]);
    expect(credits("Hi Jane,\n\nWould you be open to a call? Would Tuesday or Wednesday work?\n")).toEqual(["single-ask: one clear ask (a call)"]);
    expect(credits("---\nkind: connection-request\n---\nHi Jane,\nI'm Sam, an SRE at Acme. Would you be open to connecting?\n")).toEqual(["single-ask: one clear ask (to connect)"]);
  });

  it("credits a single question with no typed request", () => {
    expect(credits("Hi Jane,\n\nYour RFC on retries was clear. Would you be willing to review mine?\n")).toEqual(["single-ask: one clear ask (a question)"]);
  });

  it("does not count 'let me know' or another route to the same ask as a second ask", () => {
    expect(credits("Hi Jane,\n\nWould you be open to a call next week? Let me know either way.\n")).toEqual(["single-ask: one clear ask (a call)"]);
    expect(credits("Hi Jane,\n\nWould you like to set up a 15-minute call? If you'd rather apply directly, mention this message.\n")).toEqual([
      "single-ask: one clear ask (a call)",
    ]);
  });

  it("does not credit no ask, two kinds of request, or several questions", () => {
    expect(credits("Hi Jane,\n\nI'm Sam from Acme. We are hiring a backend engineer in Austin.\n")).toEqual([]);
    expect(credits("Hi Jane,\n\nWould you be open to a call next week? Please send me your resume too.\n")).toEqual([]);
    expect(credits("Hi Jane,\n\nAre you happy at Northwind? Are you open to Austin?\n")).toEqual([]);
    expect(credits("Hi Jane,\n\nWould you be open to a call? Does Tuesday work? Or Wednesday?\n")).toEqual([]);
    // Permitted without an ask (a follow-up), but still no ask to credit.
    expect(credits("---\nkind: follow-up\nhistory:\n  - {date: 2026-11-01, direction: sent}\n---\nHi Jane,\n\nOne detail I left out: the role is fully remote.\n")).toEqual([]);
  });
});
