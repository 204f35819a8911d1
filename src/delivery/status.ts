/**
 * The operator's view of the outbox (`npm run outbox -- status`) and the health check behind /healthz.
 *
 * A dispatcher is "stuck" when
 * - rows sit in `sending` with a lease that ran out over a minute ago (their dispatcher died and no other one
 *   is running to take them over), or
 * - due rows have waited longer than `stuckAfterMinutes` (counted from the end of the last quiet hours) and
 *   nothing at all was finished in that time — a long broadcast that is making progress is not stuck.
 */
import type { SqlClient } from "./claim.js";
import { isQuiet, lastQuietEnd, type QuietHours } from "./quiet-hours.js";

export interface OutboxStatusOptions {
  now: Date;
  quietHours?: QuietHours | null;
  stuckAfterMinutes?: number;
}

export interface OutboxHealth {
  ok: boolean;
  quiet: boolean;
  due: number;
  oldestDueAt: Date | null;
  sending: number;
  expiredLeases: number;
  reasons: string[];
}

export interface OutboxStatus extends OutboxHealth {
  byStatus: Record<string, number>;
  waitingRetry: number;
  scheduled: number;
  sentLastMinute: number;
  finishedLastMinute: number;
  recentFailures: Array<{ id: number; kind: string; attempts: number; lastError: string | null; updatedAt: Date }>;
}

const STATUSES = ["pending", "sending", "sent", "failed", "unreachable", "cancelled"] as const;

export async function outboxHealth(db: SqlClient, options: OutboxStatusOptions): Promise<OutboxHealth> {
  const { now } = options;
  const stuckMs = (options.stuckAfterMinutes ?? 10) * 60_000;
  const quiet = isQuiet(options.quietHours ?? null, now);
  const [row] = await db.$queryRawUnsafe<Array<{ due: number; oldest: Date | null; sending: number; expired: number }>>(
    `SELECT
       (SELECT count(*)::int FROM "Delivery" WHERE status = 'pending' AND "notBefore" <= $1::timestamptz) AS due,
       (SELECT min("notBefore") FROM "Delivery" WHERE status = 'pending' AND "notBefore" <= $1::timestamptz) AS oldest,
       (SELECT count(*)::int FROM "Delivery" WHERE status = 'sending') AS sending,
       (SELECT count(*)::int FROM "Delivery" WHERE status = 'sending' AND "claimedUntil" < now() - interval '1 minute') AS expired`,
    now,
  );
  const due = row?.due ?? 0;
  const oldestDueAt = row?.oldest ?? null;
  const reasons: string[] = [];
  if ((row?.expired ?? 0) > 0) reasons.push(`${row?.expired} deliveries held by a dispatcher whose lease ran out over a minute ago`);
  if (!quiet && oldestDueAt) {
    const quietEnd = lastQuietEnd(options.quietHours ?? null, now);
    const waitingSince = Math.max(oldestDueAt.getTime(), quietEnd?.getTime() ?? 0);
    if (now.getTime() - waitingSince > stuckMs) {
      const [progress] = await db.$queryRawUnsafe<Array<{ moving: boolean }>>(
        `SELECT EXISTS (SELECT 1 FROM "Delivery" WHERE status IN ('sent', 'failed', 'unreachable') AND "updatedAt" > now() - make_interval(secs => $1::float8 / 1000)) AS moving`,
        stuckMs,
      );
      if (!progress?.moving) reasons.push(`${due} due deliveries, the oldest waiting since ${new Date(waitingSince).toISOString()}, and none finished in ${stuckMs / 60_000} minutes`);
    }
  }
  return { ok: reasons.length === 0, quiet, due, oldestDueAt, sending: row?.sending ?? 0, expiredLeases: row?.expired ?? 0, reasons };
}

