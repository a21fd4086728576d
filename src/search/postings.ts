// The index's flat arrays: bisection within one doc's sorted term ids, and the postings built from
// the forward index. Shared by the index and its scoring.

import type { IndexParts } from "./invertedIndex.ts";

/** A posting count this high is not stored exactly; the doc's terms are counted instead. */
export const COUNT_IT = 255;

/** First index in [start, end) whose id is not below `id`. */
export function lowerBound(ids: Int32Array, start: number, end: number, id: number): number {
  let low = start;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ids[middle]! < id) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** First index in [from, end) whose id is not below `id`, searched forward from `from` in doubling steps: cheap when it is near. */
export function gallop(ids: Int32Array, from: number, end: number, id: number): number {
  if (from >= end || ids[from]! >= id) return from;
  let low = from;
  let step = 1;
  while (low + step < end && ids[low + step]! < id) {
    low += step;
    step *= 2;
  }
  return lowerBound(ids, low + 1, Math.min(low + step, end), id);
}

/**
 * Whether [start, end) holds `id`. The bound is checked: past the last id of a doc's run the next
 * doc's first id sits, and a doc without terms would otherwise "hold" it.
 */
export function holds(ids: Int32Array, start: number, end: number, id: number): boolean {
  const at = lowerBound(ids, start, end, id);
  return at < end && ids[at] === id;
}

/** Orders each doc's term ids in place; a saved index is already in order and only checked. */
export function sortEachDoc(docOffsets: Uint32Array, docTermIds: Int32Array): void {
  for (let doc = 0; doc + 1 < docOffsets.length; doc++) {
    const start = docOffsets[doc]!;
    const end = docOffsets[doc + 1]!;
    for (let i = start + 1; i < end; i++) {
      if (docTermIds[i - 1]! > docTermIds[i]!) {
        docTermIds.subarray(start, end).sort();
        break;
      }
    }
  }
}

/** Postings from the forward index: each term's docs, ascending, each doc once, with its count there. */
export function invert(termCount: number, docOffsets: Uint32Array, docTermIds: Int32Array): Pick<IndexParts, "postingOffsets" | "postingDocs" | "postingCounts"> {
  const lastDoc = new Int32Array(termCount).fill(-1);
  const counts = new Uint32Array(termCount + 1);
  const docs = docOffsets.length - 1;
  for (let doc = 0; doc < docs; doc++) {
    for (let i = docOffsets[doc]!; i < docOffsets[doc + 1]!; i++) {
      const id = docTermIds[i]!;
      if (lastDoc[id] === doc) continue;
      lastDoc[id] = doc;
      counts[id + 1]!++;
    }
  }
  for (let id = 0; id < termCount; id++) counts[id + 1]! += counts[id]!;
  const postingOffsets = counts;
  const postingDocs = new Int32Array(postingOffsets[termCount]!);
  const postingCounts = new Uint8Array(postingDocs.length);
  const fill = postingOffsets.slice(0, termCount);
  lastDoc.fill(-1);
  for (let doc = 0; doc < docs; doc++) {
    for (let i = docOffsets[doc]!; i < docOffsets[doc + 1]!; i++) {
      const id = docTermIds[i]!;
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        postingDocs[fill[id]!++] = doc;
      }
      const at = fill[id]! - 1;
      if (postingCounts[at]! < COUNT_IT) postingCounts[at]!++;
    }
  }
  return { postingOffsets, postingDocs, postingCounts };
}

export function flatten(lists: readonly (readonly number[])[]): { offsets: Uint32Array; data: Int32Array } {
  const offsets = new Uint32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  const data = new Int32Array(offsets[lists.length]!);
  lists.forEach((list, i) => data.set(list, offsets[i]!));
  return { offsets, data };
}

/** Offsets start at 0, end at the data's length and never go down: a saved index is checked before use. */
export function checkOffsets(offsets: Uint32Array, length: number, what: string): void {
  if (offsets.length === 0 || offsets[0] !== 0 || offsets[offsets.length - 1] !== length) throw new Error(`index ${what} offsets do not match their data`);
  for (let i = 1; i < offsets.length; i++) if (offsets[i]! < offsets[i - 1]!) throw new Error(`index ${what} offsets are not ascending`);
}
