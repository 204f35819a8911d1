/**
 * Known rows for export tests, written straight with Prisma (not through the code under test): registrations of
 * two UGELs and two years with their team, files and history; an ATA announcement delivered to people of both UGELs.
 */
import type { App } from "../../../src/app.js";

export interface SeededExports {
  pascoCodes: string[];
  oxapampaCodes: string[];
  pascoDnis: string[];
  oxapampaDnis: string[];
  ownerPasco: number;
}

let counter = 0;

async function person(app: App, role: "docente" | "director", ugelId: string): Promise<{ id: number; schoolId: number }> {
  const n = ++counter;
  const codigoModular = String(1_200_000 + n).padStart(7, "0");
  const school = await app.services.db.school.create({ data: { codigoModular, name: `IE Semilla ${n}`, ugelId, area: "rural", modality: "EBR", schoolType: "unidocente", district: `Distrito ${n}` } });
  const created = await app.services.db.person.create({
    data: { displayName: `Docente ${n}`, role, ugelId, schoolId: school.id, levels: ["primaria"], consentAt: new Date(), onboardedAt: new Date(), identities: { create: { channel: "telegram", externalId: `9${n}000${n}` } } },
  });
  return { id: created.id, schoolId: school.id };
}

async function registration(app: App, options: { code: string; ugelId: string; year: number; kind: "buena_practica" | "proyecto_innovacion"; dnis: string[]; directorDni?: string; files: number }) {
  const owner = await person(app, "director", options.ugelId);
  const created = await app.services.db.registration.create({
    data: {
      kind: options.kind,
      year: options.year,
      code: options.code,
      ownerId: owner.id,
      ugelId: options.ugelId,
      schoolId: owner.schoolId,
      title: `Proyecto ${options.code}`,
      titleKey: `proyecto ${options.code.toLowerCase()}`,
      status: "enviada",
      sentAt: new Date("2026-03-05T19:30:00Z"), // 14:30 in Lima
      answers:
        options.kind === "proyecto_innovacion"
          ? { year: options.year, title: `Proyecto ${options.code}`, area: "rural", level: "primaria", modality: "EBR", schoolType: "polidocente_multigrado", directorDni: options.directorDni, directorNames: "Ana", directorSurnames: "Rojas", directorEmail: "ana@example.pe", directorPhone: "987654321", ciclos: ["III", "IV"], studentsIII: 12, studentsIV: 15, problem: "Baja comprensión lectora; causas y consecuencias.", objectives: "Mejorar", strategy: "Lectura diaria", yearsRunning: 2, declaration: "acepto" }
          : { year: options.year, title: `Proyecto ${options.code}`, level: "primaria", practiceType: "pedagogica", purpose: "Propósito claro", description: "Descripción", results: "Resultados", learningEvidence: "Evidencia", declaration: "acepto" },
      members: { create: options.dnis.map((dni, index) => ({ memberRole: index === 0 && options.directorDni ? "director_responsable" : "docente", names: `Nombre${index}`, surnames: `Apellido${index}`, dni, condition: "nombrado", email: `m${index}@example.pe`, phone: "912345678", sortOrder: index })) },
      attachments: { create: Array.from({ length: options.files }, (_, index) => ({ fieldKey: "attachments", channel: "telegram" as const, fileRef: `AgAD-${options.code}-${index}`, fileName: `anexo-${index}.pdf`, mimeType: "application/pdf", sizeBytes: 204_800 })) },
      history: { create: [{ fromStatus: null, toStatus: "enviada", actorId: owner.id, createdAt: new Date("2026-03-05T19:30:00Z") }] },
    },
  });
  return { ...created, ownerId: owner.id };
}

export async function seedExports(app: App): Promise<SeededExports> {
  const p1 = await registration(app, { code: "PI-2026-0001", ugelId: "190001", year: 2026, kind: "proyecto_innovacion", dnis: ["41000001", "41000002", "41000003"], directorDni: "41000001", files: 2 });
  await registration(app, { code: "BP-2026-0001", ugelId: "190001", year: 2026, kind: "buena_practica", dnis: ["41000004"], files: 1 });
  await registration(app, { code: "PI-2025-0001", ugelId: "190001", year: 2025, kind: "proyecto_innovacion", dnis: ["41000099"], directorDni: "41000099", files: 0 });
  await registration(app, { code: "PI-2026-0002", ugelId: "190003", year: 2026, kind: "proyecto_innovacion", dnis: ["77000001", "77000002"], directorDni: "77000001", files: 1 });
  await registration(app, { code: "BP-2026-0002", ugelId: "190003", year: 2026, kind: "buena_practica", dnis: ["77000003"], files: 0 });
  return {
    pascoCodes: ["PI-2026-0001", "BP-2026-0001"],
    oxapampaCodes: ["PI-2026-0002", "BP-2026-0002"],
    pascoDnis: ["41000001", "41000002", "41000003", "41000004"],
    oxapampaDnis: ["77000001", "77000002", "77000003"],
    ownerPasco: p1.ownerId,
  };
}

/** An announcement of 2026 sent to three people of UGEL Pasco and two of Oxapampa; two confirmed, one attends. */
export async function seedAta(app: App, authorId: number): Promise<void> {
  const db = app.services.db;
  const announcement = await db.ataAnnouncement.create({
    data: { milestone: "inicio", title: "Buen inicio del año escolar", body: "Sesión", authorId, audienceUgels: ["190001", "190003"], audienceRoles: ["director"], status: "enviado", createdAt: new Date("2026-03-02T15:00:00Z"), sentAt: new Date("2026-03-02T15:00:00Z") },
  });
  const recipients = [
    ...(await Promise.all([0, 1, 2].map(() => person(app, "director", "190001")))),
    ...(await Promise.all([0, 1].map(() => person(app, "director", "190003")))),
  ];
  for (const [index, recipient] of recipients.entries()) {
    const identity = await db.channelIdentity.findFirstOrThrow({ where: { personId: recipient.id } });
    await db.delivery.create({
      data: { idempotencyKey: `ata:${announcement.id}:${recipient.id}`, kind: "ata", personId: recipient.id, identityId: identity.id, payload: {}, status: index === 4 ? "failed" : "sent", sentAt: index === 4 ? null : new Date("2026-03-02T15:01:00Z"), announcementId: announcement.id },
    });
    if (index < 2) await db.ataAcknowledgement.create({ data: { announcementId: announcement.id, personId: recipient.id, receivedAt: new Date("2026-03-02T16:00:00Z"), attendance: index === 0 ? "asistire" : null } });
  }
}
