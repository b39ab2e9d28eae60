import { describe, expect, it } from "vitest";
import { parseDraft } from "../../src/draft/parse.js";
import { bodyTexts, sentencesOf, textOf, where } from "./helpers.js";

const BODY = "\n\nI saw your talk on connection pooling. Would you be open to a call?\n\nBest,\nSam\n";

function greetingOf(firstLine: string) {
  const draft = parseDraft(firstLine + BODY, "draft.md");
  const greeting = draft.greeting;
  if (!greeting) return null;
  return { text: greeting.text, salutation: greeting.salutation, name: greeting.name?.text ?? null, generic: greeting.generic, nameSpan: greeting.name ? textOf(draft, greeting.name.span) : null };
}

describe("greeting", () => {
  it.each([
    ["Hi Jane,", "Hi Jane,", "Hi", "Jane", false],
    ["Hello Jane!", "Hello Jane!", "Hello", "Jane", false],
    ["Jane,", "Jane,", "", "Jane", false],
    ["Jane Doe -", "Jane Doe -", "", "Jane Doe", false],
    ["Dear Ms. Doe,", "Dear Ms. Doe,", "Dear", "Ms. Doe", false],
    ["Dear Dr. Smith,", "Dear Dr. Smith,", "Dear", "Dr. Smith", false],
    ["Hi Mr. O'Brien,", "Hi Mr. O'Brien,", "Hi", "Mr. O'Brien", false],
    ["Hi Jane Q. Doe,", "Hi Jane Q. Doe,", "Hi", "Jane Q. Doe", false],
    ["Hi, Jane,", "Hi, Jane,", "Hi", "Jane", false],
    ["Hello, Jane.", "Hello, Jane.", "Hello", "Jane", false],
    ["Good morning Anne-Marie,", "Good morning Anne-Marie,", "Good morning", "Anne-Marie", false],
    ["Hi José —", "Hi José —", "Hi", "José", false],
    ["Hey Jane 👋", "Hey Jane 👋", "Hey", "Jane", false],
    ["Hi @octocat,", "Hi @octocat,", "Hi", "@octocat", false],
    ["Hi @octocat thanks for maintaining this project.", "Hi @octocat", "Hi", "@octocat", false],
    ["Hi {{first_name}},", "Hi {{first_name}},", "Hi", "{{first_name}}", false],
    ["Hi [First Name],", "Hi [First Name],", "Hi", "[First Name]", false],
    ["Hi *|FNAME|*,", "Hi *|FNAME|*,", "Hi", "*|FNAME|*", false],
    ["Hey there", "Hey there", "Hey", "there", true],
    ["Hi there 👋", "Hi there 👋", "Hi", "there", true],
    ["Hello everyone,", "Hello everyone,", "Hello", "everyone", true],
    ["Dear Sir/Madam,", "Dear Sir/Madam,", "Dear", "Sir/Madam", true],
    ["Dear Hiring Manager,", "Dear Hiring Manager,", "Dear", "Hiring Manager", true],
    ["Hi team,", "Hi team,", "Hi", "team", true],
    ["Greetings!", "Greetings!", "Greetings", null, true],
  ])("%s", (line, text, salutation, name, generic) => {
    const greeting = greetingOf(line);
    expect(greeting).toMatchObject({ text, salutation, name, generic });
    if (name) expect(greeting!.nameSpan).toBe(name);
  });

  it("'To whom it may concern' is a generic greeting", () => {
    expect(greetingOf("To whom it may concern,")).toMatchObject({ text: "To whom it may concern,", generic: true });
  });

  it("does not take the first words of a sentence for a name", () => {
    expect(greetingOf("Hi, I'm Sam from Acme.")).toMatchObject({ text: "Hi,", name: null, generic: true });
    expect(greetingOf("Hey, hope you're well.")).toMatchObject({ text: "Hey,", name: null });
    expect(greetingOf("Hi I'm Tom,")).toMatchObject({ name: null });
  });

  it("is found only on the first line of the body, and not in a sentence", () => {
    expect(greetingOf("I saw your post, Jane.")).toBeNull();
    expect(greetingOf("Thanks for reading,")).toBeNull();
    expect(parseDraft("# Hi Jane\n\nBody.", "draft.md").greeting).toBeNull();
  });

  it("ends at its punctuation when the sentence goes on", () => {
    const draft = parseDraft("Hi Jane, I saw your post. Thanks!", "draft.md");
    expect(draft.greeting?.text).toBe("Hi Jane,");
    expect(draft.sentences.map((sentence) => sentence.text)).toEqual(["Hi Jane,", "I saw your post.", "Thanks!"]);
  });

  it("points at the greeting after front matter", () => {
    const draft = parseDraft("---\nsubject: x\n---\n\nHi Jane,\n", "draft.md");
    expect(where(draft, draft.greeting!.span)).toBe("5:1-5:9");
    expect(where(draft, draft.greeting!.name!.span)).toBe("5:4-5:8");
  });
});

