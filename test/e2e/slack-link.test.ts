/**
 * One person on two channels: a teacher registered on Telegram links her new Slack identity with a one-time
 * code, without filling her profile again; both channels then show the same profile, registrations and draft.
 * Codes are single use, expire, and never join two identities of the same channel.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import type { Database } from "../../src/db/client.js";
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
let clock = new Date("2026-05-04T15:00:00Z");

beforeAll(async () => {
  slack = await startFakeSlack();
  telegram = await startFakeTelegram();
  database = await createTestDatabase();
  app = await createTestApp(database, {}, () => clock);
  slackChannel = await startSlackChannel(app, slack);
  telegramChannel = await startTelegramChannel(app, telegram);
});

afterAll(async () => {
  await slackChannel?.stop();
  await telegramChannel?.stop();
  await app?.close();
  await slack?.close();
  await telegram?.close();
});

const codeIn = (text: string) => /[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(text)?.[0] ?? "";

async function onboardOnTelegram(rosa: TelegramPerson): Promise<void> {
  await rosa.say("/start");
  await rosa.press("Español");
  await rosa.press("Acepto");
  await rosa.press("Docente");
  await rosa.press("Pasco");
  await rosa.say("0403691");
  await rosa.say("IE N.° 34001 Daniel Alcides Carrión");
  await rosa.press("Primaria");
  await rosa.press("Listo");
  const replies = await rosa.press("Enviar");
  expect(texts(replies)).toContain("Quedaste registrado(a) como docente");
}

describe("linking Telegram and Slack", () => {
  it("joins a new Slack identity to the Telegram person with a code: same profile, registrations and drafts", async () => {
    const rosa = new TelegramPerson(telegram, () => telegramChannel, { id: 3001, firstName: "Rosa" });
    await onboardOnTelegram(rosa);
    const db = app.services.db;
    const keeper = await db.person.findFirstOrThrow({ where: { identities: { some: { channel: "telegram", externalId: "3001" } } } });
    await db.registration.create({ data: { kind: "buena_practica", year: 2026, code: "BP-2026-0042", ownerId: keeper.id, ugelId: "190001", title: "Matemática en la chacra", titleKey: "matematica en la chacra", answers: {} } });

    let replies = await rosa.say("/vincular");
    const code = codeIn(texts(replies));
    expect(code).not.toBe("");
    expect(texts(replies)).toContain("Vence en 30 minutos");
    const stored = await db.linkCode.findFirstOrThrow({ where: { personId: keeper.id } });
    expect(stored.codeHash).not.toContain(code.replace(/-/g, ""));

    // On Slack she is new: the code works before any onboarding.
    const rosaSlack = new SlackPerson(slack, () => slackChannel, "U0ROSA");
    let dm = await rosaSlack.say("hola");
    expect(messageText(dm)).toContain("Elige tu idioma");
    dm = await rosaSlack.command("/vincular", code.toLowerCase());
    expect(messageText(dm)).toContain("Tus cuentas quedaron vinculadas (Telegram, Slack)");

    dm = await rosaSlack.command("/perfil");
    expect(messageText(dm)).toContain("IE N.° 34001 Daniel Alcides Carrión (0403691)");
    dm = await rosaSlack.command("/mis-registros");
    expect(messageText(dm)).toContain("Matemática en la chacra");
    replies = await rosa.say("/mis_registros");
    expect(texts(replies)).toContain("Matemática en la chacra");
    const home = textOf((await rosaSlack.openHome()).view["blocks"] as never);
    expect(home).toContain("BP-2026-0042 · Matemática en la chacra — enviada");
    expect(await db.person.count({ where: { identities: { some: {} } } })).toBe(1);
    const audit = await db.auditLog.findFirst({ where: { action: "identity.linked" } });
    expect(audit).toMatchObject({ actorId: keeper.id, entityId: String(keeper.id) });

    // A draft started in a Slack modal continues on Telegram, at the same question.
    await rosaSlack.command("/perfil");
    await rosaSlack.press("Cambiar niveles");
    expect(rosaSlack.modalText()).toContain("¿En qué niveles");
    await rosaSlack.close();
    replies = await rosa.say("1");
    expect(replies.at(-1)?.inlineKeyboard.flat().map((button) => button.text)).toEqual(expect.arrayContaining(["☑ Inicial", "☑ Primaria"]));

    // The code was used once.
    const other = new SlackPerson(slack, () => slackChannel, "U0OTRO");
    dm = await other.command("/vincular", code);
    expect(messageText(dm)).toContain("ya fue usado");
  });

  it("gives the Telegram chat a specialist's menu when a link makes it a specialist's, whichever side typed the code", async () => {
    const db = app.services.db;
    const specialistOnSlack = async (user: string) =>
      db.person.create({
        data: {
          role: "especialista_ugel",
          ugelId: "190001",
          locale: "es",
          consentAt: clock,
          onboardedAt: clock,
          identities: { create: { channel: "slack", externalId: `T0PASCO:${user}` } },
        },
      });
    const chatMenu = (chatId: number) => telegram.commands({ scope: { type: "chat", chat_id: String(chatId) } })?.map((command) => command.command);
    const specialistMenu = (chatId: number) => telegram.waitFor(() => (chatMenu(chatId)?.includes("ata") ? chatMenu(chatId) : undefined), `the specialist menu of chat ${chatId}`);

    // The code is made on Slack by the specialist and typed on Telegram by someone new there.
    await specialistOnSlack("U0ESPA");
    const espA = new SlackPerson(slack, () => slackChannel, "U0ESPA");
    const codeA = codeIn(messageText(await espA.command("/vincular")));
    const newOnTelegram = new TelegramPerson(telegram, () => telegramChannel, { id: 3010, firstName: "Elsa" });
    expect(texts(await newOnTelegram.say(`/vincular ${codeA}`))).toContain("Tus cuentas quedaron vinculadas");
    expect(await specialistMenu(3010)).toEqual(expect.arrayContaining(["registros", "ata", "ata_estado"]));

    // The code is made on Telegram by a teacher and typed on Slack by a specialist: the specialist's profile wins.
    const teacher = new TelegramPerson(telegram, () => telegramChannel, { id: 3011, firstName: "Nilo" });
    await onboardOnTelegram(teacher);
    expect(chatMenu(3011)).toBeUndefined();
    const codeB = codeIn(texts(await teacher.say("/vincular")));
    await specialistOnSlack("U0ESPB");
    const espB = new SlackPerson(slack, () => slackChannel, "U0ESPB");
    expect(messageText(await espB.command("/vincular", codeB))).toContain("Tus cuentas quedaron vinculadas");
    expect(await specialistMenu(3011)).toEqual(expect.arrayContaining(["registros", "ata"]));
    expect(chatMenu(3011)).not.toContain("registrar");
  });

  it("refuses codes that are wrong, expired, of the same person or of the same channel", async () => {
    const luis = new SlackPerson(slack, () => slackChannel, "U0LUIS");
    let dm = await luis.command("/pasco", "vincular ABCD-EFGH");
    expect(messageText(dm)).toContain("no es válido");
    dm = await luis.command("/pasco", "vincular");
    const code = codeIn(messageText(dm));
    dm = await luis.command("/vincular", code);
    expect(messageText(dm)).toContain("es de esta misma cuenta");

    const marta = new SlackPerson(slack, () => slackChannel, "U0MARTA");
    dm = await marta.command("/vincular", code);
    expect(messageText(dm)).toContain("las dos cuentas son del mismo canal");

    const pedro = new TelegramPerson(telegram, () => telegramChannel, { id: 3002, firstName: "Pedro" });
    clock = new Date(clock.getTime() + 31 * 60_000);
    const replies = await pedro.say(`/vincular ${code}`);
    expect(texts(replies)).toContain("ya venció");
    expect(await app.services.db.channelIdentity.count({ where: { externalId: { in: ["3002", "T0PASCO:U0LUIS"] } } })).toBe(2);
    const people = await app.services.db.channelIdentity.findMany({ where: { externalId: { in: ["3002", "T0PASCO:U0LUIS"] } }, select: { personId: true } });
    expect(new Set(people.map((row) => row.personId)).size).toBe(2);
  });
});
