/**
 * An ATA announcement written by a UGEL specialist in a Slack modal (errors first), confirmed from the DM,
 * delivered by the outbox to teachers and directors on Slack and on Telegram alike, answered with Recibido /
 * Asistiré / No podré asistir on either channel, and counted in one report (/ata_estado and the App Home).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { SlackOutboxSender } from "../../src/channels/slack/outbox/sender.js";
import { TelegramSender } from "../../src/channels/telegram/sender.js";
import type { Database } from "../../src/db/client.js";
import { addDays, todayInLima } from "../../src/domain/calendar/lima-time.js";
import { Dispatcher } from "../../src/delivery/dispatcher.js";
import { silentLogger } from "../../src/logger.js";
import { startFakeSlack, type FakeSlack } from "../fakes/slack/index.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase } from "../helpers/db.js";
import { messageText, SlackPerson, startSlackChannel, textOf, type SlackHarness } from "../helpers/slack.js";
import { startTelegramChannel, TelegramPerson, texts, type TelegramHarness } from "../helpers/telegram.js";

let slack: FakeSlack;
let telegram: FakeTelegram;
let database: Database;
let app: App;
let slackChannel: SlackHarness;
let telegramChannel: TelegramHarness;

beforeAll(async () => {
  slack = await startFakeSlack({ perChannelLimit: { max: 1, windowMs: 1000 } });
  telegram = await startFakeTelegram();
  database = await createTestDatabase();
  app = await createTestApp(database);
  slackChannel = await startSlackChannel(app, slack);
  telegramChannel = await startTelegramChannel(app, telegram);
  const db = app.services.db;
  const onboarded = { onboardedAt: new Date(), consentAt: new Date(), ugelId: "190001" };
  await db.person.create({ data: { ...onboarded, role: "especialista_ugel", identities: { create: { channel: "slack", externalId: "T0PASCO:U0ESPE", chatRef: "D0ESPE" } } } });
  await db.person.create({ data: { ...onboarded, role: "docente", levels: ["primaria"], identities: { create: { channel: "slack", externalId: "T0PASCO:U0ANA", chatRef: "D0ANA" } } } });
  await db.person.create({ data: { ...onboarded, role: "docente", levels: ["secundaria"], identities: { create: { channel: "telegram", externalId: "5001", chatRef: "5001" } } } });
  await db.person.create({ data: { ...onboarded, role: "director", levels: ["primaria"], identities: { create: { channel: "telegram", externalId: "5002", chatRef: "5002" } } } });
  await db.person.create({ data: { ...onboarded, ugelId: "190003", role: "docente", identities: { create: { channel: "slack", externalId: "T0PASCO:U0OXA", chatRef: "D0OXA" } } } });
});

afterAll(async () => {
  await slackChannel?.stop();
  await telegramChannel?.stop();
  await app?.close();
  await slack?.close();
  await telegram?.close();
});

const dispatch = () =>
  new Dispatcher({
    db: app.services.db,
    senders: [
      new SlackOutboxSender({ token: slack.token, apiUrl: slack.apiUrl, i18n: app.services.i18n, pace: { perChatIntervalMs: 1000 } }),
      new TelegramSender({ token: telegram.token, apiRoot: telegram.apiRoot, i18n: app.services.i18n, ratePerSecond: 25, perChatIntervalMs: 1000 }),
    ],
    logger: silentLogger,
    quietHours: null,
  }).drain();

describe("an ATA announcement across Slack and Telegram", () => {
  it("is written in a modal, reaches both channels, and every confirmation counts in one report", async () => {
    const rosa = new TelegramPerson(telegram, () => telegramChannel, { id: 5001, firstName: "Rosa" });
    const luis = new TelegramPerson(telegram, () => telegramChannel, { id: 5002, firstName: "Luis" });
    await rosa.say("/perfil");
    await luis.say("/perfil");

    const espe = new SlackPerson(slack, () => slackChannel, "U0ESPE");
    let dm = await espe.command("/pasco", "ata");
    expect(dm).toEqual([]);
    expect(espe.modalText()).toContain("¿A qué hito de la Asistencia Técnica Articulada");

    const first = { milestone: "Inicio del año escolar", body: "Los esperamos para planificar el buen inicio del año escolar.", hasSession: "Sí, hay una sesión" };
    let { response } = await espe.submit({ ...first, title: "ATA" });
    expect(response.json).toMatchObject({ response_action: "errors", errors: { "f.title": expect.stringContaining("de 5 a 120 caracteres") } });
    await espe.submit({ ...first, title: "Taller de buen inicio 2026" });
    expect(espe.modalText()).toContain("¿Qué día es la sesión?");
    expect(espe.modalText()).not.toContain("¿A qué UGEL va dirigido?"); // a UGEL specialist writes to their own UGEL

    const today = todayInLima(new Date());
    const second = { sessionTime: "15:00", sessionWhere: "Auditorio de la UGEL Pasco", audienceRoles: ["Docentes", "Directores"] };
    ({ response } = await espe.submit({ ...second, sessionDate: addDays(today, -3) }));
    expect(response.json).toMatchObject({ response_action: "errors", errors: { "f.sessionDate": expect.stringContaining("Esa fecha ya pasó") } });
    await espe.submit({ ...second, sessionDate: addDays(today, 10) });
    expect(espe.modalText()).toContain("¿Cuándo se envía?");
    await espe.submit({ when: "Apenas lo confirme" });
    expect(espe.modalText()).toContain("Revisa tus respuestas");
    const sent = await espe.submit();
    expect(messageText(sent.dm)).toContain("Antes de enviar");
    expect(messageText(sent.dm)).toContain("Slack 1");
    expect(messageText(sent.dm)).toContain("Telegram 2");

    dm = await espe.press("Confirmar y enviar");
    expect(messageText(dm)).toContain("Anuncio confirmado para 3 personas");

    const stats = await dispatch();
    expect(stats).toMatchObject({ sent: 3, failed: 0 });
    expect(slack.stats().unhonouredRetries).toBe(0);
    const toAna = slack.messagesTo("U0ANA");
    expect(messageText(toAna)).toContain("Taller de buen inicio 2026");
    expect(slack.messagesTo("U0OXA")).toEqual([]); // another UGEL
    expect(texts([telegram.lastMessageTo(5001)!])).toContain("Taller de buen inicio 2026");

    const ana = new SlackPerson(slack, () => slackChannel, "U0ANA");
    const announcement = slack.messagesTo("U0ANA").at(-1)!;
    dm = await ana.press("Asistiré");
    expect(messageText(dm)).toContain("Registramos que asistirás");
    // chat.update: the announcement keeps its text, its buttons become the recorded answer.
    expect(dm.map((message) => message.ts)).toEqual([announcement.ts]);
    const updated = slack.messagesTo("U0ANA").find((message) => message.ts === announcement.ts)!;
    expect(messageText([updated])).toContain("Taller de buen inicio 2026");
    expect((updated.blocks as Array<{ type: string }>).some((block) => block.type === "actions")).toBe(false);
    let replies = await rosa.press("Recibido");
    expect(texts(replies)).toContain("Registramos que recibiste");
    replies = await luis.press("No podré asistir");
    expect(texts(replies)).toContain("no podrás asistir");

    dm = await espe.command("/ata-estado");
    dm = await espe.press("Taller de buen inicio 2026");
    expect(messageText(dm)).toContain("enviados 3");
    expect(messageText(dm)).toContain("confirmaron 3 · asistirán 1 · no podrán 1");

    const home = textOf((await espe.openHome()).view["blocks"] as never);
    expect(home).toContain("Taller de buen inicio 2026 (inicio)");
    expect(home).toContain("Enviado a 3 · Recibido: 3 · Asistirán: 1 · No podrán: 1");
  });
});
