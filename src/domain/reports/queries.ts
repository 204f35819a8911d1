/**
 * The report's figures, every one counted by the database: one grouped statement per subject (GROUPING SETS
 * give the totals and the breakdowns in one pass), never rows loaded and counted here. Each statement takes the
 * edition year and the year before, and the scope (a UGEL, or null for the region).
 */
import type { Db } from "../db-types.js";
import { limaYearBounds } from "./scope.js";

export interface RegistrationGroupRow {
  year: number;
  /** Which GROUPING SET the row belongs to (see REG_SET). */
  g: number;
  kind: string | null;
  status: string | null;
  ugelId: string | null;
  categoryId: number | null;
  category: string | null;
  level: string | null;
  count: number;
  schools: number;
}

/** GROUPING(kind, status, ugelId, category, level): a bit is set for each column the set does not group by. */
export const REG_SET = {
  year: 31,
  kind: 15,
  status: 23,
  ugel: 27,
  ugelStatus: 19,
  kindStatus: 7,
  kindCategory: 13,
  level: 30,
} as const;

export function registrationGroups(db: Db, year: number, ugelId: string | null): Promise<RegistrationGroupRow[]> {
  return db.$queryRawUnsafe<RegistrationGroupRow[]>(
    `SELECT s.*, top.name AS category
     FROM (
       SELECT r.year, r.kind::text AS kind, r.status::text AS status, r."ugelId" AS "ugelId",
              COALESCE(c."parentId", c.id) AS "categoryId", r.answers ->> 'level' AS level,
              GROUPING(r.kind, r.status, r."ugelId", COALESCE(c."parentId", c.id), r.answers ->> 'level')::int AS g,
              count(*)::int AS count, count(DISTINCT r."schoolId")::int AS schools
       FROM "Registration" r
       LEFT JOIN "RegistrationCategory" c ON c.id = r."categoryId"
       WHERE r.year IN ($1::int, $1::int - 1) AND ($2::text IS NULL OR r."ugelId" = $2::text)
       GROUP BY GROUPING SETS (
         (r.year), (r.year, r.kind), (r.year, r.status), (r.year, r."ugelId"), (r.year, r."ugelId", r.status),
         (r.year, r.kind, r.status), (r.year, r.kind, COALESCE(c."parentId", c.id)), (r.year, r.answers ->> 'level'))
     ) s
     LEFT JOIN "RegistrationCategory" top ON top.id = s."categoryId"`,
    year,
    ugelId,
  );
}

export interface AtaGroupRow {
  year: number;
  milestone: string;
  /** null on the milestone's total row. */
  ugelId: string | null;
  /** GROUPING(ugelId): 0 per UGEL, 1 the milestone's total. */
  g: number;
  targeted: number;
  delivered: number;
  confirmed: number;
  attending: number;
}

export interface AtaAudienceRow {
  year: number;
  milestone: string;
  ugelId: string | null;
  g: number;
  audience: number;
}

/** The announcements of the year and the year before (by when they went out, in Lima), drafts and cancelled ones left out. */
const ANNOUNCEMENTS_OF_YEARS = `
  SELECT a.id, a.milestone, a."audienceUgels", a."audienceRoles", a."audienceLevels", a."audienceSchoolId",
         CASE WHEN COALESCE(a."sentAt", a."scheduledFor", a."createdAt") >= $2::timestamptz THEN $1::int ELSE $1::int - 1 END AS year
  FROM "AtaAnnouncement" a
  WHERE a.status NOT IN ('borrador', 'cancelado')
    AND COALESCE(a."sentAt", a."scheduledFor", a."createdAt") >= $3::timestamptz
    AND COALESCE(a."sentAt", a."scheduledFor", a."createdAt") < $4::timestamptz`;

function yearParams(year: number): [number, Date, Date, Date] {
  const { start: previousStart } = limaYearBounds(year - 1);
  const { start, end } = limaYearBounds(year);
  return [year, start, previousStart, end];
}

/**
 * Per milestone and UGEL of the person: people targeted (an announcement was queued for them), delivered (at
 * least one of its messages was sent), confirmed («Recibido») and attending («Asistiré»). A person counts once
 * per milestone, however many announcements of it they got.
 */
export function ataGroups(db: Db, year: number, ugelId: string | null): Promise<AtaGroupRow[]> {
  return db.$queryRawUnsafe<AtaGroupRow[]>(
    `WITH ann AS NOT MATERIALIZED (${ANNOUNCEMENTS_OF_YEARS}),
     facts AS (
       SELECT n.year, n.milestone, d."personId", (d.kind = 'ata' AND d.status <> 'cancelled') AS targeted,
              d.status = 'sent' AS delivered, false AS confirmed, false AS attending
       FROM ann n JOIN "Delivery" d ON d."announcementId" = n.id
       UNION ALL
       SELECT n.year, n.milestone, k."personId", false, false, k."receivedAt" IS NOT NULL, k.attendance = 'asistire'
       FROM ann n JOIN "AtaAcknowledgement" k ON k."announcementId" = n.id
     ),
     people AS (
       SELECT year, milestone, "personId", bool_or(targeted) AS targeted, bool_or(delivered) AS delivered,
              bool_or(confirmed) AS confirmed, bool_or(attending) AS attending
       FROM facts GROUP BY 1, 2, 3
     )
     SELECT e.year, e.milestone::text AS milestone, p."ugelId" AS "ugelId", GROUPING(p."ugelId")::int AS g,
            count(*) FILTER (WHERE e.targeted)::int AS targeted,
            count(*) FILTER (WHERE e.delivered)::int AS delivered,
            count(*) FILTER (WHERE e.confirmed)::int AS confirmed,
            count(*) FILTER (WHERE e.attending)::int AS attending
     FROM people e JOIN "Person" p ON p.id = e."personId"
     WHERE $5::text IS NULL OR p."ugelId" = $5::text
     GROUP BY GROUPING SETS ((e.year, e.milestone, p."ugelId"), (e.year, e.milestone))`,
    ...yearParams(year),
    ugelId,
  );
}

