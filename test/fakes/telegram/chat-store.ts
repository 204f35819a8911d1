/**
 * Chats and the messages the bot sent into them. Message ids are per chat and
 * shared by user and bot messages, as in Telegram private chats. Every change
 * (a user action, a bot send, edit or delete) takes the next value of a global
 * change counter (`seq`), which lets `waitForMessage` wait for "a message sent
 * or edited after the user's last action".
 */
import type { Chat } from "grammy/types";
import type { BotMessage, FakeUser } from "./types.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type BotMessageDraft = Omit<BotMessage, "messageId" | "editCount" | "deleted" | "seq">;
export type BotMessageChanges = Partial<Pick<BotMessage, "text" | "parseMode" | "replyMarkup" | "inlineKeyboard" | "message">>;

interface ChatState {
  chat: Chat;
  known: boolean;
  nextMessageId: number;
  lastUserActionSeq: number;
  readonly botMessages: Map<number, Mutable<BotMessage>>;
}

export function privateChatOf(user: FakeUser): Chat.PrivateChat {
  return {
    id: user.id,
    type: "private",
    first_name: user.firstName ?? `User ${user.id}`,
    ...(user.lastName ? { last_name: user.lastName } : {}),
    ...(user.username ? { username: user.username } : {}),
  };
}

export class ChatStore {
  private readonly chats = new Map<number, ChatState>();
  private changeCounter = 0;

  /** Current value of the change counter. */
  get seq(): number {
    return this.changeCounter;
  }

  registerUser(user: FakeUser): Chat {
    const state = this.ensure(user.id);
    state.chat = privateChatOf(user);
    state.known = true;
    return state.chat;
  }

  isKnown(chatId: number): boolean {
    return this.chats.get(chatId)?.known ?? false;
  }

  chatOf(chatId: number): Chat | undefined {
    return this.chats.get(chatId)?.chat;
  }

  /** The chat, created on first use (a private chat for positive ids, a group otherwise). */
  ensure(chatId: number): ChatState {
    let state = this.chats.get(chatId);
    if (!state) {
      const chat: Chat =
        chatId > 0
          ? { id: chatId, type: "private", first_name: `User ${chatId}` }
          : { id: chatId, type: "supergroup", title: `Group ${chatId}` };
      state = { chat, known: false, nextMessageId: 1, lastUserActionSeq: 0, botMessages: new Map() };
      this.chats.set(chatId, state);
    }
    return state;
  }

  nextMessageId(chatId: number): number {
    return this.ensure(chatId).nextMessageId++;
  }

  markUserAction(chatId: number): void {
    this.ensure(chatId).lastUserActionSeq = ++this.changeCounter;
  }

  lastUserActionSeq(chatId: number): number {
    return this.chats.get(chatId)?.lastUserActionSeq ?? 0;
  }

  addBotMessage(messageId: number, draft: BotMessageDraft): BotMessage {
    const record: Mutable<BotMessage> = { ...draft, messageId, editCount: 0, deleted: false, seq: ++this.changeCounter };
    this.ensure(draft.chatId).botMessages.set(messageId, record);
    return record;
  }

  editBotMessage(chatId: number, messageId: number, changes: BotMessageChanges): BotMessage {
    const record = this.requireLive(chatId, messageId);
    Object.assign(record, changes);
    record.editCount += 1;
    record.seq = ++this.changeCounter;
    return record;
  }

  deleteBotMessage(chatId: number, messageId: number): void {
    const record = this.requireLive(chatId, messageId);
    record.deleted = true;
    record.seq = ++this.changeCounter;
  }

  /** A bot message, including deleted ones. */
  botMessage(chatId: number, messageId: number): BotMessage | undefined {
    return this.chats.get(chatId)?.botMessages.get(messageId);
  }

  /** Bot messages of a chat that were not deleted, oldest first. */
  messagesTo(chatId: number): BotMessage[] {
    const state = this.chats.get(chatId);
    if (!state) return [];
    return [...state.botMessages.values()].filter((message) => !message.deleted);
  }

  private requireLive(chatId: number, messageId: number): Mutable<BotMessage> {
    const record = this.chats.get(chatId)?.botMessages.get(messageId);
    if (!record || record.deleted) throw new Error(`no live bot message ${messageId} in chat ${chatId}`);
    return record;
  }
}
