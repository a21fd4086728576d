// Slack redelivers an event when it did not see our 200 within 3 seconds (X-Slack-Retry-Num in HTTP
// mode, retry_attempt in Socket Mode; Bolt puts either in context.retryNum), and the same user message
// can arrive as two events. Answering once means remembering what was already taken.

/** Slack retries for about an hour at most (three retries, exponential back-off): remember a bit longer. */
const DEFAULT_TTL_MS = 2 * 60 * 60 * 1000;
const DEFAULT_MAX_KEYS = 10_000;

export class Dedupe {
  // Insertion order is age order, so the oldest entry is always first: pruning is a walk from the front.
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = DEFAULT_TTL_MS,
    private readonly maxKeys = DEFAULT_MAX_KEYS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** True the first time any of `keys` is offered; false if one of them was taken already. Records all. */
  take(keys: ReadonlyArray<string | undefined>): boolean {
    const present = keys.filter((key): key is string => Boolean(key));
    const at = this.now();
    this.prune(at);
    const fresh = present.every((key) => !this.seen.has(key));
    for (const key of present) {
      this.seen.delete(key);
      this.seen.set(key, at);
    }
    return fresh;
  }

  get size(): number {
    return this.seen.size;
  }

  private prune(at: number): void {
    for (const [key, takenAt] of this.seen) {
      if (at - takenAt < this.ttlMs && this.seen.size < this.maxKeys) break;
      this.seen.delete(key);
    }
  }
}
