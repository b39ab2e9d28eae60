import { defineRule } from "../src/define-rule.js";
import { findMergeFields } from "../src/draft/merge-fields.js";
import { LINK_SHORTENERS } from "./data/shorteners.js";
import type { Draft } from "../src/types.js";
import { DETAILS_OFFERS } from "./data/details-offers.js";
import { LINK_FIELD_WORDS } from "./data/placeholders.js";
import { closingSpan } from "./util/draft.js";
import { findInBody, phrasesOf } from "./util/phrases.js";

const LINK_FIELD_PARTS = phrasesOf(LINK_FIELD_WORDS);

interface Options {
  maxLinks: number;
  requireLink: boolean;
  extraShorteners: string[];
}

/**
 * A way to learn more (job post, company site, the sender's profile) lets a stranger check the
 * sender before replying. More than a few links reads as marketing, and shorteners hide the
 * destination (SpamAssassin 25_url_shortener.cf; outbound-email-grader flags both).
 * Only a first InMail needs a link (see `needsLink`); an explicit offer to send the details counts.
 */
export default defineRule<Options>({
  meta: {
    id: "follow-up-links",
    description: "Give one way to learn more (job post, website or your profile); no shorteners, not too many links",
    category: "transparency",
    defaultSeverity: "warn",
    fixable: false,
    hasSuggestions: false,
    options: {
      maxLinks: { type: "integer", default: 3, minimum: 1, maximum: 20, description: "Most distinct links a message may carry" },
      requireLink: { type: "boolean", default: true, description: "Report a message with no link at all" },
      extraShorteners: { type: "string[]", default: [], description: "More shortener host names to report" },
    },
    messages: {
      noLink: "No link to learn more: add the job post, your company's site or your LinkedIn profile",
      shortener: "Link shortener '{{host}}' hides where the link goes: use the full URL",
      tooManyLinks: "{{count}} links: keep it to {{max}} or fewer so the one that matters gets clicked",
    },
  },
  check(context) {
    const { draft, options } = context;
    const shorteners = new Set([...LINK_SHORTENERS, ...options.extraShorteners.map((host) => host.toLowerCase())]);
    for (const link of draft.links) {
      if (shorteners.has(link.host)) context.report({ messageId: "shortener", data: { host: link.host }, span: link.urlSpan });
    }
    const distinct: typeof draft.links = [];
    for (const link of draft.links) {
      if (!distinct.some((seen) => normalizeUrl(seen.url) === normalizeUrl(link.url))) distinct.push(link);
    }
    if (distinct.length > options.maxLinks) {
      const extra = distinct[options.maxLinks]!;
      context.report({ messageId: "tooManyLinks", data: { count: distinct.length, max: options.maxLinks }, span: extra.span });
    }
    if (distinct.length > 0 || !options.requireLink || !needsLink(draft)) return;
    // In a template, a {{job_link}} slot is the link.
    if (draft.template && findMergeFields(draft).some((field) => LINK_FIELD_PARTS.some((part) => field.name.includes(part)))) return;
    // "Happy to email the full job description": a confidential search has nothing public to link.
    if (findInBody(draft, phrasesOf(DETAILS_OFFERS)).length > 0) return;
    context.report({ messageId: "noLink", span: closingSpan(draft) });
  },
});

/**
 * Only a first message to a stranger needs a link: a connection note has no room (300
 * characters), a follow-up's first message carried it, and a connection already knows the sender.
 */
function needsLink(draft: Draft): boolean {
  return draft.kind === "inmail" && draft.history.length === 0;
}

function normalizeUrl(url: string): string {
  return url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/(?<!\/)\/+$/, "");
}