describe("sign-off", () => {
  function signOffOf(text: string) {
    const draft = parseDraft(text, "draft.md");
    const signOff = draft.signOff;
    if (!signOff) return null;
    return { whole: textOf(draft, signOff.span), closing: signOff.closing?.text ?? null, name: signOff.name?.text ?? null };
  }

  it("a closing word, then a name", () => {
    expect(signOffOf("Hi Jane,\n\nWould you chat?\n\nBest,\nSam")).toEqual({ whole: "Best,\nSam", closing: "Best,", name: "Sam" });
  });

  it("a closing with a dash before the name", () => {
    expect(signOffOf("Hi Jane,\n\nWould you chat?\n\nThanks!\n— Sam Park")).toEqual({ whole: "Thanks!\n— Sam Park", closing: "Thanks!", name: "Sam Park" });
  });

  it("a closing and a name on one line", () => {
    expect(signOffOf("Hi Jane,\n\nWould you chat?\n\nCheers, Sam")).toEqual({ whole: "Cheers, Sam", closing: "Cheers,", name: "Sam" });
  });

  it("a name, a title and a link after the closing", () => {
    expect(signOffOf("Hi Jane,\n\nWould you chat?\n\nBest regards,\nDana Whitfield\nTechnical Recruiter, Acme\nhttps://acme.io")).toEqual({
      whole: "Best regards,\nDana Whitfield\nTechnical Recruiter, Acme\nhttps://acme.io",
      closing: "Best regards,",
      name: "Dana Whitfield",
    });
  });

  it("a short line ending in a comma, then the name", () => {
    expect(signOffOf("Hi Jane,\n\nWould you chat?\n\nThanks for your time,\nSam")).toEqual({ whole: "Thanks for your time,\nSam", closing: "Thanks for your time,", name: "Sam" });
  });

  it("only a name after a finished sentence", () => {
    expect(signOffOf("Hi Jane,\n\nWould you chat?\nTrevor")).toEqual({ whole: "Trevor", closing: null, name: "Trevor" });
  });

  it("a merge field as the name", () => {
    expect(signOffOf("Hi Jane,\n\nWould you chat?\n\nBest,\n[Your Name]")).toEqual({ whole: "Best,\n[Your Name]", closing: "Best,", name: "[Your Name]" });
  });

  it("not a sentence that starts with a closing word", () => {
    expect(signOffOf("Hi Jane,\n\nWould you chat?\nThanks for reading the whole thing.")).toBeNull();
    expect(signOffOf("Hi Jane,\n\nBest of luck with the launch.\nWould you chat?")).toBeNull();
  });

  it("not the message's only line", () => {
    expect(signOffOf("Thanks,\nSam")).toBeNull();
  });

  it("is kept out of the body sentences", () => {
    expect(sentencesOf("Hi Jane,\n\nWould you chat?\n\nBest,\nSam")).toEqual([
      ["greeting", "Hi Jane,"],
      ["body", "Would you chat?"],
      ["sign-off", "Best,"],
      ["sign-off", "Sam"],
    ]);
  });
});

