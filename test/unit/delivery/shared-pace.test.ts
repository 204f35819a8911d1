import { describe, expect, it } from "vitest";
import type { SqlClient } from "../../../src/delivery/claim.js";
import { CLOCK_ERROR_MAX_MS, HEADROOM, SharedPace } from "../../../src/delivery/shared-pace.js";
import { createPrng } from "../../fakes/shared/prng.js";

/**
 * The "OutboxPace" row, kept on a database clock of its own, reached through round trips whose two halves take
 * the times that `delays` draws: time runs only when the test moves it, one millisecond at a time.
 */
class SimulatedDatabase {
  private nextAt = Number.NEGATIVE_INFINITY;
  private pending: Array<{ at: number; run: () => void }> = [];
  now = 0;
  statements = 0;
  reservations = 0;

  constructor(
    private readonly clockAheadMs: number,
    private readonly delays: () => [number, number],
  ) {}

  readonly client = {
    $queryRawUnsafe: (sql: string, _channel: string, intervalMs: number, count: number, earliestMs: number) => {
      const [there, back] = this.delays();
      this.statements++;
      return new Promise((resolve) => {
        this.later(there, () => {
          const now = this.now + this.clockAheadMs;
          if (!sql.includes('"OutboxPace"')) {
            this.later(back, () => resolve([{ now_ms: now }]));
            return;
          }
          this.reservations++;
          const first = Math.max(this.nextAt, now + earliestMs);
          this.nextAt = first + intervalMs * count;
          this.later(back, () => resolve([{ first_at_ms: first, now_ms: now }]));
        });
      });
    },
    // The pause after a 429: the next slot moves past retry_after on the database's clock.
    $executeRawUnsafe: (_sql: string, _channel: string, retryAfterMs: number) => {
      const [there, back] = this.delays();
      this.statements++;
      return new Promise((resolve) => {
        this.later(there, () => {
          this.nextAt = Math.max(this.nextAt, this.now + this.clockAheadMs + retryAfterMs);
          this.later(back, () => resolve(1));
        });
      });
    },
  } as unknown as SqlClient;

  private later(ms: number, run: () => void): void {
    this.pending.push({ at: this.now + ms, run });
  }

  runDue(): void {
    for (;;) {
      const due = this.pending.filter((entry) => entry.at <= this.now);
      if (due.length === 0) return;
      this.pending = this.pending.filter((entry) => entry.at > this.now);
      for (const entry of due) entry.run();
    }
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Two dispatcher processes whose monotonic clocks start at different points, polling every millisecond.
 * `rateLimitedAt`: at that moment the first process gets a 429 with that retry_after, and pauses itself as the
 * dispatcher's own limiter does.
 */
async function runTwoProcesses(rate: number, durationMs: number, delays: () => [number, number], rateLimitedAt?: { at: number; retryAfterMs: number }) {
  const database = new SimulatedDatabase(1_700_000_000_000, delays);
  const processes = [123.4, -777.7].map((localAhead) => {
    const local = () => database.now + localAhead;
    return { local, pace: new SharedPace(database.client, "telegram", rate, () => undefined, local), starts: [] as number[], pausedUntil: 0 };
  });
  for (database.now = 0; database.now < durationMs; database.now++) {
    database.runDue();
    await settle();
    if (rateLimitedAt?.at === database.now) {
      const first = processes[0]!;
      first.pace.pause(rateLimitedAt.retryAfterMs);
      first.pausedUntil = database.now + rateLimitedAt.retryAfterMs;
    }
    for (const process of processes) {
      if (database.now < process.pausedUntil) continue;
      if (process.pace.waitMs(process.local()) === 0) {
        process.pace.take();
        process.starts.push(database.now);
      }
    }
  }
  const [first, second] = processes.map((process) => process.starts);
  return [first ?? [], second ?? []] as const;
}

function smallestGap(starts: number[]): number {
  const sorted = [...starts].sort((a, b) => a - b);
  return Math.min(...sorted.slice(1).map((start, index) => start - (sorted[index] as number)));
}

/** The shortest time in which `count` consecutive starts happened. */
function tightestSpan(starts: number[], count: number): number {
  const sorted = [...starts].sort((a, b) => a - b);
  return Math.min(...sorted.slice(count - 1).map((last, index) => last - (sorted[index] as number)));
}

describe("one send rate shared by two dispatcher processes", () => {
  const rate = 25;
  const interval = (1000 / rate) * HEADROOM;

  it("keeps their starts an interval apart on quick, even round trips", async () => {
    const [a, b] = await runTwoProcesses(rate, 4_000, () => [1, 1]);
    expect(a.length).toBeGreaterThan(10);
    expect(b.length).toBeGreaterThan(10);
    expect(smallestGap([...a, ...b])).toBeGreaterThanOrEqual(interval - 2);
  });

  it("still does when most round trips are slow and lopsided (answers waiting for a busy event loop)", async () => {
    const random = createPrng(14);
    // Mostly 5-80 ms on the way back, now and then a quick one, as on a loaded machine.
    const delays = (): [number, number] => (random() < 0.2 ? [1, 1] : [1 + Math.floor(random() * 4), 5 + Math.floor(random() * 75)]);
    const [a, b] = await runTwoProcesses(rate, 6_000, delays);
    const all = [...a, ...b];
    expect(a.length).toBeGreaterThan(10);
    expect(b.length).toBeGreaterThan(10);
    // The clock offset of a slow round trip's middle would be off by up to 40 ms: the starts would crowd together.
    // Each process knows the database's clock to within CLOCK_ERROR_MAX_MS, and polls once a millisecond.
    const slack = 2 * CLOCK_ERROR_MAX_MS + 1;
    expect(smallestGap(all)).toBeGreaterThanOrEqual(interval - slack);
    // So no second holds more than the rate, with room to spare for the network's jitter.
    expect(tightestSpan(all, rate + 1)).toBeGreaterThanOrEqual(rate * interval - slack);
    // Together they use most of the rate: few slots are lost to late answers.
    expect(all.length).toBeGreaterThan((6_000 / interval) * 0.8);
  });

  it("pauses both when one of them gets a 429, but for the few slots the other already held", async () => {
    const [a, b] = await runTwoProcesses(rate, 5_000, () => [2, 2], { at: 1_000, retryAfterMs: 2_000 });
    const during = (starts: number[]) => starts.filter((start) => start > 1_010 && start < 3_000);
    expect(during(a)).toEqual([]);
    // The other process holds at most two batches of slots (it asks for the next before one runs out), taken
    // before the pause landed and interleaved with the first one's; without the shared pause it would send ~44 here.
    const batch = Math.ceil(rate / 10);
    expect(during(b).length).toBeLessThanOrEqual(2 * batch);
    expect(during(b).every((start) => start < 1_000 + 2 * (2 * batch) * interval)).toBe(true);
    // Both send again once retry_after has passed.
    expect(a.some((start) => start >= 3_000)).toBe(true);
    expect(b.some((start) => start >= 3_000)).toBe(true);
  });
});
