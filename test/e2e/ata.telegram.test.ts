/**
 * ATA announcements in Spanish through the real Telegram channel and the fake Bot API: a DRE specialist
 * writes one with /ata, sees the preview (nothing queued before "Confirmar"), confirms; the dispatcher sends it;
 * recipients answer Recibido / Asistiré; /ata_estado shows the figures per UGEL and re-sends to those who did
 * not confirm. A UGEL specialist only reaches their own UGEL, schedules one and cancels it. Forged buttons
 * do nothing. Everything is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import type { Reply } from "../../src/core/types.js";
import { TelegramSender } from "../../src/channels/telegram/sender.js";
import { Dispatcher } from "../../src/delivery/dispatcher.js";
import { createAtaDraft } from "../../src/domain/ata/announcements.js";
import { AtaError } from "../../src/domain/ata/audience.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { buttonData, startTelegramChannel, TelegramPerson, texts, type TelegramHarness } from "../helpers/telegram.js";
import { createPerson, quietLogger } from "../integration/delivery/helpers.js";

let fake: FakeTelegram;
let database: TestDatabase;
let app: App;
let channel: TelegramHarness;
let clock = new Date("2026-03-02T15:00:00Z"); // Monday 2 March 2026, 10:00 in Lima
let dispatcher: Dispatcher;

const replyText = (replies: Reply[]) => replies.map((reply) => (reply.type === "text" ? reply.text : "")).join("\n");
const person = (id: number) => new TelegramPerson(fake, () => channel, { id, firstName: `P${id}`, languageCode: "es" });

beforeAll(async () => {
  fake = await startFakeTelegram();
  database = await createTestDatabase();
  app = await createTestApp(database, {}, () => clock);
  channel = await startTelegramChannel(app, fake);
  const db = database.prisma;
  await createPerson(db, { externalId: "900", role: "especialista_dre", ugelId: "190000" });
  await createPerson(db, { externalId: "901", role: "especialista_ugel", ugelId: "190003" });
  await createPerson(db, { externalId: "1001", role: "docente", ugelId: "190001", levels: ["primaria"] });
  await createPerson(db, { externalId: "1002", role: "docente", ugelId: "190001", levels: ["secundaria"] });
  await createPerson(db, { externalId: "1003", role: "director", ugelId: "190002", levels: ["primaria"] });
  await createPerson(db, { externalId: "1004", role: "docente", ugelId: "190003", levels: ["inicial"] });
  await createPerson(db, { externalId: "1005", role: "docente", ugelId: "190002", locale: "en" });
  await createPerson(db, { externalId: "1006", role: "docente", ugelId: "190006" });
  await db.school.create({ data: { codigoModular: "0403691", name: "IE 34001", ugelId: "190001" } });
  const sender = new TelegramSender({ token: fake.token, apiRoot: fake.apiRoot, i18n: app.services.i18n, ratePerSecond: 200, perChatIntervalMs: 0 });
  dispatcher = new Dispatcher({ db, senders: [sender], logger: quietLogger, now: () => clock });
});

afterAll(async () => {
  await channel?.stop();
  await app?.close();
  await fake?.close();
});

describe("ATA announcements through Telegram", () => {
  let announcementId = 0;

  it("lets a DRE specialist write one, preview it and send it only after Confirmar", async () => {
    const dre = person(900);
    let replies = await dre.say("/ata");
    expect(texts(replies)).toContain("¿A qué hito");
    await dre.press("Inicio del año escolar");
    replies = await dre.say("Hola");
    expect(texts(replies)).toContain("de 5 a 120 caracteres");
    await dre.say("Taller de buen inicio del año escolar");
    await dre.say("Los esperamos en el taller de planificación.");
    replies = await dre.press("Listo");
    expect(texts(replies)).toContain("¿El anuncio convoca a una sesión");
    await dre.press("Sí, hay una sesión");
    replies = await dre.say("31/02/2026");
    expect(texts(replies)).toContain("No reconozco esa fecha");
    replies = await dre.say("01/03/2026");
    expect(texts(replies)).toContain("Esa fecha ya pasó");
    await dre.say("20/03");
    replies = await dre.say("a la tarde");
    expect(texts(replies)).toContain("No reconozco esa hora");
    await dre.say("3:30 pm");
    replies = await dre.say("https://meet.example.org/ata-inicio");
    expect(texts(replies)).toContain("¿A qué UGEL va dirigido?");
    await dre.press("UGEL Pasco");
    await dre.press("UGEL Daniel Alcides Carrión");
    replies = await dre.press("Listo");
    expect(texts(replies)).toContain("¿A quiénes va dirigido?");
    await dre.press("Docentes");
    await dre.press("Directores y directoras");
    await dre.press("Listo");
    replies = await dre.press("Omitir"); // every level
    expect(texts(replies)).toContain("código modular");
    replies = await dre.say("0000001");
    expect(texts(replies)).toContain("No encontramos una institución");
    await dre.press("Omitir");
    replies = await dre.press("Apenas lo confirme");
    expect(texts(replies)).toContain("Revisa tu anuncio ATA");
    expect(texts(replies)).toContain("UGEL Pasco, UGEL Daniel Alcides Carrión");

    replies = await dre.press("Enviar");
    const previewMessages = replies;
    const preview = texts(replies);
    expect(preview).toContain("Vista previa");
    expect(preview).toContain("📣 Asistencia Técnica Articulada — Inicio del año escolar");
    expect(preview).toContain("📅 Sesión: viernes 20 de marzo de 2026, a las 15:30");
    expect(preview).toContain("Lo recibirán 4 personas:");
    expect(preview).toContain("• UGEL Pasco: 2 (Telegram 2)");
    expect(preview).toContain("• UGEL Daniel Alcides Carrión: 2 (Telegram 2)");
    expect(preview).toContain("Todavía no se ha enviado nada");
    expect(replies[1]?.inlineKeyboard.flat().map((button) => button.text)).toEqual(["✅ Recibido", "🙋 Asistiré", "🙅 No podré asistir", "🔗 Abrir el enlace"]);
    expect(await database.prisma.delivery.count()).toBe(0);

    // The preview's buttons only explain themselves.
    replies = await dre.pressOn(replies[1]!, "Recibido");
    expect(texts(replies)).toContain("En el anuncio real");
    expect(await database.prisma.ataAcknowledgement.count()).toBe(0);

    const confirm = buttonData(previewMessages[2]!, "Confirmar y enviar")!;
    replies = await dre.press("Confirmar y enviar");
    expect(texts(replies)).toContain("Anuncio confirmado para 4 personas");
    // The preview's buttons are spent: its keyboard is removed, its text stays.
    expect(fake.message(900, previewMessages[2]!.messageId)?.inlineKeyboard).toEqual([]);
    const announcement = await database.prisma.ataAnnouncement.findFirstOrThrow({ where: { title: "Taller de buen inicio del año escolar" } });
    announcementId = announcement.id;
    expect(announcement.status).toBe("enviando");
    replies = await dre.pressData(previewMessages[2]!, confirm); // a second press queues nothing more
    expect(texts(replies)).toContain("ya fue confirmado");
    expect(await database.prisma.delivery.count()).toBe(4);

    await dispatcher.drain();
    const teacher = fake.lastMessageTo(1001);
    expect(teacher?.text).toContain("Taller de buen inicio del año escolar");
    expect(teacher?.text).toContain("📍 https://meet.example.org/ata-inicio");
    expect(fake.lastMessageTo(1005)?.text).toContain("Articulated Technical Assistance (ATA) — Start of the school year");
    expect(fake.lastMessageTo(1005)?.text).toContain("Friday, March 20, 2026, at 15:30");
    expect(fake.messagesTo(1004)).toEqual([]); // Oxapampa was not in the audience
    expect(fake.messagesTo(1006)).toEqual([]);
  });

  it("records Recibido and Asistiré, refuses forged answers, and shows the figures per UGEL", async () => {
    const announced = fake.lastMessageTo(1001)!;
    const before = fake.messagesTo(1001).length;
    let replies = await person(1001).press("Recibido");
    expect(texts(replies)).toContain("Registramos que recibiste «Taller de buen inicio del año escolar»");
    // The buttons became the recorded answer, under the announcement's own text: no new message.
    expect(fake.messagesTo(1001)).toHaveLength(before);
    const answered = fake.message(1001, announced.messageId)!;
    expect(answered.inlineKeyboard).toEqual([]);
    expect(answered.text?.startsWith(announced.text ?? "")).toBe(true);
    expect(answered.text).toMatch(/\n\n✅ Gracias\. Registramos que recibiste/);
    replies = await person(1003).press("Asistiré");
    expect(texts(replies)).toContain("asistirás");
    replies = await person(1005).press("I can't attend");
    expect(texts(replies)).toContain("can't attend");

    // Someone the announcement was not sent to forges the button.
    const outsider = await app.conversation.handle({ channel: "telegram", externalId: "1006", chatRef: "1006" }, { type: "button", data: `ata:r:${announcementId}` });
    expect(replyText(outsider)).toContain("no fue enviado a ti");
    // A teacher forges the specialist's buttons.
    const forged = await app.conversation.handle({ channel: "telegram", externalId: "1001", chatRef: "1001" }, { type: "button", data: `ata:kk:${announcementId}` });
    expect(replyText(forged)).toContain("no está disponible para tu rol");
    expect(await database.prisma.ataAcknowledgement.count()).toBe(3);

    const dre = person(900);
    replies = await dre.say("/ata_estado");
    expect(texts(replies)).toContain("Elige un anuncio");
    replies = await dre.press(`#${announcementId}`);
    const status = texts(replies);
    expect(status).toContain("(enviado)");
    expect(status).toContain("• UGEL Pasco: en cola 0 · enviados 2 · fallidos 0 · inalcanzables 0 · confirmaron 1 · asistirán 0 · no podrán 0");
    expect(status).toContain("• UGEL Daniel Alcides Carrión: en cola 0 · enviados 2 · fallidos 0 · inalcanzables 0 · confirmaron 2 · asistirán 1 · no podrán 1");
    expect(status).toContain("• Total: en cola 0 · enviados 4");
    expect(status).not.toContain("Cancelar el anuncio"); // it has gone out

    const resendData = buttonData(replies.at(-1)!, "Reenviar a quienes no confirmaron (1)")!;
    replies = await dre.press("Reenviar a quienes no confirmaron (1)");
    expect(texts(replies)).toContain("Se reenviará a 1 persona");
    await dispatcher.drain();
    expect(fake.lastMessageTo(1002)?.text).toContain("Te lo enviamos de nuevo porque aún no confirmaste");
    expect(fake.messagesTo(1001)).toHaveLength(1); // the announcement with its answer under it, no re-send
    // The same re-send button again (an old message, a double press): nothing more is queued.
    const again = await app.conversation.handle({ channel: "telegram", externalId: "900", chatRef: "900" }, { type: "button", data: resendData });
    expect(replyText(again)).toContain("No hay a quién reenviar");
    expect(await database.prisma.delivery.count({ where: { kind: "ata_resend" } })).toBe(1);
  });

  it("keeps a UGEL specialist to their own UGEL, and cancels a scheduled announcement before it goes out", async () => {
    const ugel = person(901);
    let replies = await ugel.say("/ata");
    await ugel.press("Cierre del año escolar");
    await ugel.say("Balance del año en Oxapampa");
    await ugel.say("Compartan su balance del año.");
    await ugel.press("Listo");
    replies = await ugel.press("No");
    expect(texts(replies)).toContain("¿A quiénes va dirigido?"); // no UGEL question: their own one
    await ugel.press("Docentes");
    await ugel.press("Listo");
    await ugel.press("Omitir");
    replies = await ugel.say("0403691"); // a school of UGEL Pasco
    expect(texts(replies)).toContain("no pertenece a la UGEL elegida");
    await ugel.press("Omitir");
    await ugel.press("Programar fecha y hora");
    replies = await ugel.say("01/03/2026 08:00");
    expect(texts(replies)).toContain("ya pasaron");
    await ugel.say("01/04/2026 08:00");
    replies = await ugel.press("Enviar");
    expect(texts(replies)).toContain("Lo recibirá 1 persona:");
    expect(texts(replies)).toContain("• UGEL Oxapampa: 1 (Telegram 1)");
    expect(texts(replies)).toContain("Se enviará el miércoles 1 de abril de 2026 a las 08:00");
    replies = await ugel.press("Confirmar y enviar");
    expect(texts(replies)).toContain("Anuncio confirmado para 1 persona");

    await dispatcher.drain();
    expect(fake.messagesTo(1004)).toEqual([]); // not before 1 April

    replies = await ugel.say("/ata_estado");
    expect(texts(replies)).not.toContain("Taller de buen inicio"); // the DRE's announcement is not theirs
    replies = await ugel.press("Balance del año");
    expect(texts(replies)).toContain("(programado)");
    replies = await ugel.press("Cancelar el anuncio");
    expect(texts(replies)).toContain("¿Cancelar el anuncio?");
    replies = await ugel.press("Sí, cancelar");
    expect(texts(replies)).toContain("Anuncio cancelado");

    clock = new Date("2026-04-01T14:00:00Z");
    await dispatcher.drain();
    expect(fake.messagesTo(1004)).toEqual([]);
    const rows = await database.prisma.delivery.findMany({ where: { announcement: { title: "Balance del año en Oxapampa" } } });
    expect(rows.map((row) => row.status)).toEqual(["cancelled"]);

    // The domain refuses another UGEL whatever the buttons said.
    const specialist = await database.prisma.person.findFirstOrThrow({ where: { identities: { some: { externalId: "901" } } } });
    await expect(
      createAtaDraft(database.prisma, specialist, {
        milestone: "proceso",
        title: "Otra UGEL",
        body: "x",
        session: null,
        sessionWhere: null,
        audience: { ugelIds: ["190001"], roles: ["docente"], levels: [], schoolId: null },
        scheduledFor: null,
      }),
    ).rejects.toEqual(new AtaError("ugel-not-allowed"));
    // Nor may they manage the DRE's announcement.
    const foreign = await app.conversation.handle({ channel: "telegram", externalId: "901", chatRef: "901" }, { type: "button", data: `ata:s:${announcementId}` });
    expect(replyText(foreign)).toContain("es de otra persona");
  });

  it("understands a specialist who asks for the wizard or the status in words, and not a teacher", async () => {
    const specialist = person(901);
    let replies = await specialist.say("quiero enviar un comunicado a los docentes");
    expect(texts(replies)).toContain("¿A qué hito");
    await specialist.say("/cancelar");
    replies = await specialist.say("quienes confirmaron el anuncio?");
    expect(texts(replies)).toBe(texts(await specialist.say("/ata_estado")));
    replies = await person(1004).say("quiero enviar un comunicado a los docentes");
    expect(texts(replies)).not.toContain("¿A qué hito");

    // The rest of a specialist's work, asked for in words, answers as its command does. (In this order: the
    // words of a button under the last reply press it, and the report's reply has export buttons.)
    for (const [words, command] of [
      ["descargar los registros en excel", "/exportar"],
      ["registros de mi ugel", "/registros"],
      ["quiero ver el reporte", "/reporte"],
    ] as const) {
      replies = await specialist.say(words);
      expect(texts(replies), words).not.toContain("No encontré");
      expect(texts(replies), words).toBe(texts(await specialist.say(command)));
    }
    replies = await person(1004).say("quiero ver el reporte");
    expect(texts(replies)).not.toBe(texts(await specialist.say("/reporte")));
  });

  it("keeps /ata away from teachers and audits every announcement, re-send and cancellation", async () => {
    const replies = await person(1001).say("/ata");
    expect(texts(replies)).toContain("no está disponible para tu rol");
    const audits = await database.prisma.auditLog.findMany({ where: { action: { startsWith: "ata." } }, orderBy: { id: "asc" } });
    expect(audits.map((entry) => entry.action)).toEqual(["ata.announced", "ata.resent", "ata.resent", "ata.announced", "ata.cancelled"]);
    expect(audits.slice(1, 3).map((entry) => entry.detail)).toEqual([{ round: 1, recipients: 1 }, { round: 1, recipients: 0 }]);
    expect(audits[0]?.actorLabel).toMatch(/^telegram:\d+$/);
    expect(audits[0]?.detail).toMatchObject({ recipients: 4, ugels: ["190001", "190002"] });
  });
});
