/**
 * The real Telegram channel wired to the real app and the fake Telegram Bot API, plus a "person" helper that
 * sends something and waits until the bot has fully answered it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Bot } from "grammy";
import type { App } from "../../src/app.js";
import { createTelegramBot } from "../../src/channels/telegram/bot.js";
import { telegramFileFetcher } from "../../src/channels/telegram/fetch-file.js";
import { setupTelegramMenus } from "../../src/channels/telegram/menus-setup.js";
import { runTelegram, type RunningTelegram } from "../../src/channels/telegram/run.js";
import { markUnreachable } from "../../src/domain/people.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import { silentLogger } from "../../src/logger.js";
import { createTestApp } from "./app.js";
import { createTestDatabase, testDatabaseUrl, testLogger } from "./db.js";
import type { FakeTelegram } from "../fakes/telegram/index.js";
import type { BotMessage, FakeUser } from "../fakes/telegram/types.js";

export interface TelegramHarness {
  bot: Bot;
  running: RunningTelegram;
  /** Waits until the update with this id has been handled. */
  handled(updateId: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startTelegramChannel(app: App, fake: FakeTelegram): Promise<TelegramHarness> {
  const done = new Set<number>();
  const waiting = new Map<number, () => void>();
  const db = app.services.db;
  const bot = createTelegramBot({
    token: fake.token,
    apiRoot: fake.apiRoot,
    logger: silentLogger,
    handle: app.conversation.handle.bind(app.conversation),
    firstDelivery: (updateId) => app.services.sessions.firstDelivery("telegram", String(updateId)),
    markUnreachable: (externalId) => markUnreachable(db, "telegram", externalId, new Date()),
    onUpdateHandled: (updateId) => {
      done.add(updateId);
      waiting.get(updateId)?.();
    },
  });
  app.services.files.register("telegram", telegramFileFetcher(bot.api, { token: fake.token, apiRoot: fake.apiRoot }));
  const running = await runTelegram(bot, { host: "127.0.0.1", port: 0, logger: silentLogger, health: async () => ({ ok: true }) });
  app.services.settings.telegramBotUsername ??= bot.botInfo.username;
  await setupTelegramMenus(bot.api, app, silentLogger);
  return {
    bot,
    running,
    handled: (updateId) =>
      done.has(updateId)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`update ${updateId} not handled in time`)), 15_000);
            waiting.set(updateId, () => {
              clearTimeout(timer);
              resolve();
            });
          }),
    stop: () => running.stop(),
  };
}

interface Snapshot {
  seq: number;
  messages: Map<number, { text: string | undefined }>;
}

/** A person on Telegram: says things, presses buttons, and reads what the bot answered to each. */
export class TelegramPerson {
  constructor(
    private readonly fake: FakeTelegram,
    private readonly channel: () => TelegramHarness,
    readonly user: FakeUser,
  ) {}

  async say(text: string): Promise<BotMessage[]> {
    const before = this.snapshot();
    const update = text.startsWith("/") ? this.fake.sendCommand(this.user, text.slice(1).split(" ")[0] as string, text.split(" ").slice(1).join(" ") || undefined) : this.fake.sendText(this.user, text);
    await this.channel().handled(update.update_id);
    return this.changedSince(before);
  }

  /** Everything the bot wrote since `before`: new messages and messages edited into new content, in order. */
  private changedSince(before: Snapshot): BotMessage[] {
    return this.fake
      .messagesTo(this.user.id)
      .filter((message) => {
        if (message.seq <= before.seq) return false;
        const old = before.messages.get(message.messageId);
        // A message whose keyboard was only removed (closed) is not something new to read.
        return !old || old.text !== message.text || message.inlineKeyboard.length > 0;
      })
      .sort((a, b) => a.seq - b.seq);
  }

  private snapshot(): Snapshot {
    return { seq: this.fake.seq, messages: new Map(this.fake.messagesTo(this.user.id).map((message) => [message.messageId, { text: message.text }])) };
  }

