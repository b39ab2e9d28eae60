/**
 * British and Commonwealth spellings, mapped to the American forms the en_US dictionary holds
 * ("organisation" -> "organization", "travelled" -> "traveled"). They are only used to *accept*
 * a word, never to report one: a recruiter in London writes correct English.
 */
const BRITISH_TO_AMERICAN: ReadonlyArray<[RegExp, string]> = [
  [/our(?=s?$|ite|ites|ed|ing|able|ful|less)/, "or"], // colour, favourite, behaviours, honourable
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, "iz$1"], // organise, organisation, optimising
  [/ys(e|es|ed|ing)$/, "yz$1"], // analyse
  [/tre(s?)$/, "ter$1"], // centre, metres
  [/ll(ed|ing|er|ers)$/, "l$1"], // travelled, modelling, cancelled
  [/l(ment|ments|ful)$/, "ll$1"], // fulfilment, skilful, enrolment
  [/l$/, "ll"], // fulfil, enrol
  [/ogue(s?)$/, "og$1"], // catalogue
  [/ence(s?)$/, "ense$1"], // licence, defence
  [/mme(s?)$/, "m$1"], // programme
  [/ae/, "e"], // paediatric, anaesthesia
  [/oe(?=s)/, "e"], // oestrogen
  [/dgement(s?)$/, "dgment$1"], // judgement, acknowledgement
  [/geing$/, "ging"], // ageing
];

/** American spellings a word may be a regional variant of. */
export function americanVariants(word: string): string[] {
  const variants: string[] = [];
  for (const [pattern, replacement] of BRITISH_TO_AMERICAN) {
    if (!pattern.test(word)) continue;
    const variant = word.replace(pattern, replacement);
    if (variant !== word) variants.push(variant);
  }
  return variants;
}
