// The last few results of a function, by key (`===`: a string's value, an object's identity). The
// readers of one sentence ask the same questions of it in turn (tokenize, each catalogue finder):
// a few slots catch the repeats without a cache that grows or needs clearing.

export class RecentResults<K, V> {
  private readonly keys: K[] = [];
  private readonly values: V[] = [];

  constructor(private readonly size: number) {}

  /** The remembered result for `key`, else `compute(key)`, remembered in place of the oldest. */
  get(key: K, compute: (key: K) => V): V {
    const at = this.keys.indexOf(key);
    if (at >= 0) return this.values[at]!;
    const value = compute(key);
    if (this.keys.length === this.size) {
      this.keys.shift();
      this.values.shift();
    }
    this.keys.push(key);
    this.values.push(value);
    return value;
  }
}