/**
 * The audience of each milestone: people on the bot now who match the audience of at least one of its
 * announcements (the same rule as audienceCondition in domain/ata/audience.ts). People are first grouped by
 * what an audience looks at (UGEL, role, levels, school), so each announcement is matched against a few
 * thousand groups instead of every person.
 */
export function ataAudience(db: Db, year: number, ugelId: string | null): Promise<AtaAudienceRow[]> {
  return db.$queryRawUnsafe<AtaAudienceRow[]>(
    `WITH ann AS NOT MATERIALIZED (${ANNOUNCEMENTS_OF_YEARS}),
     profiles AS (
       SELECT p."ugelId", p.role, p.levels, p."schoolId", count(*)::int AS people
       FROM "Person" p
       WHERE p."onboardedAt" IS NOT NULL AND p.role IS NOT NULL AND ($5::text IS NULL OR p."ugelId" = $5::text)
       GROUP BY 1, 2, 3, 4
     ),
     milestones AS (SELECT DISTINCT year, milestone FROM ann)
     SELECT m.year, m.milestone::text AS milestone, f."ugelId", GROUPING(f."ugelId")::int AS g, sum(f.people)::int AS audience
     FROM milestones m
     JOIN profiles f ON EXISTS (
       SELECT 1 FROM ann n
       WHERE n.year = m.year AND n.milestone = m.milestone
         AND f."ugelId" = ANY(n."audienceUgels")
         AND f.role = ANY(n."audienceRoles")
         AND (cardinality(n."audienceLevels") = 0 OR f.role NOT IN ('docente', 'director') OR f.levels && n."audienceLevels")
         AND (n."audienceSchoolId" IS NULL OR f."schoolId" = n."audienceSchoolId"))
     GROUP BY GROUPING SETS ((m.year, m.milestone, f."ugelId"), (m.year, m.milestone))`,
    ...yearParams(year),
    ugelId,
  );
}

export interface DeliveryYearRow {
  year: number;
  remindersSent: number;
  remindersFailed: number;
  failed: number;
  unreachable: number;
}

/**
 * Outbox figures of the year and the year before (by when each delivery was queued, in Lima): reminders sent and
 * failed, failed and unreachable of every kind. Each figure is its own count on the (status, kind, createdAt)
 * index, read from the index alone: most deliveries are sent reminders, and a scan of the table would read them all.
 */
export function deliveryFigures(db: Db, year: number, ugelId: string | null): Promise<DeliveryYearRow[]> {
  const count = (condition: string) =>
    `(SELECT count(*)::int FROM "Delivery" d
      WHERE ${condition} AND d."createdAt" >= y.start AND d."createdAt" < y.finish
        AND ($5::text IS NULL OR d."personId" IN (SELECT p.id FROM "Person" p WHERE p."ugelId" = $5::text)))`;
  return db.$queryRawUnsafe<DeliveryYearRow[]>(
    `SELECT y.year,
            ${count(`d.status = 'sent' AND d.kind = 'reminder'`)} AS "remindersSent",
            ${count(`d.status = 'failed' AND d.kind = 'reminder'`)} AS "remindersFailed",
            ${count(`d.status = 'failed'`)} AS failed,
            ${count(`d.status = 'unreachable'`)} AS unreachable
     FROM (VALUES ($1::int, $2::timestamptz, $4::timestamptz), ($1::int - 1, $3::timestamptz, $2::timestamptz)) AS y(year, start, finish)`,
    ...yearParams(year),
    ugelId,
  );
}

export interface PeopleGroupRow {
  role: string | null;
  ugelId: string | null;
  /** GROUPING(role, ugelId): 0 role and UGEL, 1 per role, 2 per UGEL, 3 everyone. */
  g: number;
  count: number;
}

/** People on the bot now (onboarded), by role and UGEL. */
export function peopleGroups(db: Db, ugelId: string | null): Promise<PeopleGroupRow[]> {
  return db.$queryRawUnsafe<PeopleGroupRow[]>(
    `SELECT p.role::text AS role, p."ugelId" AS "ugelId", GROUPING(p.role, p."ugelId")::int AS g, count(*)::int AS count
     FROM "Person" p
     WHERE p."onboardedAt" IS NOT NULL AND p.role IS NOT NULL AND ($1::text IS NULL OR p."ugelId" = $1::text)
     GROUP BY GROUPING SETS ((p.role, p."ugelId"), (p.role), (p."ugelId"), ())`,
    ugelId,
  );
}

/** Edition years with registrations or an edition row, newest first. */
export async function reportYears(db: Db): Promise<number[]> {
  const rows = await db.$queryRawUnsafe<Array<{ year: number }>>(
    `SELECT year::int AS year FROM (SELECT DISTINCT year FROM "Registration" UNION SELECT year FROM "RegistrationEdition") y ORDER BY year DESC`,
  );
  return rows.map((row) => row.year);
}
