import { describe, expect, it } from "vitest";
import { ChannelRateLimiter, ChatSpacing } from "../../../src/delivery/rate-limiter.js";
import { createPrng } from "../../fakes/shared/prng.js";

/**
 * Simulates a sender on a virtual clock: each send starts when the limiter allows, reaches the platform after a
 * random delay and is answered after another. Returns the arrival times the platform saw.
 */
function simulate(rate: number, sends: number, maxLatencyMs: number, seed = 1): { arrivals: number[]; endedAt: number } {
  const limiter = new ChannelRateLimiter(rate);
  const random = createPrng(seed);
  const inFlight: Array<{ ticket: number; doneAt: number }> = [];
  const arrivals: number[] = [];
  let now = 0;
  let started = 0;
  while (started < sends || inFlight.length > 0) {
    inFlight.sort((a, b) => a.doneAt - b.doneAt);
    while (inFlight.length > 0 && (inFlight[0] as { doneAt: number }).doneAt <= now) {
      const done = inFlight.shift() as { ticket: number; doneAt: number };
      limiter.complete(done.ticket, done.doneAt);
    }
    if (started < sends && limiter.waitMs(now) === 0) {
      const ticket = limiter.take(now);
      const toPlatform = random() * maxLatencyMs;
      const back = random() * maxLatencyMs;
      arrivals.push(now + toPlatform);
      inFlight.push({ ticket, doneAt: now + toPlatform + back });
      started++;
      continue;
    }
    const wait = started < sends ? limiter.waitMs(now) : Number.POSITIVE_INFINITY;
    const nextDone = inFlight.length > 0 ? Math.min(...inFlight.map((item) => item.doneAt)) : Number.POSITIVE_INFINITY;
    now = Math.min(now + wait, nextDone);
  }
  return { arrivals: arrivals.sort((a, b) => a - b), endedAt: now };
}

function maxInWindow(arrivals: number[], windowMs: number): number {
  let best = 0;
  let start = 0;
  for (let end = 0; end < arrivals.length; end++) {
    while ((arrivals[end] as number) - (arrivals[start] as number) >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

describe("ChannelRateLimiter", () => {
  it("never lets the platform see more than the rate in any one-second window, whatever the latency", () => {
    for (const [rate, latency] of [[25, 5], [25, 300], [30, 80], [100, 40], [2.5, 200]] as const) {
      const { arrivals } = simulate(rate, 600, latency, rate * 7);
      const perWindow = Math.max(1, Math.floor(rate));
      const windowMs = (perWindow * 1000) / rate;
      expect(maxInWindow(arrivals, windowMs), `rate ${rate}, latency ${latency}`).toBeLessThanOrEqual(perWindow);
    }
  });

  it("keeps close to the configured rate when answers come back fast", () => {
    const { arrivals } = simulate(25, 1000, 3);
    const seconds = ((arrivals.at(-1) as number) - (arrivals[0] as number)) / 1000;
    expect(999 / seconds / 25).toBeGreaterThan(0.97);
  });

  it("spreads sends evenly, letting only a tenth of a second's worth go together after a pause", () => {
    const even = new ChannelRateLimiter(20, { burst: 1 });
    even.complete(even.take(0), 1);
    expect(even.waitMs(1)).toBeCloseTo(49, 0);
    expect(even.waitMs(50)).toBe(0);

    const limiter = new ChannelRateLimiter(20); // burst 2
    limiter.complete(limiter.take(0), 1);
    expect(limiter.waitMs(300)).toBe(0);
    limiter.complete(limiter.take(300), 301);
    expect(limiter.waitMs(301)).toBe(0);
    limiter.complete(limiter.take(301), 302);
    expect(limiter.waitMs(302)).toBeCloseTo(48, 0);
  });

  it("pauses everything until a 429's retry_after has passed", () => {
    const limiter = new ChannelRateLimiter(1000);
    limiter.pause(5_000);
    expect(limiter.waitMs(100)).toBe(4_900);
    expect(limiter.waitMs(5_000)).toBe(0);
  });

  it("waits for an answer when every slot is in flight", () => {
    const limiter = new ChannelRateLimiter(2);
    limiter.take(0);
    limiter.take(500);
    expect(limiter.waitMs(10_000)).toBe(Number.POSITIVE_INFINITY);
  });

  it("does not limit an unlimited channel, except for a pause", () => {
    const limiter = new ChannelRateLimiter(Number.POSITIVE_INFINITY);
    for (let i = 0; i < 1000; i++) limiter.take(0);
    expect(limiter.waitMs(0)).toBe(0);
    limiter.pause(10);
    expect(limiter.waitMs(0)).toBe(10);
  });
});

describe("ChatSpacing", () => {
  it("keeps one message in flight per chat and the interval after each answer", () => {
    const spacing = new ChatSpacing(1000);
    expect(spacing.waitMs("a", 0)).toBe(0);
    spacing.start("a");
    expect(spacing.waitMs("a", 10)).toBe(Number.POSITIVE_INFINITY);
    expect(spacing.waitMs("b", 10)).toBe(0);
    spacing.complete("a", 100);
    expect(spacing.waitMs("a", 600)).toBe(500);
    expect(spacing.waitMs("a", 1100)).toBe(0);
    spacing.start("a");
    spacing.complete("a", 2000, 3000); // a per-chat retry_after longer than the interval
    expect(spacing.waitMs("a", 2000)).toBe(3000);
  });

  it("waits out the rest of the interval after a message another process sent, never shortening its own", () => {
    const spacing = new ChatSpacing(1000);
    spacing.lastSentAgo("a", 5000, 300);
    expect(spacing.waitMs("a", 5000)).toBe(700);
    spacing.lastSentAgo("b", 5000, 1500); // long enough ago
    expect(spacing.waitMs("b", 5000)).toBe(0);
    spacing.start("c");
    spacing.complete("c", 5000, 3000);
    spacing.lastSentAgo("c", 5000, 100);
    expect(spacing.waitMs("c", 5000)).toBe(3000);
  });
});
