// Registrations on the domain and conversation layers, on a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL): codes under concurrency, review with history, audit and notices, authorization against
// forged buttons, corrections, withdrawal, duplicates, the catalog as data, and answers never lost.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import { loadDraft, saveDraft } from "../../../src/conversation/draft-store.js";
import type { DeliveryPayload } from "../../../src/delivery/outbox.js";
import { renderPayload } from "../../../src/delivery/render-payload.js";
import { actorFrom } from "../../../src/domain/registrations/authorization.js";
import { FileUnavailableError } from "../../../src/core/files.js";
import { findLikelyDuplicate } from "../../../src/domain/registrations/duplicates.js";
import { submitRegistration } from "../../../src/domain/registrations/submit.js";
import { seedRegistrationCatalog } from "../../../prisma/seed/registration-catalog.js";
import { createTestApp } from "../../helpers/app.js";
import { createTestDatabase, resetTestData, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";
import { Chat, createPerson, goodPracticeToSummary, plainSubmission } from "./helpers.js";

let database: TestDatabase;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});

afterAll(async () => {
  await app?.close();
});

beforeEach(async () => {
  await resetTestData(database);
});

describe(`registrations (${testDatabaseUrl() ? "PostgreSQL" : "PGlite"})`, () => {
  it("starts the form a teacher names under «¿Qué quieres registrar?», and answers a question typed there", async () => {
    // Typed instead of tapped: the words of a button under the bot's last reply press it (conversation/last-menus.ts).
    const teacher = await Chat.of(app);
    expect(await teacher.say("/registrar")).toContain("¿Qué quieres registrar?");
    expect(await teacher.say("la buena práctica")).toContain("¿A qué convocatoria (año) corresponde tu registro?");

    await teacher.say("/cancelar");
    expect(await teacher.say("/registrar")).toContain("¿Qué quieres registrar?");
    const answer = await teacher.say("hasta cuando hay plazo para eureka");
    expect(answer).toContain("Eureka");
    expect(answer).not.toContain("¿A qué convocatoria");
  });

  it("takes the typed words of a button in another process on the same database, and after a restart", async () => {
    // Webhook processes behind a load balancer: the menu is shown by one, the next message reaches another.
    const other = await createTestApp(database);
    try {
      const teacher = await Chat.of(app);
      const elsewhere = new Chat(other, teacher.sender, teacher.personId);
      expect(await teacher.say("/registrar")).toContain("¿Qué quieres registrar?");
      expect(await elsewhere.say("buena practica")).toContain("¿A qué convocatoria (año) corresponde tu registro?");
      // Inside the form the menu is gone: leaving it, a typed label is read as text again.
      await elsewhere.say("/cancelar");
      expect(await teacher.say("buena práctica")).not.toContain("¿A qué convocatoria");
    } finally {
      await other.conversation.drain();
      await other.services.sessions.close(); // the apps share the database: only the second one's sessions close
    }
  });

  it("files a good practice with its code, team, files and history, and tells only that UGEL's specialists", async () => {
    const pascoSpecialist = await createPerson(app, { role: "especialista_ugel", ugelId: "190001" });
    await createPerson(app, { role: "especialista_ugel", ugelId: "190003" });
    const teacher = await Chat.of(app, { ugelId: "190001", codigoModular: "0403691", schoolName: "IE N.° 34001" });

    const summary = await goodPracticeToSummary(teacher, "Matemática en el mercado del pueblo");
    expect(summary).toContain("Revisa tu registro de buena práctica docente");
    expect(summary).toContain("IE N.° 34001 (0403691)");
    const sent = await teacher.press("Enviar");
    expect(sent).toContain("Tu código es BP-2026-0001");

    const registration = await app.services.db.registration.findFirstOrThrow({ include: { members: true, attachments: true, history: true } });
    expect(registration).toMatchObject({ code: "BP-2026-0001", status: "enviada", ugelId: "190001", title: "Matemática en el mercado del pueblo", ownerId: teacher.personId });
    expect(registration.members).toEqual([expect.objectContaining({ memberRole: "docente", names: "Rosa Elena", surnames: "Quispe Huamán", condition: "nombrado" })]);
    expect(registration.attachments).toEqual([expect.objectContaining({ fieldKey: "evidenceFiles", fileName: "informe.pdf", mimeType: "application/pdf", sizeBytes: 200_000, channel: "console" })]);
    expect(registration.history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: "enviada", actorId: teacher.personId })]);
    const category = await app.services.db.registrationCategory.findUniqueOrThrow({ where: { id: registration.categoryId ?? 0 } });
    expect(category.name).toBe("Educación Primaria");

    const notices = await app.services.db.delivery.findMany();
    expect(notices).toEqual([
      expect.objectContaining({
        personId: pascoSpecialist.id,
        kind: "notice",
        status: "pending",
        registrationId: registration.id,
        idempotencyKey: `notice:registration:${registration.id}:new:${registration.history[0]?.id}:${pascoSpecialist.id}`,
      }),
    ]);
    expect(await app.services.db.auditLog.count({ where: { action: "registration.submitted", entityId: String(registration.id) } })).toBe(1);
    expect(await app.services.db.conversationDraft.count()).toBe(0);
  });

  it("gives fifty teachers who press «Enviar» at the same instant fifty distinct codes", async () => {
    const first = await Chat.of(app);
    await goodPracticeToSummary(first, "Leemos en familia con cuentos andinos");
    const template = await loadDraft(app.services.db, first.personId, "buena_practica");
    if (!template) throw new Error("no draft");
    const chats = [first];
    for (let index = 1; index < 50; index++) {
      const chat = await Chat.of(app);
      const school = await app.services.db.person.findUniqueOrThrow({ where: { id: chat.personId }, include: { school: true } });
      const profile = { codigoModular: school.school?.codigoModular, name: school.school?.name };
      await saveDraft(app.services.db, chat.personId, { ...template, answers: { ...template.answers, _profileSchool: profile, school: `${profile.name} (${profile.codigoModular})`, title: `Práctica ${index} de la escuela` } });
      await app.services.db.conversationState.create({ data: { personId: chat.personId, flow: "form:buena_practica" } });
      chats.push(chat);
    }
    const enviar = first.button("Enviar")?.data;
    expect(enviar).toMatch(/^f:\d+:su$/);
    const answers = await Promise.all(chats.map((chat) => chat.data(enviar as string)));

    const codes = answers.map((text) => /BP-2026-\d{4}/.exec(text)?.[0]);
    expect(codes.every(Boolean)).toBe(true);
    expect(new Set(codes).size).toBe(50);
    const stored = await app.services.db.registration.findMany({ select: { code: true } });
    expect(stored.map((row) => row.code).sort()).toEqual(Array.from({ length: 50 }, (_, index) => `BP-2026-${String(index + 1).padStart(4, "0")}`));
    expect(await app.services.db.registrationCounter.findUnique({ where: { kind_year: { kind: "buena_practica", year: 2026 } } })).toMatchObject({ lastNumber: 50 });
  });

  it("numbers concurrent submissions of both kinds independently in the domain", async () => {
    const teachers = await Promise.all(Array.from({ length: 10 }, () => createPerson(app)));
    const submit = (personId: number, kind: "buena_practica" | "proyecto_innovacion", index: number) =>
      submitRegistration(
        app.services.db,
        { personId, role: "docente", ugelId: "190001", isAdmin: false, label: `test:${personId}` },
        plainSubmission(kind, `Proyecto número ${index} de ciencia`),
        new Date(),
      );
    const results = await Promise.all(teachers.flatMap((teacher, index) => [submit(teacher.id, "buena_practica", index), submit(teacher.id, "proyecto_innovacion", index)]));
    const codes = results.map((result) => result.code);
    expect(new Set(codes).size).toBe(20);
    expect(codes.filter((code) => code.startsWith("PI-2026-")).sort()).toEqual(Array.from({ length: 10 }, (_, index) => `PI-2026-${String(index + 1).padStart(4, "0")}`));
  });

  it("takes a registration through observation, correction, acceptance and a result, with history, audit and notices", async () => {
    const specialist = await Chat.of(app, { role: "especialista_ugel", ugelId: "190001" });
    const teacher = await Chat.of(app, { ugelId: "190001" });
    await goodPracticeToSummary(teacher, "Huertos escolares con las familias");
    await teacher.press("Enviar");
    const registration = await app.services.db.registration.findFirstOrThrow();

    let text = await specialist.say("/registros");
    expect(text).toContain("Registros de UGEL Pasco");
    expect(text).toContain("BP-2026-0001 · Enviada");
    text = await specialist.press("BP-2026-0001");
    expect(text).toContain("Registrado por:");
    expect(text).toContain("proposito39"); // long texts shown whole to the specialist
    text = await specialist.press("Observar");
    expect(text).toContain("Escribe tu observación para BP-2026-0001");
    text = await specialist.say("ok");
    expect(text).toContain("de 5 a 1,000 caracteres (escribiste 2)");
    text = await specialist.say("Falta la evidencia de aprendizaje de los estudiantes de cuarto grado.");
    expect(text).toContain("BP-2026-0001 ahora está «Observada»");

    const observed = await app.services.db.delivery.findFirstOrThrow({ where: { personId: teacher.personId } });
    expect(observed.payload).toMatchObject({ key: "registration-notice-status-comment", args: { code: "BP-2026-0001", status: "observada" } });
    expect(observed.idempotencyKey).toMatch(new RegExp(`^notice:registration:${registration.id}:status:\\d+:${teacher.personId}$`));
    const rendered = renderPayload(app.services.i18n, "es", observed.payload as unknown as DeliveryPayload);
    expect(rendered.text).toBe(
      "Tu registro BP-2026-0001 («Huertos escolares con las familias») ahora está: Observada.\n" +
        "Comentario del especialista: «Falta la evidencia de aprendizaje de los estudiantes de cuarto grado.»\n" +
        "Ábrelo y pulsa «Corregir» para enviarlo de nuevo.",
    );
    expect(rendered.buttons).toEqual([[{ label: "📄 Ver registro", data: `reg:o:${registration.id}` }]]);

    text = await teacher.say("/mis_registros");
    expect(text).toContain("BP-2026-0001 · Observada");
    text = await teacher.press("BP-2026-0001");
    expect(text).toContain("Observación: «Falta la evidencia de aprendizaje");
    text = await teacher.press("Corregir");
    expect(text).toContain("Vas a corregir el registro BP-2026-0001");
    expect(text).toContain("Revisa tu trámite de corrección de buena práctica docente");
    text = await teacher.press("✏️ Evidencias de aprendizaje");
    text = await teacher.press("Borrar");
    text = await teacher.say("Los estudiantes de cuarto grado resolvieron problemas de compra y venta con billetes didácticos.");
    text = await teacher.press("Listo");
    expect(text).toContain("billetes didácticos");
    text = await teacher.press("Enviar");
    expect(text).toContain("Tu registro BP-2026-0001 fue corregido y enviado de nuevo");

    text = await specialist.data(`reg:o:${registration.id}`);
    expect(text).toContain("Estado: Enviada");
    expect(text).toContain("billetes didácticos");
    await specialist.press("Aceptar");
    text = await specialist.press("Sí, confirmar");
    expect(text).toContain("ahora está «Aceptada»");
    await specialist.data(`reg:o:${registration.id}`);
    await specialist.press("Marcar ganadora");
    text = await specialist.press("Sí, confirmar");
    expect(text).toContain("ahora está «Ganadora»");

    const history = await app.services.db.registrationStatusChange.findMany({ where: { registrationId: registration.id }, orderBy: { id: "asc" } });
    expect(history.map((change) => [change.fromStatus, change.toStatus])).toEqual([
      [null, "enviada"],
      ["enviada", "observada"],
      ["observada", "enviada"],
      ["enviada", "aceptada"],
      ["aceptada", "ganadora"],
    ]);
    expect(history[1]?.comment).toContain("Falta la evidencia");
    const audit = await app.services.db.auditLog.findMany({ where: { entity: "registration", entityId: String(registration.id) }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["registration.submitted", teacher.personId],
      ["registration.status", specialist.personId],
      ["registration.resubmitted", teacher.personId],
      ["registration.status", specialist.personId],
      ["registration.status", specialist.personId],
    ]);
    const ownerNotices = await app.services.db.delivery.findMany({ where: { personId: teacher.personId }, orderBy: { id: "asc" } });
    expect(ownerNotices.map((notice) => (notice.payload as { args: { status: string } }).args.status)).toEqual(["observada", "aceptada", "ganadora"]);
    const specialistNotices = await app.services.db.delivery.findMany({ where: { personId: specialist.personId } });
    expect(specialistNotices.map((notice) => (notice.payload as { key: string }).key).sort()).toEqual(["registration-notice-new", "registration-notice-resent"]);

    text = await teacher.data(`reg:o:${registration.id}`);
    expect(text).toContain("Estado: Ganadora");
    expect(teacher.button("Retirar")).toBeUndefined();
  });

  it("refuses anyone else, whatever button data they forge, and records the attempt", async () => {
    const teacher = await Chat.of(app, { ugelId: "190001" });
    await goodPracticeToSummary(teacher, "Cuentos andinos para leer en casa");
    await teacher.press("Enviar");
    const registration = await app.services.db.registration.findFirstOrThrow();

    const otherUgel = await Chat.of(app, { role: "especialista_ugel", ugelId: "190003" });
    let text = await otherUgel.say("/registros");
    expect(text).toContain("Registros de UGEL Oxapampa");
    expect(text).not.toContain("BP-2026-0001");
    for (const forged of [`reg:o:${registration.id}`, `reg:ask:${registration.id}:acc`, `reg:yes:${registration.id}:acc:env`, `reg:ask:${registration.id}:obs`, `reg:fix:${registration.id}`]) {
      text = await otherUgel.data(forged);
      expect(text, forged).toContain("Ese registro no existe o no tienes acceso a él");
    }
    const colleague = await Chat.of(app, { ugelId: "190001" });
    for (const forged of [`reg:o:${registration.id}`, `reg:yes:${registration.id}:wd:env`, `reg:yes:${registration.id}:acc:env`, `reg:fix:${registration.id}`]) {
      text = await colleague.data(forged);
      expect(text, forged).toContain("Ese registro no existe o no tienes acceso a él");
    }
    text = await colleague.say("/registros");
    expect(text).toContain("no está disponible para tu rol");
    text = await colleague.data("reg:ls:a:a:a:1");
    expect(text).toContain("no está disponible para tu rol");

    // The owner cannot review their own registration either.
    text = await teacher.data(`reg:yes:${registration.id}:acc:env`);
    expect(text).toContain("Eso no se puede hacer");

    expect(await app.services.db.registration.findUniqueOrThrow({ where: { id: registration.id } })).toMatchObject({ status: "enviada" });
    expect(await app.services.db.registrationStatusChange.count()).toBe(1);
    expect(await app.services.db.auditLog.count({ where: { action: "registration.refused" } })).toBeGreaterThanOrEqual(9);

    const dre = await Chat.of(app, { role: "especialista_dre", ugelId: "190000" });
    text = await dre.say("/registros");
    expect(text).toContain("Registros de todas las UGEL");
    expect(text).toContain("BP-2026-0001");
  });

  it("refuses a decision taken on an outdated screen, and lets the owner withdraw after confirming", async () => {
    const specialist = await Chat.of(app, { role: "especialista_ugel", ugelId: "190001" });
    const otherSpecialist = await Chat.of(app, { role: "especialista_ugel", ugelId: "190001" });
    const teacher = await Chat.of(app, { ugelId: "190001" });
    await goodPracticeToSummary(teacher, "Ajedrez para pensar mejor en el aula");
    await teacher.press("Enviar");
    const registration = await app.services.db.registration.findFirstOrThrow();

    await specialist.data(`reg:o:${registration.id}`);
    await specialist.press("Aceptar");
    await otherSpecialist.data(`reg:o:${registration.id}`);
    await otherSpecialist.press("Observar");
    await otherSpecialist.say("Adjunte la lista de estudiantes participantes, por favor.");
    let text = await specialist.press("Sí, confirmar");
    expect(text).toContain("Ese registro cambió mientras tanto (ahora está «Observada»)");

    text = await teacher.data(`reg:o:${registration.id}`);
    text = await teacher.press("Retirar");
    expect(text).toContain("¿Seguro que quieres retirar BP-2026-0001");
    text = await teacher.press("No, volver");
    expect(text).toContain("Estado: Observada");
    await teacher.press("Retirar");
    const confirmation = teacher.button("Sí, confirmar")?.data as string;
    text = await teacher.data(confirmation);
    expect(text).toContain("retiraste el registro BP-2026-0001");
    text = await teacher.data(confirmation); // the same confirmation again
    expect(text).toContain("cambió mientras tanto");
    expect(await app.services.db.registration.findUniqueOrThrow({ where: { id: registration.id } })).toMatchObject({ status: "retirada" });
    // No notice to the owner for what they did themselves.
    expect(await app.services.db.delivery.count({ where: { personId: teacher.personId, payload: { path: ["args", "status"], equals: "retirada" } } })).toBe(0);
  });

  it("points out a likely duplicate of the same school and year before «Enviar», without blocking", async () => {
    const teacher = await Chat.of(app, { codigoModular: "0400001" });
    const colleague = await Chat.of(app, { codigoModular: "0400001" });
    await goodPracticeToSummary(teacher, "Leemos en familia con cuentos andinos");
    await teacher.press("Enviar");

    await colleague.say("/registrar");
    await colleague.press("Buena práctica");
    await colleague.press("2026");
    await colleague.press("Pedagógica");
    await colleague.press("Lectura y escritura");
    await colleague.press("Educación Inicial");
    await colleague.say("Leemos en familia con cuentos andinos.");
    let text = await colleague.press("(");
    expect(text).toContain("de 17"); // the total counted the confirmation from the start: it does not grow now
    // ... the rest of the form (the level is the subcategory's: not asked)
    await colleague.say("Ana María");
    await colleague.say("Torres Poma");
    await colleague.say("41234567");
    await colleague.press("Docente");
    await colleague.press("Contratado");
    await colleague.say("ana.torres@gmail.com");
    await colleague.press("Listo");
    for (const section of ["proposito", "descripcion", "resultado", "evidencia"]) {
      await colleague.say(`${section} del trabajo con las familias`);
      await colleague.press("Listo");
    }
    await colleague.file("foto-1.jpg", "image/jpeg", 90_000);
    await colleague.press("Listo");
    text = await colleague.press("lo declaro");
    expect(text).toContain("ya hay un registro muy parecido este año: BP-2026-0001 «Leemos en familia con cuentos andinos»");
    text = await colleague.press("Es un registro distinto");
    expect(text).toContain("Posible duplicado: parecido a BP-2026-0001; confirmaste que es distinto");
    text = await colleague.press("Enviar");
    expect(text).toContain("BP-2026-0002");
    const second = await app.services.db.registration.findFirstOrThrow({ where: { code: "BP-2026-0002" } });
    expect(second.answers).toMatchObject({ duplicateAck: "BP-2026-0001" });

    // A different school with the same title is not a duplicate.
    const elsewhere = await Chat.of(app, { codigoModular: "0400002" });
    text = await goodPracticeToSummary(elsewhere, "Leemos en familia con cuentos andinos");
    expect(text).not.toContain("Posible duplicado");
  });

  it("reads categories and editions from the database, and never loses the answers when they change", async () => {
    const db = app.services.db;
    await db.registrationCategory.updateMany({ where: { kind: "buena_practica", year: 2026, code: "P-MAT" }, data: { name: "Matemática para la vida" } });
    await db.registrationCategory.create({ data: { kind: "buena_practica", year: 2026, practiceType: "pedagogica", code: "P-ART", name: "Arte y cultura", sortOrder: 99 } });
    const rows = await db.registrationCategory.count();
    expect(await seedRegistrationCatalog(db)).toBe(0); // a restart's seed neither undoes nor duplicates the specialist's changes
    expect(await db.registrationCategory.count()).toBe(rows);
    const teacher = await Chat.of(app);
    await teacher.say("/registrar");
    await teacher.press("Buena práctica");
    await teacher.press("2026");
    await teacher.press("Pedagógica");
    const labels = teacher.buttons().map((button) => button.label);
    expect(labels).toContain("Matemática para la vida");
    expect(labels).toContain("Arte y cultura");
    expect(labels).not.toContain("Pensamiento matemático");
    let text = await teacher.say("Danza folclórica");
    expect(text).toContain("Esa opción no está en la lista");
    text = await teacher.say("arte y cultura");
    expect(text).toContain("¿Cómo se llama la buena práctica?"); // no subcategories: that step is skipped

    // The category disappears while the teacher fills the rest: sending keeps the draft and asks again.
    const draft = await loadDraft(db, teacher.personId, "buena_practica");
    const profile = draft!.answers._profileSchool as { codigoModular: string; name: string };
    const rest = { ...completeAnswers(teacher), school: `${profile.name} (${profile.codigoModular})` };
    await saveDraft(db, teacher.personId, { ...draft!, stepKey: "@summary", answers: { ...draft!.answers, ...rest } });
    await db.registrationCategory.updateMany({ where: { code: "P-ART" }, data: { active: false } });
    text = await teacher.say("/registrar");
    await teacher.press("Buena práctica");
    text = await teacher.press("Continuar");
    text = await teacher.press("Enviar");
    expect(text).toContain("La categoría «Arte y cultura» ya no está disponible");
    expect(text).toContain("¿En qué categoría la presentas?");
    const kept = await loadDraft(db, teacher.personId, "buena_practica");
    expect(kept?.answers).toMatchObject({ title: "Danzas de Pasco en la escuela", purpose: expect.any(String) });
    expect(kept?.answers.category).toBeUndefined();
    expect(await db.registration.count()).toBe(0);

    // A closed edition: no new registrations.
    await db.registrationEdition.updateMany({ data: { isOpen: false } });
    const late = await Chat.of(app);
    await late.say("/registrar");
    text = await late.press("Proyecto de innovación");
    expect(text).toContain("no hay una convocatoria abierta para proyectos de innovación");
  });

  it("starts again with the profile's school, and a restarted correction still corrects the same registration", async () => {
    const teacher = await Chat.of(app, { codigoModular: "0403999", schoolName: "IE Señor de los Milagros" });
    await teacher.say("/registrar");
    await teacher.press("Buena práctica");
    await teacher.press("2026");
    await teacher.press("Gestión escolar");
    await teacher.say("/registrar");
    let text = await teacher.press("Buena práctica");
    expect(text).toContain("a medio llenar");
    text = await teacher.press("Empezar de nuevo");
    expect(text).toContain("¿A qué convocatoria (año) corresponde tu registro?");
    const fresh = await loadDraft(app.services.db, teacher.personId, "buena_practica");
    expect(fresh?.answers).toEqual({ _profileSchool: { codigoModular: "0403999", name: "IE Señor de los Milagros" } });

    await goodPracticeToSummary(teacher, "Escuela de familias para la convivencia");
    await teacher.press("Enviar");
    const registration = await app.services.db.registration.findFirstOrThrow();
    const specialist = await Chat.of(app, { role: "especialista_ugel", ugelId: "190001" });
    await specialist.data(`reg:ask:${registration.id}:obs`);
    await specialist.say("Precise cuántas familias participaron.");

    await teacher.data(`reg:fix:${registration.id}`);
    await teacher.press("✏️ Nombre de la práctica");
    await teacher.say("Escuela de familias: convivencia sin violencia");
    text = await teacher.data(`reg:fix:${registration.id}`);
    expect(text).toContain("a medio llenar");
    text = await teacher.press("Empezar de nuevo");
    expect(text).toContain("Revisa tu trámite de corrección");
    expect(text).toContain("Nombre de la práctica: Escuela de familias para la convivencia"); // the answers as sent
    const restarted = await loadDraft(app.services.db, teacher.personId, "buena_practica_correccion");
    expect(restarted?.extra).toEqual({ registrationId: registration.id });
    text = await teacher.press("Enviar");
    expect(text).toContain(`Tu registro ${registration.code} fue corregido y enviado de nuevo`);
    expect(await app.services.db.registration.count()).toBe(1);
  });

  it("files a new registration in one statement with the same rows as the transaction, and takes the transaction without a UGEL", async () => {
    const specialist = await createPerson(app, { role: "especialista_ugel", ugelId: "190001" });
    const teacher = await createPerson(app);
    const db = app.services.db;
    const submission = (title: string, codigoModular: string) => ({
      kind: "buena_practica" as const,
      year: 2026,
      title,
      school: { codigoModular, name: "IE Nueva de Yanacancha" },
      category: { name: "Lectura y escritura", practiceType: "pedagogica", subcategory: "Educación Inicial" },
      members: [
        { memberRole: "docente" as const, names: "Rosa", surnames: "Quispe", dni: "40000001", condition: "nombrado", email: "rosa@example.pe" },
        { memberRole: "directivo" as const, names: "Juan", surnames: "Huamán", dni: "40000002", phone: "987654321" },
      ],
      attachments: [{ fieldKey: "evidenceFiles", fileRef: "file-1", fileName: "informe.pdf", mimeType: "application/pdf", sizeBytes: 1234 }],
      channel: "telegram" as const,
      answers: { title },
    });
    const sentAt = new Date(Date.UTC(2026, 5, 1, 15));
    const actor = { personId: teacher.id, role: "docente" as const, ugelId: "190001", isAdmin: false, label: "test:1" };
    // A school nobody named before: the one statement adds it under the owner's UGEL.
    const fast = await submitRegistration(db, actor, submission("Leemos con los abuelos", "0499001"), sentAt);
    // An owner without a UGEL cannot be filed by the statement: the transaction takes the school's UGEL.
    const general = await submitRegistration(db, { ...actor, ugelId: null }, submission("Escribimos con los abuelos", "0499001"), sentAt);
    expect([fast.code, general.code]).toEqual(["BP-2026-0001", "BP-2026-0002"]);
    expect(await db.school.findUniqueOrThrow({ where: { codigoModular: "0499001" } })).toMatchObject({ name: "IE Nueva de Yanacancha", ugelId: "190001" });

    const load = async (id: number) => {
      const row = await db.registration.findUniqueOrThrow({
        where: { id },
        include: { members: { orderBy: { sortOrder: "asc" } }, attachments: true, history: true, deliveries: true },
      });
      const audits = await db.auditLog.findMany({ where: { entity: "registration", entityId: String(id) } });
      const strip = <T extends object>(value: T, ...keys: string[]) => Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
      return {
        registration: strip(row, "id", "code", "title", "titleKey", "answers", "createdAt", "updatedAt", "members", "attachments", "history", "deliveries"),
        members: row.members.map((member) => strip(member, "id", "registrationId")),
        attachments: row.attachments.map((file) => strip(file, "id", "registrationId", "createdAt")),
        history: row.history.map((change) => strip(change, "id", "registrationId")),
        audits: audits.map((entry) => ({ ...strip(entry, "id", "entityId", "createdAt"), detail: { ...(entry.detail as object), code: "—" } })),
        deliveries: row.deliveries.map((delivery) => ({
          ...strip(delivery, "id", "idempotencyKey", "registrationId", "payload", "notBefore", "createdAt", "updatedAt"),
          key: delivery.idempotencyKey.replace(String(id), "ID").replace(/:new:\d+:/, ":new:CHANGE:"),
          payload: JSON.parse(JSON.stringify(delivery.payload).replaceAll(row.code, "CODE").replaceAll(row.title, "TITLE").replaceAll(`reg:o:${id}`, "reg:o:ID")),
        })),
      };
    };
    const [fastRows, generalRows] = [await load(fast.id), await load(general.id)];
    expect(fastRows).toEqual(generalRows);
    expect(fastRows.deliveries).toEqual([
      expect.objectContaining({
        personId: specialist.id,
        key: `notice:registration:ID:new:CHANGE:${specialist.id}`,
        payload: {
          key: "registration-notice-new",
          args: { code: "CODE", title: "TITLE", kind: "buena_practica", school: "IE Nueva de Yanacancha" },
          buttons: [[{ labelKey: "registration-button-open", data: "reg:o:ID" }]],
        },
      }),
    ]);
    expect(fastRows.members.map((member) => [member.names, member.condition, member.phone, member.email, member.sortOrder])).toEqual([
      ["Rosa", "nombrado", null, "rosa@example.pe", 0],
      ["Juan", null, "987654321", null, 1],
    ]);
  });

  it("hands a registration's files to its reviewer from the channel that holds them, and says which could not be had", async () => {
    const specialist = await createPerson(app, { role: "especialista_ugel", ugelId: "190001" });
    const teacher = await Chat.of(app, { ugelId: "190001" });
    await goodPracticeToSummary(teacher, "Matemática en el mercado del pueblo");
    await teacher.press("Enviar");
    const registration = await app.services.db.registration.findFirstOrThrow({ include: { attachments: true } });
    const [stored] = registration.attachments;
    const held = new Map([[stored?.fileRef, new Uint8Array([37, 80, 68, 70])]]);
    app.services.files.register("console", async (fileRef) => {
      const bytes = held.get(fileRef);
      if (!bytes) throw new FileUnavailableError("not-found", fileRef);
      return bytes;
    });

    const reviewer = new Chat(app, specialist.sender, specialist.id);
    await reviewer.say("/registros");
    await reviewer.press(registration.code);
    let text = await reviewer.press("Ver archivos (1)");
    expect(text).toContain(`Archivos de ${registration.code} (1):`);
    expect(reviewer.replies.filter((reply) => reply.type === "file")).toEqual([
      { type: "file", fileName: "informe.pdf", mimeType: "application/pdf", content: new Uint8Array([37, 80, 68, 70]) },
    ]);

    held.clear();
    text = await reviewer.data(`reg:f:${registration.id}`);
    expect(text).toContain("No pude traer «informe.pdf» desde la consola. Vuelve a intentarlo en un momento");
    expect(reviewer.button("Ver registro")).toBeDefined();

    const stranger = await Chat.of(app, { ugelId: "190001" });
    expect(await stranger.data(`reg:f:${registration.id}`)).toContain("Ese registro no existe o no tienes acceso a él");
  });

  it("looks for duplicates only among the same school, kind and year, withdrawn ones and the one corrected aside", async () => {
    const teacher = await createPerson(app);
    const db = app.services.db;
    const actor = { personId: teacher.id, role: "docente" as const, ugelId: "190001", isAdmin: false, label: "test" };
    const send = (kind: "buena_practica" | "proyecto_innovacion", codigoModular: string) =>
      submitRegistration(db, actor, plainSubmission(kind, "Leemos en familia con cuentos andinos", codigoModular), new Date());
    await send("proyecto_innovacion", "0403691");
    await send("buena_practica", "0400777");
    const withdrawn = await send("buena_practica", "0403691");
    await db.registration.update({ where: { id: withdrawn.id }, data: { status: "retirada" } });
    const query = { kind: "buena_practica" as const, year: 2026, codigoModular: "0403691", title: "leemos en familia con cuentos andinos" };
    expect(await findLikelyDuplicate(db, query)).toBeNull();

    const active = await send("buena_practica", "0403691");
    expect(await findLikelyDuplicate(db, query)).toMatchObject({ id: active.id, code: active.code, similarity: 1 });
    expect(await findLikelyDuplicate(db, { ...query, excludeId: active.id })).toBeNull();
    expect(await findLikelyDuplicate(db, { ...query, year: 2027 })).toBeNull();
  });

  it("pages a teacher's registrations and opens any of them", async () => {
    const teacher = await Chat.of(app);
    const db = app.services.db;
    const person = await db.person.findUniqueOrThrow({ where: { id: teacher.personId } });
    for (let index = 1; index <= 7; index++) {
      await submitRegistration(
        db,
        actorFrom({ person, isAdmin: false, actorLabel: "test" }),
        {
          kind: "proyecto_innovacion",
          year: 2026,
          title: `Proyecto distinto número ${index}`,
          school: { codigoModular: "0403691" },
          category: { name: "Promisorio" },
          members: [],
          attachments: [],
          channel: "console",
          answers: { title: `Proyecto distinto número ${index}` },
        },
        new Date(Date.UTC(2026, 10, index, 15)),
      );
    }
    let text = await teacher.say("/mis_registros");
    expect(text).toContain("7 en total; página 1 de 2");
    expect(text).toContain("PI-2026-0007");
    expect(text).not.toContain("PI-2026-0002");
    text = await teacher.press("Siguientes");
    expect(text).toContain("página 2 de 2");
    expect(text).toContain("PI-2026-0001");
    text = await teacher.press("PI-2026-0001");
    expect(text).toContain("PI-2026-0001 · Proyecto de innovación 2026");
    expect(text).toContain("domingo 1 de noviembre");
  });
});

/** The rest of a good practice's answers, as if typed (for tests that start at the summary). */
function completeAnswers(chat: Chat): Record<string, unknown> {
  return {
    title: "Danzas de Pasco en la escuela",
    level: "primaria",
    team: [{ names: "Rosa", surnames: "Quispe", dni: String(40_000_000 + chat.personId), memberRole: "docente", condition: "nombrado" }],
    purpose: "Recuperar las danzas",
    description: "Talleres semanales",
    results: "Presentaciones",
    learningEvidence: "Registros",
    evidenceFiles: [{ fileRef: "f", fileName: "a.pdf", mimeType: "application/pdf", sizeBytes: 10 }],
    declaration: "acepto",
  };
}
