/**
 * The fake Telegram Bot API driven by the real grammY client: long polling,
 * commands, button presses, uploads, 429 + auto-retry, 403, webhooks.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, GrammyError, InlineKeyboard, InputFile, webhookCallback } from "grammy";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeTelegram, type FakeTelegram, type FakeUser } from "../../fakes/telegram/index.js";

const ana: FakeUser = { id: 1001, firstName: "Ana", languageCode: "es" };

function newBot(tg: FakeTelegram): Bot {
  const bot = new Bot(tg.token, { client: { apiRoot: tg.apiRoot } });
  bot.catch((error) => {
    throw error.error;
  });
  return bot;
}

/** Starts long polling and resolves once grammY is initialised. */
async function startPolling(bot: Bot): Promise<{ stop: () => Promise<void> }> {
  let running: Promise<void> = Promise.resolve();
  await new Promise<void>((resolve, reject) => {
    running = bot.start({ timeout: 30, onStart: () => resolve() });
    running.catch(reject);
  });
  return {
    stop: async () => {
      await bot.stop();
      await running;
    },
  };
}

describe("fake Telegram with a grammY bot (long polling)", () => {
  let tg: FakeTelegram;
  beforeAll(async () => {
    tg = await startFakeTelegram();
  });
  afterAll(async () => {
    await tg.close();
  });

  it("answers /start, handles a button press and stops cleanly", async () => {
    const bot = newBot(tg);
    bot.command("start", (ctx) =>
      ctx.reply(`Hola ${ctx.from?.first_name}`, { reply_markup: new InlineKeyboard().text("Ver cursos", "courses:list") }),
    );
    bot.callbackQuery("courses:list", async (ctx) => {
      await ctx.answerCallbackQuery({ text: "Cargando" });
      await ctx.editMessageText("Cursos disponibles");
    });
    const polling = await startPolling(bot);

    tg.sendCommand(ana, "/start");
    const welcome = await tg.waitForMessage(ana.id);
    expect(welcome.text).toBe("Hola Ana");
    expect(welcome.inlineKeyboard[0]?.[0]).toMatchObject({ text: "Ver cursos", callback_data: "courses:list" });

    const press = tg.pressButton(ana, welcome.messageId, "courses:list");
    const edited = await tg.waitForMessage(ana.id, (m) => m.text === "Cursos disponibles");
    expect(edited.messageId).toBe(welcome.messageId);
    expect(edited.editCount).toBe(1);
    expect(edited.inlineKeyboard).toEqual([]);
    expect(tg.answeredCallbacks).toContainEqual(expect.objectContaining({ callbackQueryId: press.callback_query?.id, text: "Cargando" }));
    expect(tg.messagesTo(ana.id)).toHaveLength(1);

    await polling.stop();
    expect(tg.calls.map((call) => call.method)).toEqual(expect.arrayContaining(["getMe", "deleteWebhook", "getUpdates", "sendMessage", "answerCallbackQuery", "editMessageText"]));
    expect(() => tg.pressButton(ana, welcome.messageId, "nope")).toThrow(/no button/);
  });

  it("delivers a duplicated update twice with the same update_id", async () => {
    const bot = newBot(tg);
    const seen: number[] = [];
    bot.on("message:text", (ctx) => {
      seen.push(ctx.update.update_id);
      return ctx.reply(`eco ${seen.length}`);
    });
    const polling = await startPolling(bot);
    const user: FakeUser = { id: 1002 };
    const update = tg.sendText(user, "hola");
    await tg.waitForMessage(user.id, (m) => m.text === "eco 1");
    tg.redeliver(update.update_id);
    await tg.waitForMessage(user.id, (m) => m.text === "eco 2", { since: 0 });
    await polling.stop();
    expect(seen).toEqual([update.update_id, update.update_id]);
  });

  it("receives documents uploaded with InputFile (multipart) and serves user files", async () => {
    const bot = newBot(tg);
    const user: FakeUser = { id: 1003 };
    await bot.api.sendDocument(user.id, new InputFile(Buffer.from("a;b\n1;2\n"), "reporte final.csv"), { caption: "Tu reporte" });
    const [document] = tg.documents;
    expect(document).toMatchObject({ chatId: user.id, fileName: "reporte final.csv", mimeType: "text/csv", size: 8, source: "upload" });
    expect(document?.bytes.toString()).toBe("a;b\n1;2\n");
    expect(tg.lastMessageTo(user.id)).toMatchObject({ kind: "document", text: "Tu reporte" });

    const incoming = tg.sendDocument(user, { fileName: "notas.xlsx", content: "contenido" });
    const file = await bot.api.getFile(incoming.message?.document?.file_id ?? "");
    const download = await fetch(`${tg.apiRoot}/file/bot${tg.token}/${file.file_path}`);
    expect(await download.text()).toBe("contenido");
    expect(incoming.message?.document?.mime_type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    const big = tg.sendDocument(user, { fileName: "grande.pdf", fileSize: 25 * 1024 * 1024 });
    await expect(bot.api.getFile(big.message?.document?.file_id ?? "")).rejects.toMatchObject({ error_code: 400, description: "Bad Request: file is too big" });
  });

  it("validates like Telegram", async () => {
    const bot = newBot(tg);
    await expect(bot.api.sendMessage(ana.id, "x".repeat(4097))).rejects.toMatchObject({ error_code: 400, description: "Bad Request: message is too long" });
    await expect(bot.api.sendMessage(ana.id, `<b>${"x".repeat(4096)}</b>`, { parse_mode: "HTML" })).resolves.toBeTruthy();
    await expect(
      bot.api.sendMessage(ana.id, "botones", { reply_markup: new InlineKeyboard().text("largo", "d".repeat(65)) }),
    ).rejects.toMatchObject({ error_code: 400, description: "Bad Request: BUTTON_DATA_INVALID" });
    await expect(bot.api.answerCallbackQuery("unknown")).rejects.toMatchObject({ error_code: 400 });
    const sent = await bot.api.sendMessage(ana.id, "igual");
    await expect(bot.api.editMessageText(ana.id, sent.message_id, "igual")).rejects.toMatchObject({ description: expect.stringContaining("message is not modified") });
    const unknown = await fetch(`${tg.apiRoot}/bot${tg.token}/noSuchMethod`, { method: "POST" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, error_code: 404, description: "Not Found: method not found" });
    const wrongToken = await fetch(`${tg.apiRoot}/bot123:wrong/getMe`);
    expect(wrongToken.status).toBe(401);
  });

  it("answers a callback query only once", async () => {
    const bot = newBot(tg);
    const sent = await bot.api.sendMessage(ana.id, "elige", { reply_markup: new InlineKeyboard().text("A", "a") });
    const press = tg.pressButton(ana, sent.message_id, "a");
    const id = press.callback_query?.id ?? "";
    await expect(bot.api.answerCallbackQuery(id)).resolves.toBe(true);
    await expect(bot.api.answerCallbackQuery(id)).rejects.toMatchObject({ error_code: 400 });
  });
});

describe("fake Telegram: photos, commands, chats, global limit", () => {
  let tg: FakeTelegram;
  beforeAll(async () => {
    tg = await startFakeTelegram({ limits: { requireKnownChat: true } });
  });
  afterAll(async () => {
    await tg.close();
  });

  it("handles photos both ways, commands and getChat", async () => {
    const bot = newBot(tg);
    const user: FakeUser = { id: 5001, firstName: "Rosa" };
    await expect(bot.api.sendMessage(user.id, "hola")).rejects.toMatchObject({ error_code: 400, description: "Bad Request: chat not found" });
    const update = tg.sendPhoto(user, { content: Buffer.from([1, 2, 3]), caption: "mi foto" });
    const sizes = update.message?.photo ?? [];
    const file = await bot.api.getFile(sizes[sizes.length - 1]?.file_id ?? "");
    expect(file.file_size).toBe(3);

    const sent = await bot.api.sendPhoto(user.id, new InputFile(Buffer.from("jpg"), "foto.jpg"), { caption: "respuesta" });
    expect(sent.photo?.[0]?.file_id).toBe(tg.photos[0]?.fileId);
    await expect(bot.api.editMessageText(user.id, sent.message_id, "texto")).rejects.toMatchObject({ description: "Bad Request: there is no text in the message to edit" });
    // Reusing the returned file_id needs no upload.
    await bot.api.sendPhoto(user.id, sent.photo?.[0]?.file_id ?? "");
    expect(tg.photos[1]).toMatchObject({ source: "file_id", fileId: tg.photos[0]?.fileId });

    await bot.api.setMyCommands([{ command: "start", description: "Empezar" }], { language_code: "es" });
    expect(tg.commands({ languageCode: "es" })).toEqual([{ command: "start", description: "Empezar" }]);
    await expect(bot.api.setMyCommands([{ command: "Mal-Comando", description: "x" }])).rejects.toMatchObject({ description: "Bad Request: BOT_COMMAND_INVALID" });
    expect(await bot.api.getChat(user.id)).toMatchObject({ id: user.id, type: "private", first_name: "Rosa" });
  });

  it("applies the global limit across chats", async () => {
    const bot = newBot(tg);
    const users = [5101, 5102, 5103].map((id) => ({ id }));
    for (const user of users) tg.registerUser(user);
    tg.setLimits({ requireKnownChat: true, global: { max: 2, windowMs: 1000 } });
    await bot.api.sendMessage(5101, "a");
    await bot.api.sendMessage(5102, "b");
    await expect(bot.api.sendMessage(5103, "c")).rejects.toMatchObject({ error_code: 429 });
    expect(tg.stats().tooManyRequests).toBe(1);
  });
});

describe("fake Telegram limits", () => {
  let tg: FakeTelegram;
  beforeAll(async () => {
    tg = await startFakeTelegram({ limits: { perChat: { max: 1, windowMs: 1000 } } });
  });
  afterAll(async () => {
    await tg.close();
  });
  afterEach(() => {
    tg.setLimits({ perChat: { max: 1, windowMs: 1000 } });
  });

  it("answers 429 with retry_after when the per-chat limit is exceeded", async () => {
    const bot = newBot(tg);
    await bot.api.sendMessage(2001, "uno");
    const error = await bot.api.sendMessage(2001, "dos").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect(error).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });
    // Sending again right away ignores retry_after.
    await bot.api.sendMessage(2001, "tres").catch(() => undefined);
    expect(tg.stats().unhonoured429).toBe(1);
    // Another chat is not affected.
    await expect(bot.api.sendMessage(2002, "otro chat")).resolves.toBeTruthy();
  });

  it("lets @grammyjs/auto-retry wait for retry_after and succeed", async () => {
    const bot = newBot(tg);
    bot.api.config.use(autoRetry());
    const before = tg.stats();
    const started = performance.now();
    await Promise.all([bot.api.sendMessage(2003, "uno"), bot.api.sendMessage(2003, "dos")]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    const after = tg.stats();
    expect(after.tooManyRequests - before.tooManyRequests).toBeGreaterThanOrEqual(1);
    expect(after.unhonoured429).toBe(before.unhonoured429);
    expect(tg.acceptedSends(2003)).toBe(2);
    expect(tg.messagesTo(2003).map((m) => m.text).sort()).toEqual(["dos", "uno"]);
  });

  it("answers 403 for a forbidden chat and after the user blocks the bot", async () => {
    const bot = newBot(tg);
    tg.forbid(2004);
    await expect(bot.api.sendMessage(2004, "hola")).rejects.toMatchObject({ error_code: 403, description: "Forbidden: bot was blocked by the user" });
    const user: FakeUser = { id: 2005 };
    const update = tg.blockBot(user);
    expect(update.my_chat_member?.new_chat_member.status).toBe("kicked");
    await expect(bot.api.sendMessage(user.id, "hola")).rejects.toMatchObject({ error_code: 403 });
    expect(tg.stats().forbidden).toBe(2);
  });

  it("injects reproducible failures from a seed", async () => {
    const outcomes = async (): Promise<Array<number | undefined>> => {
      const fake = await startFakeTelegram({ limits: { failures: { rate: 0.5, seed: 42, kinds: ["500", "drop"] } } });
      try {
        const bot = newBot(fake);
        for (let i = 0; i < 12; i++) await bot.api.sendMessage(3000 + i, "x").catch(() => undefined);
        return fake.calls.map((call) => call.status);
      } finally {
        await fake.close();
      }
    };
    const first = await outcomes();
    expect(first).toEqual(await outcomes());
    expect(first).toContain(500);
    expect(first).toContain(0);
    expect(first).toContain(200);
  });
});

