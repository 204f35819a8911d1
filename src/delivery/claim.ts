/**
 * The outbox's SQL, in one place. Plain statements through Prisma's raw queries, so they run the same on a
 * PostgreSQL server and on PGlite.
 *
 * - Claiming takes due rows with `FOR UPDATE SKIP LOCKED` and marks them `sending` under a lease
 *   (`claimedBy`, `claimedUntil`) in the same statement, so two dispatchers never hold the same row. A row whose
 *   lease ran out (its process died) is claimable again.
 * - Every later write is fenced on `claimedBy`: a dispatcher that lost its lease cannot overwrite the outcome
 *   recorded by the one that took the row over.
 * - Leases use the database clock (`now()`), so machines with different clocks agree. Due times use the
 *   application clock, so tests can move time.
 * - With several dispatcher processes (`acrossWorkers`), one person's messages go through one process at a time, so
 *   the per-chat interval holds across processes: claims are taken one at a time (a transaction-scoped advisory
 *   lock, so each claim sees the ones before it), a claim leaves out everyone another live dispatcher is sending
 *   to, and each claimed row says how long ago its person was last sent something (database clock), which the
 *   claiming process waits out.
 */
import type { DeliveryKind } from "../generated/prisma/enums.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { DeliveryPayload } from "./outbox.js";
import type { RecipientIdentity } from "./sender.js";

export type SqlClient = Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe">;
/** The dispatcher's client: claims across workers run in a transaction. */
export type OutboxClient = SqlClient & Pick<PrismaClient, "$transaction">;

/** Serialises claims of dispatchers that share a database (one bigint key; turn locks are hashes, see sessions/postgres.ts). */
const CLAIM_LOCK_KEY = "7310575239390147840";

export interface ClaimedDelivery {
  id: number;
  personId: number;
  kind: DeliveryKind;
  payload: DeliveryPayload;
  /** Tries so far, this one included. */
  attempts: number;
  announcementId: number | null;
  /** The dispatcher that held it before (set when a dead dispatcher's lease is taken over). */
  previousClaim: string | null;
  /** Milliseconds since the person's last sent message was recorded (database clock); null if never, or not asked. */
  sinceLastSentMs: number | null;
}

export interface ClaimOptions {
  workerId: string;
  limit: number;
  /** Rows with notBefore at or before this instant are due. */
  dueAt: Date;
  leaseMs: number;
  /** Only deliveries to the person behind this identity (the console claims only for the person at the keyboard). */
  onlyIdentity?: { channel: string; externalId: string };
  /** Other dispatcher processes share the database: keep each person with one of them at a time (see above). */
  acrossWorkers?: boolean;
}

