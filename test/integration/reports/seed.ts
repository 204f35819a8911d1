/**
 * A small region with counts known by hand, inserted row by row (not through the report's queries), for the
 * report tests. The expected figures are written out in report-figures.test.ts from this list.
 *
 * People (onboarded unless said): UGEL Pasco (190001): docentes d1 d2 d3 (primaria), director r1, especialista e1,
 * docente n1 who never finished onboarding; UGEL Oxapampa (190003): docentes o1 (secundaria) o2 (primaria);
 * DRE: especialista_dre x1 (190000).
 * Schools: s1, s2 (Pasco), s3 (Oxapampa).
 * Registrations 2026: Pasco BP enviada s1 (primaria, Pedagógica › Lectura), BP observada s1 (primaria,
 * Pedagógica), PI aceptada s2 (secundaria, Consolidado), PI ganadora s2 (secundaria, Consolidado);
 * Oxapampa BP enviada s3 (secundaria, Gestión), BP retirada s3 (secundaria, Gestión).
 * Registrations 2025: Pasco PI ganadora s1; Oxapampa PI no_ganadora s3.
 * ATA 2026: A1 inicio → Pasco, docentes; A2 inicio → Pasco + Oxapampa, docentes + directores; A3 proceso →
 * Oxapampa, docentes, secundaria only; A4 cierre cancelled; A5 cierre still a draft.
 */
import type { PrismaClient } from "../../../src/generated/prisma/client.js";

export const at = (iso: string) => new Date(iso);

export interface SeededRegion {
  people: Record<string, number>;
  schools: Record<string, number>;
}

