import { defineBatchRule } from "../src/define-rule.js";
import type { BatchItem, Span } from "../src/types.js";
import { openingSpan } from "./util/draft.js";
import { maskedTokens } from "./util/masked-tokens.js";
import { bandingFor, bandKey, jaccardAtLeast, minHashSignature, shingleHashes } from "./util/minhash.js";

interface Options {
  warnSimilarity: number;
  errorSimilarity: number;
  minWords: number;
}

/** What each draft contributes: plain numbers and a span, so it can come from a worker thread. */
export interface DuplicateSummary {
  shingles: number[];
  signature: number[];
  span: Span;
}

/** Drafts with the same masked text are compared once, as a group. */
interface Group {
  items: number[];
  shingles: number[];
  signature: number[];
  neighbours: Array<{ group: number; similarity: number }>;
  /** How many of `items` go to each recipient key. */
  recipients: Map<string, number>;
  /** The candidate scan stopped early, so counts are lower bounds. */
  capped: boolean;
}

const SHINGLE_SIZE = 3;
/**
 * Candidate groups verified per group. Far above any real near-duplicate family a person reviews;
 * it bounds the work when thousands of distinct drafts are all near-identical (counts then read "at least").
 */
const MAX_CANDIDATES = 100;
const NAMED_FILES = 3;

/**
 * LinkedIn's 2014 InMail policy: fewer than 2% of Recruiter users sent thousands of generic InMails a
 * month, 94% of them bulk, and bulk sending is disabled when response stays under 13%. Rspamd's
 * fuzzy_check and SpamAssassin's DCC/Razor catch bulk mail the same way: word-trigram shingles of
 * the text with the per-recipient parts masked.
 */
export default defineBatchRule<Options, DuplicateSummary | null>({
  meta: {
    id: "duplicate-outreach",
    description: "Do not send the same message to many people: near-identical drafts to different recipients",
    category: "spam",
    defaultSeverity: "error",
    warningMessages: ["similar"],
    fixable: false,
    hasSuggestions: false,
    options: {
      warnSimilarity: { type: "number", default: 0.8, minimum: 0.5, maximum: 1, description: "Jaccard similarity of masked 3-word shingles that draws a warning" },
      errorSimilarity: { type: "number", default: 0.95, minimum: 0.5, maximum: 1, description: "Similarity that draws an error" },
      minWords: { type: "integer", default: 15, minimum: 3, maximum: 500, description: "Shortest draft (words after masking) compared at all; short notes are alike by nature" },
    },
    messages: {
      nearIdentical: "Near-identical ({{similarity}}%) to {{others}} sent to other recipients: {{files}}; write each message for its reader",
      similar: "Very similar ({{similarity}}%) to {{others}} sent to other recipients: {{files}}; personalize beyond names and company",
    },
  },
  summarize(context) {
    const { draft, profile, options } = context;
    // A template is meant to go to many people; its renderings are what gets compared.
    if (draft.template) return null;
    const tokens = maskedTokens(draft, profile);
    if (tokens.length < options.minWords) return null;
    const shingles = shingleHashes(tokens, SHINGLE_SIZE);
    return { shingles, signature: minHashSignature(shingles), span: openingSpan(draft) };
  },
  checkBatch(context) {
    const { items, options } = context;
    const groups = groupIdentical(items);
    linkSimilarGroups(groups, Math.min(options.warnSimilarity, options.errorSimilarity));
    const labels = shortLabels(items.map((item) => item.label));
    const groupOf = new Map<number, number>();
    groups.forEach((group, index) => group.items.forEach((item) => groupOf.set(item, index)));

    for (const [itemIndex, groupIndex] of groupOf) {
      const item = items[itemIndex]!;
      const group = groups[groupIndex]!;
      const matches = [{ group: groupIndex, similarity: 1 }, ...group.neighbours.filter((neighbour) => neighbour.similarity >= options.warnSimilarity)];
      const others = othersFor(itemIndex, item.recipientKey, matches, groups, items);
      if (others.count === 0) continue;
      const percent = Math.floor(others.best * 100);
      const more = others.count - others.named.length;
      context.report(itemIndex, {
        messageId: others.best >= options.errorSimilarity ? "nearIdentical" : "similar",
        data: {
          similarity: percent,
          others: `${group.capped ? "at least " : ""}${others.count} other draft${others.count === 1 ? "" : "s"}`,
          files: others.named.map((index) => labels[index]).join(", ") + (more > 0 ? ` and ${more} more` : ""),
        },
        span: (item.summary as DuplicateSummary).span,
      });
    }
  },
});

