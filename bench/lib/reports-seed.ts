/**
 * A region at the size the reports benchmark asks for, written with set-based SQL (generate_series), a few
 * statements in all: 1,000 schools, `people` people (85% teachers, 14% directors, 1% UGEL specialists) over the
 * four UGELs, `registrations` registrations over 2025 and 2026 with every kind, status, category and level,
 * 12 ATA announcements (each milestone twice a year), and `deliveries` outbox rows: a fifth of them ATA
 * messages to a sixth of the people each, the rest reminders and notices over both years, with
 * acknowledgements for about 40% of the ATA messages sent.
 */
import type { PrismaClient } from "../../src/generated/prisma/client.js";

export interface ReportsSeedSize {
  people: number;
  registrations: number;
  deliveries: number;
}

export const REPORTS_BENCH_SIZE: ReportsSeedSize = { people: 100_000, registrations: 20_000, deliveries: 500_000 };

const UGELS = "ARRAY['190001','190002','190003','190006']";

export async function seedReportsBench(db: PrismaClient, size: ReportsSeedSize = REPORTS_BENCH_SIZE): Promise<void> {
  await db.$executeRawUnsafe(
    `INSERT INTO "School" ("codigoModular", name, "ugelId", level, "updatedAt")
     SELECT lpad(g::text, 7, '0'), 'IE N.° ' || g, (${UGELS})[1 + g % 4], (ARRAY['inicial','primaria','secundaria']::"Level"[])[1 + g % 3], now()
     FROM generate_series(1, 1000) AS g`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "Person" (role, levels, "ugelId", "schoolId", "onboardedAt", "createdAt", "updatedAt")
     SELECT (CASE WHEN g % 100 < 14 THEN 'director' WHEN g % 100 < 99 THEN 'docente' ELSE 'especialista_ugel' END)::"Role",
            (CASE g % 4 WHEN 0 THEN '{primaria}' WHEN 1 THEN '{secundaria}' WHEN 2 THEN '{inicial,primaria}' ELSE '{primaria,secundaria}' END)::"Level"[],
            s."ugelId", CASE WHEN g % 100 < 99 THEN s.id END,
            CASE WHEN g % 50 <> 0 THEN timestamptz '2025-03-01 12:00Z' + (g % 600) * interval '1 day' END,
            now(), now()
     FROM generate_series(1, $1::int) AS g
     JOIN "School" s ON s."codigoModular" = lpad((1 + g % 1000)::text, 7, '0')`,
    size.people,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "RegistrationCategory" (kind, year, code, name)
     SELECT k.kind::"RegistrationKind", y, k.kind || '-' || c, 'Categoría ' || c
     FROM (VALUES ('buena_practica'), ('proyecto_innovacion')) AS k(kind), generate_series(2025, 2026) AS y, generate_series(1, 4) AS c`,
  );
  await db.$executeRawUnsafe(
    `WITH owners AS (SELECT id, "ugelId", "schoolId", row_number() OVER (ORDER BY id) AS n FROM "Person" WHERE role IN ('docente', 'director'))
     INSERT INTO "Registration" (kind, year, code, status, "ownerId", "ugelId", "schoolId", title, "titleKey", "categoryId", answers, "sentAt", "updatedAt")
     SELECT k.kind, y.year, 'R-' || g, (ARRAY['enviada','observada','aceptada','ganadora','no_ganadora','retirada','enviada']::"RegistrationStatus"[])[1 + g % 7],
            o.id, o."ugelId", o."schoolId", 'Registro ' || g, 'registro ' || g,
            (SELECT c.id FROM "RegistrationCategory" c WHERE c.kind = k.kind AND c.year = y.year AND c.code = k.kind || '-' || (1 + g % 4)),
            jsonb_build_object('level', (ARRAY['inicial','primaria','secundaria'])[1 + g % 3]),
            timestamptz '2025-04-01 12:00Z' + (g % 500) * interval '1 day', now()
     FROM generate_series(1, $1::int) AS g
     JOIN owners o ON o.n = 1 + (g * 7) % (SELECT count(*) FROM owners)
     CROSS JOIN LATERAL (SELECT (CASE WHEN g % 3 = 0 THEN 'proyecto_innovacion' ELSE 'buena_practica' END)::"RegistrationKind" AS kind) k
     CROSS JOIN LATERAL (SELECT CASE WHEN g % 5 < 2 THEN 2025 ELSE 2026 END AS year) y`,
    size.registrations,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "AtaAnnouncement" (milestone, title, body, "authorId", "audienceUgels", "audienceRoles", "audienceLevels", status, "sentAt", "createdAt")
     SELECT (ARRAY['inicio','proceso','cierre']::"AtaMilestone"[])[1 + (a - 1) % 3], 'Anuncio ' || a, '…', (SELECT min(id) FROM "Person"),
            ${UGELS}, ARRAY['docente','director']::"Role"[], '{}', 'enviado',
            timestamptz '2025-03-10 15:00Z' + ((a - 1) / 6) * interval '1 year' + ((a - 1) % 3) * interval '100 days' + ((a - 1) % 6 / 3) * interval '10 days',
            timestamptz '2025-03-01 15:00Z' + ((a - 1) / 6) * interval '1 year'
     FROM generate_series(1, 12) AS a`,
  );
  const ataDeliveries = Math.floor(size.deliveries / 5);
  await db.$executeRawUnsafe(
    `WITH ann AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, "sentAt" FROM "AtaAnnouncement"),
          people AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "Person" WHERE role IN ('docente', 'director') AND "onboardedAt" IS NOT NULL)
     INSERT INTO "Delivery" ("idempotencyKey", kind, "personId", payload, status, "notBefore", "sentAt", "announcementId", "createdAt", "updatedAt")
     SELECT 'ata:' || a.id || ':' || p.id, 'ata', p.id, '{"key":"ata-message"}',
            (ARRAY['sent','sent','sent','sent','sent','sent','failed','unreachable','pending','sent']::"DeliveryStatus"[])[1 + p.id % 10],
            a."sentAt", a."sentAt", a.id, a."sentAt", now()
     FROM ann a JOIN people p ON p.n % 12 = a.n
     LIMIT $1::int`,
    ataDeliveries,
  );
  const ataWritten = await db.delivery.count({ where: { kind: "ata" } });
  await db.$executeRawUnsafe(
    `INSERT INTO "Delivery" ("idempotencyKey", kind, "personId", payload, status, "notBefore", "sentAt", "createdAt", "updatedAt")
     SELECT 'r:' || g, (CASE WHEN g % 4 = 0 THEN 'notice' ELSE 'reminder' END)::"DeliveryKind", 1 + g % $2::int, '{"key":"reminder-closes"}',
            (ARRAY['sent','sent','sent','sent','sent','sent','sent','failed','unreachable','sent']::"DeliveryStatus"[])[1 + g % 10],
            t, t, t, now()
     FROM generate_series(1, $1::int) AS g
     CROSS JOIN LATERAL (SELECT timestamptz '2025-01-05 13:00Z' + (g % 700) * interval '1 day' AS t) w`,
    size.deliveries - ataWritten,
    size.people,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "AtaAcknowledgement" ("announcementId", "personId", "receivedAt", attendance, "updatedAt")
     SELECT d."announcementId", d."personId", d."sentAt" + interval '2 hours', CASE WHEN d."personId" % 5 = 0 THEN 'asistire'::"Attendance" END, now()
     FROM "Delivery" d WHERE d.kind = 'ata' AND d.status = 'sent' AND d."personId" % 5 < 2`,
  );
  // What autovacuum does on a server in use: statistics for the planner, and the visibility map that lets the
  // report read its figures from the indexes alone.
  await db.$executeRawUnsafe(`VACUUM ANALYZE`);
}
