/**
 * The ATA table: one row per delivery of an announcement (first sends and re-sends), with the recipient's
 * UGEL, role, school and levels, the channel it went by, its status and times, and the person's answer
 * (received, attending). Filtered by the announcement's year (Lima) and the recipient's UGEL.
 * The page query reads the deliveries and, per row, the person, identity and answer by key; the
 * announcement, UGEL and school texts come from lookups read once, not repeated in every row.
 */
import { queryRows } from "../../db/rows.js";
import type { Db } from "../db-types.js";
import { col, limaTextSql, type SheetDef } from "./sheet-def.js";

export interface AtaRow {
  cursor: number;
  announcementId: number;
  deliveryKind: string;
  ugelId: string | null;
  role: string | null;
  schoolId: number | null;
  /** "inicial, primaria", from the SQL. */
  levels: string | null;
  channel: string | null;
  status: string;
  sentAt: string | null;
  receivedAt: string | null;
  attendance: string | null;
}

interface Announcement {
  title: string;
  milestone: string;
  sessionAt: string;
}

export interface AtaLookups {
  announcements: Map<number, Announcement>;
  ugels: Map<string, string>;
  schools: Map<number, { name: string; codigoModular: string }>;
}

const YEAR_SQL = `"createdAt" >= make_timestamptz($1::int, 1, 1, 0, 0, 0, 'America/Lima') AND "createdAt" < make_timestamptz($1::int + 1, 1, 1, 0, 0, 0, 'America/Lima')`;

async function ataLookups(db: Db, scope: { year: number }): Promise<AtaLookups> {
  const [announcements, ugels, schools] = await Promise.all([
    queryRows<{ id: number } & Announcement>(
      db,
      `SELECT id, title, milestone::text AS milestone, COALESCE(${limaTextSql(`"sessionAt"`)}, '') AS "sessionAt" FROM "AtaAnnouncement" WHERE ${YEAR_SQL}`,
      [scope.year],
    ),
    queryRows<{ id: string; name: string }>(db, `SELECT id, name FROM "Ugel"`, []),
    queryRows<{ id: number; name: string; codigoModular: string }>(db, `SELECT id, name, "codigoModular" FROM "School"`, []),
  ]);
  return {
    announcements: new Map(announcements.map(({ id, ...announcement }) => [Number(id), announcement])),
    ugels: new Map(ugels.map((ugel) => [ugel.id, ugel.name])),
    schools: new Map(schools.map((school) => [Number(school.id), { name: school.name, codigoModular: school.codigoModular }])),
  };
}

const NO_ANNOUNCEMENT: Announcement = { title: "", milestone: "", sessionAt: "" };

export const ataSheet: SheetDef<AtaRow, AtaLookups> = {
  nameKey: "export-sheet-ata",
  fileStem: "ata",
  pageFormat: "json",
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
  sql: `SELECT d.id AS cursor, d."announcementId", d.kind::text AS "deliveryKind", p."ugelId", p.role::text AS role, p."schoolId",
               replace(array_to_string(p.levels::text[], ', '), '_', ' ') AS levels, i.channel::text AS channel, d.status::text AS status,
               ${limaTextSql(`d."sentAt"`)} AS "sentAt",
               ${limaTextSql(`COALESCE(k."receivedAt", CASE WHEN k.attendance IS NOT NULL THEN k."updatedAt" END)`)} AS "receivedAt",
               k.attendance::text AS attendance
          FROM "Delivery" d
          JOIN "Person" p ON p.id = d."personId"
          LEFT JOIN "ChannelIdentity" i ON i.id = d."identityId"
          LEFT JOIN "AtaAcknowledgement" k ON k."announcementId" = d."announcementId" AND k."personId" = d."personId"
         WHERE d.id > $1::int
           AND d."announcementId" IN (SELECT id FROM "AtaAnnouncement" WHERE ${YEAR_SQL.replaceAll("$1", "$3")})
           AND ($4::text IS NULL OR p."ugelId" = $4::text)
         ORDER BY d.id
         LIMIT $2::int`,
  lookups: ataLookups,
  cells(row, { label }, { announcements, ugels, schools }) {
    const announcement = announcements.get(row.announcementId) ?? NO_ANNOUNCEMENT;
    const school = row.schoolId === null ? undefined : schools.get(row.schoolId);
    return [
      row.announcementId,
      announcement.title,
      announcement.milestone ? label("export-milestone", "milestone", announcement.milestone) : "",
      announcement.sessionAt,
      label("export-delivery-kind", "kind", row.deliveryKind),
      (row.ugelId && ugels.get(row.ugelId)) ?? "",
      row.role ? label("export-role", "role", row.role) : "",
      school?.name ?? "",
      school?.codigoModular ?? "",
      row.levels ?? "",
      row.channel ?? "",
      label("export-delivery-status", "status", row.status),
      row.sentAt ?? "",
      row.receivedAt ?? "",
      row.attendance ? label("export-attendance", "attendance", row.attendance) : "",
    ];
  },
};
