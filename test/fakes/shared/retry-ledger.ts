/**
 * Remembers, per key (a chat or a channel), until when a client was told to
 * wait by a 429, and counts requests that came back too early ("unhonoured
 * 429s"). A retry within a small grace period still counts as honoured:
 * client timers run on a millisecond-truncated loop clock and may fire a hair
 * early.
 */

export const RETRY_GRACE_MS = 50;

export interface RetryCheck {
  /** Milliseconds the request came too early (0 when it is fine). */
  readonly earlyByMs: number;
  /** Time at which to evaluate rate limits (an on-time retry counts as arriving at its deadline). */
  readonly at: number;
}

export class RetryLedger<K> {
  private readonly notBefore = new Map<K, number>();
  unhonoured = 0;

  check(key: K, now: number): RetryCheck {
    const until = this.notBefore.get(key);
    if (until === undefined) return { earlyByMs: 0, at: now };
    if (now < until - RETRY_GRACE_MS) {
      this.unhonoured++;
      return { earlyByMs: until - now, at: now };
    }
    this.notBefore.delete(key);
    return { earlyByMs: 0, at: Math.max(now, until) };
  }

  announce(key: K, now: number, retryAfterSeconds: number): void {
    this.notBefore.set(key, now + retryAfterSeconds * 1000);
  }
}
