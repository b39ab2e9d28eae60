import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InmailLintError } from "../../src/errors.js";
import { loadProfile } from "../../src/profile/load.js";

const PROFILES = join(process.cwd(), "fixtures/profiles");
const dir = mkdtempSync(join(tmpdir(), "inmail-lint-profile-"));

function write(name: string, text: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The one line the CLI prints for a profile that cannot be used. */
function failure(file: string): string {
  try {
    loadProfile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(InmailLintError);
    return (error as InmailLintError).toLine();
  }
  throw new Error("expected the profile to be rejected");
}

describe("loadProfile", () => {
  it("reads the JSON Resume fixture", () => {
    const profile = loadProfile(join(PROFILES, "jane-doe.json"));
    expect(profile).toMatchObject({ fullName: "Jane Doe", currentCompany: "Northwind Health", projects: ["pg-migrate-lite"] });
    expect(profile.source).toBe(join(PROFILES, "jane-doe.json"));
  });

  it("reads the flat YAML fixture", () => {
    const profile = loadProfile(join(PROFILES, "marcus-lee.yaml"));
    expect(profile).toMatchObject({ fullName: "Marcus Lee", currentCompany: "Brightline Logistics", currentTitle: "VP of Sales" });
    expect(profile.recentActivity).toHaveLength(3);
  });

  it("reads JSON in a .yaml file and a byte order mark", () => {
    const profile = loadProfile(write("bom.yaml", `\uFEFF{"name": "Ana Ruiz", "company": "Tidewater"}`));
    expect(profile).toMatchObject({ fullName: "Ana Ruiz", currentCompany: "Tidewater" });
  });

  it("rejects broken JSON, naming the file and the line", () => {
    const file = join(PROFILES, "broken.json");
    expect(failure(file)).toBe(`${file}:6: invalid JSON in profile: Expected double-quoted property name`);
  });

  it("rejects a wrong type at a known field, naming the file and the field", () => {
    const file = join(PROFILES, "wrong-type.yaml");
    expect(failure(file)).toBe(`${file}: invalid profile: field 'skills' must be a list of strings or a comma-separated string`);
  });

  it("rejects broken YAML at the line where the parser stopped", () => {
    const file = write("broken.yaml", "name: Ana\nskills: [Go, Rust\ncompany: Tidewater\n");
    expect(failure(file)).toMatch(new RegExp(`^${file.replace(/[.]/g, "\\.")}:[23]: invalid YAML in profile: `));
  });

  it("rejects an empty profile", () => {
    const file = write("empty.yaml", "# nothing here\n");
    expect(failure(file)).toBe(`${file}: profile is empty (expected JSON Resume or the flat form)`);
  });

  it("rejects a missing file, a binary file and invalid UTF-8", () => {
    expect(failure(join(dir, "missing.json"))).toBe(`${join(dir, "missing.json")}: profile file not found`);
    const binary = write("binary.json", Buffer.from([0x7b, 0x00, 0x01, 0x7d]));
    expect(failure(binary)).toBe(`${binary}: is a binary file, not text (expected UTF-8 Markdown, text, JSON or YAML)`);
    const latin1 = write("latin1.yaml", Buffer.from("name: Jos\xe9\n", "latin1"));
    expect(failure(latin1)).toBe(`${latin1}:1: is not valid UTF-8 (invalid byte 0xe9 at byte 9); save it as UTF-8`);
  });
});
