/**
 * Creates a day's reminder deliveries in one statement: every occasion (stage, kind, offset) joined with the
 * people who should get it, inserted into the outbox with the idempotency key
 * `reminder:<personId>:<stageId>:<closes|event>:<offset>`, so a second run — a restart, a replica, a catch-up —
 * adds nothing.
 *
 * Who gets a contest's reminders:
 * - directors, by default, for the contests of their levels (a contest without levels counts for all);
 * - anyone who follows the contest ("Recordarme": a Subscription row), or every contest (contestId null);
 * - never someone who muted that contest (a muted Subscription row) or all reminders (remindersMuted), nor
 *   someone with no reachable identity; only on the offsets the person chose (see offsets.ts).
 */
import type { Db } from "../db-types.js";
import { addDays } from "../calendar/lima-time.js";
import { MAX_OFFSET_DAYS, planOccasions, type StageDates } from "./plan.js";
import { UNCHOSEN_OFFSETS } from "./offsets.js";

export interface BuildInput {
  /** The Lima days this run stands for (one normally; several when catching up), ascending. */
  days: string[];
  /** Today in Lima: nothing is created for a stage before it. */
  today: string;
  defaultOffsets: number[];
  /** When the reminders may go out (after quiet hours). */
  notBefore: Date;
}

export interface BuildResult {
  occasions: number;
  created: number;
}

const isoDay = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null);
const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);

export async function loadStageDates(db: Db, from: string, to: string): Promise<StageDates[]> {
  const range = { gte: dayStart(from), lte: dayStart(to) };
  const stages = await db.contestStage.findMany({
    where: { OR: [{ registrationCloses: range }, { eventStart: range }, { eventStart: null, eventEnd: range }] },
    include: { contest: { select: { id: true, name: true, shortName: true, levels: true } } },
    orderBy: { id: "asc" },
  });
  return stages.map((stage) => ({
    stageId: stage.id,
    contestId: stage.contest.id,
    contestName: stage.contest.shortName ?? stage.contest.name,
    stageName: stage.name,
    levels: stage.contest.levels,
    closesDay: isoDay(stage.registrationCloses),
    eventDay: isoDay(stage.eventStart ?? stage.eventEnd),
    place: stage.place,
  }));
}

export async function buildReminders(db: Db, input: BuildInput): Promise<BuildResult> {
  if (input.days.length === 0) return { occasions: 0, created: 0 };
  const last = input.days[input.days.length - 1] as string;
  const stages = await loadStageDates(db, input.today, addDays(last, MAX_OFFSET_DAYS));
  const occasions = planOccasions(stages, input.days, input.today);
  if (occasions.length === 0) return { occasions: 0, created: 0 };
  const rows = occasions.map((occasion, n) => ({
    n,
    stage_id: occasion.stageId,
    contest_id: occasion.contestId,
    kind: occasion.kind,
    off: occasion.offset,
    levels: occasion.levels,
    payload: occasion.payload,
  }));
  // Several run days can give one stage several offsets: a person then gets only the nearest one.
  const nearestOnly = input.days.length > 1
    ? `SELECT DISTINCT ON (person_id, stage_id, kind) person_id, n FROM cand ORDER BY person_id, stage_id, kind, off`
    : `SELECT person_id, n FROM cand`;
  // The big join carries only (person, occasion number); keys and payloads are joined in at the end.
  const created = await db.$executeRawUnsafe(
    `WITH occ AS (
       SELECT o.n, o.stage_id, o.contest_id, o.kind, o.off, o.levels::"Level"[] AS levels, o.payload
       FROM jsonb_to_recordset($1::jsonb) AS o(n int, stage_id int, contest_id int, kind text, off int, levels text[], payload jsonb)
     ),
     people AS (
       SELECT p.id, p.role, p.levels,
              CASE WHEN p."reminderOffsets" = $4::int[] THEN $2::int[] ELSE p."reminderOffsets" END AS offsets
       FROM "Person" p
       WHERE p."onboardedAt" IS NOT NULL AND NOT p."remindersMuted"
         AND EXISTS (SELECT 1 FROM "ChannelIdentity" i WHERE i."personId" = p.id AND NOT i.unreachable)
     ),
     subs AS (
       SELECT "personId",
              array_agg("contestId") FILTER (WHERE muted AND "contestId" IS NOT NULL) AS muted_ids,
              array_agg("contestId") FILTER (WHERE NOT muted AND "contestId" IS NOT NULL) AS followed_ids,
              COALESCE(bool_or(NOT muted AND "contestId" IS NULL), false) AS follows_all
       FROM "Subscription" GROUP BY "personId"
     ),
     cand AS (
       SELECT people.id AS person_id, occ.n, occ.stage_id, occ.kind, occ.off
       FROM occ
       JOIN people ON occ.off = ANY(people.offsets)
       LEFT JOIN subs ON subs."personId" = people.id
       WHERE NOT (occ.contest_id = ANY(COALESCE(subs.muted_ids, '{}'::int[])))
         AND (
           (people.role = 'director' AND (cardinality(occ.levels) = 0 OR people.levels && occ.levels))
           OR occ.contest_id = ANY(COALESCE(subs.followed_ids, '{}'::int[]))
           OR COALESCE(subs.follows_all, false)
         )
     ),
     chosen AS (${nearestOnly})
     INSERT INTO "Delivery" ("idempotencyKey", kind, "personId", payload, "notBefore", "updatedAt")
     SELECT 'reminder:' || chosen.person_id || ':' || occ.stage_id || ':' || occ.kind || ':' || occ.off, 'reminder',
            chosen.person_id, occ.payload, $3::timestamptz, now()
     FROM chosen JOIN occ ON occ.n = chosen.n
     ON CONFLICT ("idempotencyKey") DO NOTHING`,
    JSON.stringify(rows),
    input.defaultOffsets,
    input.notBefore,
    [...UNCHOSEN_OFFSETS],
  );
  return { occasions: occasions.length, created };
}
