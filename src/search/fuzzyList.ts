// Fuzzy matching over short lists (speaker names, commands): fuse.js is accurate and fast enough at
// hundreds of entries, and the only module that imports it. Not for the archive's vocabulary: see
// typoCorrector.ts for why. A large archive has thousands of speakers, so past a few hundred
// entries a letter-pair filter first narrows the list to the entries fuse.js could match.

import Fuse, { type IFuseOptions } from "fuse.js";
import { BigramFilter } from "./bigramFilter.ts";

export interface FuzzyMatch<T> {
  item: T;
  /** 0 is exact, 1 is no match. */
  score: number;
}

/** Below this many entries fuse.js alone is quicker than filtering first. */
const FILTER_FROM = 256;

export class FuzzyList<T> {
  private readonly fuse: Fuse<T>;
  private readonly items: readonly T[];
  private readonly options: IFuseOptions<T>;
  private readonly threshold: number;
  private readonly useFilter: boolean;
  private readonly filterFrom: number;
  private filter: BigramFilter | undefined;

  /**
   * `filter: false` is fuse.js alone, as the benchmark's baseline measures it. `filterFrom` lowers the
   * list size the filter starts at, for a short list searched on every question, where most
   * questions match nothing in it and the filter answers that without fuse.js.
   */
  constructor(items: readonly T[], keys: string[], threshold = 0.34, { filter = true, filterFrom = FILTER_FROM }: { filter?: boolean; filterFrom?: number } = {}) {
    this.items = items;
    this.threshold = threshold;
    this.useFilter = filter;
    this.filterFrom = filterFrom;
    this.options = { keys, threshold, includeScore: true, ignoreLocation: true, isCaseSensitive: false, ignoreDiacritics: true };
    this.fuse = new Fuse(items, this.options);
  }

  find(text: string, limit = 10): FuzzyMatch<T>[] {
    // fuse.js's extended search is off by default, so the query is matched as text, never as a pattern.
    if (text.trim() === "") return [];
    const candidates = this.useFilter && this.items.length >= this.filterFrom ? this.bigrams().candidates(text, this.threshold) : undefined;
    if (candidates?.length === 0) return [];
    // Scores depend only on the entry and the pattern, and ties keep list order, so searching the
    // candidates in list order gives exactly what searching the whole list would.
    const fuse = candidates ? new Fuse(candidates.map((id) => this.items[id]!), this.options) : this.fuse;
    return fuse.search(text, { limit }).map((result) => ({ item: result.item, score: result.score ?? 1 }));
  }

  private bigrams(): BigramFilter {
    this.filter ??= new BigramFilter(this.items.map((item) => searchableTexts(item, this.options.keys as string[])));
    return this.filter;
  }
}

/** The strings fuse.js reads from an entry for plain top-level keys; undefined for anything else. */
function searchableTexts(item: unknown, keys: readonly string[]): string[] | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  const texts: string[] = [];
  for (const key of keys) {
    if (key.includes(".")) return undefined;
    const value = (item as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value) && value.every((entry) => typeof entry === "string")) texts.push(...(value as string[]));
    else return undefined;
  }
  return texts;
}
