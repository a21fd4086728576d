// The best `limit` of many scored documents without sorting them all: a query made of common terms
// scores tens of thousands of documents, and a full sort of those was most of its cost.

export interface SearchHit {
  doc: number;
  score: number;
}

/**
 * The first `limit` of `docs[0..count)` ordered by score (higher first), then doc id (lower first):
 * a total order, so the result never depends on scan order. Doc d's score is `scores[d * stride]`,
 * set to 0 once read when `clearScores`. A bounded min-heap keeps the worst kept
 * hit on top, so a document that does not make the cut costs one comparison. Loops are written out
 * (no helper closures; one module-level sift) because this runs over every document a query touches.
 */
export function topHits(docs: Int32Array, count: number, scores: Float64Array, limit: number, stride = 1, clearScores = false): SearchHit[] {
  const keep = Math.max(0, Math.min(limit, count));
  if (keep === 0) {
    if (clearScores) for (let n = 0; n < count; n++) scores[docs[n]! * stride] = 0;
    return [];
  }
  const heapDoc = new Int32Array(keep);
  const heapScore = new Float64Array(keep);
  let size = 0;
  for (let n = 0; n < count; n++) {
    const doc = docs[n]!;
    const score = scores[doc * stride]!;
    // Cleared while its memory is at hand, for a caller that reuses `scores`: saves a second scattered pass.
    if (clearScores) scores[doc * stride] = 0;
    if (size < keep) {
      // Sift up: while the new hit is worse than its parent, the parent moves down.
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const parentScore = heapScore[parent]!;
        if (!(score < parentScore || (score === parentScore && doc > heapDoc[parent]!))) break;
        heapDoc[i] = heapDoc[parent]!;
        heapScore[i] = parentScore;
        i = parent;
      }
      heapDoc[i] = doc;
      heapScore[i] = score;
      continue;
    }
    const worstScore = heapScore[0]!;
    if (score < worstScore || (score === worstScore && doc > heapDoc[0]!)) continue;
    siftDown(heapDoc, heapScore, size, doc, score);
  }
  // Emptying the heap gives the kept hits worst first: filled in from the end, they come out best first.
  const hits: SearchHit[] = new Array(size);
  for (let last = size - 1; last >= 0; last--) {
    hits[last] = { doc: heapDoc[0]!, score: heapScore[0]! };
    siftDown(heapDoc, heapScore, last, heapDoc[last]!, heapScore[last]!);
  }
  return hits;
}

/**
 * Puts (doc, score) at the root of the heap of `size` entries and sifts it down: the worse child
 * moves up until it fits. Worse means a lower score, or on a tie a higher doc id.
 */
function siftDown(heapDoc: Int32Array, heapScore: Float64Array, size: number, doc: number, score: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    const right = left + 1;
    let child = left;
    if (right < size) {
      const leftScore = heapScore[left]!;
      const rightScore = heapScore[right]!;
      if (rightScore < leftScore || (rightScore === leftScore && heapDoc[right]! > heapDoc[left]!)) child = right;
    }
    const childScore = heapScore[child]!;
    if (!(childScore < score || (childScore === score && heapDoc[child]! > doc))) break;
    heapDoc[i] = heapDoc[child]!;
    heapScore[i] = childScore;
    i = child;
  }
  heapDoc[i] = doc;
  heapScore[i] = score;
}
