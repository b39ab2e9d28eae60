import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { YAML_OPTIONS } from "../../src/draft/front-matter.js";
import { parseSimpleFrontMatter } from "../../src/draft/simple-front-matter.js";

/** What the yaml package makes of the block, as parseFrontMatter reads it; undefined when it is an error. */
function viaYaml(text: string): unknown {
  const document = parseDocument(text, YAML_OPTIONS);
  return document.errors.length > 0 ? undefined : document.toJS({ maxAliasCount: 50 });
}

/** Whenever the fast path answers, its answer is yaml's. */
function expectSameAsYaml(text: string): void {
  const simple = parseSimpleFrontMatter(text);
  if (simple !== null) expect(simple, JSON.stringify(text)).toEqual(viaYaml(text));
}

describe("the simple front matter fast path", () => {
  it("reads the usual front matter itself, as yaml does", () => {
    const text = [
      "subject: Staff backend role at Acme Robotics, remote US",
      "kind: inmail",
      "profile: ../profiles/jane-doe.json",
      "date: 2026-11-03",
      "template: true",
      "sent: FALSE",
      "notes:",
      "owner: José Ñúñez 🚀 (C# and F#, 100% remote)",
      "link: https://acme.example/jobs?id=7&ref=li",
    ].join("\r\n");
    const simple = parseSimpleFrontMatter(text);
    expect(simple).toEqual({
      subject: "Staff backend role at Acme Robotics, remote US",
      kind: "inmail",
      profile: "../profiles/jane-doe.json",
      date: "2026-11-03",
      template: true,
      sent: false,
      notes: null,
      owner: "José Ñúñez 🚀 (C# and F#, 100% remote)",
      link: "https://acme.example/jobs?id=7&ref=li",
    });
    expect(simple).toEqual(viaYaml(text));
  });

  it.each([
    ["a list of block mappings", "history:\n  - date: 2026-11-01\n    direction: sent"],
    ["list items at two indentations", "history:\n  - {date: 2026-11-01}\n    - {date: 2026-11-02}"],
    ["a flow mapping with a comment", "history:\n  - {date: 2026-11-01} # first"],
    ["a flow list", "history: [{date: 2026-11-01, direction: sent}]"],
    ["a quoted value", 'subject: "Hi: there"'],
    ["a number", "kind: 42"],
    ["a float", "kind: 1e3"],
    ["a leading dot", "kind: .inf"],
    ["a tilde", "kind: ~"],
    ["a comment", "kind: inmail # the default"],
    ["a colon and space", "subject: Re: your post"],
    ["a trailing colon", "subject: Note:"],
    ["an anchor", "subject: &a x"],
    ["an alias", "subject: *a"],
    ["a tab", "subject:\tx"],
    ["no space after the colon", "subject:x"],
    ["a repeated key", "kind: inmail\nkind: message"],
    ["a keyword as the key", "true: x"],
    ["__proto__", "__proto__: x"],
    ["an indented line", "subject: Staff role\n  at Acme"],
    ["a control character", "subject: a\u0007b"],
    ["a lone surrogate", "subject: a\uD800b"],
    ["a byte-order mark", "subject: a\uFEFFb"],
    ["nothing", "\n  \n"],
    ["a line of white space other than spaces", "kind: inmail\n\t\nsubject: x"],
  ])("leaves %s to yaml", (_, text) => {
    expect(parseSimpleFrontMatter(text)).toBeNull();
  });

  it("agrees with yaml on every line built from tricky pieces", () => {
    const pieces = [
      "a", "Acme", "x", "true", "True", "TRUE", "tRue", "false", "null", "Null", "NULL", "~", "yes", "no", "on", "off", "y", "n",
      "1", "0x1F", "0o17", "1e3", "-1", "+1", ".5", ".inf", ".NaN", "2026-11-03", "2026-11-03T10:00:00Z", "12:30", "1_000",
      ":", ": ", " #", "#", "C#", "-", "- ", "?", "&", "*", "!", "|", ">", "'", '"', "%", "@", "`", "[", "]", "{", "}", ",",
      " ", "  ", "\t", "\\", "/", "../", "..", "é", "🚀", "\u00A0", "\u2028", "\u0085", "=", "<<",
    ];
    const key = fc.constantFrom("subject", "kind", "date", "template", "a-b", "a_b", "x1", "null", "Yes", "on");
    const value = fc.array(fc.constantFrom(...pieces), { maxLength: 5 }).map((parts) => parts.join(""));
    const line = fc.tuple(key, fc.constantFrom(": ", ":", ":  ", " : "), value).map(([k, colon, v]) => `${k}${colon}${v}`);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), fc.constantFrom("\n", "\r\n"), (lines, newline) => {
        expectSameAsYaml(lines.join(newline));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with yaml on lists of flow mappings built from tricky pieces", () => {
    const scalar = fc.constantFrom("2026-11-01", "sent", "received", "true", "False", "null", "~", "", "1", "a b", "a, b", "a: b", "a #b", "{x}", "é", "x:y");
    const pair = fc.tuple(fc.constantFrom("date", "direction", "declined", "null", "date"), fc.constantFrom(": ", ":", ":  ", " : "), scalar).map(
      ([key, colon, value]) => `${key}${colon}${value}`,
    );
    const item = fc.tuple(
      fc.constantFrom("", " ", "  ", "    ", "\t"),
      fc.array(pair, { maxLength: 3 }),
      fc.constantFrom(", ", ",", " , ", ",\u00A0", ",\t"),
      fc.constantFrom("{", "{ ", "{\u00A0"),
      fc.constantFrom("}", " }", "} ", "}x", "\t}"),
    );
    const block = fc.tuple(fc.constantFrom("history:", "history: ", "history: x"), fc.array(item, { minLength: 1, maxLength: 3 })).map(([head, items]) =>
      [head, ...items.map(([indent, pairs, joiner, open, close]) => `${indent}- ${open}${pairs.join(joiner)}${close}`)].join("\n"),
    );
    const around = fc.constantFrom("", "kind: inmail\n", "history: x\n");
    fc.assert(
      fc.property(around, block, around, (before, history, after) => {
        expectSameAsYaml(`${before}${history}\n${after}`);
      }),
      { numRuns: 3000 },
    );
  });

  it("answers for most of those lines, so the comparison above is not empty", () => {
    const answered = [
      "subject: a",
      "kind: Acme x",
      "date: 2026-11-03",
      "template: TRUE",
      "subject: C# é 🚀",
      "history:\n  - {date: 2026-11-01, direction: sent}\n  - { date: 2026-11-08, direction: received, declined: true }",
      "history:\n- {date: 2026-11-01, direction: sent}\nkind: follow-up",
    ].filter(
      (text) => parseSimpleFrontMatter(text) !== null,
    );
    expect(answered).toHaveLength(7);
  });
});
