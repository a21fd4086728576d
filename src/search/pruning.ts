// Which found docs can still make a query's top hits, from bounds alone. Scores only grow as terms
// are added, and floating-point addition is monotonic, so a doc whose score plus the most the
// remaining terms can add stays below the score `limit` other docs already have cannot enter the
// top `limit`, ties included: it need not be scored further. Scores sit at `scores[2 * doc]`.

/** Relative slack on every bound, so that no rounding in a comparison can let a tie through. */
const SLACK = 1e-9;

/** Whether `limit` of the found docs already score above `reachable`: no doc not yet found can make the top. */
export function foundOutrank(touched: Int32Array, count: number, scores: Float64Array, reachable: number, limit: number): boolean {
  const bar = reachable * (1 + SLACK);
  let above = 0;
  for (let i = 0; i < count; i++) if (scores[2 * touched[i]!]! > bar && ++above >= limit) return true;
  return false;
}

/**
 * Moves the found docs that may still make the top `limit` to the front of `touched` and returns how
 * many there are: those whose score plus `reachable` is not below the `limit`-th best score now.
 * The rest stay behind them (their scores are still to be cleared).
 */
export function keepContenders(touched: Int32Array, count: number, scores: Float64Array, reachable: number, limit: number, work: Float64Array): number {
  if (count <= limit) return count;
  for (let i = 0; i < count; i++) work[i] = scores[2 * touched[i]!]!;
  const bar = contenderBar(kthLargest(work, count, limit), reachable);
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const doc = touched[i]!;
    if (scores[2 * doc]! >= bar) {
      touched[i] = touched[kept]!;
      touched[kept++] = doc;
    }
  }
  return kept;
}

/** The k-th largest of values[0..n) (1-based k ≤ n), by selection; reorders `values`. */
export function kthLargest(values: Float64Array, n: number, k: number): number {
  let low = 0;
  let high = n - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    // Hoare partition, descending: values >= pivot to the left, <= pivot to the right.
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return values[target]!;
  }
  return values[target]!;
}

/** The least score a found doc needs to stay a contender: the `limit`-th best score less what the remaining terms can add, with slack. */
export function contenderBar(limitthBest: number, reachable: number): number {
  return limitthBest * (1 - SLACK) - reachable * (1 + SLACK);
}

/**
 * A term's postings ordered by their contribution to a doc's score, highest first (lower doc first
 * on a tie), with the contributions beside them: the best docs of a term are then its first few.
 */
export interface ImpactOrder {
  docs: Int32Array;
  scores: Float64Array;
}

export function impactOrder(docs: Int32Array, scores: Float64Array): ImpactOrder {
  const order = Uint32Array.from(docs, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || docs[a]! - docs[b]!);
  return { docs: Int32Array.from(order, (i) => docs[i]!), scores: Float64Array.from(order, (i) => scores[i]!) };
}

/** How many of `scores` (descending) are at least `bar`, knowing the first `from` are. */
export function countAtLeast(scores: Float64Array, from: number, bar: number): number {
  let low = Math.min(from, scores.length);
  let high = scores.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (scores[middle]! >= bar) low = middle + 1;
    else high = middle;
  }
  return low;
}
