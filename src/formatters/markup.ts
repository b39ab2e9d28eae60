/**
 * Escaping for XML and HTML text and attribute values. Characters XML 1.0 forbids (most C0
 * controls, lone surrogates, U+FFFE/U+FFFF) would make the whole report unparseable, so they
 * become U+FFFD: a draft pasted from a word processor can carry any of them.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeMarkup(text: string): string {
  return text.replace(FORBIDDEN, "\uFFFD").replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
