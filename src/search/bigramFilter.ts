// Which list entries fuse.js could possibly match, found from shared letter pairs, so fuse.js only
// scores those. fuse.js (Bitap, location ignored) accepts an entry when some stretch of it is within
// k edits of the pattern, k = floor(threshold × pattern length). k edits destroy at most 2k of the
// pattern's m - 1 letter pairs, so an entry sharing fewer than m - 1 - 2k of them cannot match: this
// filter never drops an entry fuse.js would return, and fuse.js's own scores and order are kept.

/** Texts that are not plain ASCII are always candidates: fuse.js folds case and diacritics its own way. */
const ASCII = /^[\x20-\x7e]*$/;

/** Bitap patterns longer than this are split into chunks and scored differently; those skip the filter. */
const MAX_PATTERN = 32;

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
    if (!ASCII.test(lower) || lower.length > MAX_PATTERN) return undefined;
    const m = lower.length;
    // The same division and comparison fuse.js's Bitap makes, so the bound is exact at the edge.
    let maxErrors = 0;
    while (maxErrors < m && (maxErrors + 1) / m <= threshold) maxErrors++;
    const needed = m - 1 - 2 * maxErrors;
    if (needed <= 0) return undefined;
    const touched: number[] = [];
    for (let i = 0; i + 1 < m; i++) {
      for (const entry of this.pairs.get(lower.slice(i, i + 2)) ?? []) {
        if (this.counts[entry] === 0) touched.push(entry);
        this.counts[entry]!++;
      }
    }
    const found = touched.filter((entry) => this.counts[entry]! >= needed);
    for (const entry of touched) this.counts[entry] = 0;
    if (found.length + this.always.length >= this.size) return undefined;
    return [...found, ...this.always].sort((a, b) => a - b);
  }
}
