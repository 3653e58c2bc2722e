/**
 * Salted fingerprints of message texts, to count near-duplicate sends without keeping any text.
 * A text becomes its word 3-shingles, each hashed with the install's salt; only the 64 smallest
 * hashes are kept (a bottom-k MinHash sketch), so a fingerprint costs at most ~0.7 KB of storage
 * and the similarity of two long texts is still estimated fairly. Pure and deterministic; never
 * throws, whatever the string (emoji, right-to-left scripts, lone surrogates, 100 KB).
 */
import { hash53 } from './hash';

/** At most this many hashes per fingerprint. */
export const SKETCH_SIZE = 64;
export const NEAR_DUPLICATE_THRESHOLD = 0.6;

const SHINGLE = 3;
/**
 * The patterns that split a text into words, built on first use: this module loads with the
 * content script on every LinkedIn page, and building these Unicode classes costs more than
 * anything else the script does as it loads, for a fingerprint
 * needed only when the user sends something.
 */
let separators: { notWord: RegExp; unspaced: RegExp } | null = null;

function wordSeparators(): { notWord: RegExp; unspaced: RegExp } {
  separators ??= {
    /** Punctuation, symbols (emoji included) and control/format characters separate words. */
    notWord: /[\p{P}\p{S}\p{C}]+/gu,
    /** Scripts written without spaces between words: each character counts as a word. */
    unspaced: new RegExp(
      `[${['Han', 'Hiragana', 'Katakana', 'Thai', 'Lao', 'Khmer', 'Myanmar'].map((s) => `\\p{Script=${s}}`).join('')}]`,
      'gu',
    ),
  };
  return separators;
}

/** The text's words: NFKC, lowercase, punctuation and symbols dropped, whitespace collapsed. */
export function words(text: string): string[] {
  const source = typeof text === 'string' ? text : '';
  const { notWord, unspaced } = wordSeparators();
  return source
    .normalize('NFKC')
    .toLowerCase()
    .replace(notWord, ' ')
    .replace(unspaced, ' $& ')
    .split(/\s+/u)
    .filter((word) => word.length > 0);
}

function shingles(list: string[]): string[] {
  if (list.length < SHINGLE) return list;
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= list.length; i++) out.push(list.slice(i, i + SHINGLE).join(' '));
  return out;
}

function seedFromSalt(salt: string): number {
  return Number.parseInt(hash53(salt).slice(-8), 16) >>> 0;
}

/**
 * Salted hashes of the text's word 3-shingles (for texts under 3 words, of the words themselves),
 * sorted, at most SKETCH_SIZE of them: the smallest. Each hash keeps hash53's low 32 bits as 8 hex
 * digits: collisions between two texts' few dozen shingles stay negligible (about 1 in a million
 * per pair of texts), and storage is 40 % smaller than with all 53 bits.
 */
export function fingerprint(text: string, salt: string): string[] {
  const seed = seedFromSalt(typeof salt === 'string' ? salt : '');
  const hashes = new Set<string>();
  for (const shingle of shingles(words(text))) hashes.add(hash53(shingle, seed).slice(-8));
  return [...hashes].sort().slice(0, SKETCH_SIZE);
}

/** The list sorted and without repeats; as it is when it already is (fingerprints are stored so). */
function sortedUnique(list: readonly string[]): readonly string[] {
  for (let i = 1; i < list.length; i++) {
    if (!((list[i - 1] as string) < (list[i] as string))) return [...new Set(list)].sort();
  }
  return list;
}

/** Similarity of two sorted, duplicate-free sketches. */
function sketchSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const complete = a.length < SKETCH_SIZE && b.length < SKETCH_SIZE;
  // Both sketches hold every shingle: exact Jaccard. Otherwise the bottom-k estimator: among the
  // k smallest hashes of the union (k = the smaller sketch), the share present in both.
  const k = complete ? Number.POSITIVE_INFINITY : Math.min(a.length, b.length);
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  while (seen < k && (i < a.length || j < b.length)) {
    const x = a[i];
    const y = b[j];
    if (x !== undefined && y !== undefined && x === y) {
      both++;
      i++;
      j++;
    } else if (y === undefined || (x !== undefined && x < y)) {
      i++;
    } else {
      j++;
    }
    seen++;
  }
  return both / seen;
}

