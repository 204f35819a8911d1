/**
 * One channel's send rate shared by every dispatcher process on one PostgreSQL database.
 *
 * The channel's row in "OutboxPace" holds the next free send slot. A dispatcher reserves a few consecutive slots
 * in one statement (moving nextAt forward under the row's lock, so two reservations never overlap) and starts a
 * send only at one of its slots, at most `LATE_MS` after it; a slot that is not used in time is dropped, never
 * saved up. So however many processes send, the starts on the database's clock are at least one interval apart,
 * and no window of Telegram's clock sees more than the rate.
 *
 * Slots are times on the database's clock; each process turns them into its own monotonic clock with an offset
 * that it learns from its round trips (see `ClockOffset`). It uses slots only while that offset is known to within
 * `CLOCK_ERROR_MAX_MS`, and asks the database for its time until it is (one quick round trip is enough, however
 * slow the others are on a loaded machine).
 *
 * The interval is 1/rate made `HEADROOM` (12%) longer, so that up to 120 ms of unevenness in any second still fits
 * in the configured rate: a slot used up to `LATE_MS` (30) late when the event loop was busy, two processes' clock
 * errors (2 x 10), and 70 ms of network or scheduling jitter before Telegram sees the request. The processes together
 * send at most 89% of the rate. It costs one statement per `batch` sends (about a tenth of a second of sends),
 * which a single process does not feel.
 *
 * A 429 pauses every process: `pause` moves the row's next slot past Telegram's retry_after, so the next
 * reservation of any process starts after it. Slots a process reserved before that are still used: at most
 * two batches each (it reserves the next before one runs out), which meet the same 429 and pause it too.
 *
 * On PGlite only one process opens the database, and the dispatcher's own limiter is enough: this is not used.
 */
import type { SqlClient } from "./claim.js";
import { ClockOffset } from "./clock-offset.js";

export const HEADROOM = 1.12;
export const LATE_MS = 30;
/** Slots are used only while the clock offset is known this well; otherwise the pace asks the database's time. */
export const CLOCK_ERROR_MAX_MS = 10;
const RETRY_AFTER_FAILURE_MS = 1_000;

export class SharedPace {
  private readonly intervalMs: number;
  private readonly batch: number;
  /** Reserved slots on the database's clock (epoch ms), earliest first. */
  private slots: number[] = [];
  private asking: Promise<void> | null = null;
  private failedAt = Number.NEGATIVE_INFINITY;
  /** Recent round trips (moving average), in ms. */
  private roundTripMs = 5;
  private readonly clock = new ClockOffset();

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

  /** 0 when a send may start now; otherwise ms until it is worth asking again (Infinity while the database is asked). */
  waitMs(now: number): number {
    if (this.clock.errorBoundMs(now) > CLOCK_ERROR_MAX_MS) {
      this.ask(now, "clock");
      return this.untilRetry(now);
    }
    while (this.slots.length > 0 && this.clock.toLocal(this.slots[0] as number) < now - LATE_MS) this.slots.shift();
    if (this.slots.length < this.batch) this.ask(now, "slots"); // the next batch is asked for before this one runs out
    const next = this.slots[0];
    if (next === undefined) return this.untilRetry(now);
    return Math.max(0, this.clock.toLocal(next) - now);
  }

  /** Uses the slot that made waitMs return 0. */
  take(): void {
    this.slots.shift();
  }

  /**
   * Telegram answered 429: no slot of any process starts before `retryAfterMs` from now on the database's clock.
   * The caller pauses its own limiter too, which also covers a failure of this write. Resolves once written
   * (or failed); never rejects.
   */
  pause(retryAfterMs: number): Promise<void> {
    this.slots = [];
    return this.db
      .$executeRawUnsafe(
        `INSERT INTO "OutboxPace" AS p (channel, "nextAt")
         VALUES ($1::text, clock_timestamp() + make_interval(secs => $2::float8 / 1000))
         ON CONFLICT (channel) DO UPDATE SET "nextAt" = GREATEST(p."nextAt", EXCLUDED."nextAt")`,
        this.channel,
        retryAfterMs,
      )
      .then(
        () => undefined,
        () => undefined,
      );
  }

  private untilRetry(now: number): number {
    if (this.asking) return Number.POSITIVE_INFINITY; // onChange comes with the answer
    return Math.max(1, this.failedAt + RETRY_AFTER_FAILURE_MS - now);
  }

  private ask(now: number, what: "clock" | "slots"): void {
    if (this.asking || now - this.failedAt < RETRY_AFTER_FAILURE_MS) return;
    const asked = this.monotonic();
    this.asking = (what === "clock" ? this.askClock() : this.reserve())
      .then(({ nowMs, firstAtMs }) => {
        const answered = this.monotonic();
        this.roundTripMs = 0.7 * this.roundTripMs + 0.3 * (answered - asked);
        this.clock.sample(asked, answered, nowMs);
        if (firstAtMs === undefined) return;
        const fresh = Array.from({ length: this.batch }, (_, index) => firstAtMs + index * this.intervalMs);
        this.slots = [...this.slots, ...fresh].sort((a, b) => a - b);
      })
      .catch(() => {
        this.failedAt = this.monotonic(); // no slot, no send: the dispatcher waits and tries again in a second
      })
      .finally(() => {
        this.asking = null;
        this.onChange();
      });
  }

  private async askClock(): Promise<{ nowMs: number; firstAtMs?: number }> {
    const [row] = await this.db.$queryRawUnsafe<Array<{ now_ms: number }>>(`SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS now_ms`);
    if (!row) throw new Error("no clock reading");
    return { nowMs: Number(row.now_ms) };
  }

  private async reserve(): Promise<{ nowMs: number; firstAtMs: number }> {
    const [row] = await this.db.$queryRawUnsafe<Array<{ first_at_ms: number; now_ms: number }>>(
      `WITH t AS (SELECT clock_timestamp() + make_interval(secs => $4::float8 / 1000) AS earliest, clock_timestamp() AS now)
       INSERT INTO "OutboxPace" AS p (channel, "nextAt")
       SELECT $1::text, t.earliest + make_interval(secs => $2::float8 * $3::int / 1000) FROM t
       ON CONFLICT (channel) DO UPDATE
         SET "nextAt" = GREATEST(p."nextAt", (SELECT earliest FROM t)) + make_interval(secs => $2::float8 * $3::int / 1000)
       RETURNING (extract(epoch FROM p."nextAt") * 1000 - $2::float8 * $3::int)::float8 AS first_at_ms,
                 (extract(epoch FROM (SELECT now FROM t)) * 1000)::float8 AS now_ms`,
      this.channel,
      this.intervalMs,
      this.batch,
      // Slots start no earlier than this from the database's now: about when the answer is back here, so a slow
      // round trip (a loaded machine) does not turn fresh slots into late ones.
      Math.min(500, this.roundTripMs),
    );
    if (!row) throw new Error("no slots reserved");
    return { nowMs: Number(row.now_ms), firstAtMs: Number(row.first_at_ms) };
  }
}