function groupIdentical(items: readonly BatchItem<DuplicateSummary | null>[]): Group[] {
  const groups: Group[] = [];
  const byHash = new Map<number, Group[]>();
  items.forEach((item, index) => {
    if (!item.summary) return;
    const { shingles, signature } = item.summary;
    // The signature's hash finds the bucket; equal shingle sets make the group.
    const key = bandKey(signature, 0, signature.length);
    const candidates = byHash.get(key) ?? [];
    let group = candidates.find((candidate) => sameNumbers(candidate.shingles, shingles));
    if (!group) {
      group = { items: [], shingles, signature, neighbours: [], recipients: new Map(), capped: false };
      groups.push(group);
      byHash.set(key, [...candidates, group]);
    }
    group.items.push(index);
    if (item.recipientKey !== null) group.recipients.set(item.recipientKey, (group.recipients.get(item.recipientKey) ?? 0) + 1);
  });
  return groups;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * LSH banding finds candidate pairs (groups sharing a band), verified by exact Jaccard. The work is
 * O(groups x bands) plus at most MAX_CANDIDATES verifications per group: never all pairs.
 */
function linkSimilarGroups(groups: Group[], threshold: number): void {
  const { bands, rows } = bandingFor(threshold);
  const buckets = Array.from({ length: bands }, () => new Map<number, number[]>());
  const keys = groups.map((group) => Array.from({ length: bands }, (_, band) => bandKey(group.signature, band, rows)));
  groups.forEach((_, index) => {
    for (let band = 0; band < bands; band++) {
      const key = keys[index]![band]!;
      const bucket = buckets[band]!.get(key);
      if (bucket) bucket.push(index);
      else buckets[band]!.set(key, [index]);
    }
  });
  groups.forEach((group, index) => {
    // Each group verifies its own candidates: no pair is left to a partner whose scan stopped early.
    const seen = new Set<number>([index]);
    for (let band = 0; band < bands && !group.capped; band++) {
      for (const other of buckets[band]!.get(keys[index]![band]!)!) {
        if (seen.has(other)) continue;
        if (seen.size > MAX_CANDIDATES) {
          group.capped = true;
          break;
        }
        seen.add(other);
        const similarity = jaccardAtLeast(group.shingles, groups[other]!.shingles, threshold);
        if (similarity >= threshold) group.neighbours.push({ group: other, similarity });
      }
    }
  });
  for (const group of groups) group.neighbours.sort((a, b) => b.similarity - a.similarity || a.group - b.group);
}

/** Drafts in the matched groups addressed to someone else: how many, the first few, the best similarity. */
function othersFor(
  self: number,
  recipientKey: string | null,
  matches: Array<{ group: number; similarity: number }>,
  groups: Group[],
  items: readonly BatchItem<DuplicateSummary | null>[],
): { count: number; named: number[]; best: number } {
  let count = 0;
  let best = 0;
  const named: number[] = [];
  for (const match of matches) {
    const group = groups[match.group]!;
    // Unknown recipients (no profile, no greeting name) count as different people.
    const sameRecipient = recipientKey === null ? (match === matches[0] ? 1 : 0) : (group.recipients.get(recipientKey) ?? 0);
    const others = group.items.length - sameRecipient;
    if (others <= 0) continue;
    count += others;
    best = Math.max(best, match.similarity);
    // Bounded scan: a huge group addressed mostly to this same person must not make naming quadratic.
    for (let i = 0; i < group.items.length && i < MAX_CANDIDATES && named.length < NAMED_FILES; i++) {
      const index = group.items[i]!;
      if (index !== self && (recipientKey === null || items[index]!.recipientKey !== recipientKey)) named.push(index);
    }
  }
  return { count, named, best };
}

/** File paths relative to the folder they share, so messages name "b.md", not a full path. */
function shortLabels(labels: readonly string[]): string[] {
  const paths = labels.filter((label) => label.includes("/"));
  if (paths.length < 2) return [...labels];
  let prefix = paths[0]!.slice(0, paths[0]!.lastIndexOf("/") + 1);
  for (const path of paths) {
    while (prefix !== "" && !path.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf("/", prefix.length - 2) + 1);
  }
  return labels.map((label) => (prefix !== "" && label.startsWith(prefix) ? label.slice(prefix.length) : label));
}