/**
 * How alike two fingerprints are, 0..1: the Jaccard index of their shingle sets (exact when both
 * texts are short enough for their sketch to hold every shingle, estimated from the bottom-k
 * sketches otherwise). Empty fingerprints (texts without words) are alike to nothing.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  return sketchSimilarity(sortedUnique(a), sortedUnique(b));
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Fingerprinted {
  id?: string;
  at: number;
  fingerprint?: readonly string[];
}

export interface NearDuplicateOptions {
  /** Count sends at or after this instant (epoch ms). */
  since: number;
  /** And strictly before this one, if given (to leave out the candidate itself). */
  before?: number;
  /** Similarity from which two texts count as near-duplicates. */
  threshold?: number;
}

/** How many earlier sends (with a fingerprint, in the time range) are near-duplicates of the candidate. */
export function nearDuplicates(
  events: readonly Fingerprinted[],
  candidate: readonly string[],
  { since, before, threshold = NEAR_DUPLICATE_THRESHOLD }: NearDuplicateOptions,
): number {
  const mine = sortedUnique(candidate);
  if (mine.length === 0) return 0;
  let count = 0;
  for (const event of events) {
    if (event.at < since || (before !== undefined && event.at >= before)) continue;
    if (!event.fingerprint || event.fingerprint.length === 0) continue;
    if (sketchSimilarity(mine, sortedUnique(event.fingerprint)) >= threshold) count++;
  }
  return count;
}

/**
 * How many sends since `since` repeat (are near-duplicates of) an earlier send since `since`:
 * five copies of one template count 4. Ties in time are ordered by id, so the count does not
 * depend on the order of the input.
 */
export function repeatedSends(
  events: readonly Fingerprinted[],
  { since, threshold = NEAR_DUPLICATE_THRESHOLD }: { since: number; threshold?: number },
): number {
  const sketches = events
    .filter((e) => e.at >= since && e.fingerprint && e.fingerprint.length > 0)
    .sort((x, y) => x.at - y.at || compareIds(x.id ?? '', y.id ?? ''))
    .map((e) => sortedUnique(e.fingerprint ?? []));
  // Only sketches that share enough hashes can be alike: an inverted index counts, for each earlier
  // sketch, the hashes it shares with this one, and only those sharing at least `threshold` of the
  // smaller sketch are compared (a necessary condition for both the exact Jaccard index and the
  // bottom-k estimate). A week of heavy use (450 sends, every one sharing common shingles with the
  // rest) would otherwise compare nearly every pair. Hashes are numbered as they are first seen, so
  // the index is an array and the counts a typed array reused for every send, not a Map per send,
  // which is faster on a week of heavy use.
  const numbers = new Map<string, number>();
  const holders: number[][] = [];
  const shared = new Int32Array(sketches.length);
  const touched: number[] = [];
  let repeats = 0;
  for (let i = 0; i < sketches.length; i++) {
    const current = sketches[i] ?? [];
    const hashes = current.map((hash) => {
      let number = numbers.get(hash);
      if (number === undefined) {
        number = holders.length;
        numbers.set(hash, number);
        holders.push([]);
      }
      return number;
    });
    touched.length = 0;
    for (const hash of hashes) {
      for (const j of holders[hash] ?? []) {
        const count = shared[j] ?? 0;
        if (count === 0) touched.push(j);
        shared[j] = count + 1;
      }
    }
    if (touched.some((j) => alike(current, sketches[j] ?? [], shared[j] ?? 0, threshold))) repeats++;
    for (const j of touched) shared[j] = 0;
    for (const hash of hashes) holders[hash]?.push(i);
  }
  return repeats;
}

/** Two sketches sharing `sharedHashes` hashes: alike enough to count as a repeat? */
function alike(current: readonly string[], earlier: readonly string[], sharedHashes: number, threshold: number) {
  if (sharedHashes < threshold * Math.min(current.length, earlier.length)) return false;
  return sketchSimilarity(current, earlier) >= threshold;
}
