/**
 * Replies that replace or close the pressed message, rendered on the fake Bot API: an edit in place, the
 * recorded answer under the text, "message is not modified" taken as done, and a new message where the edit is
 * refused (the message deleted).
 */
import { Api, InlineKeyboard } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendReplies } from "../../../src/channels/telegram/render.js";
import { closeOrigin, inPlace, textReply } from "../../../src/core/types.js";
import { startFakeTelegram, type FakeTelegram } from "../../fakes/telegram/index.js";

const chat = 8001;
let tg: FakeTelegram;
let api: Api;

beforeAll(async () => {
  tg = await startFakeTelegram();
  api = new Api(tg.token, { apiRoot: tg.apiRoot });
});

afterAll(async () => {
  await tg.close();
});

async function question(text = "¿Niveles?") {
  return api.sendMessage(chat, text, { reply_markup: new InlineKeyboard().text("☐ Primaria", "t0") });
}

describe("Telegram replies on the pressed message", () => {
  it("edits it in place, escaped as HTML, and counts an unchanged edit as done", async () => {
    const sent = await question();
    const reply = inPlace(textReply("¿Niveles? <todos> & más", [[{ label: "☑ Primaria", data: "t0" }]]));
    expect(await sendReplies(api, chat, [reply], { messageId: sent.message_id })).toEqual([sent.message_id]);
    expect(tg.message(chat, sent.message_id)).toMatchObject({ text: "¿Niveles? <todos> & más", editCount: 1 });
    expect(await sendReplies(api, chat, [reply], { messageId: sent.message_id })).toEqual([sent.message_id]); // not modified
    expect(tg.messagesTo(chat).filter((message) => message.messageId > sent.message_id)).toEqual([]);
  });

  it("writes the recorded answer under its text and removes the buttons", async () => {
    const sent = await api.sendMessage(chat, "<b>Anuncio</b>\nTaller", { parse_mode: "HTML", reply_markup: new InlineKeyboard().text("✅ Recibido", "ata:r:1") });
    await sendReplies(api, chat, [closeOrigin("✅ Recibido")], { messageId: sent.message_id, text: sent.text ?? "", ...(sent.entities ? { entities: sent.entities } : {}) });
    const after = tg.message(chat, sent.message_id);
    expect(after?.text).toBe("Anuncio\nTaller\n\n✅ Recibido");
    expect(after?.inlineKeyboard).toEqual([]);
    expect(tg.callsTo("editMessageText").at(-1)?.params.entities).toEqual([{ type: "bold", offset: 0, length: 7 }]);
  });

  it("sends a new message where the pressed one can no longer be edited", async () => {
    const sent = await question();
    await api.deleteMessage(chat, sent.message_id);
    const ids = await sendReplies(api, chat, [closeOrigin("✅ Recibido"), inPlace(textReply("Página 2"))], { messageId: sent.message_id, text: "¿Niveles?" });
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(sent.message_id);
    expect(tg.messagesTo(chat).slice(-2).map((message) => message.text)).toEqual(["✅ Recibido", "Página 2"]);
  });
});