  /** Presses the button whose label contains `label` on the bot's latest message that has it. */
  async press(label: string | RegExp): Promise<BotMessage[]> {
    const { message, data } = this.findButton(label);
    const before = this.snapshot();
    const update = this.fake.pressButton(this.user, message.messageId, data);
    await this.channel().handled(update.update_id);
    return this.changedSince(before);
  }

  /** Presses a button of a specific (possibly old) message. */
  async pressOn(message: BotMessage, label: string | RegExp): Promise<BotMessage[]> {
    const data = buttonData(message, label);
    if (!data) throw new Error(`no button ${String(label)} on message ${message.messageId}`);
    const before = this.snapshot();
    const update = this.fake.pressButton(this.user, message.messageId, data);
    await this.channel().handled(update.update_id);
    return this.changedSince(before);
  }

  /** Presses button data on a message as a client that still shows an old keyboard would (a double tap, a forgery). */
  async pressData(message: BotMessage, data: string): Promise<BotMessage[]> {
    const before = this.snapshot();
    const update = this.fake.pressButton(this.user, message.messageId, data, { force: true });
    await this.channel().handled(update.update_id);
    return this.changedSince(before);
  }

  async sendDocument(fileName: string, mimeType: string, fileSize: number): Promise<BotMessage[]> {
    const before = this.snapshot();
    const update = this.fake.sendDocument(this.user, { fileName, mimeType, fileSize });
    await this.channel().handled(update.update_id);
    return this.changedSince(before);
  }

  last(): BotMessage {
    const message = this.fake.lastMessageTo(this.user.id);
    if (!message) throw new Error("the bot has not written yet");
    return message;
  }

  private findButton(label: string | RegExp): { message: BotMessage; data: string } {
    const messages = this.fake.messagesTo(this.user.id);
    for (let index = messages.length - 1; index >= 0; index--) {
      const message = messages[index] as BotMessage;
      const data = buttonData(message, label);
      if (data) return { message, data };
      if (message.inlineKeyboard.length > 0) break;
    }
    throw new Error(`no button ${String(label)} on the latest keyboard: ${JSON.stringify(this.last().inlineKeyboard.flat().map((button) => button.text))}`);
  }
}

export function buttonData(message: BotMessage, label: string | RegExp): string | undefined {
  for (const button of message.inlineKeyboard.flat()) {
    const matches = typeof label === "string" ? button.text.includes(label) : label.test(button.text);
    if (matches && "callback_data" in button) return button.callback_data;
  }
  return undefined;
}

export function texts(messages: BotMessage[]): string {
  return messages.map((message) => message.text ?? "").join("\n---\n");
}

/**
 * The bot on data that survives a restart: PGlite in a temporary folder, or the scratch PostgreSQL database.
 * restart() stops the channel and the app and starts them again on the same data, as a new process would.
 */
export class RestartableTelegramBot {
  app!: App;
  channel!: TelegramHarness;
  private database!: Database;
  private dataDir: string | undefined;

  constructor(
    private readonly fake: FakeTelegram,
    private readonly env: Record<string, string> = {},
  ) {}

  async start(): Promise<void> {
    this.database = await this.openDatabase();
    await this.boot();
  }

  async restart(): Promise<void> {
    await this.channel.stop();
    if (testDatabaseUrl()) {
      await this.app.conversation.drain();
    } else {
      await this.app.close();
      this.database = await this.openDatabase();
    }
    await this.boot();
  }

  async close(): Promise<void> {
    await this.channel?.stop();
    await this.app?.close();
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async openDatabase(): Promise<Database> {
    if (testDatabaseUrl()) return createTestDatabase();
    this.dataDir ??= mkdtempSync(join(tmpdir(), "pasco-e2e-"));
    return openDatabase({ dataDir: this.dataDir, logger: testLogger });
  }

  private async boot(): Promise<void> {
    this.app = await createTestApp(this.database, this.env);
    this.channel = await startTelegramChannel(this.app, this.fake);
  }
}
