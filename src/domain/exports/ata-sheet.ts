/**
 * The ATA table: one row per delivery of an announcement (first sends and re-sends), with the recipient's
 * UGEL, role, school and levels, the channel it went by, its status and times, and the person's answer
 * (received, attending). Filtered by the announcement's year (Lima) and the recipient's UGEL.
 */
import { limaDateTimeText, wordsOf } from "./format.js";
import { col, type SheetDef } from "./registration-sheets.js";

export interface AtaRow {
  cursor: number;
  announcementId: number;
  title: string;
  milestone: string;
  sessionAt: Date | string | null;
  deliveryKind: string;
  ugelName: string | null;
  role: string | null;
  schoolName: string | null;
  codigoModular: string | null;
  levels: string[] | string | null;
  channel: string | null;
  status: string;
  sentAt: Date | string | null;
  receivedAt: Date | string | null;
  attendance: string | null;
}

/** PGlite may hand an enum array back as its text form "{inicial,primaria}". */
function levelsOf(value: AtaRow["levels"]): string {
  if (Array.isArray(value)) return wordsOf(value);
  if (typeof value === "string") return wordsOf(value.replace(/^\{|\}$/g, "").split(",").filter(Boolean));
  return "";
}

export const ataSheet: SheetDef<AtaRow> = {
  nameKey: "export-sheet-ata",
  fileStem: "ata",
  columns: (t) => [
    col(t, "announcement", 9),
    col(t, "announcement-title", 36),
    col(t, "milestone", 10),
    col(t, "session-at", 17),
    col(t, "delivery-kind", 10),
    col(t, "ugel", 26),
    col(t, "role", 20),
    col(t, "school", 34),
    col(t, "codigo-modular", 14),
    col(t, "levels", 22),
    col(t, "channel", 10),
    col(t, "delivery-status", 14),
    col(t, "delivered-at", 17),
    col(t, "confirmed-at", 17),
    col(t, "attendance", 14),
  ],
  // The page of deliveries is chosen first (primary-key order, a small hashed list of the year's announcements),
  // then each of its rows is joined by key: the planner otherwise misjudges the year filter and joins whole tables.
  sql: `WITH page AS MATERIALIZED (
          SELECT d.id, d."announcementId", d."personId", d."identityId", d.kind, d.status, d."sentAt", p.role, p.levels, p."ugelId", p."schoolId"
            FROM "Delivery" d
            JOIN "Person" p ON p.id = d."personId"
           WHERE d.id > $1::int
             AND d."announcementId" IN (SELECT id FROM "AtaAnnouncement"
                                         WHERE "createdAt" >= make_timestamptz($3::int, 1, 1, 0, 0, 0, 'America/Lima')
                                           AND "createdAt" < make_timestamptz($3::int + 1, 1, 1, 0, 0, 0, 'America/Lima'))
             AND ($4::text IS NULL OR p."ugelId" = $4::text)
           ORDER BY d.id
           LIMIT $2::int)
        SELECT g.id AS cursor, an.id AS "announcementId", an.title, an.milestone::text AS milestone, an."sessionAt", g.kind::text AS "deliveryKind",
               u.name AS "ugelName", g.role::text AS role, s.name AS "schoolName", s."codigoModular", g.levels::text[] AS levels,
               i.channel::text AS channel, g.status::text AS status, g."sentAt",
               COALESCE(k."receivedAt", CASE WHEN k.attendance IS NOT NULL THEN k."updatedAt" END) AS "receivedAt", k.attendance::text AS attendance
          FROM page g
          JOIN "AtaAnnouncement" an ON an.id = g."announcementId"
          LEFT JOIN "Ugel" u ON u.id = g."ugelId"
          LEFT JOIN "School" s ON s.id = g."schoolId"
          LEFT JOIN "ChannelIdentity" i ON i.id = g."identityId"
          LEFT JOIN "AtaAcknowledgement" k ON k."announcementId" = g."announcementId" AND k."personId" = g."personId"
         ORDER BY g.id`,
  cells: (row, t) => [
    row.announcementId,
    row.title,
    t("export-milestone", { milestone: row.milestone }),
    limaDateTimeText(row.sessionAt),
    t("export-delivery-kind", { kind: row.deliveryKind }),
    row.ugelName ?? "",
    row.role ? t("export-role", { role: row.role }) : "",
    row.schoolName ?? "",
    row.codigoModular ?? "",
    levelsOf(row.levels),
    row.channel ?? "",
    t("export-delivery-status", { status: row.status }),
    limaDateTimeText(row.sentAt),
    limaDateTimeText(row.receivedAt),
    row.attendance ? t("export-attendance", { attendance: row.attendance }) : "",
  ],
};
