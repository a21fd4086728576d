// A BM25 inverted index over short documents (sentences and quotes). Postings and the forward index
// are each one flat typed array with offsets, so the index is a handful of buffers however many
// documents it holds: compact on the heap, and saved and loaded without touching each entry. A
// query's cost follows the postings of its rarest terms, not the archive's size.

import { checkOffsets, COUNT_IT, flatten, gallop, holds, invert, lowerBound, sortEachDoc } from "./postings.ts";
import { contenderBar, countAtLeast, foundOutrank, keepContenders } from "./pruning.ts";
import { TermImpacts } from "./termImpacts.ts";
import type { IndexParts, MatchedHits, Scratch, SerializedIndex } from "./indexShapes.ts";
import { topHits, type SearchHit } from "./topHits.ts";

export type { SearchHit };

export type { IndexParts, MatchedHits, SerializedIndex } from "./indexShapes.ts";

const K1 = 1.2;
const B = 0.75;

/** Past this many postings a term is too common to enumerate; it only re-scores docs already found. */
const COMMON_TERM_POSTINGS = 5_000;
/** A query made only of very common terms scans at most this many postings. */
const MAX_SCAN = 20_000;
/** Re-scoring merges by single steps when a term's postings number at most this many times the docs. */
const STEP_MERGE_FACTOR = 8;
/** Docs found are pruned before enumerating more terms only when those hold this many times more postings. */
const PRUNE_FACTOR = 2;
/** A first term's contenders are taken from its impact order (then sorted by doc) when at most 1/this of its postings. */
const FEW_CONTENDERS = 8;
/** A first term with fewer postings than this is scanned: its impact order would not pay. */
const IMPACT_ORDER_FROM = 1_000;

export class InvertedIndex {
  private readonly termIds: Map<string, number>;
  private readonly parts: IndexParts;
  private readonly averageLength: number;
  private scratch: Scratch | undefined;
  /** Scratch for choosing the found docs that can still make the top (pruning.ts). */
  private selection: Float64Array | undefined;
  /** Each term's largest contribution, and long first terms' impact orders: worked out on first use. */
  private readonly impacts: TermImpacts;

  private constructor(parts: IndexParts) {
    const { terms, postingOffsets, postingDocs, postingCounts, docOffsets, docTermIds } = parts;
    checkOffsets(postingOffsets, postingDocs.length, "posting");
    if (postingCounts.length !== postingDocs.length) throw new Error("index posting counts do not match the postings");
    checkOffsets(docOffsets, docTermIds.length, "document");
    if (postingOffsets.length !== terms.length + 1) throw new Error("index terms and postings differ in number");
    sortEachDoc(docOffsets, docTermIds);
    this.parts = parts;
    this.termIds = new Map(terms.map((term, id) => [term, id]));
    const docs = docOffsets.length - 1;
    this.averageLength = docs > 0 ? docTermIds.length / docs : 1;
    this.impacts = new TermImpacts(parts, (id, at) => this.contributionAt(id, at));
  }

