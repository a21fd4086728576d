// Which list entries fuse.js could possibly match, found from shared letter pairs, so fuse.js only
// scores those. fuse.js (Bitap, location ignored) accepts an entry when some stretch of it is within
// k edits of the pattern, k = floor(threshold × pattern length). k edits destroy at most 2k of the
// pattern's m - 1 letter pairs, so an entry sharing fewer than m - 1 - 2k of them cannot match: this
// filter never drops an entry fuse.js would return, and fuse.js's own scores and order are kept. A
// pattern over 32 letters is searched by fuse.js in 32-letter chunks, and the bound holds per chunk.

/** Texts that are not plain ASCII are always candidates: fuse.js folds case and diacritics its own way. */
const ASCII = /^[\x20-\x7e]*$/;

/** Bitap patterns longer than this are split into chunks of this length, each searched on its own. */
const MAX_PATTERN = 32;

/**
 * The pieces fuse.js's Bitap searches for a (lower-cased) pattern, cut as fuse.js 7 cuts them: the
 * pattern itself up to 32 letters; past that, consecutive 32-letter chunks and, for a remainder,
 * the last 32 letters. An entry is a match when any chunk matches it.
 */
function bitapChunks(pattern: string): string[] {
  if (pattern.length <= MAX_PATTERN) return [pattern];
  const chunks: string[] = [];
  const end = pattern.length - (pattern.length % MAX_PATTERN);
  for (let i = 0; i < end; i += MAX_PATTERN) chunks.push(pattern.slice(i, i + MAX_PATTERN));
  if (end < pattern.length) chunks.push(pattern.slice(pattern.length - MAX_PATTERN));
  return chunks;
}

export class BigramFilter {
  private readonly pairs = new Map<string, number[]>();
  /** Entries whose text the filter cannot reason about. */
  private readonly always: number[] = [];
  private readonly counts: Uint16Array;
  private readonly size: number;

  /** `texts[i]` are the searchable strings of entry i, or undefined when they are not plain strings. */
  constructor(texts: ReadonlyArray<readonly string[] | undefined>) {
    this.size = texts.length;
    this.counts = new Uint16Array(texts.length);
    texts.forEach((values, entry) => {
      if (values === undefined || values.some((value) => !ASCII.test(value))) {
        this.always.push(entry);
        return;
      }
      const seen = new Set<string>();
      for (const value of values) {
        const lower = value.toLowerCase();
        for (let i = 0; i + 1 < lower.length; i++) seen.add(lower.slice(i, i + 2));
      }
      for (const pair of seen) {
        const list = this.pairs.get(pair);
        if (list) list.push(entry);
        else this.pairs.set(pair, [entry]);
      }
    });
  }

  /** Entry ids fuse.js might match for `pattern` at `threshold`, ascending; undefined means all of them. */
  candidates(pattern: string, threshold: number): number[] | undefined {
    const lower = pattern.toLowerCase();
    if (!ASCII.test(lower)) return undefined;
    const touched: number[] = [];
    const found = new Set<number>();
    // An entry matches a long pattern when it matches one of fuse.js's chunks of it: the union of each chunk's candidates.
    for (const chunk of bitapChunks(lower)) {
      const m = chunk.length;
      // The same division and comparison fuse.js's Bitap makes, so the bound is exact at the edge.
      let maxErrors = 0;
      while (maxErrors < m && (maxErrors + 1) / m <= threshold) maxErrors++;
      const needed = m - 1 - 2 * maxErrors;
      if (needed <= 0) return undefined;
      for (let i = 0; i + 1 < m; i++) {
        for (const entry of this.pairs.get(chunk.slice(i, i + 2)) ?? []) {
          if (this.counts[entry] === 0) touched.push(entry);
          this.counts[entry]!++;
        }
      }
      for (const entry of touched) if (this.counts[entry]! >= needed) found.add(entry);
      for (const entry of touched) this.counts[entry] = 0;
      touched.length = 0;
    }
    for (const entry of this.always) found.add(entry);
    if (found.size >= this.size) return undefined;
    return [...found].sort((a, b) => a - b);
  }
}
