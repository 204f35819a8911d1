/**
 * The four tables of a registrations export, in the order of the national forms (FONDEP's CNPIE, MINEDU's
 * Buenas Prácticas Docentes), so a specialist can copy a row across: the project, its DRE / UGEL / school
 * (código modular, área, nivel, modalidad, type), where it is (región, provincia, distrito), the director
 * responsible, the students by ciclo and the texts; the team (one member per row), the files (the channel's
 * reference, name and size: the files themselves stay on the channel) and the review history.
 * Each table is read with keyset paging; the SQL filters by year and UGEL, never JavaScript.
 */
import { dniFor, type ExportScope } from "./scope.js";
import { DRE_NAME, provinceOf, REGION_NAME, textOf, wordsOf } from "./format.js";
import { col, limaTextSql, type SheetDef } from "./sheet-def.js";

export const CICLOS = ["I", "II", "III", "IV", "V", "VI", "VII"] as const;

const SCOPE_SQL = `r.year = $3::int AND ($4::text IS NULL OR r."ugelId" = $4::text)`;
/** A window of registration ids, within the part's range: the detail rows in the main sheet's order. */
const windowSql = (table: string) =>
  `${table}."registrationId" > $1::int AND ${table}."registrationId" <= $1::int + $2::int AND ${table}."registrationId" BETWEEN $5::int AND $6::int`;

export interface RegistrationRow {
  cursor: number;
  ownerId: number;
  code: string;
  kind: string;
  year: number;
  status: string;
  /** Lima date and time text, from the SQL. */
  sentAt: string | null;
  title: string;
  answers: Record<string, unknown> | null;
  ugelId: string;
  ugelName: string;
  schoolName: string | null;
  codigoModular: string | null;
  schoolArea: string | null;
  schoolModality: string | null;
  schoolType: string | null;
  schoolLevel: string | null;
  district: string | null;
  categoryName: string | null;
  parentCategoryName: string | null;
  practiceType: string | null;
  memberCount: number | bigint;
  fileCount: number | bigint;
}

/** A registration row carries every text of the form (a few kilobytes): a page of them is kept small. */
const REGISTRATION_PAGE_ROWS = 250;

export const registrationsSheet: SheetDef<RegistrationRow> = {
  nameKey: "export-sheet-registrations",
  fileStem: "registros",
  pageRows: REGISTRATION_PAGE_ROWS,
  columns: (t) => [
    col(t, "code", 16),
    col(t, "contest", 26),
    col(t, "year", 7),
    col(t, "status", 12),
    col(t, "sent-at", 17),
    col(t, "title", 40),
    col(t, "category", 28),
    col(t, "subcategory", 28),
    col(t, "practice-type", 16),
    col(t, "dre", 12),
    col(t, "ugel", 26),
    col(t, "school", 34),
    col(t, "codigo-modular", 14),
    col(t, "area", 9),
    col(t, "level", 11),
    col(t, "modality", 10),
    col(t, "school-type", 24),
    col(t, "region", 9),
    col(t, "province", 22),
    col(t, "district", 18),
    col(t, "director-dni", 11),
    col(t, "director-names", 20),
    col(t, "director-surnames", 20),
    col(t, "director-email", 26),
    col(t, "director-phone", 12),
    col(t, "members", 11),
    ...CICLOS.map((ciclo) => col(t, "students", 11, { ciclo })),
    col(t, "problem", 50),
    col(t, "objectives", 50),
    col(t, "strategy", 50),
    col(t, "years-running", 11),
    col(t, "purpose", 50),
    col(t, "description", 50),
    col(t, "results", 50),
    col(t, "learning-evidence", 50),
    col(t, "files", 9),
    col(t, "declaration", 12),
  ],
  sql: `SELECT r.id AS cursor, r."ownerId", r.code, r.kind::text AS kind, r.year, r.status::text AS status, ${limaTextSql(`r."sentAt"`)} AS "sentAt", r.title, r.answers,
               r."ugelId", u.name AS "ugelName", s.name AS "schoolName", s."codigoModular", s.area AS "schoolArea",
               s.modality AS "schoolModality", s."schoolType", s.level::text AS "schoolLevel", s.district,
               c.name AS "categoryName", p.name AS "parentCategoryName", COALESCE(c."practiceType", p."practiceType") AS "practiceType",
               (SELECT count(*)::int FROM "RegistrationMember" m WHERE m."registrationId" = r.id) AS "memberCount",
               (SELECT count(*)::int FROM "RegistrationAttachment" a WHERE a."registrationId" = r.id) AS "fileCount"
          FROM "Registration" r
          JOIN "Ugel" u ON u.id = r."ugelId"
          LEFT JOIN "School" s ON s.id = r."schoolId"
          LEFT JOIN "RegistrationCategory" c ON c.id = r."categoryId"
          LEFT JOIN "RegistrationCategory" p ON p.id = c."parentId"
         WHERE ${SCOPE_SQL} AND r.id > $1::int
         ORDER BY r.id
         LIMIT $2::int`,
  cells(row, { label, actor }) {
    const a = row.answers ?? {};
    const category = row.parentCategoryName ?? row.categoryName ?? textOf(a.category);
    const subcategory = row.parentCategoryName ? (row.categoryName ?? "") : textOf(a.subcategory);
    return [
      row.code,
      label("export-kind", "kind", row.kind),
      row.year,
      label("registration-status", "status", row.status),
      row.sentAt ?? "",
      row.title,
      category,
      subcategory,
      wordsOf(a.practiceType ?? row.practiceType),
      DRE_NAME,
      row.ugelName,
      row.schoolName ?? textOf(a.otherSchoolName),
      row.codigoModular ?? textOf(a.otherCodigoModular),
      wordsOf(a.area ?? row.schoolArea),
      wordsOf(a.level ?? row.schoolLevel),
      wordsOf(a.modality ?? row.schoolModality),
      wordsOf(a.schoolType ?? row.schoolType),
      REGION_NAME,
      provinceOf(row.ugelId),
      row.district ?? "",
      dniFor(actor, row, typeof a.directorDni === "string" ? a.directorDni : ""),
      textOf(a.directorNames),
      textOf(a.directorSurnames),
      textOf(a.directorEmail),
      textOf(a.directorPhone),
      Number(row.memberCount),
      ...CICLOS.map((ciclo) => (typeof a[`students${ciclo}`] === "number" ? (a[`students${ciclo}`] as number) : "")),
      textOf(a.problem),
      textOf(a.objectives),
      textOf(a.strategy),
      typeof a.yearsRunning === "number" ? a.yearsRunning : "",
      textOf(a.purpose),
      textOf(a.description),
      textOf(a.results),
      textOf(a.learningEvidence),
      Number(row.fileCount),
      wordsOf(a.declaration),
    ];
  },
};