  /** `docs[i]` is the list of terms of document i. */
  static build(docs: readonly (readonly string[])[]): InvertedIndex {
    const termIds = new Map<string, number>();
    const docOffsets = new Uint32Array(docs.length + 1);
    let total = 0;
    docs.forEach((list, doc) => {
      total += list.length;
      docOffsets[doc + 1] = total;
    });
    const docTermIds = new Int32Array(total);
    let at = 0;
    for (const list of docs) {
      for (const term of list) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(term, id);
        }
        docTermIds[at++] = id;
      }
    }
    return new InvertedIndex({ terms: [...termIds.keys()], ...invert(termIds.size, docOffsets, docTermIds), docOffsets, docTermIds });
  }

  static fromParts(parts: IndexParts): InvertedIndex {
    return new InvertedIndex(parts);
  }

  static fromJSON(data: SerializedIndex): InvertedIndex {
    const docs = flatten(data.docTerms);
    return new InvertedIndex({ terms: data.terms, ...invert(data.terms.length, docs.offsets, docs.data), docOffsets: docs.offsets, docTermIds: docs.data });
  }

  toParts(): IndexParts {
    return this.parts;
  }

  toJSON(): SerializedIndex {
    const { terms, postingOffsets, postingDocs, docOffsets, docTermIds } = this.parts;
    const lists = (offsets: Uint32Array, data: Int32Array) => Array.from({ length: offsets.length - 1 }, (_, i) => Array.from(data.subarray(offsets[i]!, offsets[i + 1]!)));
    return { terms: [...terms], postings: lists(postingOffsets, postingDocs), docTerms: lists(docOffsets, docTermIds) };
  }

  get size(): number {
    return this.parts.docOffsets.length - 1;
  }

  has(term: string): boolean {
    return this.termIds.has(term);
  }

  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.parts.postingOffsets[id + 1]! - this.parts.postingOffsets[id]!;
  }

  /** Which of `terms` document `doc` contains. */
  matchedTerms(doc: number, terms: readonly string[]): string[] {
    if (!Number.isInteger(doc) || doc < 0 || doc >= this.size) return [];
    const { docOffsets, docTermIds } = this.parts;
    const start = docOffsets[doc]!;
    const end = docOffsets[doc + 1]!;
    return terms.filter((term) => {
      const id = this.termIds.get(term);
      return id !== undefined && holds(docTermIds, start, end, id);
    });
  }

  /**
   * Which of the terms (by id, from `termId`; -1 for a term no doc has) document `doc` contains, as
   * bits: bit i for `termIds[i]`. For ranking many hits against one query's terms without a lookup
   * by name or an array per hit. At most 31 terms.
   */
  matchedMask(doc: number, termIds: Int32Array): number {
    if (!(doc >= 0 && doc < this.size) || termIds.length > 31) return 0;
    const { docOffsets, docTermIds } = this.parts;
    const start = docOffsets[doc]!;
    const end = docOffsets[doc + 1]!;
    let mask = 0;
    for (let i = 0; i < termIds.length; i++) {
      const id = termIds[i]!;
      if (id >= 0 && holds(docTermIds, start, end, id)) mask |= 1 << i;
    }
    return mask;
  }

  /** A term's id, for the per-doc lookups below, which a caller runs many times per term; undefined when no doc has it. */
  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  /** How often term `termId` occurs in `doc`: 0 when not at all (or when either is out of range). */
  occurrences(doc: number, termId: number): number {
    if (!(doc >= 0 && doc < this.size && termId >= 0 && termId < this.parts.terms.length)) return 0;
    return this.frequency(doc, termId);
  }

  /** The docs holding term `termId`, ascending: a view of the index's own postings (no copy), to read only. */
  docsWith(termId: number): Int32Array {
    const { postingOffsets, postingDocs } = this.parts;
    if (!(termId >= 0 && termId < this.parts.terms.length)) return postingDocs.subarray(0, 0);
    return postingDocs.subarray(postingOffsets[termId]!, postingOffsets[termId + 1]!);
  }

  search(terms: readonly string[], limit = 100): SearchHit[] {
    return this.score(terms, limit);
  }

  /** `search`, with each hit's matched terms: what a ranking of the hits would otherwise look up per hit. */
  searchMatched(terms: readonly string[], limit = 100): MatchedHits {
    const hits = this.score(terms, limit);
    const found = this.scratch?.matched;
    // Filled by index: Int32Array.from(hits, mapper) walks the list through an iterator, an object per hit.
    const matched = new Int32Array(hits.length);
    for (let i = 0; i < hits.length; i++) matched[i] = found![hits[i]!.doc]!;
    return { hits, matched };
  }

  /**
   * BM25 over the terms, rarest first. A term's postings are enumerated (finding docs) unless it is
   * very common or the docs found already outrank anything it and the terms after it could find;
   * from then on terms only add to the found docs that can still make the top `limit` (pruning.ts).
   * Every doc that can is scored with the same sum in the same order, so the hits are those of
   * scoring every doc with every term.
   */
  private score(terms: readonly string[], limit: number): SearchHit[] {
    const { postingOffsets, postingDocs, postingCounts } = this.parts;
    const { ids, bits } = this.queryTerms(terms);
    if (ids.length === 0) return [];
    const { scoreAndNorm: acc, touched, matched } = this.scratchSpace();
    let count = 0;
    /** Set once terms only re-score: how many of the found docs (the front of `touched`) still can make the top. */
    let contenders: number | undefined;
    let k = 0;
    if (this.onlyFirstFinds(ids, limit)) {
      count = contenders = this.firstTermContenders(ids, bits[0]!, limit);
      k = 1;
    }
    for (; k < ids.length; k++) {
      const id = ids[k]!;
      const start = postingOffsets[id]!;
      const postings = postingOffsets[id + 1]! - start;
      const idf = this.idf(postings);
      if (contenders === undefined && count > 0 && (postings > COMMON_TERM_POSTINGS || (count >= limit && this.worthPruning(ids, k, count) && foundOutrank(touched, count, acc, this.reachable(ids, k), limit)))) {
        contenders = keepContenders(touched, count, acc, this.reachable(ids, k), limit, this.selectionSpace(count));
        touched.subarray(0, contenders).sort();
      }
      if (contenders !== undefined) {
        this.rescore(id, idf, contenders, bits[k]!);
        continue;
      }
      const scan = Math.min(postings, MAX_SCAN);
      for (let i = start; i < start + scan; i++) {
        const doc = postingDocs[i]!;
        if (acc[2 * doc] === 0) {
          touched[count++] = doc;
          matched[doc] = bits[k]!;
        } else matched[doc]! |= bits[k]!;
        const stored = postingCounts[i]!;
        const frequency = stored === COUNT_IT ? this.frequency(doc, id) : stored;
        acc[2 * doc]! += (idf * frequency * (K1 + 1)) / (frequency + acc[2 * doc + 1]!);
      }
    }
    // topHits clears the scores it reads; the docs that could not make the top are cleared here.
    const hits = topHits(touched, contenders ?? count, acc, limit, 2, true);
    for (let i = contenders ?? count; i < count; i++) acc[2 * touched[i]!] = 0;
    this.scratch!.clean = true;
    return hits;
  }

  /**
   * Whether only the first (rarest) term finds docs, the others being too common to (they only
   * re-score), and it has enough postings for its impact order to pay: then its contenders are the
   * start of that order instead of a scan of all its postings.
   */
  private onlyFirstFinds(ids: readonly number[], limit: number): boolean {
    const { postingOffsets } = this.parts;
    const postings = (id: number) => postingOffsets[id + 1]! - postingOffsets[id]!;
    const scan = Math.min(postings(ids[0]!), MAX_SCAN);
    return scan >= IMPACT_ORDER_FROM && scan > 2 * limit && (ids.length === 1 || postings(ids[1]!) > COMMON_TERM_POSTINGS);
  }

  /**
   * The first term's docs that can make the top `limit`, scored, at the front of `touched` in doc
   * order: the same docs, with the same scores, as scanning its postings and keeping the contenders.
   */
  private firstTermContenders(ids: readonly number[], bit: number, limit: number): number {
    const { postingOffsets, postingDocs, postingCounts } = this.parts;
    const id = ids[0]!;
    const start = postingOffsets[id]!;
    const scan = Math.min(postingOffsets[id + 1]! - start, MAX_SCAN);
    const { docs, scores } = this.impacts.orderOf(id, scan);
    const bar = scan > limit ? contenderBar(scores[limit - 1]!, this.reachable(ids, 1)) : Number.NEGATIVE_INFINITY;
    const kept = countAtLeast(scores, limit, bar);
    const { scoreAndNorm: acc, touched, matched } = this.scratch!;
    if (kept * FEW_CONTENDERS <= scan) {
      for (let i = 0; i < kept; i++) {
        const doc = docs[i]!;
        touched[i] = doc;
        acc[2 * doc] = scores[i]!;
        matched[doc] = bit;
      }
      touched.subarray(0, kept).sort();
      return kept;
    }
    // Most of its docs can make it: they are taken from the postings, already in doc order, instead of sorted.
    const idf = this.idf(postingOffsets[id + 1]! - start);
    let found = 0;
    for (let at = start; at < start + scan; at++) {
      const doc = postingDocs[at]!;
      const stored = postingCounts[at]!;
      const frequency = stored === COUNT_IT ? this.frequency(doc, id) : stored;
      const score = (idf * frequency * (K1 + 1)) / (frequency + acc[2 * doc + 1]!);
      if (score < bar) continue;
      touched[found++] = doc;
      acc[2 * doc] = score;
      matched[doc] = bit;
    }
    return found;
  }

  /** The query's distinct known terms, fewest postings first, each with its positions in `terms` as bits. */
  private queryTerms(terms: readonly string[]): { ids: number[]; bits: number[] } {
    const { postingOffsets } = this.parts;
    const postingCount = (id: number) => postingOffsets[id + 1]! - postingOffsets[id]!;
    const ids = [...new Set(terms)]
      .map((term) => this.termIds.get(term))
      .filter((id): id is number => id !== undefined)
      .sort((a, b) => postingCount(a) - postingCount(b));
    const bits = ids.map((id) => terms.reduce((mask, term, i) => (i < 31 && this.termIds.get(term) === id ? mask | (1 << i) : mask), 0));
    return { ids, bits };
  }

  private idf(postings: number): number {
    return Math.log(1 + (this.size - postings + 0.5) / (postings + 0.5));
  }

  /**
   * Adds term `id` to the first `count` found docs, which are in doc order: a galloping merge with
   * the term's postings, which reads both in order instead of one scattered lookup per doc or posting.
   */
  private rescore(id: number, idf: number, count: number, bit: number): void {
    const { postingOffsets, postingDocs, postingCounts } = this.parts;
    const { scoreAndNorm: acc, touched, matched } = this.scratch!;
    const end = postingOffsets[id + 1]!;
    let at = postingOffsets[id]!;
    // With postings not much longer than the docs, stepping one by one beats galloping's jumps.
    const step = end - at <= count * STEP_MERGE_FACTOR;
    for (let i = 0; i < count && at < end; i++) {
      const doc = touched[i]!;
      if (step) while (at < end && postingDocs[at]! < doc) at++;
      else at = gallop(postingDocs, at, end, doc);
      if (at === end || postingDocs[at] !== doc) continue;
      const stored = postingCounts[at]!;
      const frequency = stored === COUNT_IT ? this.frequency(doc, id) : stored;
      acc[2 * doc]! += (idf * frequency * (K1 + 1)) / (frequency + acc[2 * doc + 1]!);
      matched[doc]! |= bit;
    }
  }

  /** Whether terms ids[k..] have enough postings beside the `count` docs found for choosing contenders to pay. */
  private worthPruning(ids: readonly number[], k: number, count: number): boolean {
    const { postingOffsets } = this.parts;
    let postings = 0;
    for (let j = k; j < ids.length; j++) postings += postingOffsets[ids[j]! + 1]! - postingOffsets[ids[j]!]!;
    return postings > PRUNE_FACTOR * count;
  }

  /** The most terms ids[k..] can add to any doc's score. */
  private reachable(ids: readonly number[], k: number): number {
    let sum = 0;
    for (let j = k; j < ids.length; j++) sum += this.impacts.largestOf(ids[j]!);
    return sum;
  }

  /** Room for `count` scores, kept between queries. */
  private selectionSpace(count: number): Float64Array {
    if (!this.selection || this.selection.length < count) this.selection = new Float64Array(Math.max(count, 2 * (this.selection?.length ?? 0)));
    return this.selection;
  }

  /** What posting `at` of term `id` adds to its doc's score: the same expression as the scan's, so the same number. */
  private contributionAt(id: number, at: number): number {
    const { postingOffsets, postingDocs, postingCounts } = this.parts;
    const doc = postingDocs[at]!;
    const stored = postingCounts[at]!;
    const frequency = stored === COUNT_IT ? this.frequency(doc, id) : stored;
    const idf = this.idf(postingOffsets[id + 1]! - postingOffsets[id]!);
    return (idf * frequency * (K1 + 1)) / (frequency + this.scratch!.scoreAndNorm[2 * doc + 1]!);
  }

  private scratchSpace(): Scratch {
    if (!this.scratch) {
      const { docOffsets } = this.parts;
      const docs = this.size;
      const scoreAndNorm = new Float64Array(2 * docs);
      for (let doc = 0; doc < docs; doc++) scoreAndNorm[2 * doc + 1] = K1 * (1 - B + (B * (docOffsets[doc + 1]! - docOffsets[doc]!)) / this.averageLength);
      this.scratch = { scoreAndNorm, touched: new Int32Array(docs), matched: new Int32Array(docs), clean: true };
    }
    if (!this.scratch.clean) for (let doc = 0; doc < this.size; doc++) this.scratch.scoreAndNorm[2 * doc] = 0;
    this.scratch.clean = false;
    return this.scratch;
  }

  private frequency(doc: number, termId: number): number {
    const { docOffsets, docTermIds } = this.parts;
    const end = docOffsets[doc + 1]!;
    let at = lowerBound(docTermIds, docOffsets[doc]!, end, termId);
    const first = at;
    while (at < end && docTermIds[at] === termId) at++;
    return at - first;
  }

}
