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
 * The body's prose with the inputs that have hung compromise defused (runs of punctuation,
 * sentence-less walls of text), with the same offsets: every replacement keeps its length.
 */
export function nlpText(draft: Draft): string {
  const end = Math.min(draft.body.end, draft.body.start + NLP_MAX_CHARS);
  return draft.prose
    .slice(draft.body.start, end)
    .replace(/([.!?,;:\-*=_~])\1{3,}/g, (run) => " ".repeat(run.length))
    .replace(new RegExp(`\\S{${NLP_MAX_TOKEN + 1},}`, "g"), (token) => " ".repeat(token.length));
}

export function buildNlpDocument(draft: Draft): NlpDocument {
  return loadCompromise()(nlpText(draft));
}
