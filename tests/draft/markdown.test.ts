import { describe, expect, it } from "vitest";
import { parseDraft } from "../../src/draft/parse.js";
import { textOf, where } from "./helpers.js";

/** The prose of a one-paragraph body with runs of blanks collapsed, to read what survived. */
function proseOf(text: string): string {
  const draft = parseDraft(text, "draft.md");
  expect(draft.prose.length).toBe(draft.source.length);
  return draft.prose.replace(/[ \t]+/g, " ").trim();
}

describe("markdown blanking keeps offsets and removes what is not prose", () => {
  it("keeps the prose the same length as the source, line breaks in place", () => {
    const text = "Hi **Jane**,\n\nSee `code` and <!-- a note -->[the post](https://acme.io/jobs).\n";
    const draft = parseDraft(text, "draft.md");
    expect(draft.prose.length).toBe(text.length);
    expect([...draft.prose].filter((c) => c === "\n").length).toBe(3);
    expect(draft.prose.indexOf("post")).toBe(text.indexOf("post"));
  });

  it("blanks code spans, including ones with longer backtick runs", () => {
    expect(proseOf("Run `npm i` now and ``a ` b`` later.")).toBe("Run now and later.");
  });

  it("leaves an unmatched backtick as text", () => {
    expect(proseOf("It's a ` stray tick.")).toBe("It's a ` stray tick.");
  });

  it("blanks fenced code blocks", () => {
    expect(proseOf("Before.\n\n```js\nconst secret = 1;\n```\n\nAfter.")).toBe("Before.\n\n \n \n \n\nAfter.");
  });

  it("blanks HTML comments, even across lines", () => {
    expect(proseOf("Hi Jane,\n<!-- note to self:\ncheck salary -->\nBody.")).toBe("Hi Jane,\n \n \nBody.");
  });

  it("blanks link URLs but keeps the link text", () => {
    expect(proseOf('See [the job post](https://acme.io/jobs "Jobs") today.')).toBe("See the job post today.");
  });

  it("blanks images entirely", () => {
    expect(proseOf("Logo: ![Acme](https://acme.io/logo.png) done.")).toBe("Logo: done.");
  });

  it("blanks emphasis markers, headings, quotes, list markers and rules", () => {
    expect(proseOf("**Bold** and _italic_ and ***both*** too.")).toBe("Bold and italic and both too.");
    expect(proseOf("# The role\n\n> quoted\n\n- one\n1. two\n\n---\n\nEnd.")).toBe("The role\n\n quoted\n\n one\n two\n\n \n\nEnd.");
  });

  it("keeps underscores inside words and URLs", () => {
    expect(proseOf("A snake_case_name and https://acme.io/a_b_c here.")).toBe("A snake_case_name and https://acme.io/a_b_c here.");
  });

  it("blanks HTML tags but keeps their text", () => {
    expect(proseOf("Some <b>bold</b> and a<br>break.")).toBe("Some bold and a break.");
  });

  it("treats a backslash escape as syntax and the character as prose", () => {
    // The backslash becomes a space (offsets stay put); the escaped stars stay as text.
    expect(proseOf("Price \\*not\\* final.")).toBe("Price *not * final.");
  });
});

describe("links", () => {
  it("records a Markdown link: text, URL, host, and both spans", () => {
    const text = "Hi Jane,\n\nSee [the job post](https://www.acme.io/jobs/42) today.\n";
    const draft = parseDraft(text, "draft.md");
    expect(draft.links).toHaveLength(1);
    const [link] = draft.links;
    expect(link).toMatchObject({ url: "https://www.acme.io/jobs/42", host: "acme.io", text: "the job post", markdown: true });
    expect(textOf(draft, link!.span)).toBe("[the job post](https://www.acme.io/jobs/42)");
    expect(textOf(draft, link!.urlSpan)).toBe("https://www.acme.io/jobs/42");
    expect(where(draft, link!.urlSpan)).toBe("3:20-3:47");
  });

  it("records bare URLs without trailing punctuation", () => {
    const draft = parseDraft("Apply at https://jobs.acme.io/42. Or www.acme.com, thanks.", "draft.md");
    expect(draft.links.map((link) => [link.url, link.host, link.markdown])).toEqual([
      ["https://jobs.acme.io/42", "jobs.acme.io", false],
      ["www.acme.com", "acme.com", false],
    ]);
  });

  it("records scheme-less domains with a common TLD, not 'Node.js' or 'ASP.NET' or 'e.g.'", () => {
    const draft = parseDraft("Read acme.io/blog, e.g. the Node.js and ASP.NET posts.", "draft.md");
    expect(draft.links.map((link) => link.url)).toEqual(["acme.io/blog"]);
  });

  it("records autolinks once, and the URL word without the angle brackets", () => {
    const draft = parseDraft("See <https://acme.io/a> now.", "draft.md");
    expect(draft.links.map((link) => [link.url, link.markdown])).toEqual([["https://acme.io/a", false]]);
    const url = draft.words.find((word) => word.kind === "url")!;
    expect(url.text).toBe("https://acme.io/a");
    expect(textOf(draft, url.span)).toBe("https://acme.io/a");
  });

  it("records reference-style link definitions", () => {
    const draft = parseDraft("See the [post][1].\n\n[1]: https://acme.io/post\n", "draft.md");
    expect(draft.links.map((link) => link.url)).toEqual(["https://acme.io/post"]);
  });

  it("does not take a URL inside code or a comment for a link", () => {
    const draft = parseDraft("Run `curl https://acme.io/x` <!-- https://old.acme.io -->.", "draft.md");
    expect(draft.links).toEqual([]);
  });

  it("gives a mailto link an empty host", () => {
    const draft = parseDraft("Write to [me](mailto:sam@acme.io).", "draft.md");
    expect(draft.links[0]).toMatchObject({ url: "mailto:sam@acme.io", host: "" });
  });

  it("counts the message as the recipient sees it: Markdown link URLs are pasted in", () => {
    const draft = parseDraft("Hi Jane,\n\nSee [the post](https://a.io/p).\n", "draft.md");
    // "Hi Jane,\n\nSee the post ." is 24 characters; the URL and a space add 15.
    expect(draft.messageLength).toBe(24 + "https://a.io/p".length + 1);
  });
});

describe("inline directives", () => {
  it("reads disable comments with rules and a reason, at the line they start on", () => {
    const draft = parseDraft("Hi Jane,\n<!-- inmail-lint-disable personalization, stated-purpose -- known recipient -->\nBody.\n", "draft.md");
    expect(draft.directives).toEqual([
      {
        kind: "disable",
        rules: ["personalization", "stated-purpose"],
        reason: "known recipient",
        span: { start: 9, end: 88 },
        line: 2,
      },
    ]);
  });

  it("reads every directive kind and ignores other comments", () => {
    const draft = parseDraft(
      "<!-- inmail-lint-disable-next-line -->\nA\n<!-- inmail-lint-disable-line transparency -->\n<!-- inmail-lint-enable -->\n<!-- a note -->\n",
      "draft.md",
    );
    expect(draft.directives.map((directive) => [directive.kind, directive.rules, directive.line])).toEqual([
      ["disable-next-line", [], 1],
      ["disable-line", ["transparency"], 3],
      ["enable", [], 4],
    ]);
  });
});