export async function outboxStatus(db: SqlClient, options: OutboxStatusOptions): Promise<OutboxStatus> {
  const health = await outboxHealth(db, options);
  const counts = await db.$queryRawUnsafe<Array<{ status: string; count: number }>>(
    `SELECT status::text AS status, count(*)::int AS count FROM "Delivery" GROUP BY status`,
  );
  const byStatus: Record<string, number> = Object.fromEntries(STATUSES.map((status) => [status, 0]));
  for (const { status, count } of counts) byStatus[status] = count;
  const [extra] = await db.$queryRawUnsafe<Array<{ retry: number; scheduled: number; sent: number; finished: number }>>(
    `SELECT
       count(*) FILTER (WHERE status = 'pending' AND "lastError" IS NOT NULL)::int AS retry,
       count(*) FILTER (WHERE status = 'pending' AND "notBefore" > $1::timestamptz)::int AS scheduled,
       count(*) FILTER (WHERE status = 'sent' AND "sentAt" > $1::timestamptz - interval '1 minute')::int AS sent,
       count(*) FILTER (WHERE status IN ('sent', 'failed', 'unreachable') AND "updatedAt" > now() - interval '1 minute')::int AS finished
     FROM "Delivery"`,
    options.now,
  );
  const recentFailures = await db.$queryRawUnsafe<OutboxStatus["recentFailures"]>(
    `SELECT id, kind::text AS kind, attempts, "lastError", "updatedAt" FROM "Delivery"
     WHERE status = 'failed' ORDER BY "updatedAt" DESC LIMIT 10`,
  );
  return {
    ...health,
    byStatus,
    waitingRetry: extra?.retry ?? 0,
    scheduled: extra?.scheduled ?? 0,
    sentLastMinute: extra?.sent ?? 0,
    finishedLastMinute: extra?.finished ?? 0,
    recentFailures,
  };
}

/** The status as an operator reads it in a terminal. */
export function formatOutboxStatus(status: OutboxStatus): string {
  const lines = [
    `Outbox — ${status.ok ? "OK" : "STUCK"}${status.quiet ? " (quiet hours: nothing is sent now)" : ""}`,
    `Queue: ${STATUSES.map((name) => `${name} ${status.byStatus[name] ?? 0}`).join(" · ")}`,
    `Due now: ${status.due}${status.oldestDueAt ? ` (oldest since ${status.oldestDueAt.toISOString()})` : ""} · scheduled later: ${status.scheduled} · waiting to retry: ${status.waitingRetry}`,
    `Last minute: ${status.sentLastMinute} sent (${(status.sentLastMinute / 60).toFixed(1)}/s), ${status.finishedLastMinute} finished`,
    `In flight: ${status.sending} (expired leases: ${status.expiredLeases})`,
  ];
  if (status.reasons.length > 0) lines.push("Problems:", ...status.reasons.map((reason) => `  - ${reason}`));
  if (status.recentFailures.length > 0) {
    lines.push("Recent failures:");
    for (const failure of status.recentFailures) {
      lines.push(`  #${failure.id} ${failure.kind} after ${failure.attempts} tries, ${failure.updatedAt.toISOString()}: ${failure.lastError ?? "—"}`);
    }
  }
  return lines.join("\n");
}

/**
 * The open part of the queue, for /metrics: one statement over the (status, notBefore) index. Sent, cancelled and
 * unreachable rows are left out on purpose: they only accumulate, and counting them would grow with history.
 */
export async function outboxQueueCounts(db: SqlClient, now: Date): Promise<{ pending_due: number; pending_scheduled: number; sending: number; failed: number }> {
  const [row] = await db.$queryRawUnsafe<Array<{ pending_due: number; pending_scheduled: number; sending: number; failed: number }>>(
    `SELECT
       count(*) FILTER (WHERE status = 'pending' AND "notBefore" <= $1::timestamptz)::int AS pending_due,
       count(*) FILTER (WHERE status = 'pending' AND "notBefore" > $1::timestamptz)::int AS pending_scheduled,
       count(*) FILTER (WHERE status = 'sending')::int AS sending,
       count(*) FILTER (WHERE status = 'failed')::int AS failed
     FROM "Delivery" WHERE status IN ('pending', 'sending', 'failed')`,
    now,
  );
  return row ?? { pending_due: 0, pending_scheduled: 0, sending: 0, failed: 0 };
}
