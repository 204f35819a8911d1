/**
 * A good practice registered entirely in Slack: /registrar, the kind as a DM button, then the form as modal
 * pages with every refusal inline on its field (title, DNI, a member half filled, a section over 300 words, a
 * file of the wrong type), the team as repeated groups, evidence as a file input, the summary, and the code in
 * the DM. The UGEL's specialist is told in a Slack DM, reviews it from the App Home, and the teacher hears back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { SlackOutboxSender } from "../../src/channels/slack/outbox/sender.js";
import type { Database } from "../../src/db/client.js";
import { Dispatcher } from "../../src/delivery/dispatcher.js";
import { submitRegistration } from "../../src/domain/registrations/submit.js";
import { silentLogger } from "../../src/logger.js";
import { startFakeSlack, type FakeSlack } from "../fakes/slack/index.js";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase } from "../helpers/db.js";
import { buttonsIn, messageText, SlackPerson, startSlackChannel, textOf, type SlackHarness } from "../helpers/slack.js";

let slack: FakeSlack;
let database: Database;
let app: App;
let harness: SlackHarness;

beforeAll(async () => {
  slack = await startFakeSlack();
  database = await createTestDatabase();
  app = await createTestApp(database, {}, () => new Date("2026-05-04T15:00:00Z"));
  harness = await startSlackChannel(app, slack);
  const db = app.services.db;
  const school = await db.school.create({ data: { codigoModular: "0403691", name: "IE N.° 34001 Daniel Alcides Carrión", ugelId: "190001" } });
  const onboarded = { onboardedAt: new Date(), consentAt: new Date(), ugelId: "190001" };
  await db.person.create({ data: { ...onboarded, role: "docente", schoolId: school.id, levels: ["primaria"], identities: { create: { channel: "slack", externalId: "T0PASCO:U0ANA", chatRef: "D0ANA" } } } });
  await db.person.create({ data: { ...onboarded, role: "especialista_ugel", identities: { create: { channel: "slack", externalId: "T0PASCO:U0ESPE", chatRef: "D0ESPE" } } } });
});

afterAll(async () => {
  await harness?.stop();
  await app?.close();
  await slack?.close();
});

const dispatch = () =>
  new Dispatcher({
    db: app.services.db,
    senders: [new SlackOutboxSender({ token: slack.token, apiUrl: slack.apiUrl, i18n: app.services.i18n, logger: silentLogger, pace: { perChatIntervalMs: 0 } })],
    logger: silentLogger,
    quietHours: null,
  }).drain();

const words = (count: number) => Array.from({ length: count }, (_, index) => `palabra${index}`).join(" ");

describe("a good practice through Slack modals", () => {
  it("is registered with its errors shown inline first, then reviewed by the specialist from the App Home", async () => {
    const ana = new SlackPerson(slack, () => harness, "U0ANA");
    let dm = await ana.command("/registrar");
    expect(messageText(dm)).toContain("¿Qué quieres registrar?");
    dm = await ana.press("Buena práctica docente");
    expect(dm).toEqual([]);
    expect(ana.modalText()).toContain("¿A qué convocatoria");

    await ana.submit({ year: "2026" });
    expect(ana.modalText()).toContain("¿Qué tipo de buena práctica es?");
    await ana.submit({ practiceType: "Pedagógica" });
    expect(ana.modalText()).toContain("¿En qué categoría la presentas?");
    await ana.submit({ category: "Lectura y escritura" });
    expect(ana.modalText()).toContain("¿Y en qué subcategoría de «Lectura y escritura»?");
    expect(ana.modalText()).toContain("¿Cómo se llama la buena práctica?");

    let { response } = await ana.submit({ subcategory: "Educación Primaria", title: "Corto", school: "IE N.° 34001" });
    expect(response.json).toMatchObject({ response_action: "errors", errors: { "f.title": expect.stringContaining("de 10 a 200 caracteres") } });
    ({ response } = await ana.submit({ subcategory: "Educación Primaria", title: "Leemos en familia con cuentos andinos", school: "IE N.° 34001" }));
    expect(ana.modalText()).not.toContain("¿En qué nivel se desarrolla?"); // «Educación Primaria» already says it
    expect(ana.modalText()).toContain("Integrantes del equipo");

    await ana.pressInModal("Agregar otro");
    expect(ana.modalText()).toContain("Integrante 2");
    const member = { "team.0.names": "Rosa Elena", "team.0.surnames": "Quispe Huamán", "team.0.memberRole": "Docente", "team.0.condition": "Nombrado", "team.0.contact": "987654321" };
    ({ response } = await ana.submit({ ...member, "team.0.dni": "123", "team.1.names": "Luis" }));
    expect(response.json).toMatchObject({
      response_action: "errors",
      errors: {
        "f.team.0.dni": expect.stringContaining("tiene 3"),
        "f.team.1.surnames": expect.stringContaining("Necesito una respuesta"),
        "f.team.1.dni": expect.stringContaining("Necesito una respuesta"),
      },
    });
    const draft = await app.services.db.conversationDraft.findFirstOrThrow({ where: { formId: "buena_practica" } });
    expect((draft.answers as Record<string, unknown>).team).toBeUndefined(); // a half-checked team never reaches the draft
    expect((draft.answers as Record<string, unknown>).level).toBe("primaria");
    ({ response } = await ana.submit({ ...member, "team.0.dni": "45781236", "team.1.names": "Luis", "team.1.surnames": "Ramos", "team.1.dni": "45781236", "team.1.memberRole": "Directivo", "team.1.condition": "Contratado" }));
    expect(response.json).toMatchObject({ response_action: "errors", errors: { "f.team.1.dni": expect.stringContaining("ya está registrado") } });
    ({ response } = await ana.submit({ ...member, "team.0.dni": "45781236", "team.1.names": "Luis", "team.1.surnames": "Ramos", "team.1.dni": "40112233", "team.1.memberRole": "Directivo", "team.1.condition": "Contratado" }));
    expect(ana.modalText()).toContain("Propósito de la práctica");

    const sections = { purpose: words(120), description: words(200), results: "Mejoró la comprensión lectora.", learningEvidence: "Fichas de lectura.", declaration: "Sí, lo declaro" };
    ({ response } = await ana.submit({ ...sections, purpose: words(301), evidenceFiles: { files: [{ id: "F0EXE", name: "virus.exe", mimetype: "application/x-msdownload", size: 1000 }] } }));
    expect(response.json).toMatchObject({
      response_action: "errors",
      errors: { "f.purpose": expect.stringContaining("Tiene 301 palabras y el máximo es 300"), "f.evidenceFiles": expect.stringContaining("«virus.exe» no es de un formato aceptado") },
    });
    ({ response } = await ana.submit({ ...sections, evidenceFiles: { files: [{ id: "F0INFORME", name: "informe.pdf", mimetype: "application/pdf", size: 20_480 }] } }));
    expect(ana.modalText()).toContain("Revisa tus respuestas");
    expect(ana.modalText()).toContain("Nombre de la práctica: Leemos en familia con cuentos andinos");
    expect(ana.modalText()).toContain("Archivos de evidencia: informe.pdf");

    const sent = await ana.submit();
    expect(messageText(sent.dm)).toContain("¡Registro enviado! Tu código es BP-2026-0001");

    const db = app.services.db;
    const registration = await db.registration.findUniqueOrThrow({ where: { code: "BP-2026-0001" }, include: { members: { orderBy: { sortOrder: "asc" } }, attachments: true } });
    expect(registration).toMatchObject({ status: "enviada", ugelId: "190001", title: "Leemos en familia con cuentos andinos" });
    expect(registration.members.map((row) => [row.names, row.dni, row.memberRole])).toEqual([
      ["Rosa Elena", "45781236", "docente"],
      ["Luis", "40112233", "directivo"],
    ]);
    expect(registration.attachments).toEqual([expect.objectContaining({ channel: "slack", fileRef: "F0INFORME", fileName: "informe.pdf" })]);

    // The UGEL's specialist is told in a Slack DM by the outbox, and reviews it from the App Home.
    expect((await dispatch()).sent).toBeGreaterThan(0);
    expect(messageText(slack.messagesTo("U0ESPE"))).toContain("Nuevo registro BP-2026-0001");
    const espe = new SlackPerson(slack, () => harness, "U0ESPE");
    const home = await espe.openHome();
    expect(textOf(home.view["blocks"] as never)).toContain("Por revisar: 1");
    expect(buttonsIn(home.view["blocks"] as never).map((button) => button.text?.text)).toContain("Revisar");
    dm = await espe.pressHome("Revisar");
    expect(messageText(dm)).toContain("BP-2026-0001");
    dm = await espe.press("Aceptar");
    expect(messageText(dm)).toContain("¿Aceptar el registro BP-2026-0001");
    dm = await espe.press("Sí, confirmar");
    expect(messageText(dm)).toContain("ahora está «Aceptada»");
    expect(textOf((await espe.openHome()).view["blocks"] as never)).toContain("Por revisar: 0");

    await dispatch();
    expect(messageText(slack.messagesTo("U0ANA").slice(-1))).toContain("Tu registro BP-2026-0001 («Leemos en familia con cuentos andinos») ahora está: Aceptada");
  });

  it("is corrected after an observation: the summary opens as a modal and one answer is changed from it", async () => {
    const db = app.services.db;
    const first = await db.registration.findUniqueOrThrow({ where: { code: "BP-2026-0001" } });
    const owner = await db.person.findUniqueOrThrow({ where: { id: first.ownerId } });
    await submitRegistration(
      db,
      { personId: owner.id, role: owner.role, ugelId: owner.ugelId, isAdmin: false, label: `slack:${owner.id}` },
      {
        kind: "buena_practica",
        year: 2026,
        title: "Cuentos que curan en quechua",
        school: { codigoModular: "0403691" },
        category: { name: "Lectura y escritura", practiceType: "pedagogica", subcategory: "Educación Primaria" },
        members: [{ memberRole: "docente", names: "Rosa Elena", surnames: "Quispe Huamán", dni: "45781236" }],
        attachments: [],
        channel: "slack",
        answers: { ...(first.answers as Record<string, unknown>), title: "Cuentos que curan en quechua" } as never,
      },
      new Date("2026-05-04T15:00:00Z"),
    );

    const espe = new SlackPerson(slack, () => harness, "U0ESPE");
    await espe.openHome();
    await espe.pressHome("Revisar");
    let dm = await espe.press("Observar");
    expect(messageText(dm)).toContain("BP-2026-0002");
    dm = await espe.say("Falta describir los resultados con datos.");
    expect(messageText(dm)).toContain("ahora está «Observada»");
    await dispatch();

    const ana = new SlackPerson(slack, () => harness, "U0ANA");
    expect(messageText(slack.messagesTo("U0ANA").slice(-1))).toContain("Falta describir los resultados con datos.");
    await ana.press("Ver registro");
    dm = await ana.press("Corregir");
    expect(messageText(dm)).toContain("Vas a corregir el registro BP-2026-0002");
    expect(ana.modalText()).toContain("Revisa tus respuestas");
    expect(ana.modalText()).toContain("Nombre de la práctica: Cuentos que curan en quechua");

    await ana.pressInModal("Cambiar", "sum.title");
    expect(ana.modalText()).toContain("¿Cómo se llama la buena práctica?");
    expect(ana.modalText()).not.toContain("¿En qué nivel se desarrolla?");
    const { response } = await ana.submit({ title: "Cuentos que curan: lectura en quechua y castellano" });
    expect(response.json).toMatchObject({ response_action: "update" });
    expect(ana.modalText()).toContain("Nombre de la práctica: Cuentos que curan: lectura en quechua y castellano");
    const sent = await ana.submit();
    expect(messageText(sent.dm)).toContain("Tu registro BP-2026-0002 fue corregido y enviado de nuevo");
    expect(await db.registration.findUniqueOrThrow({ where: { code: "BP-2026-0002" } })).toMatchObject({ status: "enviada", title: "Cuentos que curan: lectura en quechua y castellano" });
  });
});
