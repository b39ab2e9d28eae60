import { existsSync, readFileSync } from "node:fs";
import { expandDictionary, isDictionaryWord, loadHunspell, WORD_LIST_PATHS } from "../../rules/util/english-words.js";
import { corrections } from "../../rules/util/spelling-suggestions.js";
import { americanVariants } from "../../rules/util/spelling-variants.js";
import { isRegularForm } from "../../rules/util/word-forms.js";

describe("english word list", () => {
  it("the build's word list is the expanded Hunspell dictionary", () => {
    const file = WORD_LIST_PATHS.find((path) => existsSync(path));
    expect(file, "npm run build writes dist/generated/english-words.txt").toBeDefined();
    expect(readFileSync(file!, "utf8")).toBe(expandDictionary(loadHunspell()));
  });

  it("follows Hunspell's casing rules", () => {
    expect(isDictionaryWord("recruiters")).toBe(true);
    expect(isDictionaryWord("Recruiters")).toBe(true);
    expect(isDictionaryWord("RECRUITERS")).toBe(true);
    expect(isDictionaryWord("London")).toBe(true);
    expect(isDictionaryWord("london")).toBe(false);
    expect(isDictionaryWord("recieve")).toBe(false);
  });
});

describe("regular forms the dictionary lacks", () => {
  it.each(["linter", "approvers", "sendable", "deliverability", "personalization", "integrations", "webhooks", "skillset", "timeframe", "ungated", "impactful", "getter", "synergize"])(
    "accepts %s",
    (word) => expect(isRegularForm(word, isDictionaryWord)).toBe(true),
  );
  it.each(["untill", "occured", "begining", "truely", "arguement", "writter", "responsable", "intrested", "everytime", "eachother", "thankyou", "definately", "thier", "publically", "writting", "persistant", "acess"])(
    "does not excuse the typo %s",
    (word) => expect(isRegularForm(word, isDictionaryWord)).toBe(false),
  );
  it("maps British spellings to American ones", () => {
    expect(americanVariants("organisation")).toContain("organization");
    expect(americanVariants("travelled")).toContain("traveled");
    expect(americanVariants("colour")).toContain("color");
    expect(americanVariants("fulfilment")).toContain("fulfillment");
  });
});

describe("corrections", () => {
  it("ranks a swap of letters first", () => {
    expect(corrections("teh", 3)[0]).toBe("the");
    expect(corrections("recieve", 3)).toEqual(["receive", "relieve"]);
  });
  it("keeps the capital of a capitalised typo", () => {
    expect(corrections("Recieve", 1)).toEqual(["Receive"]);
  });
  it("never suggests what Hunspell marks NOSUGGEST", () => {
    expect(corrections("shfit", 3)).toEqual(["shift"]);
  });
  it("goes two edits out for long words", () => {
    expect(corrections("reccomend", 3)).toContain("recommend");
  });
  it("has nothing for names and products", () => {
    expect(corrections("openfl", 3)).toEqual([]);
  });
});
