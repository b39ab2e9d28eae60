/**
 * MinHash signatures and LSH banding over word shingles: near-duplicate detection that stays
 * sub-quadratic (Broder 1997; Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets", ch. 3).
 * Rspamd's fuzzy_check uses the same idea (word trigrams, 32 hash functions) against bulk mail.
 * Everything here is plain numbers so summaries can cross a worker boundary.
 */

/** Signature length: 64 hashes are enough to find candidates; every candidate is then verified exactly. */
export const SIGNATURE_LENGTH = 64;

const SEEDS: readonly number[] = seeds(SIGNATURE_LENGTH);

/** FNV-1a over a string's UTF-16 units: a fast, stable 32-bit hash for shingles. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Sorted, distinct hashes of every run of `size` consecutive tokens: `hashString` of the tokens
 * joined with U+0001, computed without building the joined strings.
 */
export function shingleHashes(tokens: readonly string[], size: number): number[] {
  const count = tokens.length - size + 1;
  if (count <= 0) return [];
  // A typed array sorts numbers natively; duplicates are dropped after sorting.
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let hash = 0x811c9dc5;
    for (let k = i; k < i + size; k++) {
      if (k > i) hash = Math.imul(hash ^ 1, 0x01000193);
      const token = tokens[k]!;
      for (let c = 0; c < token.length; c++) hash = Math.imul(hash ^ token.charCodeAt(c), 0x01000193);
    }
    hashes[i] = hash >>> 0;
  }
  hashes.sort();
  const distinct: number[] = [];
  for (let i = 0; i < count; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) distinct.push(hashes[i]!);
  return distinct;
}

/** For each of the hash functions, the least hash of any shingle. */
export function minHashSignature(shingles: readonly number[]): number[] {
  const signature = new Array<number>(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const value = mix32(shingle ^ SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** Exact Jaccard similarity of two sorted, distinct arrays, in one merge pass. */
export function jaccard(a: readonly number[], b: readonly number[]): number {
  return jaccardAtLeast(a, b, 0);
}

/**
 * The exact Jaccard similarity when it is at least `threshold`, else some value below it: the
 * merge stops as soon as the elements still to compare cannot lift the similarity to the
 * threshold. Verifying LSH candidates against a high threshold this way reads a few dozen
 * elements of a dissimilar pair instead of both sets.
 */
export function jaccardAtLeast(a: readonly number[], b: readonly number[], threshold: number): number {
  if (a.length === 0 && b.length === 0) return 1;
  const total = a.length + b.length;
  // The similarity `shared` elements would give, were the rest all shared: it only falls as the
  // merge goes on, and (rounding being monotonic) bounds the exact result from above.
  const cannotReach = (shared: number) => shared / (total - shared) < threshold;
  if (cannotReach(Math.min(a.length, b.length))) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
      continue;
    }
    if (a[i]! < b[j]!) i++;
    else j++;
    if (cannotReach(shared + Math.min(a.length - i, b.length - j))) return 0;
  }
  return shared / (total - shared);
}

export interface Banding {
  bands: number;
  rows: number;
}

/**
 * The most selective banding that still makes a pair at `threshold` a candidate with probability
 * at least 0.99: P = 1 - (1 - s^rows)^bands. For 0.8 that is 12 bands of 5 rows; pairs at 0.3 then
 * collide with probability about 3%.
 */
export function bandingFor(threshold: number): Banding {
  let best: Banding = { bands: SIGNATURE_LENGTH, rows: 1 };
  for (let rows = 2; rows <= 16; rows++) {
    const bands = Math.floor(SIGNATURE_LENGTH / rows);
    if (1 - Math.pow(1 - Math.pow(threshold, rows), bands) >= 0.99) best = { bands, rows };
  }
  return best;
}

/** The bucket key of one band of a signature. */
export function bandKey(signature: readonly number[], band: number, rows: number): number {
  let hash = 0x811c9dc5 ^ band;
  for (let i = band * rows; i < (band + 1) * rows; i++) {
    hash ^= signature[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: a bijective 32-bit mix, so each seed gives a different permutation. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed pseudo-random seeds (xorshift32), so signatures are the same on every run and machine. */
function seeds(count: number): number[] {
  const result: number[] = [];
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    result.push(state >>> 0);
  }
  return result;
}
