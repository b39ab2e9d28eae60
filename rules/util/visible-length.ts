import type { Draft } from "../../src/types.js";

/**
 * The source offset where the message passes `limit` visible characters, counted the way
 * `draft.messageLength` counts them (whitespace runs collapsed, a paragraph break as two,
 * the URL of each Markdown link added where the link stands). Null when the message is shorter.
 */
export function offsetPastLimit(draft: Draft, limit: number): number | null {
  const linkExtras = new Map<number, { start: number; extra: number }>();
  for (const link of draft.links) if (link.markdown) linkExtras.set(link.span.end, { start: link.span.start, extra: link.url.length + 1 });

  let count = 0;
  let started = false;
  let spaces = 0;
  let newlines = 0;
  for (let offset = draft.body.start; offset <= draft.body.end; offset++) {
    // The link's syntax is blanked in the prose, so its URL is counted where the link ends.
    const link = linkExtras.get(offset);
    if (link) {
      count += link.extra;
      if (count > limit) return link.start;
    }
    if (offset === draft.body.end) break;
    const char = draft.prose[offset]!;
    if (char === "\r") continue;
    if (char === " " || char === "\t") {
      spaces++;
      continue;
    }
    if (char === "\n") {
      newlines++;
      continue;
    }
    const gap = !started ? 0 : newlines > 0 ? Math.min(newlines, 2) : spaces > 0 ? 1 : 0;
    started = true;
    spaces = 0;
    newlines = 0;
    count += gap + 1;
    if (count > limit) return offset;
  }
  return null;
}
