/**
 * What a specialist's weekly digest says, for one scope (a UGEL, or the region): the week's new registrations,
 * the reviews pending (sent and not reviewed yet, oldest first), registration deadlines of the next 14 days and
 * the ATA announcements of the last 30 days that fewer than half of the scope's recipients confirmed. Counts and
 * lists come from grouped SQL; a list holds at most LIST_MAX rows.
 */
import { addDays, todayInLima } from "../calendar/lima-time.js";
import type { Db } from "../db-types.js";

export const LIST_MAX = 8;
export const DEADLINE_DAYS = 14;
const ATA_LOOKBACK_DAYS = 30;

export interface DigestContent {
  newCount: number;
  newItems: Array<{ code: string; title: string; school: string | null }>;
  pendingCount: number;
  pendingItems: Array<{ code: string; title: string; status: string; sentAt: Date }>;
  deadlines: Array<{ day: string; contest: string; stage: string }>;
  lowAta: Array<{ title: string; milestone: string; sent: number; confirmed: number }>;
}

const UGEL_FILTER = `($1::text IS NULL OR r."ugelId" = $1::text)`;

export async function digestContent(db: Db, ugelId: string | null, now: Date): Promise<DigestContent> {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const today = todayInLima(now);
  const [newCount] = await db.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM "Registration" r WHERE ${UGEL_FILTER} AND r."sentAt" >= $2::timestamptz`, ugelId, weekAgo);
  const newItems = await db.$queryRawUnsafe<DigestContent["newItems"]>(
    `SELECT r.code, r.title, s.name AS school FROM "Registration" r LEFT JOIN "School" s ON s.id = r."schoolId"
      WHERE ${UGEL_FILTER} AND r."sentAt" >= $2::timestamptz ORDER BY r."sentAt" DESC, r.id DESC LIMIT ${LIST_MAX}`,
    ugelId,
    weekAgo,
  );
  const [pendingCount] = await db.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM "Registration" r WHERE ${UGEL_FILTER} AND r.status = 'enviada'`, ugelId);
  const pendingItems = await db.$queryRawUnsafe<DigestContent["pendingItems"]>(
    `SELECT r.code, r.title, r.status::text AS status, r."sentAt" FROM "Registration" r
      WHERE ${UGEL_FILTER} AND r.status = 'enviada' ORDER BY r."sentAt" ASC, r.id ASC LIMIT ${LIST_MAX}`,
    ugelId,
  );
  // A sample contest is left out when the official calendar has the same contest that year.
  const deadlines = await db.$queryRawUnsafe<DigestContent["deadlines"]>(
    `SELECT to_char(st."registrationCloses", 'YYYY-MM-DD') AS day, COALESCE(c."shortName", c.name) AS contest, st.name AS stage
       FROM "ContestStage" st JOIN "Contest" c ON c.id = st."contestId"
      WHERE st."registrationCloses" BETWEEN $1::date AND $2::date
        AND NOT (c."isSample" AND EXISTS (SELECT 1 FROM "Contest" o WHERE o.slug = c.slug AND o.year = c.year AND NOT o."isSample"))
      ORDER BY st."registrationCloses", c.name, st."sortOrder" LIMIT ${LIST_MAX}`,
    today,
    addDays(today, DEADLINE_DAYS),
  );
  const lowAta = await db.$queryRawUnsafe<Array<{ title: string; milestone: string; sent: number; confirmed: number }>>(
    `SELECT an.title, an.milestone::text AS milestone, count(*)::int AS sent,
            count(*) FILTER (WHERE k."receivedAt" IS NOT NULL OR k.attendance IS NOT NULL)::int AS confirmed
       FROM "AtaAnnouncement" an
       JOIN "Delivery" d ON d."announcementId" = an.id AND d.kind = 'ata' AND d.status = 'sent'
       JOIN "Person" p ON p.id = d."personId"
       LEFT JOIN "AtaAcknowledgement" k ON k."announcementId" = an.id AND k."personId" = d."personId"
      WHERE an."sentAt" >= $2::timestamptz AND ($1::text IS NULL OR p."ugelId" = $1::text)
      GROUP BY an.id
     HAVING count(*) FILTER (WHERE k."receivedAt" IS NOT NULL OR k.attendance IS NOT NULL) * 2 < count(*)
      ORDER BY an."sentAt" ASC LIMIT ${LIST_MAX}`,
    ugelId,
    new Date(now.getTime() - ATA_LOOKBACK_DAYS * 86_400_000),
  );
  return { newCount: Number(newCount?.n ?? 0), newItems, pendingCount: Number(pendingCount?.n ?? 0), pendingItems, deadlines, lowAta };
}