export interface MemberRow {
  cursor: number;
  code: string;
  ownerId: number;
  ugelId: string;
  sortOrder: number;
  memberRole: string;
  dni: string;
  names: string;
  surnames: string;
  condition: string | null;
  email: string | null;
  phone: string | null;
}

export const membersSheet: SheetDef<MemberRow> = {
  nameKey: "export-sheet-members",
  fileStem: "equipo",
  columns: (t) => [
    col(t, "code", 16),
    col(t, "member-number", 6),
    col(t, "member-role", 20),
    col(t, "dni", 11),
    col(t, "names", 22),
    col(t, "surnames", 22),
    col(t, "condition", 12),
    col(t, "email", 28),
    col(t, "phone", 12),
  ],
  sql: `SELECT m.id AS cursor, r.code, r."ownerId", r."ugelId", m."sortOrder", m."memberRole", m.dni, m.names, m.surnames, m.condition, m.email, m.phone
          FROM "RegistrationMember" m
          JOIN "Registration" r ON r.id = m."registrationId"
         WHERE ${SCOPE_SQL} AND ${windowSql("m")}
         ORDER BY m."registrationId", m.id`,
  cells: (row, { label, actor }) => [
    row.code,
    row.sortOrder + 1,
    label("export-member-role", "role", row.memberRole),
    dniFor(actor, row, row.dni),
    row.names,
    row.surnames,
    wordsOf(row.condition),
    row.email ?? "",
    row.phone ?? "",
  ],
};

export interface FileRow {
  cursor: number;
  code: string;
  fieldKey: string;
  channel: string;
  fileRef: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: string;
}

export const filesSheet: SheetDef<FileRow> = {
  nameKey: "export-sheet-files",
  fileStem: "archivos",
  columns: (t) => [col(t, "code", 16), col(t, "file-field", 22), col(t, "channel", 10), col(t, "file-ref", 40), col(t, "file-name", 34), col(t, "file-type", 22), col(t, "file-kb", 10), col(t, "uploaded-at", 17)],
  sql: `SELECT a.id AS cursor, r.code, a."fieldKey", a.channel::text AS channel, a."fileRef", a."fileName", a."mimeType", a."sizeBytes", ${limaTextSql(`a."createdAt"`)} AS "createdAt"
          FROM "RegistrationAttachment" a
          JOIN "Registration" r ON r.id = a."registrationId"
         WHERE ${SCOPE_SQL} AND ${windowSql("a")}
         ORDER BY a."registrationId", a.id`,
  cells: (row, { label }) => [
    row.code,
    label("export-file-field", "field", row.fieldKey),
    row.channel,
    row.fileRef,
    row.fileName,
    row.mimeType,
    Math.max(1, Math.round(Number(row.sizeBytes) / 1024)),
    row.createdAt,
  ],
};

export interface HistoryRow {
  cursor: number;
  code: string;
  ownerId: number;
  createdAt: string;
  fromStatus: string | null;
  toStatus: string;
  comment: string | null;
  actorId: number;
}

export const historySheet: SheetDef<HistoryRow> = {
  nameKey: "export-sheet-history",
  fileStem: "historial",
  columns: (t) => [col(t, "code", 16), col(t, "date", 17), col(t, "from-status", 14), col(t, "to-status", 14), col(t, "comment", 50), col(t, "by", 16)],
  sql: `SELECT h.id AS cursor, r.code, r."ownerId", ${limaTextSql(`h."createdAt"`)} AS "createdAt", h."fromStatus"::text AS "fromStatus", h."toStatus"::text AS "toStatus", h.comment, h."actorId"
          FROM "RegistrationStatusChange" h
          JOIN "Registration" r ON r.id = h."registrationId"
         WHERE ${SCOPE_SQL} AND ${windowSql("h")}
         ORDER BY h."registrationId", h.id`,
  cells: (row, { t, label }) => [
    row.code,
    row.createdAt,
    row.fromStatus ? label("registration-status", "status", row.fromStatus) : "",
    label("registration-status", "status", row.toStatus),
    row.comment ?? "",
    t(row.actorId === row.ownerId ? "reg-history-by-owner" : "reg-history-by-specialist"),
  ],
};

export function scopeParams(scope: ExportScope): [number, string | null] {
  return [scope.year, scope.ugelId];
}