describe("sentences", () => {
  it("split at terminal punctuation followed by a space", () => {
    expect(bodyTexts("I saw your talk. It was great! Would you chat? Yes…")).toEqual(["I saw your talk.", "It was great!", "Would you chat?", "Yes…"]);
  });

  it("do not end after titles, initials or e.g.", () => {
    expect(bodyTexts("Dr. Smith and J. R. R. Tolkien met, e.g. at lunch. Then left.")).toEqual(["Dr. Smith and J. R. R. Tolkien met, e.g. at lunch.", "Then left."]);
  });

  it("do not end after Inc., U.S. or an ellipsis when a lower-case word follows", () => {
    expect(bodyTexts("Acme Inc. makes robots... and more. Is it U.S. based? Acme Inc. We hire.")).toEqual([
      "Acme Inc. makes robots... and more.",
      "Is it U.S. based?",
      "Acme Inc.",
      "We hire.",
    ]);
  });

  it("end after 'no' and 'CA' unless a number follows", () => {
    expect(bodyTexts("See No. 5 on the list. Just say no. We are in Fresno, CA. The team is ca. 20 people.")).toEqual([
      "See No. 5 on the list.",
      "Just say no.",
      "We are in Fresno, CA.",
      "The team is ca. 20 people.",
    ]);
  });

  it("end after 'p.m.' before a capital, not before a lower-case word", () => {
    expect(bodyTexts("Meet at 3 p.m. Does that work? Or 4 p.m. tomorrow.")).toEqual(["Meet at 3 p.m.", "Does that work?", "Or 4 p.m. tomorrow."]);
  });

  it("keep decimals, versions and amounts whole", () => {
    expect(bodyTexts("We raised $2.5M and pay 1.5x the market. Node 20.11 is fine.")).toEqual(["We raised $2.5M and pay 1.5x the market.", "Node 20.11 is fine."]);
  });

  it("treat URLs as opaque, even with periods and question marks", () => {
    expect(bodyTexts("See https://acme.io/jobs?id=1.2 for it. Then apply.")).toEqual(["See https://acme.io/jobs?id=1.2 for it.", "Then apply."]);
  });

  it("make each list item a sentence", () => {
    expect(sentencesOf("The role:\n- Go and gRPC\n- Remote in the US\n1. First\n2. Second\n\nThat is all.")).toEqual([
      ["body", "The role:"],
      ["list-item", "Go and gRPC"],
      ["list-item", "Remote in the US"],
      ["list-item", "First"],
      ["list-item", "Second"],
      ["body", "That is all."],
    ]);
  });

  it("break at a line break after punctuation or before a capitalised line, not inside a wrapped sentence", () => {
    expect(bodyTexts("We use Go and\nKubernetes at scale.\nThe team is small\nWould you chat?")).toEqual([
      "We use Go and\nKubernetes at scale.",
      "The team is small",
      "Would you chat?",
    ]);
  });

  it("make a heading its own sentence", () => {
    expect(sentencesOf("# The role\n\nSenior engineer.")).toEqual([
      ["heading", "The role"],
      ["body", "Senior engineer."],
    ]);
  });

  it("know which paragraph they are in and whether they ask", () => {
    const draft = parseDraft("Hi Jane,\n\nI saw your talk. Would you chat?\n\nThanks.", "draft.md");
    expect(draft.sentences.map((sentence) => [sentence.paragraph, sentence.endsWithQuestion])).toEqual([
      [0, false],
      [1, false],
      [1, true],
      [2, false],
    ]);
  });
});

describe("words", () => {
  it("have kinds, lower-cased text with straight apostrophes, and sentence indexes", () => {
    const draft = parseDraft("I’m at sam@acme.io, @samdev, {{company}} and https://acme.io. 50% of 3rd 2026", "draft.md");
    expect(draft.words.map((word) => [word.text, word.kind])).toEqual([
      ["I’m", "word"],
      ["at", "word"],
      ["sam@acme.io", "email"],
      ["@samdev", "handle"],
      ["{{company}}", "placeholder"],
      ["and", "word"],
      ["https://acme.io", "url"],
      ["50%", "number"],
      ["of", "word"],
      ["3rd", "number"],
      ["2026", "number"],
    ]);
    expect(draft.words[0]!.lower).toBe("i'm");
    expect(draft.words.map((word) => word.sentence)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(draft.words.filter((word) => word.sentenceStart).map((word) => word.text)).toEqual(["I’m", "50%"]);
  });

  it("are ordered and indexed by sentence, so a sentence's words are a slice", () => {
    const draft = parseDraft("Hi Jane,\n\nWe build robots. They are fast.\n\nBest,\nSam", "draft.md");
    for (const sentence of draft.sentences) {
      const words = draft.words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount);
      expect(words.every((word) => word.span.start >= sentence.span.start && word.span.end <= sentence.span.end)).toBe(true);
    }
    expect(draft.words.map((word) => word.text)).toEqual(["Hi", "Jane", "We", "build", "robots", "They", "are", "fast", "Best", "Sam"]);
  });
});

