// What each term can add to a doc's score, worked out once per term from its postings: its largest
// contribution to any doc (a bound for pruning), and for a long first term its postings in impact
// order (its best docs first). The contribution of a posting is the index's own, so the numbers are
// the very ones scoring adds.

import type { IndexParts } from "./invertedIndex.ts";
import { impactOrder, type ImpactOrder } from "./pruning.ts";

/** Impact orders kept (each up to the scan limit, 12 bytes a posting): a few dozen recent first terms. */
const MAX_ORDERS = 64;

export class TermImpacts {
  /** Per term: its largest contribution (-1 until first asked). */
  private largest: Float64Array | undefined;
  private readonly orders = new Map<number, ImpactOrder>();

  /** `contribution(id, at)`: what posting `at` (an index into postingDocs) of term `id` adds to its doc's score. */
  constructor(
    private readonly parts: IndexParts,
    private readonly contribution: (id: number, at: number) => number,
  ) {}

  largestOf(id: number): number {
    this.largest ??= new Float64Array(this.parts.terms.length).fill(-1);
    const known = this.largest[id]!;
    if (known >= 0) return known;
    let largest = 0;
    for (let at = this.parts.postingOffsets[id]!; at < this.parts.postingOffsets[id + 1]!; at++) largest = Math.max(largest, this.contribution(id, at));
    this.largest[id] = largest;
    return largest;
  }

  /** The first `scan` postings of term `id`, in impact order. */
  orderOf(id: number, scan: number): ImpactOrder {
    const known = this.orders.get(id);
    if (known && known.docs.length === scan) return known;
    const start = this.parts.postingOffsets[id]!;
    const docs = this.parts.postingDocs.slice(start, start + scan);
    const scores = Float64Array.from(docs, (_, i) => this.contribution(id, start + i));
    const order = impactOrder(docs, scores);
    if (this.orders.size >= MAX_ORDERS) this.orders.clear();
    this.orders.set(id, order);
    return order;
  }
}
