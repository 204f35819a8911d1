/**
 * A new registration in one statement: the school (added when unknown), the next number of the kind and year,
 * the registration, its members, attachments, first history row, audit entry and the notices to the UGEL's
 * specialists. One statement is one transaction on both databases, and on PGlite it is the whole cost of a
 * submit: each round trip of an interactive transaction costs about a millisecond of WebAssembly and protocol.
 *
 * The counter row's lock orders concurrent submits exactly as the transaction in submit.ts does. Rows written
 * here must match what submit.ts and notices.ts write for the same registration (a test compares them).
 */
import { queryRows } from "../../db/rows.js";
import type { Db } from "../db-types.js";
import type { Actor } from "./authorization.js";
import { CODE_PREFIX } from "./kinds.js";
import { SENT_NOTICE, OPEN_BUTTON } from "./notices.js";
import type { RegistrationSubmission, SubmittedRegistration } from "./submit.js";

export interface NewRegistrationRow {
  categoryId: number;
  title: string;
  titleKey: string;
}

export const INSERT_NEW_SQL = `
WITH existing_school AS (
  SELECT id, "ugelId", name FROM "School" WHERE "codigoModular" = $6::bpchar
), added_school AS (
  INSERT INTO "School" ("codigoModular", name, "ugelId", "updatedAt")
  SELECT $6::bpchar, $7::text, $5::text, now() WHERE NOT EXISTS (SELECT 1 FROM existing_school)
  ON CONFLICT ("codigoModular") DO NOTHING
  RETURNING id, "ugelId", name
), school AS (
  SELECT * FROM existing_school UNION ALL SELECT * FROM added_school
), counter AS (
  INSERT INTO "RegistrationCounter" (kind, year, "lastNumber")
  SELECT $1::"RegistrationKind", $2::int, 1 FROM school
  ON CONFLICT (kind, year) DO UPDATE SET "lastNumber" = "RegistrationCounter"."lastNumber" + 1
  RETURNING "lastNumber"
), registration AS (
  INSERT INTO "Registration" (kind, year, code, status, "ownerId", "ugelId", "schoolId", title, "titleKey", "categoryId", answers, "sentAt", "updatedAt")
  SELECT $1::"RegistrationKind", $2::int,
         $3::text || '-' || $2::int || '-' || lpad(c."lastNumber"::text, greatest(4, length(c."lastNumber"::text)), '0'),
         'enviada', $4::int, coalesce(s."ugelId", $5::text), s.id, $8::text, $9::text, $10::int, $11::jsonb, $12::timestamptz, now()
  FROM counter c, school s
  RETURNING id, code, "ugelId", title
), members AS (
  INSERT INTO "RegistrationMember" ("registrationId", "memberRole", names, surnames, dni, condition, phone, email, "sortOrder")
  SELECT r.id, m."memberRole", m.names, m.surnames, m.dni, m.condition, m.phone, m.email, m."sortOrder"
  FROM registration r, jsonb_to_recordset($13::jsonb)
    AS m("memberRole" text, names text, surnames text, dni text, condition text, phone text, email text, "sortOrder" int)
), attachments AS (
  INSERT INTO "RegistrationAttachment" ("registrationId", "fieldKey", channel, "fileRef", "fileName", "mimeType", "sizeBytes")
  SELECT r.id, a."fieldKey", $15::"Channel", a."fileRef", a."fileName", a."mimeType", a."sizeBytes"
  FROM registration r, jsonb_to_recordset($14::jsonb) AS a("fieldKey" text, "fileRef" text, "fileName" text, "mimeType" text, "sizeBytes" int)
), change AS (
  INSERT INTO "RegistrationStatusChange" ("registrationId", "fromStatus", "toStatus", "actorId", "createdAt")
  SELECT r.id, NULL, 'enviada', $4::int, $12::timestamptz FROM registration r
  RETURNING id
), audit AS (
  INSERT INTO "AuditLog" ("actorId", "actorLabel", action, entity, "entityId", detail)
  SELECT $4::int, $16::text, 'registration.submitted', 'registration', r.id::text,
         jsonb_build_object('code', r.code, 'kind', $1::text, 'year', $2::int)
  FROM registration r
), notices AS (
  INSERT INTO "Delivery" ("idempotencyKey", kind, "personId", payload, "registrationId", "updatedAt")
  SELECT 'notice:registration:' || r.id || ':new:' || h.id || ':' || p.id, 'notice', p.id,
         jsonb_build_object(
           'key', $17::text,
           'args', jsonb_build_object('code', r.code, 'title', r.title, 'kind', $1::text, 'school', s.name),
           'buttons', jsonb_build_array(jsonb_build_array(jsonb_build_object('labelKey', $18::text, 'data', $19::text || r.id)))),
         r.id, now()
  FROM registration r, change h, school s, "Person" p
  -- The UGEL as a value (an InitPlan), so the specialists are read by (ugelId, role) in any plan, not every
  -- person filtered by the registration's row.
  WHERE p."ugelId" = (SELECT "ugelId" FROM registration) AND p.role = 'especialista_ugel'
  ON CONFLICT ("idempotencyKey") DO NOTHING
)
SELECT r.id, r.code, r."ugelId" FROM registration r`;

/**
 * Files a new registration, or returns null when the statement could not: a school added by someone else at
 * the same instant (PostgreSQL), or an owner without a UGEL. The caller then takes the transaction path, which
 * handles both.
 */
export async function insertNewRegistration(
  db: Db,
  actor: Actor,
  input: RegistrationSubmission,
  row: NewRegistrationRow,
  sentAt: Date,
): Promise<SubmittedRegistration | null> {
  if (!actor.ugelId) return null;
  const members = input.members.map((member, sortOrder) => ({ condition: null, phone: null, email: null, ...member, sortOrder }));
  const rows = await queryRows<{ id: number; code: string; ugelId: string }>(db, INSERT_NEW_SQL, [
    input.kind,
    input.year,
    CODE_PREFIX[input.kind],
    actor.personId,
    actor.ugelId,
    input.school.codigoModular,
    input.school.name ?? input.school.codigoModular,
    row.title,
    row.titleKey,
    row.categoryId,
    JSON.stringify(input.answers),
    sentAt.toISOString(),
    JSON.stringify(members),
    JSON.stringify(input.attachments),
    input.channel,
    actor.label,
    SENT_NOTICE.new,
    OPEN_BUTTON.labelKey,
    OPEN_BUTTON.dataPrefix,
  ]);
  const created = rows[0];
  if (!created) return null;
  return { id: Number(created.id), code: created.code, status: "enviada", resent: false, ugelId: created.ugelId };
}
