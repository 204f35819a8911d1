/**
 * Exact sliding-window rate limiter with O(1) work per event: each key keeps a
 * ring of its last `max` accepted timestamps. A new event fits when the oldest
 * of those is at least `windowMs` old. Checking and recording are separate so
 * a caller can consult several limiters and only record when all agree.
 */

export interface RateLimit {
  /** Events allowed per window. */
  readonly max: number;
  /** Window length in milliseconds (default 1000). */
  readonly windowMs?: number;
}

interface Ring {
  readonly times: number[];
  next: number;
}

export class SlidingWindow<K> {
  private readonly rings = new Map<K, Ring>();
  private readonly max: number;
  private readonly windowMs: number;

  constructor(limit: RateLimit) {
    if (!(limit.max >= 1)) throw new Error(`rate limit max must be >= 1, got ${limit.max}`);
    this.max = Math.floor(limit.max);
    this.windowMs = limit.windowMs ?? 1000;
  }

  /** Milliseconds until one more event for `key` fits; 0 when it fits now. */
  waitMs(key: K, now: number): number {
    const ring = this.rings.get(key);
    if (!ring || ring.times.length < this.max) return 0;
    const oldest = ring.times[ring.next] ?? 0;
    return Math.max(0, oldest + this.windowMs - now);
  }

  record(key: K, now: number): void {
    let ring = this.rings.get(key);
    if (!ring) {
      ring = { times: [], next: 0 };
      this.rings.set(key, ring);
    }
    if (ring.times.length < this.max) ring.times.push(now);
    else {
      ring.times[ring.next] = now;
      ring.next = (ring.next + 1) % this.max;
    }
  }
}

/** Retry delay in whole seconds as Telegram and Slack announce it (at least 1). */
export function retryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}