export async function claimDue(db: OutboxClient, options: ClaimOptions): Promise<ClaimedDelivery[]> {
  const query = claimStatement(options);
  const parameters = [options.dueAt, options.limit, options.workerId, options.leaseMs, ...(options.onlyIdentity ? [options.onlyIdentity.channel, options.onlyIdentity.externalId] : [])];
  type Row = Omit<ClaimedDelivery, "kind" | "sinceLastSentMs"> & { kind: string; sinceLastSentMs: number | string | null };
  let rows: Row[];
  if (options.acrossWorkers) {
    const [, claimed] = await db.$transaction([db.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${CLAIM_LOCK_KEY})`), db.$queryRawUnsafe<Row[]>(query, ...parameters)]);
    rows = claimed;
  } else {
    rows = await db.$queryRawUnsafe<Row[]>(query, ...parameters);
  }
  return rows
    .map((row) => ({ ...row, kind: row.kind as DeliveryKind, sinceLastSentMs: row.sinceLastSentMs === null ? null : Number(row.sinceLastSentMs) }))
    .sort((a, b) => a.id - b.id);
}

function claimStatement(options: ClaimOptions): string {
  const busyElsewhere = options.acrossWorkers
    ? ` AND NOT EXISTS (SELECT 1 FROM "Delivery" o WHERE o."personId" = "Delivery"."personId" AND o.status = 'sending'
                         AND o."claimedBy" <> $3::text AND o."claimedUntil" >= now())`
    : "";
  const sinceLastSent = options.acrossWorkers
    ? `(SELECT EXTRACT(EPOCH FROM now() - max(s."updatedAt")) * 1000 FROM "Delivery" s WHERE s."personId" = d."personId" AND s.status = 'sent')`
    : "NULL";
  return `WITH due AS (
       SELECT id, "claimedBy" AS previous
       FROM "Delivery"
       WHERE ((status = 'pending' AND "notBefore" <= $1::timestamptz)
          OR (status = 'sending' AND "claimedUntil" < now()))${busyElsewhere}${options.onlyIdentity ? ` AND "personId" IN (SELECT "personId" FROM "ChannelIdentity" WHERE channel::text = $5::text AND "externalId" = $6::text)` : ""}
       ORDER BY "notBefore", id
       LIMIT $2::int
       FOR UPDATE SKIP LOCKED
     )
     UPDATE "Delivery" AS d
     SET status = 'sending', "claimedBy" = $3::text,
         "claimedUntil" = now() + make_interval(secs => $4::float8 / 1000),
         attempts = d.attempts + 1, "updatedAt" = now()
     FROM due
     WHERE d.id = due.id
     RETURNING d.id, d."personId", d.kind::text AS kind, d.payload, d.attempts, d."announcementId",
               due.previous AS "previousClaim", ${sinceLastSent}::float8 AS "sinceLastSentMs"`;
}

/** The reachable identities of these people, with their language, newest first within a person. */
export async function loadRecipients(db: SqlClient, personIds: number[]): Promise<RecipientIdentity[]> {
  if (personIds.length === 0) return [];
  return db.$queryRawUnsafe<RecipientIdentity[]>(
    `SELECT i.id AS "identityId", i."personId", i.channel::text AS channel, i."externalId", i."chatRef", p.locale
     FROM "ChannelIdentity" i JOIN "Person" p ON p.id = i."personId"
     WHERE i."personId" = ANY($1::int[]) AND NOT i.unreachable
     ORDER BY i."personId", i."createdAt" DESC, i.id DESC`,
    personIds,
  );
}

export type FinalStatus = "sent" | "failed" | "unreachable" | "pending";

export interface OutcomeRecord {
  id: number;
  status: FinalStatus;
  sentAt?: Date | null;
  externalRef?: string | null;
  lastError?: string | null;
  identityId?: number | null;
  /** pending: when to try again. */
  notBefore?: Date | null;
  /** -1 when the row goes back untried (released), so the claim does not count as a try. */
  attemptsDelta?: number;
}

/** Writes outcomes of rows this worker still holds; returns how many rows were written. */
export async function recordOutcomes(db: SqlClient, workerId: string, outcomes: OutcomeRecord[], options: { evenIfEmpty?: boolean } = {}): Promise<number> {
  if (outcomes.length === 0 && !options.evenIfEmpty) return 0;
  const values = outcomes.map((outcome) => ({
    id: outcome.id,
    status: outcome.status,
    sent_at: outcome.sentAt?.toISOString() ?? null,
    ref: outcome.externalRef ?? null,
    err: outcome.lastError ? outcome.lastError.slice(0, 500) : null,
    identity_id: outcome.identityId ?? null,
    not_before: outcome.notBefore?.toISOString() ?? null,
    attempts_delta: outcome.attemptsDelta ?? 0,
  }));
  // Rows are locked in id order here and in renewLeases, so writes running side by side never deadlock.
  return db.$executeRawUnsafe(
    `WITH v AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(id int, status text, sent_at timestamptz, ref text, err text,
                                                       identity_id int, not_before timestamptz, attempts_delta int)
     ),
     locked AS (
       SELECT d.id FROM "Delivery" d
       WHERE d.id IN (SELECT id FROM v) AND d."claimedBy" = $2::text AND d.status = 'sending'
       ORDER BY d.id FOR UPDATE
     )
     UPDATE "Delivery" AS d
     SET status = v.status::"DeliveryStatus",
         "sentAt" = COALESCE(v.sent_at, d."sentAt"),
         "externalRef" = COALESCE(v.ref, d."externalRef"),
         "lastError" = v.err,
         "identityId" = COALESCE(v.identity_id, d."identityId"),
         "notBefore" = COALESCE(v.not_before, d."notBefore"),
         attempts = GREATEST(0, d.attempts + v.attempts_delta),
         "claimedBy" = NULL, "claimedUntil" = NULL, "updatedAt" = now()
     FROM v JOIN locked ON locked.id = v.id
     WHERE d.id = v.id`,
    JSON.stringify(values),
    workerId,
  );
}

/** 403: no more sends to these identities (until the person writes again). */
export async function markIdentitiesUnreachable(db: SqlClient, identityIds: number[], at: Date): Promise<void> {
  if (identityIds.length === 0) return;
  await db.$executeRawUnsafe(
    `UPDATE "ChannelIdentity" SET unreachable = true, "unreachableAt" = $2::timestamptz
     WHERE id = ANY($1::int[]) AND NOT unreachable`,
    identityIds,
    at,
  );
}

/** Extends the lease of every row this worker holds. */
export async function renewLeases(db: SqlClient, workerId: string, leaseMs: number): Promise<number> {
  return db.$executeRawUnsafe(
    `UPDATE "Delivery" SET "claimedUntil" = now() + make_interval(secs => $2::float8 / 1000)
     WHERE id IN (SELECT id FROM "Delivery" WHERE "claimedBy" = $1::text AND status = 'sending' ORDER BY id FOR UPDATE)`,
    workerId,
    leaseMs,
  );
}

/** Gives rows back untried (shutdown, quiet hours, a lost lease): pending again, the claim not counted. */
export async function releaseClaims(db: SqlClient, workerId: string, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  return db.$executeRawUnsafe(
    `UPDATE "Delivery"
     SET status = 'pending', "claimedBy" = NULL, "claimedUntil" = NULL, attempts = GREATEST(0, attempts - 1),
         "updatedAt" = now()
     WHERE id = ANY($1::int[]) AND "claimedBy" = $2::text AND status = 'sending'`,
    ids,
    workerId,
  );
}

/**
 * Runs each hot statement once, touching nothing, so the first real answers do not wait for connections to open
 * and statements to be prepared (that wait would widen the at-least-once window of the first messages).
 */
export async function warmUp(db: SqlClient, workerId: string, connections: number): Promise<void> {
  await Promise.all(Array.from({ length: connections }, () => recordOutcomes(db, workerId, [], { evenIfEmpty: true })));
  await loadRecipients(db, [-1]);
}
