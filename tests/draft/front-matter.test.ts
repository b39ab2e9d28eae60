import { describe, expect, it } from "vitest";
import { InmailLintError } from "../../src/errors.js";
import { parseDraft } from "../../src/draft/parse.js";
import { textOf, where } from "./helpers.js";

/** The one line the CLI would print for a draft that cannot be read. */
function failure(text: string): string {
  try {
    parseDraft(text, "draft.md");
  } catch (error) {
    expect(error).toBeInstanceOf(InmailLintError);
    return (error as InmailLintError).toLine();
  }
  throw new Error("expected the draft to be rejected");
}

describe("front matter", () => {
  it("reads subject, kind, profile, history, template and date", () => {
    const draft = parseDraft(
      [
        "---",
        "subject: Staff backend role at Acme",
        "kind: follow-up",
        "profile: ../profiles/jane.json",
        "template: false",
        "date: 2026-11-10",
        "history:",
        "  - {date: 2026-11-03, direction: sent}",
        "  - {date: 2026-11-05, direction: received, declined: true}",
        "---",
        "Hi Jane,",
        "",
      ].join("\n"),
      "draft.md",
    );
    expect(draft.subject?.text).toBe("Staff backend role at Acme");
    expect(draft.kind).toBe("follow-up");
    expect(draft.profilePath).toBe("../profiles/jane.json");
    expect(draft.template).toBe(false);
    expect(draft.date).toBe("2026-11-10");
    expect(draft.history).toEqual([
      { date: "2026-11-03", direction: "sent", declined: false },
      { date: "2026-11-05", direction: "received", declined: true },
    ]);
    expect(draft.frontMatter?.data.kind).toBe("follow-up");
  });

  it("defaults to an InMail with no history when there is no front matter", () => {
    const draft = parseDraft("Hi Jane,\n\nA short note.\n", "draft.md");
    expect(draft.frontMatter).toBeNull();
    expect(draft.kind).toBe("inmail");
    expect(draft.history).toEqual([]);
    expect(draft.template).toBe(false);
    expect(draft.profilePath).toBeNull();
    expect(draft.body.start).toBe(0);
  });

  it("accepts every kind", () => {
    for (const kind of ["inmail", "connection-request", "message", "follow-up"]) {
      expect(parseDraft(`---\nkind: ${kind}\n---\nHi`, "draft.md").kind).toBe(kind);
    }
  });

  it("starts the body after the closing line and blanks the block out of the prose", () => {
    const text = "---\nsubject: Hello there\n---\nHi Jane,\n";
    const draft = parseDraft(text, "draft.md");
    expect(draft.body.start).toBe(text.indexOf("Hi Jane"));
    expect(draft.frontMatter?.span).toEqual({ start: 0, end: text.indexOf("Hi Jane") });
    expect(draft.prose.length).toBe(draft.source.length);
    expect(draft.prose.slice(0, draft.body.start).trim()).toBe("");
    expect(draft.words.map((word) => word.text)).toEqual(["Hi", "Jane"]);
  });

  it("accepts '...' as the closing line and an empty block", () => {
    expect(parseDraft("---\nsubject: x\n...\nHi", "draft.md").subject?.text).toBe("x");
    const empty = parseDraft("---\n---\nHi Jane,", "draft.md");
    expect(empty.frontMatter?.data).toEqual({});
    expect(empty.subject).toBeNull();
  });

  it("points the subject at its value, inside the quotes when quoted", () => {
    const plain = parseDraft("---\nkind: inmail\nsubject: Backend role\n---\nHi", "draft.md");
    expect(where(plain, plain.subject!.span)).toBe("3:10-3:22");
    const quoted = parseDraft('---\nsubject: "Re: our call"\n---\nHi', "draft.md");
    expect(quoted.subject?.text).toBe("Re: our call");
    expect(textOf(quoted, quoted.subject!.span)).toBe("Re: our call");
    expect(where(quoted, quoted.subject!.span)).toBe("2:11-2:23");
    // An escaped quote makes the text one character shorter than the source it came from.
    const escaped = parseDraft("---\nsubject: 'It''s a role'\n---\nHi", "draft.md");
    expect(escaped.subject?.text).toBe("It's a role");
    expect(textOf(escaped, escaped.subject!.span)).toBe("It''s a role");
  });

  it("reads CRLF front matter at the same positions as LF", () => {
    const lf = "---\nsubject: Backend role\n---\nHi Jane,\n";
    const crlf = lf.replace(/\n/g, "\r\n");
    const a = parseDraft(lf, "draft.md");
    const b = parseDraft(crlf, "draft.md");
    expect(b.subject?.text).toBe("Backend role");
    expect(where(b, b.subject!.span)).toBe(where(a, a.subject!.span));
    expect(where(b, b.greeting!.span)).toBe(where(a, a.greeting!.span));
  });

  describe("rejects bad front matter with the file, line and field", () => {
    it("invalid YAML, at the line where the parser stopped", () => {
      expect(failure("---\ntitle: x\n  subject: nested\n---\nHi")).toBe(
        "draft.md:2: invalid YAML front matter: Nested mappings are not allowed in compact mappings",
      );
    });

    it("an opening line without a closing one", () => {
      expect(failure("---\nsubject: x\nHi Jane,\n")).toBe("draft.md:1: front matter starts with '---' but has no closing '---' line");
    });

    it("a list instead of a mapping", () => {
      expect(failure("---\n- a\n- b\n---\nHi")).toBe("draft.md:2: front matter must be a YAML mapping (key: value lines)");
    });

    it("an unknown kind", () => {
      expect(failure("---\nsubject: x\nkind: email\n---\nHi")).toBe(
        "draft.md:3: front matter field 'kind' must be one of inmail, connection-request, message, follow-up (got 'email')",
      );
    });

    it("a template flag that is not a boolean", () => {
      expect(failure("---\ntemplate: yes please\n---\nHi")).toBe("draft.md:2: front matter field 'template' must be true or false");
    });

    it("a date that is not YYYY-MM-DD", () => {
      expect(failure("---\ndate: next Tuesday\n---\nHi")).toBe("draft.md:2: front matter field 'date' must be a date as YYYY-MM-DD (got 'next Tuesday')");
    });

    it("a subject that is not text", () => {
      expect(failure("---\nsubject: [a, b]\n---\nHi")).toBe("draft.md:2: front matter field 'subject' must be a string");
    });

    it("history that is not a list, or entries without a date or direction", () => {
      expect(failure("---\nhistory: yesterday\n---\nHi")).toBe("draft.md:2: front matter field 'history' must be a list of {date, direction} entries");
      expect(failure("---\nkind: follow-up\nhistory:\n  - {direction: sent}\n---\nHi")).toBe(
        "draft.md:3: front matter field 'history[0].date' must be a date as YYYY-MM-DD",
      );
      expect(failure("---\nhistory:\n  - {date: 2026-11-03, direction: outbound}\n---\nHi")).toBe(
        "draft.md:2: front matter field 'history[0].direction' must be 'sent' or 'received'",
      );
      expect(failure("---\nhistory:\n  - {date: 2026-11-03, direction: sent, declined: maybe}\n---\nHi")).toBe(
        "draft.md:2: front matter field 'history[0].declined' must be true or false",
      );
    });

    it("duplicate keys", () => {
      expect(failure("---\nsubject: a\nsubject: b\n---\nHi")).toBe("draft.md:3: invalid YAML front matter: Map keys must be unique");
    });
  });
});

