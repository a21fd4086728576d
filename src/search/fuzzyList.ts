// Fuzzy matching over short lists (speaker names, commands): fuse.js is accurate and fast enough at
// hundreds of entries, and the only module that imports it. Not for the archive's vocabulary: see
// typoCorrector.ts for why.

import Fuse from "fuse.js";

export interface FuzzyMatch<T> {
  item: T;
  /** 0 is exact, 1 is no match. */
  score: number;
}

export class FuzzyList<T> {
  private readonly fuse: Fuse<T>;

  constructor(items: readonly T[], keys: string[], threshold = 0.34) {
    this.fuse = new Fuse(items, { keys, threshold, includeScore: true, ignoreLocation: true, isCaseSensitive: false, ignoreDiacritics: true });
  }

  find(text: string, limit = 10): FuzzyMatch<T>[] {
    // fuse.js's extended search is off by default, so the query is matched as text, never as a pattern.
    if (text.trim() === "") return [];
    return this.fuse.search(text, { limit }).map((result) => ({ item: result.item, score: result.score ?? 1 }));
  }
}
