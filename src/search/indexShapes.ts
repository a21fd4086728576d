// The shapes an inverted index is saved, loaded and queried in, apart from the index itself.

import type { SearchHit } from "./topHits.ts";

/** Hits, and which of the query's terms each holds: bit i of `matched[h]` for `terms[i]` (the first 31 terms). */
export interface MatchedHits {
  hits: SearchHit[];
  matched: Int32Array;
}

export interface SerializedIndex {
  terms: string[];
  /** Per term: doc ids, ascending. */
  postings: number[][];
  /** Per doc: term ids, one per occurrence. */
  docTerms: number[][];
}

/** The index as flat arrays, for the saved archive: term t's docs are postingDocs[postingOffsets[t] .. postingOffsets[t + 1]). */
export interface IndexParts {
  terms: string[];
  postingOffsets: Uint32Array;
  postingDocs: Int32Array;
  /** How often the term occurs in that doc; 255 means "255 or more: count it". */
  postingCounts: Uint8Array;
  docOffsets: Uint32Array;
  /** Per doc: its term ids, one per occurrence, ascending (so one can be found by bisection). */
  docTermIds: Int32Array;
}

/**
 * Reused between queries so a search allocates nothing in proportion to the archive. A doc's score
 * and its BM25 length norm sit side by side (slots 2d and 2d + 1) because a large archive's search
 * is bound by memory: one cache line per posting instead of three. A score of 0 means "not found
 * yet" (every found doc scores above 0), and found docs are set back to 0 after each query.
 */
export interface Scratch {
  scoreAndNorm: Float64Array;
  touched: Int32Array;
  /** Per found doc: which of the query's terms it holds, as bits (set when first found, so never cleared). */
  matched: Int32Array;
  /** False while a query runs: if one ever threw midway, the next clears every score first. */
  clean: boolean;
}