export async function seedRegion(db: PrismaClient): Promise<SeededRegion> {
  const schools: Record<string, number> = {};
  for (const [key, codigoModular, ugelId] of [
    ["s1", "0000001", "190001"],
    ["s2", "0000002", "190001"],
    ["s3", "0000003", "190003"],
  ] as const) {
    schools[key] = (await db.school.create({ data: { codigoModular, name: `IE ${key}`, ugelId } })).id;
  }
  const people: Record<string, number> = {};
  const person = async (key: string, role: "docente" | "director" | "especialista_ugel" | "especialista_dre", ugelId: string, levels: Array<"primaria" | "secundaria">, school?: string, onboarded = true) => {
    people[key] = (
      await db.person.create({
        data: { role, ugelId, levels, schoolId: school ? schools[school] : null, onboardedAt: onboarded ? at("2026-03-01T15:00:00Z") : null },
      })
    ).id;
  };
  await person("d1", "docente", "190001", ["primaria"], "s1");
  await person("d2", "docente", "190001", ["primaria"], "s1");
  await person("d3", "docente", "190001", ["primaria"], "s2");
  await person("r1", "director", "190001", ["primaria", "secundaria"], "s2");
  await person("e1", "especialista_ugel", "190001", []);
  await person("n1", "docente", "190001", ["primaria"], "s1", false);
  await person("o1", "docente", "190003", ["secundaria"], "s3");
  await person("o2", "docente", "190003", ["primaria"], "s3");
  await person("x1", "especialista_dre", "190000", []);

  const category = async (kind: "buena_practica" | "proyecto_innovacion", code: string, name: string, parentId?: number) =>
    (await db.registrationCategory.create({ data: { kind, year: 2026, code, name, parentId: parentId ?? null } })).id;
  const pedagogica = await category("buena_practica", "ped", "Pedagógica");
  const lectura = await category("buena_practica", "ped-lec", "Lectura", pedagogica);
  const gestion = await category("buena_practica", "ges", "Gestión escolar");
  const consolidado = await category("proyecto_innovacion", "con", "Consolidado");

  let number = 0;
  const registration = async (
    kind: "buena_practica" | "proyecto_innovacion",
    year: number,
    status: "enviada" | "observada" | "aceptada" | "ganadora" | "no_ganadora" | "retirada",
    owner: string,
    school: string,
    level: string,
    categoryId: number | null,
  ) => {
    number += 1;
    await db.registration.create({
      data: {
        kind,
        year,
        code: `T-${year}-${number}`,
        status,
        ownerId: people[owner] as number,
        ugelId: school === "s3" ? "190003" : "190001",
        schoolId: schools[school] as number,
        title: `Registro ${number}`,
        titleKey: `registro ${number}`,
        categoryId,
        answers: { level },
      },
    });
  };
  await registration("buena_practica", 2026, "enviada", "d1", "s1", "primaria", lectura);
  await registration("buena_practica", 2026, "observada", "d2", "s1", "primaria", pedagogica);
  await registration("proyecto_innovacion", 2026, "aceptada", "r1", "s2", "secundaria", consolidado);
  await registration("proyecto_innovacion", 2026, "ganadora", "d3", "s2", "secundaria", consolidado);
  await registration("buena_practica", 2026, "enviada", "o1", "s3", "secundaria", gestion);
  await registration("buena_practica", 2026, "retirada", "o2", "s3", "secundaria", gestion);
  await registration("proyecto_innovacion", 2025, "ganadora", "d1", "s1", "primaria", null);
  await registration("proyecto_innovacion", 2025, "no_ganadora", "o1", "s3", "secundaria", null);

  const announcement = async (milestone: "inicio" | "proceso" | "cierre", status: "enviado" | "cancelado" | "borrador", ugels: string[], roles: Array<"docente" | "director">, levels: Array<"secundaria">, sentAt: string | null) =>
    (
      await db.ataAnnouncement.create({
        data: {
          milestone,
          title: `${milestone}`,
          body: "…",
          authorId: people.x1 as number,
          audienceUgels: ugels,
          audienceRoles: roles,
          audienceLevels: levels,
          status,
          sentAt: sentAt ? at(sentAt) : null,
          createdAt: at("2026-04-01T15:00:00Z"),
        },
      })
    ).id;
  const a1 = await announcement("inicio", "enviado", ["190001"], ["docente"], [], "2026-04-02T15:00:00Z");
  const a2 = await announcement("inicio", "enviado", ["190001", "190003"], ["docente", "director"], [], "2026-04-05T15:00:00Z");
  const a3 = await announcement("proceso", "enviado", ["190003"], ["docente"], ["secundaria"], "2026-07-01T15:00:00Z");
  const a4 = await announcement("cierre", "cancelado", ["190001"], ["docente"], [], null);
  await announcement("cierre", "borrador", ["190001"], ["docente"], [], null);

  let key = 0;
  const delivery = async (who: string, kind: "ata" | "ata_resend" | "reminder" | "notice", status: "pending" | "sent" | "failed" | "unreachable" | "cancelled", createdAt: string, announcementId?: number) => {
    key += 1;
    await db.delivery.create({
      data: { idempotencyKey: `t:${key}`, kind, personId: people[who] as number, payload: { key: "x" }, status, createdAt: at(createdAt), announcementId: announcementId ?? null },
    });
  };
  // A1 (inicio, Pasco docentes d1 d2 d3): d1 sent, d2 sent, d3 pending.
  await delivery("d1", "ata", "sent", "2026-04-02T15:00:00Z", a1);
  await delivery("d2", "ata", "sent", "2026-04-02T15:00:00Z", a1);
  await delivery("d3", "ata", "pending", "2026-04-02T15:00:00Z", a1);
  // A2 (inicio, Pasco + Oxapampa, docentes + directores): d1 again sent, r1 sent, o1 sent, o2 failed, then o2 re-sent and sent.
  await delivery("d1", "ata", "sent", "2026-04-05T15:00:00Z", a2);
  await delivery("r1", "ata", "sent", "2026-04-05T15:00:00Z", a2);
  await delivery("o1", "ata", "sent", "2026-04-05T15:00:00Z", a2);
  await delivery("o2", "ata", "failed", "2026-04-05T15:00:00Z", a2);
  await delivery("o2", "ata_resend", "sent", "2026-04-06T15:00:00Z", a2);
  // A3 (proceso, Oxapampa docentes of secundaria: o1 only): o1 unreachable.
  await delivery("o1", "ata", "unreachable", "2026-07-01T15:00:00Z", a3);
  // A4 cancelled: d1 cancelled (left out of everything ATA).
  await delivery("d1", "ata", "cancelled", "2026-05-01T15:00:00Z", a4);
  // Reminders 2026: sent d1, d2, o1; failed r1; unreachable o2. 2025: sent d1 (1 January 2026 04:00 UTC is still 2025 in Lima).
  await delivery("d1", "reminder", "sent", "2026-05-10T15:00:00Z");
  await delivery("d2", "reminder", "sent", "2026-05-10T15:00:00Z");
  await delivery("o1", "reminder", "sent", "2026-05-10T15:00:00Z");
  await delivery("r1", "reminder", "failed", "2026-05-10T15:00:00Z");
  await delivery("o2", "reminder", "unreachable", "2026-05-10T15:00:00Z");
  await delivery("d1", "reminder", "sent", "2026-01-01T04:00:00Z");
  await delivery("d2", "notice", "unreachable", "2026-06-01T15:00:00Z");

  const ack = async (who: string, announcementId: number, received: boolean, attendance: "asistire" | "no_podre" | null) =>
    db.ataAcknowledgement.create({ data: { announcementId, personId: people[who] as number, receivedAt: received ? at("2026-04-06T15:00:00Z") : null, attendance } });
  await ack("d1", a1, true, "asistire");
  await ack("d1", a2, true, "asistire");
  await ack("r1", a2, true, "no_podre");
  await ack("o1", a2, true, "asistire");
  return { people, schools };
}
