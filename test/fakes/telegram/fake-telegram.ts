/**
 * FakeTelegram: the object tests hold. It starts the fake Bot API server
 * (point grammY at it with `client: { apiRoot: tg.apiRoot }`), lets tests act
 * as users (text, commands, button presses, files, blocking, raw and duplicate
 * updates), observe everything the bot did (calls, current messages, files,
 * callback answers, webhook deliveries) and wait for it without sleeps, and
 * switch on limits and failures (429, 403, 500, dropped connections).
 *
 *   const tg = await startFakeTelegram();
 *   const bot = new Bot(tg.token, { client: { apiRoot: tg.apiRoot } });
 *   tg.sendCommand(user, "/start");
 *   const reply = await tg.waitForMessage(user.id);
 *   await tg.close();
 */
import type { BotCommand, Update, UserFromGetMe } from "grammy/types";
import type { LocalServer } from "../shared/local-server.js";
import { Waiters, type WaitOptions } from "../shared/waiters.js";
import { CallbackRegistry } from "./callback-registry.js";
import { ChatStore } from "./chat-store.js";
import { Dispatcher } from "./dispatcher.js";
import { FileStore } from "./file-store.js";
import { commandsKey } from "./methods/bot.js";
import type { BotApiState } from "./methods/index.js";
import { startTelegramServer } from "./server.js";
import { TrafficControl } from "./traffic-control.js";
import type {
  AnsweredCallback,
  BotMessage,
  FakeTelegramOptions,
  FakeUser,
  ReceivedFile,
  RecordedCall,
  TelegramLimits,
  TrafficStats,
  WebhookDelivery,
} from "./types.js";
import type { UpdateBody } from "./update-factory.js";
import { UpdateQueue } from "./update-queue.js";
import { UserSimulator, type DocumentInput, type PhotoInput, type PressOptions } from "./user-simulator.js";
import { WebhookDispatcher } from "./webhook.js";

export const DEFAULT_TOKEN = "7000000001:AAFakePascoEducaBotTokenForTests0000";

export interface MessageWaitOptions extends WaitOptions {
  /** Only messages sent/edited after this change number (default: the chat's last user action). */
  readonly since?: number;
}

export interface CallWaitOptions extends WaitOptions {
  /** Count only successful calls. */
  readonly okOnly?: boolean;
}

export class FakeTelegram {
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  private readonly waiters = new Waiters();
  private readonly chats = new ChatStore();
  private readonly updates = new UpdateQueue();
  private readonly traffic: TrafficControl;
  private readonly state: BotApiState;
  private readonly dispatcher: Dispatcher;
  private readonly webhook: WebhookDispatcher;
  private readonly users: UserSimulator;
  private server: LocalServer | undefined;
  private requireKnownChat: boolean;

  private constructor(options: FakeTelegramOptions) {
    this.token = options.token ?? DEFAULT_TOKEN;
    this.botInfo = botInfoFor(this.token, options);
    const notify = (): void => this.waiters.notify();
    this.requireKnownChat = options.limits?.requireKnownChat ?? false;
    this.traffic = new TrafficControl(options.limits);
    this.webhook = new WebhookDispatcher(this.updates, {
      delivered: notify,
      reply: async (call) => {
        const { method, ...params } = call;
        await this.dispatcher.dispatch(String(method), params, [], new AbortController().signal);
      },
    });
    const files = new FileStore();
    const callbacks = new CallbackRegistry(`${this.botInfo.id}`);
    this.state = {
      botInfo: this.botInfo,
      chats: this.chats,
      files,
      updates: this.updates,
      webhook: this.webhook,
      callbacks,
      commands: new Map(),
      documents: [],
      photos: [],
      requireKnownChat: () => this.requireKnownChat,
    };
    this.dispatcher = new Dispatcher(this.state, this.traffic, notify, new Set((options.unsupportedMethods ?? []).map((name) => name.toLowerCase())));
    this.users = new UserSimulator({ botInfo: this.botInfo, chats: this.chats, files, updates: this.updates, callbacks, traffic: this.traffic });
    this.updates.onEnqueue = () => this.webhook.kick();
  }

  static async start(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
    const fake = new FakeTelegram(options);
    fake.server = await startTelegramServer(fake.token, fake.dispatcher, fake.state.files);
    return fake;
  }

  /** Value for grammY's `client.apiRoot` (no trailing slash). */
  get apiRoot(): string {
    if (!this.server) throw new Error("FakeTelegram is not started");
    return this.server.origin;
  }

  // ---- acting as users -------------------------------------------------

  /** Makes a private chat known without sending anything (see `requireKnownChat`). */
  registerUser(user: FakeUser): void {
    this.users.registerUser(user);
  }

  sendText(user: FakeUser, text: string): Update {
    return this.users.sendText(user, text);
  }

  /** `/command` (leading slash optional) with optional arguments, with a bot_command entity. */
  sendCommand(user: FakeUser, command: string, args?: string): Update {
    return this.users.sendCommand(user, command, args);
  }

  /** Presses an inline button of a bot message; the callback query id is `update.callback_query.id`. */
  pressButton(user: FakeUser, messageId: number, data: string, options?: PressOptions): Update {
    return this.users.pressButton(user, messageId, data, options);
  }

  sendDocument(user: FakeUser, document: DocumentInput): Update {
    return this.users.sendDocument(user, document);
  }

  sendPhoto(user: FakeUser, photo?: PhotoInput): Update {
    return this.users.sendPhoto(user, photo);
  }

  /** Emits my_chat_member "kicked"; from then on sends to the user answer 403. */
  blockBot(user: FakeUser): Update {
    return this.users.blockBot(user);
  }

  unblockBot(user: FakeUser): Update {
    return this.users.unblockBot(user);
  }

