import { createRequire } from "node:module";
import type { Draft, NlpDocument } from "../types.js";

/**
 * compromise, loaded on first use only: its tagger costs ~0.4 s to load (the CommonJS
 * bundle loads in about half the time of the ESM entry), which a pre-commit hook must not pay
 * unless a rule really asks for it.
 */
type Compromise = (text: string) => NlpDocument;
let compromise: Compromise | null = null;

export function loadCompromise(): Compromise {
  if (!compromise) compromise = createRequire(import.meta.url)("compromise") as Compromise;
  return compromise;
}

/** Most text compromise is given per draft: enough for any real message, bounded for hostile input. */
export const NLP_MAX_CHARS = 20_000;
/** Longest run without a space passed on; compromise is slow on huge tokens. */
const NLP_MAX_TOKEN = 100;
/**
 * Longest stretch without a line break passed on. compromise's time grows faster than the
 * length of one sentence (a 40,000-character sentence took 3.5 times as long as 20,000), so
 * a longer stretch is broken with a newline, which compromise treats as a sentence end.
 */
export const NLP_MAX_SENTENCE = 1_000;

/**
 * The body's prose with the inputs that have hung compromise defused (runs of punctuation,
 * sentence-less walls of text), with the same offsets: every replacement keeps its length.
 */
export function nlpText(draft: Draft): string {
  const end = Math.min(draft.body.end, draft.body.start + NLP_MAX_CHARS);
  const text = draft.prose
    .slice(draft.body.start, end)
    .replace(/([.!?,;:\-*=_~])\1{3,}/g, (run) => " ".repeat(run.length))
    .replace(new RegExp(`\\S{${NLP_MAX_TOKEN + 1},}`, "g"), (token) => " ".repeat(token.length));
  return breakLongSentences(text);
}

/** Replaces a space with a newline wherever NLP_MAX_SENTENCE characters pass without one (same length). */
function breakLongSentences(text: string): string {
  let out = "";
  let lineStart = 0;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n") lineStart = i + 1;
    else if (i - lineStart >= NLP_MAX_SENTENCE && (char === " " || char === "\t")) {
      out += `${text.slice(copied, i)}\n`;
      copied = i + 1;
      lineStart = i + 1;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export function buildNlpDocument(draft: Draft): NlpDocument {
  return loadCompromise()(nlpText(draft));
}
