// The last few results of a function, by key (`===`: a string's value, an object's identity). The
// readers of one sentence ask the same questions of it in turn (tokenize, each catalogue finder):
// a few slots catch the repeats without a cache that grows or needs clearing.

export class RecentResults<K, V> {
  // A ring: the oldest slot is overwritten in place, so a miss moves nothing (this runs several
  // times for every sentence ingested).
  private readonly keys: K[] = [];
  private readonly values: V[] = [];
  private next = 0;

  constructor(private readonly size: number) {}

  /** The remembered result for `key`, else `compute(key)`, remembered in place of the oldest. */
  get(key: K, compute: (key: K) => V): V {
    for (let at = 0; at < this.keys.length; at++) if (this.keys[at] === key) return this.values[at]!;
    const value = compute(key);
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.size;
    return value;
  }
}