describe("fake Telegram webhooks", () => {
  let tg: FakeTelegram;
  const servers: Server[] = [];
  beforeAll(async () => {
    tg = await startFakeTelegram();
  });
  afterAll(async () => {
    await tg.close();
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  async function listen(server: Server): Promise<string> {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram`;
  }

  it("POSTs each update with the secret header to a grammY webhook", async () => {
    const bot = newBot(tg);
    bot.on("message:text", (ctx) => ctx.reply(`recibido: ${ctx.message.text}`));
    const headers: Array<string | undefined> = [];
    const handle = webhookCallback(bot, "http", { secretToken: "s3cr3t" });
    const url = await listen(
      createServer((req, res) => {
        headers.push(req.headers["x-telegram-bot-api-secret-token"] as string | undefined);
        void handle(req, res);
      }),
    );
    await bot.api.setWebhook(url, { secret_token: "s3cr3t" });
    expect((await bot.api.getWebhookInfo()).url).toBe(url);

    const user: FakeUser = { id: 4001 };
    tg.sendText(user, "hola");
    const reply = await tg.waitForMessage(user.id);
    expect(reply.text).toBe("recibido: hola");
    const [delivery] = await tg.waitForWebhookDeliveries(1);
    expect(delivery).toMatchObject({ status: 200, secretSent: true, url });
    expect(headers).toEqual(["s3cr3t"]);

    await expect(bot.api.getUpdates()).rejects.toMatchObject({ error_code: 409 });

    // A bot expecting another secret refuses the delivery; the fake records the status.
    await bot.api.setWebhook(url, { secret_token: "otro" });
    tg.sendText(user, "de nuevo");
    const deliveries = await tg.waitForWebhookDeliveries(2);
    expect(deliveries[1]?.status).toBe(401);
    expect((await bot.api.getWebhookInfo()).last_error_message).toContain("401");
    await bot.api.deleteWebhook();
  });
});
