// What stands between a chat platform and the core: a per-person rate limit (so one busy user or a
// runaway script cannot starve the rest) and a count of answers in flight (so shutdown can wait for
// them). The archive is not searched for a rejected request.

import type { Answer, AnswerService, Asker } from "../../src/types.ts";

export interface RateLimit {
  max: number;
  windowMs: number;
}

/** Sliding window per asker; forgets askers whose window has passed so memory stays bounded. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the asker may go ahead (and the hit is counted); otherwise milliseconds to wait. */
  take(key: string): number {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < this.limit.windowMs);
    if (recent.length >= this.limit.max) {
      this.hits.set(key, recent);
      return this.limit.windowMs - (now - recent[0]!);
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.sweep(now);
    return 0;
  }

  private sweep(now: number): void {
    for (const [key, times] of this.hits) if (times.every((at) => now - at >= this.limit.windowMs)) this.hits.delete(key);
  }
}

export function limitedAnswer(query: string, waitMs: number): Answer {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return {
    query,
    intent: "lookup",
    status: "limited",
    figures: [],
    quotes: [],
    message: `You're asking faster than I can check sources. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
  };
}

/** Wraps the core so each asker gets at most `limit.max` answers per window; the rest get a cooldown reply. */
export function rateLimited(answer: AnswerService, limiter: RateLimiter): AnswerService {
  return (text: string, asker?: Asker) => {
    const wait = asker ? limiter.take(`${asker.platform}:${asker.id}`) : 0;
    return wait > 0 ? limitedAnswer(text, wait) : answer(text, asker);
  };
}

/**
 * Counts handlers at work (answer and delivery both), so that shutdown can stop taking requests and
 * still finish the ones it has: a reporter who asked just before a deploy gets an answer.
 */
export class InFlight {
  private pending = 0;
  private readonly waiters = new Set<() => void>();

  get count(): number {
    return this.pending;
  }

  async track<T>(work: Promise<T>): Promise<T> {
    this.pending++;
    try {
      return await work;
    } finally {
      this.pending--;
      if (this.pending === 0) for (const wake of [...this.waiters]) wake();
    }
  }

  /** True when everything finished, false when `timeoutMs` ran out first. */
  drain(timeoutMs: number): Promise<boolean> {
    if (this.pending === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (finished: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(finished);
      };
      const wake = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.waiters.add(wake);
    });
  }
}
