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
    $executeRawUnsafe: () => Promise.reject(new Error("not used")),
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

/** Two dispatcher processes whose monotonic clocks start at different points, polling every millisecond. */
async function runTwoProcesses(rate: number, durationMs: number, delays: () => [number, number]) {
  const database = new SimulatedDatabase(1_700_000_000_000, delays);
  const processes = [123.4, -777.7].map((localAhead) => {
    const local = () => database.now + localAhead;
    return { local, pace: new SharedPace(database.client, "telegram", rate, () => undefined, local), starts: [] as number[] };
  });
  for (database.now = 0; database.now < durationMs; database.now++) {
    database.runDue();
    await settle();
    for (const process of processes) {
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
});
