import { existsSync, readFileSync } from "node:fs";
import { isListedExactly, WORD_LIST_PATHS } from "../../rules/util/english-words.js";
import { rng } from "../bench/generate.mjs";

/**
 * The word list is searched in place (a binary search by character offset over the sorted lines)
 * rather than split into 124,000 strings: membership must be exactly the list's.
 */
describe("isListedExactly", () => {
  const file = WORD_LIST_PATHS.find((path) => existsSync(path))!;
  const text = readFileSync(file, "utf8");
  const listed = text.slice(text.indexOf("\n") + 1).split("\n");
  const set = new Set(listed);

  it("finds the first, the last and every 50th word, and no near miss that is not listed", () => {
    const random = rng(11);
    const probes = [listed[0]!, listed[listed.length - 1]!, "", "a", "zzzzzz", "\u00e9t\u00e9", "Zürich"];
    for (let i = 0; i < listed.length; i += 50) {
      const word = listed[i]!;
      const cut = Math.floor(random() * word.length);
      probes.push(word, word.toUpperCase(), `${word}s`, word.slice(0, cut), word.slice(0, cut) + word.slice(cut + 1), `${word.slice(0, cut)}x${word.slice(cut)}`);
    }
    const wrong = probes.filter((probe) => isListedExactly(probe) !== set.has(probe));
    expect(wrong).toEqual([]);
    expect(probes.filter((probe) => set.has(probe)).length).toBeGreaterThan(listed.length / 50);
  });
});