  /** Queues any update; update_id is assigned unless given. */
  injectRaw(update: UpdateBody | Update): Update {
    return this.updates.push(update);
  }

  /** Delivers an already injected update again with the same update_id (duplicate delivery). */
  redeliver(updateId: number): Update {
    return this.updates.redeliver(updateId);
  }

  // ---- observing the bot -----------------------------------------------

  /** Every Bot API call, in arrival order. */
  get calls(): readonly RecordedCall[] {
    return this.dispatcher.calls;
  }

  callsTo(method: string): RecordedCall[] {
    return this.dispatcher.calls.filter((call) => call.method === method);
  }

  /** Current state of the bot's (not deleted) messages in a chat, oldest first. */
  messagesTo(chatId: number): BotMessage[] {
    return this.chats.messagesTo(chatId);
  }

  lastMessageTo(chatId: number): BotMessage | undefined {
    return this.chats.messagesTo(chatId).at(-1);
  }

  /** A bot message by id, including deleted ones. */
  message(chatId: number, messageId: number): BotMessage | undefined {
    return this.chats.botMessage(chatId, messageId);
  }

  get answeredCallbacks(): readonly AnsweredCallback[] {
    return this.state.callbacks.answered;
  }

  /** Documents the bot sent (sendDocument), with name, MIME type, size and bytes. */
  get documents(): readonly ReceivedFile[] {
    return this.state.documents;
  }

  get photos(): readonly ReceivedFile[] {
    return this.state.photos;
  }

  /** Commands set with setMyCommands for a scope (default scope) and language. */
  commands(options: { scope?: Record<string, unknown>; languageCode?: string } = {}): BotCommand[] | undefined {
    return this.state.commands.get(commandsKey({ scope: options.scope, language_code: options.languageCode }));
  }

  get webhookDeliveries(): readonly WebhookDelivery[] {
    return this.webhook.deliveries;
  }

  /** Current change number, to use as `since` in `waitForMessage`. */
  get seq(): number {
    return this.chats.seq;
  }

  /**
   * First bot message in the chat sent or edited after `since` (default: the
   * user's last action there) that satisfies `predicate`.
   */
  waitForMessage(chatId: number, predicate: (message: BotMessage) => boolean = () => true, options: MessageWaitOptions = {}): Promise<BotMessage> {
    const since = options.since ?? this.chats.lastUserActionSeq(chatId);
    const probe = (): BotMessage | undefined => {
      let found: BotMessage | undefined;
      for (const message of this.chats.messagesTo(chatId)) {
        if (message.seq > since && (!found || message.seq < found.seq) && predicate(message)) found = message;
      }
      return found;
    };
    const describe = (): string =>
      `a bot message in chat ${chatId} after change #${since}; messages now: ${JSON.stringify(this.chats.messagesTo(chatId).map((m) => ({ id: m.messageId, seq: m.seq, text: m.text })))}`;
    return this.waiters.wait(probe, describe, options);
  }

  /** Resolves with the calls of `method` once `count` of them were answered. */
  waitForCalls(method: string, count: number, options: CallWaitOptions = {}): Promise<RecordedCall[]> {
    const okOnly = options.okOnly ?? false;
    return this.waiters.wait(
      () => (this.dispatcher.completed(method, okOnly) >= count ? this.callsTo(method).filter((call) => call.status !== undefined && (!okOnly || call.ok)) : undefined),
      () => `${count} ${okOnly ? "successful " : ""}${method} calls (have ${this.dispatcher.completed(method, okOnly)})`,
      options,
    );
  }

  waitForWebhookDeliveries(count: number, options?: WaitOptions): Promise<WebhookDelivery[]> {
    return this.waiters.wait(
      () => (this.webhook.deliveries.length >= count ? [...this.webhook.deliveries] : undefined),
      () => `${count} webhook deliveries (have ${this.webhook.deliveries.length})`,
      options,
    );
  }

  /** Generic wait: re-evaluated after every bot call; resolves with the first non-undefined value. */
  waitFor<T>(probe: () => T | undefined, description: string, options?: WaitOptions): Promise<T> {
    return this.waiters.wait(probe, () => description, options);
  }

  // ---- limits and failures ---------------------------------------------

  /** Replaces rate limits, failure injection and `requireKnownChat` (forbidden chats and counters stay). */
  setLimits(limits: TelegramLimits): void {
    this.traffic.configure(limits);
    this.requireKnownChat = limits.requireKnownChat ?? false;
  }

  /** Sends to this chat answer 403 with `description` from now on. */
  forbid(chatId: number, description?: string): void {
    this.traffic.forbid(chatId, description);
  }

  allow(chatId: number): void {
    this.traffic.allow(chatId);
  }

  stats(): TrafficStats {
    return this.traffic.stats();
  }

  /** Successful sends (sendMessage, sendDocument, sendPhoto) to a chat. */
  acceptedSends(chatId: number): number {
    return this.traffic.acceptedSends(chatId);
  }

  async close(): Promise<void> {
    this.webhook.close();
    this.updates.close();
    this.waiters.failAll("FakeTelegram was closed");
    await this.server?.close();
  }
}

export function startFakeTelegram(options?: FakeTelegramOptions): Promise<FakeTelegram> {
  return FakeTelegram.start(options);
}

function botInfoFor(token: string, options: FakeTelegramOptions): UserFromGetMe {
  const id = Number(token.split(":")[0]);
  return {
    id: Number.isSafeInteger(id) && id > 0 ? id : 7000000001,
    is_bot: true,
    first_name: options.botFirstName ?? "Pasco Educa Bot",
    username: options.botUsername ?? "pasco_educa_test_bot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  } as UserFromGetMe;
}
