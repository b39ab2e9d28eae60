import { defineRule } from "../src/define-rule.js";
import type { Draft, Sentence } from "../src/types.js";
import { syllables } from "./util/syllables.js";
import { wordsOf } from "./util/draft.js";

interface Options {
  maxGrade: number;
  minWordsForGrade: number;
  maxAverageWords: number;
  maxSentenceWords: number;
  maxPlainSentenceWords: number;
}

/**
 * Syllables per word above which a long sentence is also dense. Plain English averages about 1.4-1.5
 * (the good drafts here: 1.24-1.72 per draft); the buzzword run-ons in the corpus run 1.9-3.6.
 */
const DENSE_SYLLABLES_PER_WORD = 1.7;
/** An average over one or two sentences is just those sentences: the long-sentence check covers them. */
const MIN_SENTENCES_FOR_AVERAGE = 3;

interface SentenceStats {
  sentence: Sentence;
  words: number;
  syllables: number;
}

/**
 * Boomerang: emails at a 3rd-grade reading level got 53% replies against 39% at college level;
 * Lavender: 70% of sales emails are written at 10th grade or above, and 5th-grade ones get 67% more
 * replies. Readability formulas are unreliable under ~100 words, and most InMails are shorter, so
 * short drafts are judged by average sentence length instead, and any very long sentence is named:
 * over 35 words when its words are long, over 50 in any case (good drafts in the corpus have plain
 * sentences of up to 49 words; the run-ons the corpus labels bad run 44-127 words of dense text).
 */
export default defineRule<Options>({
  meta: {
    id: "readability",
    description: "Keep it easy to read: plain words, short sentences (Flesch-Kincaid grade, sentence length)",
    category: "mechanics",
    defaultSeverity: "warn",
    fixable: false,
    hasSuggestions: false,
    options: {
      maxGrade: { type: "number", default: 10, minimum: 1, maximum: 20, description: "Highest Flesch-Kincaid grade for drafts of minWordsForGrade words or more" },
      minWordsForGrade: { type: "integer", default: 100, minimum: 1, maximum: 1000, description: "Fewest words for the grade to be computed; shorter drafts use maxAverageWords" },
      maxAverageWords: { type: "number", default: 20, minimum: 5, maximum: 60, description: "Highest average sentence length (words) for drafts shorter than minWordsForGrade" },
      maxSentenceWords: {
        type: "integer",
        default: 35,
        minimum: 10,
        maximum: 200,
        description: "Longest sentence (words) allowed when its words are long (1.7 syllables or more on average)",
      },
      maxPlainSentenceWords: { type: "integer", default: 50, minimum: 10, maximum: 300, description: "Longest sentence (words) allowed even in plain words" },
    },
    messages: {
      hardGrade: "Reads at grade {{grade}} (Flesch-Kincaid): aim for {{max}} or lower with shorter sentences and plainer words",
      longAverage: "Sentences average {{average}} words: keep them under {{max}} so the message reads at a glance",
      longSentence: "Sentence of {{count}} words: split it (aim for {{max}} or fewer)",
      longDenseSentence: "Sentence of {{count}} words, most of them long: split it and use plainer words (aim for {{max}} or fewer)",
    },
  },
  check(context) {
    const { draft, options } = context;
    const stats = proseSentences(draft).map((sentence) => measure(draft, sentence)).filter((entry) => entry.words > 0);
    if (stats.length === 0) return;
    const words = stats.reduce((sum, entry) => sum + entry.words, 0);
    const first = stats[0]!.sentence.span;

    if (words >= options.minWordsForGrade) {
      const grade = fleschKincaidGrade(words, stats.length, stats.reduce((sum, entry) => sum + entry.syllables, 0));
      if (grade > options.maxGrade) context.report({ messageId: "hardGrade", data: { grade: grade.toFixed(1), max: options.maxGrade }, span: first });
    } else if (stats.length >= MIN_SENTENCES_FOR_AVERAGE) {
      const average = words / stats.length;
      if (average > options.maxAverageWords) context.report({ messageId: "longAverage", data: { average: average.toFixed(1), max: options.maxAverageWords }, span: first });
    }
    for (const entry of stats) {
      const dense = entry.syllables / entry.words >= DENSE_SYLLABLES_PER_WORD;
      if (entry.words > options.maxPlainSentenceWords || (dense && entry.words > options.maxSentenceWords)) {
        const max = dense ? options.maxSentenceWords : options.maxPlainSentenceWords;
        context.report({ messageId: dense ? "longDenseSentence" : "longSentence", data: { count: entry.words, max }, span: entry.sentence.span });
      }
    }
  },
});

/**
 * Flesch-Kincaid grade level (Kincaid et al., 1975): 0.39 x words per sentence + 11.8 x syllables
 * per word - 15.59.
 */
export function fleschKincaidGrade(words: number, sentences: number, syllableCount: number): number {
  return 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59;
}

/**
 * Running prose only: not the greeting or sign-off, and not list items or headings, which are
 * fragments ("Pay: $118,000") that would make any draft look easy.
 */
function proseSentences(draft: Draft): Sentence[] {
  return draft.sentences.filter((sentence) => sentence.role === "body");
}

function measure(draft: Draft, sentence: Sentence): SentenceStats {
  const words = wordsOf(draft, sentence).filter((word) => word.kind === "word");
  return { sentence, words: words.length, syllables: words.reduce((sum, word) => sum + syllables(word.text), 0) };
}
