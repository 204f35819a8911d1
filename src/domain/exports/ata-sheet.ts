/**
 * The ATA table: one row per delivery of an announcement (first sends and re-sends), with the recipient's
 * UGEL, role, school and levels, the channel it went by, its status and times, and the person's answer
 * (received, attending). Filtered by the announcement's year (Lima) and the recipient's UGEL.
 */
import type { TableColumn } from "./table-writer.js";
import { limaDateTimeText, wordsOf } from "./format.js";
import type { SheetDef } from "./registration-sheets.js";

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

const col = (t: (id: string) => string, key: string, width: number): TableColumn => ({ header: t(`export-col-${key}`), width });

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
  sql: `SELECT d.id AS cursor, an.id AS "announcementId", an.title, an.milestone::text AS milestone, an."sessionAt", d.kind::text AS "deliveryKind",
               u.name AS "ugelName", p.role::text AS role, s.name AS "schoolName", s."codigoModular", p.levels::text[] AS levels,
               i.channel::text AS channel, d.status::text AS status, d."sentAt",
               COALESCE(k."receivedAt", CASE WHEN k.attendance IS NOT NULL THEN k."updatedAt" END) AS "receivedAt", k.attendance::text AS attendance
          FROM "Delivery" d
          JOIN "AtaAnnouncement" an ON an.id = d."announcementId"
          JOIN "Person" p ON p.id = d."personId"
          LEFT JOIN "Ugel" u ON u.id = p."ugelId"
          LEFT JOIN "School" s ON s.id = p."schoolId"
          LEFT JOIN "ChannelIdentity" i ON i.id = d."identityId"
          LEFT JOIN "AtaAcknowledgement" k ON k."announcementId" = an.id AND k."personId" = d."personId"
         WHERE d."announcementId" IS NOT NULL
           AND EXTRACT(year FROM an."createdAt" AT TIME ZONE 'America/Lima') = $3::int
           AND ($4::text IS NULL OR p."ugelId" = $4::text)
           AND d.id > $1::int
         ORDER BY d.id
         LIMIT $2::int`,
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
