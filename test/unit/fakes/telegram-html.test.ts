/**
 * The fake Bot API's parse_mode HTML, edits and bot-level methods, driven by grammY: Telegram's tags only,
 * closed in order, reserved characters as entities (else 400 "can't parse entities"); the text kept as the
 * person reads it; edits of text and keyboard; command menus per scope and language; chat actions.
 */
import { Bot, GrammyError, InlineKeyboard } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeTelegram, type FakeTelegram, type FakeUser } from "../../fakes/telegram/index.js";

const rosa: FakeUser = { id: 7001, firstName: "Rosa", languageCode: "es" };
let tg: FakeTelegram;
let bot: Bot;

beforeAll(async () => {
  tg = await startFakeTelegram();
  bot = new Bot(tg.token, { client: { apiRoot: tg.apiRoot } });
});

afterAll(async () => {
  await tg.close();
});

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof GrammyError) return `${error.error_code} ${error.description}`;
    throw error;
  }
  return "accepted";
}

describe("fake Telegram: parse_mode HTML", () => {
  it("keeps what the person reads, with bold as an entity", async () => {
    const sent = await bot.api.sendMessage(rosa.id, "<b>Título</b>\nMaría &amp; José &lt;3 &#8212; «bien»", { parse_mode: "HTML" });
    expect(sent.text).toBe("Título\nMaría & José <3 — «bien»");
    expect(sent.entities).toEqual([{ type: "bold", offset: 0, length: 6 }]);
    expect(tg.lastMessageTo(rosa.id)?.text).toBe("Título\nMaría & José <3 — «bien»");
  });

  it.each([
    ["an unknown tag", "hola <script>x</script>", "Unsupported start tag"],
    ["an unclosed tag", "<b>sin cerrar", "Can't find end tag"],
    ["tags closed out of order", "<b><i>x</b></i>", "Unmatched end tag"],
    ["a bare <", "3 < 4", "Unclosed start tag"],
    ["a bare &", "Pérez & Hijos", "Character '&' is reserved"],
    ["a bare >", "4 > 3", "Character '>' is reserved"],
  ])("refuses %s with 400 can't parse entities", async (_what, text, detail) => {
    const answer = await refusal(bot.api.sendMessage(rosa.id, text, { parse_mode: "HTML" }));
    expect(answer).toMatch(/^400 Bad Request: can't parse entities: /);
    expect(answer).toContain(detail);
  });

  it("takes the same characters as plain text without parse_mode", async () => {
    const sent = await bot.api.sendMessage(rosa.id, "Pérez & Hijos <3 > 2");
    expect(sent.text).toBe("Pérez & Hijos <3 > 2");
  });
});

describe("fake Telegram: edits, menus, chat actions", () => {
  it("edits text and keyboard, and says when nothing changed", async () => {
    const sent = await bot.api.sendMessage(rosa.id, "☐ Primaria", { reply_markup: new InlineKeyboard().text("☐ Primaria", "t0") });
    const edited = await bot.api.editMessageText(rosa.id, sent.message_id, "<b>☑ Primaria</b>", { parse_mode: "HTML", reply_markup: new InlineKeyboard().text("☑ Primaria", "t0") });
    expect(edited).toMatchObject({ text: "☑ Primaria", entities: [{ type: "bold", offset: 0, length: 10 }] });
    expect(tg.messagesTo(rosa.id).filter((message) => message.messageId === sent.message_id)).toHaveLength(1);
    expect(tg.message(rosa.id, sent.message_id)?.editCount).toBe(1);
    expect(await refusal(bot.api.editMessageText(rosa.id, sent.message_id, "<b>☑ Primaria</b>", { parse_mode: "HTML", reply_markup: new InlineKeyboard().text("☑ Primaria", "t0") }))).toContain("message is not modified");
    expect(await refusal(bot.api.editMessageText(rosa.id, sent.message_id, "<b>roto", { parse_mode: "HTML" }))).toContain("can't parse entities");

    await bot.api.editMessageReplyMarkup(rosa.id, sent.message_id, { reply_markup: { inline_keyboard: [] } });
    expect(tg.message(rosa.id, sent.message_id)?.inlineKeyboard).toEqual([]);
    expect(await refusal(bot.api.editMessageReplyMarkup(rosa.id, sent.message_id, { reply_markup: { inline_keyboard: [] } }))).toContain("message is not modified");
    expect(await refusal(bot.api.editMessageText(rosa.id, 999_999, "x"))).toBe("400 Bad Request: message to edit not found");
  });

  it("keeps a command menu per scope and language, and accepts chat actions", async () => {
    await bot.api.setMyCommands([{ command: "ayuda", description: "Qué puedo hacer" }], { language_code: "es" });
    await bot.api.setMyCommands([{ command: "registros", description: "Registros de mi UGEL" }], { scope: { type: "chat", chat_id: rosa.id }, language_code: "es" });
    expect(tg.commands({ languageCode: "es" })).toEqual([{ command: "ayuda", description: "Qué puedo hacer" }]);
    expect(tg.commands({ scope: { type: "chat", chat_id: rosa.id }, languageCode: "es" })).toEqual([{ command: "registros", description: "Registros de mi UGEL" }]);
    expect(tg.commands({ scope: { type: "chat", chat_id: rosa.id } })).toBeUndefined();
    await bot.api.deleteMyCommands({ scope: { type: "chat", chat_id: rosa.id }, language_code: "es" });
    expect(tg.commands({ scope: { type: "chat", chat_id: rosa.id }, languageCode: "es" })).toBeUndefined();
    await expect(bot.api.sendChatAction(rosa.id, "typing")).resolves.toBe(true);
    expect(tg.callsTo("sendChatAction").at(-1)?.params).toMatchObject({ action: "typing" });
  });
});
