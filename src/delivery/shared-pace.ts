/**
 * One channel's send rate shared by every dispatcher process on one PostgreSQL database.
 *
 * The channel's row in "OutboxPace" holds the next free send slot. A dispatcher reserves a few consecutive slots
 * in one statement (moving nextAt forward under the row's lock, so two reservations never overlap) and starts a
 * send only at one of its slots, at most `LATE_MS` after it; a slot that is not used in time is dropped, never
 * saved up. So however many processes send, the starts on the database's clock are at least one interval apart,
 * and no window of Telegram's clock sees more than the rate.
 *
 * The interval is 1/rate made `HEADROOM` (8%) longer, so that up to 80 ms of unevenness in any second (a slot used up
 * to `LATE_MS` late when the event loop was busy, half a database round trip of clock guess, network jitter before
 * Telegram sees the request) still
 * fits in the configured rate: the processes together send at most 92.6% of it. It costs one statement per `batch` sends
 * (about a tenth of a second of sends), which a single process does not feel.
 *
 * On PGlite only one process opens the database, and the dispatcher's own limiter is enough: this is not used.
 */
import type { SqlClient } from "./claim.js";

export const HEADROOM = 1.08;
export const LATE_MS = 50;

export class SharedPace {
  private readonly intervalMs: number;
  private readonly batch: number;
  /** Reserved slots, as performance.now() instants, earliest first. */
  private slots: number[] = [];
  private reserving: Promise<void> | null = null;
  private failedAt = Number.NEGATIVE_INFINITY;
  /** Recent reservation round trips (moving average), in ms. */
  private roundTripMs = 5;

  constructor(
    private readonly db: SqlClient,
    private readonly channel: string,
    ratePerSecond: number,
    private readonly onChange: () => void,
    private readonly monotonic: () => number = () => performance.now(),
  ) {
    this.intervalMs = (1000 / ratePerSecond) * HEADROOM;
    this.batch = Math.max(1, Math.ceil(ratePerSecond / 10));
  }

  /** 0 when a send may start now; otherwise ms until the next slot (Infinity while slots are being reserved). */
  waitMs(now: number): number {
    while (this.slots.length > 0 && (this.slots[0] as number) < now - LATE_MS) this.slots.shift();
    if (this.slots.length < this.batch) this.reserve(); // the next batch is asked for before this one runs out
    const next = this.slots[0];
    if (next === undefined) return Number.POSITIVE_INFINITY;
    return Math.max(0, next - now);
  }

  /** Uses the slot that made waitMs return 0. */
  take(): void {
    this.slots.shift();
  }

  private reserve(): void {
    if (this.reserving || this.monotonic() - this.failedAt < 1_000) return;
    const count = this.batch;
    const asked = this.monotonic();
    this.reserving = this.db
      .$queryRawUnsafe<Array<{ first_in_ms: number }>>(
        `WITH t AS (SELECT clock_timestamp() + make_interval(secs => $4::float8 / 1000) AS earliest, clock_timestamp() AS now)
         INSERT INTO "OutboxPace" AS p (channel, "nextAt")
         SELECT $1::text, t.earliest + make_interval(secs => $2::float8 * $3::int / 1000) FROM t
         ON CONFLICT (channel) DO UPDATE
           SET "nextAt" = GREATEST(p."nextAt", (SELECT earliest FROM t)) + make_interval(secs => $2::float8 * $3::int / 1000)
         RETURNING (extract(epoch FROM p."nextAt" - (SELECT now FROM t)) * 1000 - $2::float8 * $3::int)::float8 AS first_in_ms`,
        this.channel,
        this.intervalMs,
        count,
        // Slots start no earlier than this from the database's now: about when the answer is back here, so a slow
        // round trip (a loaded machine) does not turn fresh slots into late ones.
        Math.min(500, this.roundTripMs),
      )
      .then(([row]) => {
        // The database's "now" fell somewhere during the round trip: its middle is the best guess (off by half a
        // round trip at most, well within the headroom).
        const answered = this.monotonic();
        this.roundTripMs = 0.7 * this.roundTripMs + 0.3 * (answered - asked);
        const first = (asked + answered) / 2 + Number(row?.first_in_ms ?? 0);
        const fresh = Array.from({ length: count }, (_, index) => first + index * this.intervalMs);
        this.slots = [...this.slots, ...fresh].sort((a, b) => a - b);
      })
      .catch(() => {
        this.failedAt = this.monotonic(); // no slot, no send: the dispatcher waits and tries again in a second
      })
      .finally(() => {
        this.reserving = null;
        this.onChange();
      });
  }
}
