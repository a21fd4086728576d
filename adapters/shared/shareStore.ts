// What a Share button stands for. A button carries at most 2,000 characters on Slack and 100 on
// Discord, and a checked story is longer; so the button carries a random key and the text stays
// here, in memory. Sharing answers the text afresh: what is posted publicly is what the core says
// now, never text a client sent back to us.

import { randomBytes } from "node:crypto";

export const SHARE_KEEP_MS = 12 * 60 * 60 * 1000;
export const SHARE_KEEP_COUNT = 1000;

export const SHARE_EXPIRED =
  "That answer can no longer be shared: it is more than 12 hours old, or the bot has restarted since. Ask again, then share the new answer.";

export class ShareStore<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();

  constructor(
    private readonly keep: { ms: number; count: number } = { ms: SHARE_KEEP_MS, count: SHARE_KEEP_COUNT },
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps `value` and returns the key a button carries (16 hex characters). */
  put(value: T): string {
    const key = randomBytes(8).toString("hex");
    this.entries.set(key, { value, at: this.now() });
    // Oldest first in a Map: memory stays bounded however many answers are never shared.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.keep.count) break;
      this.entries.delete(oldest);
    }
    return key;
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.keep.ms) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }
}