describe("subject words", () => {
  it("are split like the body's words, with spans into the file and no sentence", () => {
    const source = "---\nsubject: \"Your Q4 talk, {{first_name}}: 20-minute chat?\"\n---\nHi Jane,\n";
    const draft = parseDraft(source, "draft.md");
    expect(draft.subjectWords.map((word) => [word.text, word.kind, source.slice(word.span.start, word.span.end)])).toEqual([
      ["Your", "word", "Your"],
      ["Q4", "word", "Q4"],
      ["talk", "word", "talk"],
      ["{{first_name}}", "placeholder", "{{first_name}}"],
      ["20-minute", "word", "20-minute"],
      ["chat", "word", "chat"],
    ]);
    expect(draft.subjectWords.map((word) => word.sentence)).toEqual([-1, -1, -1, -1, -1, -1]);
    expect(draft.subjectWords.filter((word) => word.sentenceStart).map((word) => word.text)).toEqual(["Your"]);
    expect(draft.words.map((word) => word.text)).toEqual(["Hi", "Jane"]);
  });

  it("come from a 'Subject:' line too, and are empty without a subject", () => {
    expect(parseDraft("Subject: Quick question\n\nHi Jane,\n", "draft.md").subjectWords.map((word) => word.lower)).toEqual(["quick", "question"]);
    expect(parseDraft("Hi Jane,\n", "draft.md").subjectWords).toEqual([]);
  });
});

describe("positions", () => {
  const lf = "---\nsubject: Hello there\n---\nHi Jane,\n\nI saw your talk at GopherCon. It was great! See https://go.dev.\n\nBest,\nSam\n";

  it("are 1-based line and column, counting the front matter", () => {
    const draft = parseDraft(lf, "draft.md");
    expect(where(draft, draft.greeting!.span)).toBe("4:1-4:9");
    expect(draft.sentences.map((sentence) => where(draft, sentence.span))).toEqual(["4:1-4:9", "6:1-6:30", "6:31-6:44", "6:45-6:64", "8:1-8:6", "9:1-9:4"]);
    expect(where(draft, draft.links[0]!.span)).toBe("6:49-6:63");
  });

  it("are the same with CRLF line endings", () => {
    const a = parseDraft(lf, "draft.md");
    const b = parseDraft(lf.replace(/\n/g, "\r\n"), "draft.md");
    expect(b.lineEnding).toBe("\r\n");
    expect(a.lineEnding).toBe("\n");
    const all = (draft: typeof a) => [
      ...draft.sentences.map((sentence) => where(draft, sentence.span)),
      ...draft.words.map((word) => where(draft, word.span)),
      ...draft.links.map((link) => where(draft, link.span)),
      where(draft, draft.subject!.span),
      where(draft, draft.signOff!.span),
    ];
    expect(all(b)).toEqual(all(a));
    expect(b.sentences.map((sentence) => sentence.text)).toEqual(a.sentences.map((sentence) => sentence.text));
    expect(b.messageLength).toBe(a.messageLength);
  });

  it("ignore a byte order mark: it is removed from the source and remembered", () => {
    const a = parseDraft(lf, "draft.md");
    const b = parseDraft(`\uFEFF${lf}`, "draft.md");
    expect(b.bom).toBe(true);
    expect(a.bom).toBe(false);
    expect(b.source).toBe(lf);
    expect(b.subject?.text).toBe("Hello there");
    expect(where(b, b.greeting!.span)).toBe(where(a, a.greeting!.span));
  });

  it("count columns in UTF-16 code units, as ESLint does", () => {
    // The rocket is two UTF-16 code units: "Next" starts at column 13, not 12.
    const draft = parseDraft("Hi 🚀 Jane. Next.", "draft.md");
    const next = draft.words.find((word) => word.text === "Next")!;
    expect(where(draft, next.span)).toBe("1:13-1:17");
  });
});
