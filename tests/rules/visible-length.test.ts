import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parseDraft } from "../../src/draft/parse.js";
import { offsetPastLimit } from "../../rules/util/visible-length.js";

const FIXTURES = ["drafts", "corpus"].map((folder) => fileURLToPath(new URL(`../../fixtures/${folder}`, import.meta.url)));

describe("offsetPastLimit (where the length rule reports)", () => {
  it("counts a paragraph break as two characters and a space run as one", () => {
    // a=1 b=2, the break makes c=5 and d=6; "e" after three spaces is 8.
    const draft = parseDraft("ab\n\ncd   e\n", "x.md");
    expect(offsetPastLimit(draft, 2)).toBe(4);
    expect(offsetPastLimit(draft, 4)).toBe(4);
    expect(offsetPastLimit(draft, 5)).toBe(5);
    expect(offsetPastLimit(draft, 6)).toBe(9);
    expect(offsetPastLimit(draft, 8)).toBeNull();
  });

  it("counts a Markdown link's URL where the link ends", () => {
    // "see" (3) + " " + "post" (4) = 8, then the URL and a space (13 + 1) = 22: past 8 at the link.
    const draft = parseDraft("see [post](https://a.b/c)\n", "x.md");
    expect(draft.messageLength).toBe(22);
    expect(offsetPastLimit(draft, 8)).toBe(4);
    expect(offsetPastLimit(draft, 21)).toBe(4);
    expect(offsetPastLimit(draft, 22)).toBeNull();
  });

  it("agrees with draft.messageLength on every fixture draft", () => {
    for (const folder of FIXTURES) {
      for (const name of readdirSync(folder).filter((file) => file.endsWith(".md"))) {
        const draft = parseDraft(readFileSync(join(folder, name), "utf8"), name);
        expect(offsetPastLimit(draft, draft.messageLength), name).toBeNull();
        expect(offsetPastLimit(draft, draft.messageLength - 1), name).not.toBeNull();
      }
    }
  });
});