describe("subject line without front matter", () => {
  it("takes a first line 'Subject: ...' as the subject and starts the body after it", () => {
    const text = "Subject: Backend Engineer II at Tidewater\n\nHi Ana,\n\nBody.\n";
    const draft = parseDraft(text, "draft.md");
    expect(draft.subject?.text).toBe("Backend Engineer II at Tidewater");
    expect(where(draft, draft.subject!.span)).toBe("1:10-1:42");
    expect(draft.body.start).toBe(text.indexOf("\nHi Ana") );
    expect(draft.greeting?.text).toBe("Hi Ana,");
    // The subject line is not prose: no word of it is a body word.
    expect(draft.words.some((word) => word.text === "Tidewater")).toBe(false);
  });

  it("skips blank lines before it, trims spaces, and ignores case", () => {
    const draft = parseDraft("\n\nsubject:   Backend role  \nHi Ana,", "draft.md");
    expect(draft.subject?.text).toBe("Backend role");
    expect(textOf(draft, draft.subject!.span)).toBe("Backend role");
  });

  it("stops a plain front matter subject at a YAML comment", () => {
    const source = "---\nsubject: AMAZING ROLE!!! # a note\n---\nHi Ana,\n";
    const draft = parseDraft(source, "draft.md");
    expect(draft.subject?.text).toBe("AMAZING ROLE!!!");
    expect(source.slice(draft.subject!.span.start, draft.subject!.span.end)).toBe("AMAZING ROLE!!!");
    expect(draft.subjectWords.map((word) => word.text)).toEqual(["AMAZING", "ROLE"]);
  });

  it("reads a subject with a long run of blanks in one pass (a lazy pattern made this quadratic)", () => {
    for (const source of [`Subject: a${" ".repeat(200_000)}b\n\nHi\n`, `---\nsubject: a${" ".repeat(200_000)}b\n---\nHi\n`]) {
      expect(parseDraft(source, "draft.md").subject?.text).toBe(`a${" ".repeat(200_000)}b`);
    }
  }, 20_000);

  it("reads it with CRLF line endings", () => {
    const draft = parseDraft("Subject: Backend role\r\n\r\nHi Ana,\r\n", "draft.md");
    expect(draft.subject?.text).toBe("Backend role");
    expect(draft.greeting?.text).toBe("Hi Ana,");
  });

  it("is only the first line: a later 'Subject:' is prose", () => {
    const draft = parseDraft("Hi Ana,\nSubject: lunch\n", "draft.md");
    expect(draft.subject).toBeNull();
  });

  it("gives way to a subject in the front matter", () => {
    const draft = parseDraft("---\nsubject: From front matter\n---\nSubject: In the body\nHi", "draft.md");
    expect(draft.subject?.text).toBe("From front matter");
  });

  it("is used after front matter that has no subject", () => {
    const draft = parseDraft("---\nkind: inmail\n---\nSubject: After the block\nHi Ana,", "draft.md");
    expect(draft.subject?.text).toBe("After the block");
    expect(where(draft, draft.subject!.span)).toBe("4:10-4:25");
  });
});
