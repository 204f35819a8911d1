/**
 * What a Telegram user expects from a bot, through the real channel and the fake Bot API: taps that edit the
 * message instead of adding one (messages per completed onboarding counted both ways), a "/" menu per language
 * and role, deep links (an invite, a contest, linking Slack), chat actions, HTML with everything a person wrote
 * escaped, and a server without setMyCommands that does not stop the bot.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { RestartableTelegramBot, TelegramPerson, texts } from "../helpers/telegram.js";

let fake: FakeTelegram;
let bot: RestartableTelegramBot;
const person = (id: number, languageCode = "es") => new TelegramPerson(fake, () => bot.channel, { id, firstName: "Persona", languageCode });

beforeAll(async () => {
  fake = await startFakeTelegram();
  bot = new RestartableTelegramBot(fake, { ADMIN_TELEGRAM_IDS: "900" });
  await bot.start();
});

afterAll(async () => {
  await bot?.close();
  await fake?.close();
});

describe("Telegram conventions", () => {
  it("edits the message on a tick and removes spent keyboards: fewer messages per onboarding", async () => {
    const teacher = person(2001);
    await teacher.say("/start");
    await teacher.press("Español");
    const consent = teacher.last();
    await teacher.press("Acepto");
    // The consent question's buttons are spent once answered.
    expect(fake.message(2001, consent.messageId)?.inlineKeyboard).toEqual([]);
    await teacher.press("Director");
    await teacher.press("Pasco");
    await teacher.say("0403691");
    await teacher.say('IE "Santa Rosa" & Hijos');
    const levels = teacher.last();
    let replies = await teacher.press("Primaria");
    expect(replies.map((message) => message.messageId)).toEqual([levels.messageId]); // the same message, edited
    replies = await teacher.press("Secundaria");
    expect(replies.map((message) => message.messageId)).toEqual([levels.messageId]);
    expect(fake.message(2001, levels.messageId)?.inlineKeyboard.flat().map((button) => button.text)).toEqual(expect.arrayContaining(["☑ Primaria", "☑ Secundaria", "☐ Inicial"]));
    replies = await teacher.press("Listo");
    // A name typed with & and quotes reads as typed (sent as escaped HTML, accepted by the Bot API).
    expect(texts(replies)).toContain('IE "Santa Rosa" & Hijos');
    replies = await teacher.press("Enviar");
    expect(texts(replies)).toContain("Quedaste registrado(a) como director(a)");

    const sends = fake.callsTo("sendMessage").filter((call) => Number(call.params.chat_id) === 2001 && call.ok).length;
    const edits = fake.callsTo("editMessageText").filter((call) => Number(call.params.chat_id) === 2001 && call.ok).length;
    const after = fake.messagesTo(2001).length;
    // Before edit-in-place every reply was a new message: the ticks' edits were messages of their own.
    const before = sends + edits;
    console.info(`messages per completed onboarding: before ${before}, after ${after}`);
    expect(after).toBe(sends);
    expect(edits).toBe(2);
    expect(after).toBeLessThan(before);
    // Every text went out as HTML.
    expect(fake.callsTo("sendMessage").filter((call) => Number(call.params.chat_id) === 2001).every((call) => call.params.parse_mode === "HTML")).toBe(true);
    // Only the last message has live buttons.
    expect(fake.messagesTo(2001).slice(0, -1).filter((message) => message.inlineKeyboard.length > 0).map((message) => message.text)).toEqual([]);
  });

  it("sets the / menu per language, and a menu of their own for specialists and admins", async () => {
    const spanish = fake.commands({ languageCode: "es" })?.map((command) => command.command);
    expect(spanish).toEqual(expect.arrayContaining(["start", "registrar", "mis_registros", "calendario", "ayuda", "cancelar"]));
    expect(spanish).not.toContain("ata");
    expect(fake.commands()?.find((command) => command.command === "registrar")?.description).toBe("Registrar una buena práctica o un proyecto CNPIE");
    expect(fake.commands({ languageCode: "en" })?.find((command) => command.command === "registrar")?.description).toBe("Register a good practice or a CNPIE project");
    // The admin named in the environment has their chat's menu from the start.
    expect(fake.commands({ scope: { type: "chat", chat_id: 900 } })?.map((command) => command.command)).toEqual(expect.arrayContaining(["invitar", "ata", "registros"]));
  });

  it("opens onboarding with the invite of a deep link, and gives the specialist their menu", async () => {
    const admin = person(900);
    await admin.say("/start");
    await admin.press("Español");
    await admin.press("Acepto");
    await admin.press("Docente");
    await admin.press("Pasco");
    const asked = await admin.say("0403691");
    if (texts(asked).includes("¿Cómo se llama")) await admin.say("IE N.° 34001 Daniel Alcides Carrión");
    await admin.press("Inicial");
    await admin.press("Listo");
    await admin.press("Enviar");
    await admin.say("/invitar");
    await admin.press("especialista de UGEL");
    const replies = await admin.press("Pasco");
    const link = /https:\/\/t\.me\/pasco_educa_test_bot\?start=(inv_[A-Z0-9]+)/.exec(texts(replies));
    expect(link, texts(replies)).not.toBeNull();

    const specialist = person(2002);
    let answer = await specialist.say(`/start ${link?.[1] ?? ""}`);
    expect(texts(answer)).toContain("Recibimos tu código de invitación");
    await specialist.press("Español");
    answer = await specialist.press("Acepto");
    expect(texts(answer)).toContain("Revisa tu registro de perfil"); // no role question, no code to type
    answer = await specialist.press("Enviar");
    expect(texts(answer)).toContain("especialista de UGEL");
    const menu = await fake.waitFor(() => fake.commands({ scope: { type: "chat", chat_id: 2002 } }), "the specialist's menu");
    expect(menu.map((command) => command.command)).toEqual(expect.arrayContaining(["registros", "ata", "ata_estado"]));
    expect(menu.map((command) => command.command)).not.toContain("registrar");

    // The same link again: used.
    const late = person(2003);
    answer = await late.say(`/start ${link?.[1] ?? ""}`);
    expect(texts(answer)).toContain("Ese código ya fue usado");
    expect(texts(answer)).toContain("Elige tu idioma");

    // Data deleted: the chat's own menu goes, the default applies again.
    await specialist.say("/borrar_mis_datos");
    await specialist.press("Sí");
    await fake.waitFor(() => (fake.commands({ scope: { type: "chat", chat_id: 2002 } }) === undefined ? true : undefined), "the chat menu removed");
  });

  it("answers a contest's deep link, links Slack from a deep link, and shows chat actions before files", async () => {
    const contest = await bot.app.services.db.contest.findFirstOrThrow({ where: { name: { contains: "Eureka" } }, orderBy: { year: "desc" } });
    const teacher = person(2001);
    let replies = await teacher.say(`/start c_${contest.id}`);
    expect(texts(replies)).toContain("Eureka");
    replies = await teacher.say("/start c_999999");
    expect(texts(replies)).not.toContain("Lo siento");

    // A code made on another channel (here the console) comes with the link that opens Telegram with it.
    const made = await bot.app.conversation.handle({ channel: "console", externalId: "enlace" }, { type: "command", command: "vincular", args: "" });
    const text = made.map((reply) => (reply.type === "text" ? reply.text : "")).join("\n");
    const payload = /\?start=(lk_[A-Z0-9]+)/.exec(text)?.[1];
    expect(payload, text).toBeDefined();
    replies = await teacher.say(`/start ${payload ?? ""}`);
    expect(texts(replies)).not.toContain("Lo siento");
    expect(texts(replies)).toMatch(/vincul/i);

    await teacher.say("/calendario");
    const before = fake.calls.length;
    await teacher.press("Agregar todos mis concursos");
    const calls = fake.calls.slice(before).map((call) => (call.method === "sendChatAction" ? `${call.method}:${String(call.params.action)}` : call.method));
    expect(calls).toContain("sendDocument");
    expect(calls.indexOf("sendChatAction:upload_document")).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf("sendChatAction:upload_document")).toBeLessThan(calls.indexOf("sendDocument"));
  });
});

describe("a Bot API server without setMyCommands", () => {
  it("logs and goes on: the bot still answers", async () => {
    const old = await startFakeTelegram({ unsupportedMethods: ["setMyCommands", "deleteMyCommands", "sendChatAction"] });
    const oldBot = new RestartableTelegramBot(old, { ADMIN_TELEGRAM_IDS: "900" });
    try {
      await oldBot.start();
      const someone = new TelegramPerson(old, () => oldBot.channel, { id: 3001, firstName: "Ana", languageCode: "es" });
      const replies = await someone.say("/start");
      expect(texts(replies)).toContain("Elige tu idioma");
      expect(old.callsTo("setMyCommands").every((call) => call.status === 404)).toBe(true);
    } finally {
      await oldBot.close();
      await old.close();
    }
  });
});
