import { describe, expect, it } from "vitest";
import { lintText } from "../../src/api.js";

/** The credit personalization gives the grade for strong, profile-backed personalization. */
const jane = {
  basics: { name: "Jane Doe", label: "Senior Backend Engineer" },
  work: [{ name: "Northwind Health", position: "Senior Backend Engineer", startDate: "2022-01-01" }],
  skills: [{ name: "Go", keywords: ["Kubernetes", "PostgreSQL"] }],
  projects: [{ name: "pg-migrate-lite" }],
};

async function credits(body: string): Promise<string[]> {
  const [result] = await lintText(`Hi Jane,\n\n${body}\n\nSam\n`, { profile: jane, config: { extends: [], rules: { personalization: "error" } } });
  return result!.scoreBreakdown.credits.map((item) => `${item.ruleId}: ${item.detail}`);
}

describe("personalization credit", () => {
  it("credits two references when one is a fact only the recipient has", async () => {
    expect(await credits("I'm Sam, a recruiter at Acme. Your pg-migrate-lite project and your Go work at Northwind Health caught my eye.")).toEqual([
      // A clean draft is already at 100, so the credit is noticed but gives nothing back.
      "personalization/profile-references: 3 profile-backed references (project, skill, company) (nothing to give back: no points were taken)",
    ]);
  });

  it("does not credit a title and skills alone: that is keyword matching", async () => {
    expect(await credits("I'm Sam, a recruiter at Acme. As a Senior Backend Engineer you know Go, Kubernetes and PostgreSQL well.")).toEqual([]);
  });

  it("does not credit a single reference", async () => {
    expect(await credits("I'm Sam, a recruiter at Acme. I saw pg-migrate-lite on GitHub.")).toEqual([]);
  });
});
