/**
 * Pacing for one channel, on a monotonic clock in milliseconds.
 *
 * `ChannelRateLimiter` combines two rules:
 * - a token bucket at `ratePerSecond` (capacity `burst`, default a tenth of a second's worth), which spreads
 *   sends evenly and lets a timer that fired late catch up instead of losing the time;
 * - a window guard that keeps at most N = floor(rate) sends "active" at once, a send being active from the
 *   moment it starts until one window after its answer came back. The platform sees each request somewhere
 *   between its start and its answer, so whatever the network's jitter, no window of the platform's clock ever
 *   holds more than N requests. The price is the round trip once per N sends (about 1% at 25/s on a LAN).
 * A 429 pauses the whole channel (`pause`).
 *
 * `ChatSpacing` keeps one send in flight per chat and `intervalMs` between an answer and the next start, which
 * for the same reason holds on the platform's clock too.
 */

export class ChannelRateLimiter {
  private readonly slots: number[];
  private readonly windowMs: number;
  private readonly ratePerMs: number;
  private readonly burst: number;
  private tokens: number;
  private refilledAt: number | undefined;
  private pausedUntil = 0;

  constructor(ratePerSecond: number, options: { burst?: number } = {}) {
    if (!(ratePerSecond > 0)) throw new Error(`rate must be positive, got ${ratePerSecond}`);
    const unlimited = !Number.isFinite(ratePerSecond);
    const count = unlimited ? 0 : Math.max(1, Math.floor(ratePerSecond));
    this.slots = new Array<number>(count).fill(Number.NEGATIVE_INFINITY);
    this.windowMs = unlimited ? 0 : (count * 1000) / ratePerSecond;
    this.ratePerMs = ratePerSecond / 1000;
    this.burst = Math.max(1, options.burst ?? (unlimited ? 1 : Math.ceil(ratePerSecond / 10)));
    this.tokens = this.burst;
  }

  /** Milliseconds until one more send may start (0: now; Infinity: when an answer comes back). */
  waitMs(now: number): number {
    if (this.slots.length === 0) return Math.max(0, this.pausedUntil - now);
    this.refill(now);
    const bucket = this.tokens >= 1 ? 0 : (1 - this.tokens) / this.ratePerMs;
    const oldest = this.slots[this.freeSlot()] as number;
    const window = oldest === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : Math.max(0, oldest + this.windowMs - now);
    const wait = Math.max(bucket, window, this.pausedUntil - now, 0);
    return wait < 1e-3 ? 0 : wait; // below a microsecond is rounding, not a wait
  }

  /** Records a send starting now (call only when waitMs returned 0); returns the ticket for `complete`. */
  take(now: number): number {
    if (this.slots.length === 0) return -1;
    this.refill(now);
    this.tokens -= 1;
    const slot = this.freeSlot();
    this.slots[slot] = Number.POSITIVE_INFINITY;
    return slot;
  }

  /** The answer of the send holding `ticket` arrived (whatever it said). */
  complete(ticket: number, now: number): void {
    if (ticket >= 0 && ticket < this.slots.length) this.slots[ticket] = now;
  }

  /** A 429 said to wait: nothing starts on this channel before `until`. */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  get paused(): number {
    return this.pausedUntil;
  }

  private refill(now: number): void {
    if (this.refilledAt !== undefined && now > this.refilledAt) {
      this.tokens = Math.min(this.burst, this.tokens + (now - this.refilledAt) * this.ratePerMs);
    }
    if (this.refilledAt === undefined || now > this.refilledAt) this.refilledAt = now;
  }

  /** The slot that frees first: the lowest completion time (in-flight sends count as +Infinity). */
  private freeSlot(): number {
    let best = 0;
    for (let index = 1; index < this.slots.length; index++) {
      if ((this.slots[index] as number) < (this.slots[best] as number)) best = index;
    }
    return best;
  }
}

interface ChatState {
  busy: boolean;
  nextAt: number;
}

export class ChatSpacing {
  private readonly chats = new Map<string, ChatState>();

  constructor(private readonly intervalMs: number) {}

  /** Milliseconds until this chat may get the next message (Infinity while one is in flight). */
  waitMs(chat: string, now: number): number {
    const state = this.chats.get(chat);
    if (!state) return 0;
    if (state.busy) return Number.POSITIVE_INFINITY;
    return Math.max(0, state.nextAt - now);
  }

  start(chat: string): void {
    const state = this.chats.get(chat);
    if (state) state.busy = true;
    else this.chats.set(chat, { busy: true, nextAt: 0 });
  }

  /** The database says this chat was last sent a message `sinceMs` ago (by any process): wait out the rest of the interval. */
  lastSentAgo(chat: string, now: number, sinceMs: number): void {
    const nextAt = now + this.intervalMs - Math.max(0, sinceMs);
    if (nextAt <= now) return;
    const state = this.chats.get(chat);
    if (!state) this.chats.set(chat, { busy: false, nextAt });
    else state.nextAt = Math.max(state.nextAt, nextAt);
  }

  /** The answer arrived; `holdMs` (a per-chat retry_after) may extend the usual interval. */
  complete(chat: string, now: number, holdMs = 0): void {
    this.chats.set(chat, { busy: false, nextAt: now + Math.max(this.intervalMs, holdMs) });
    if (this.chats.size > 20_000) this.prune(now);
  }

  private prune(now: number): void {
    for (const [chat, state] of this.chats) if (!state.busy && state.nextAt <= now) this.chats.delete(chat);
  }
}
