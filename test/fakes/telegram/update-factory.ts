/**
 * Builds the Update payloads a real Telegram client would cause: text and
 * command messages (with the `bot_command` entity grammY matches on),
 * documents, photos, button presses and my_chat_member changes. Pure
 * functions; ids and file records come from the caller.
 */
import type { CallbackQuery, ChatMemberUpdated, Message, MessageEntity, Update, User, UserFromGetMe } from "grammy/types";
import { privateChatOf } from "./chat-store.js";
import type { FakeUser, StoredFile } from "./types.js";

export type UpdateBody = Omit<Update, "update_id">;

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export function telegramUser(user: FakeUser): User {
  return {
    id: user.id,
    is_bot: false,
    first_name: user.firstName ?? `User ${user.id}`,
    ...(user.lastName ? { last_name: user.lastName } : {}),
    ...(user.username ? { username: user.username } : {}),
    ...(user.languageCode ? { language_code: user.languageCode } : {}),
  };
}

function baseMessage(user: FakeUser, messageId: number): Pick<Message, "message_id" | "date"> & Record<string, unknown> {
  return { message_id: messageId, date: nowSeconds(), from: telegramUser(user), chat: privateChatOf(user) };
}

/** Telegram marks a leading "/command" (optionally "@botname") as a bot_command entity. */
export function commandEntities(text: string): MessageEntity[] {
  const match = /^\/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?/.exec(text);
  return match ? [{ type: "bot_command", offset: 0, length: match[0].length }] : [];
}

export function textMessage(user: FakeUser, messageId: number, text: string): UpdateBody {
  const entities = commandEntities(text);
  const message = { ...baseMessage(user, messageId), text, ...(entities.length ? { entities } : {}) };
  return { message: message as Update["message"] };
}

export function documentMessage(user: FakeUser, messageId: number, file: StoredFile, caption?: string): UpdateBody {
  const document = {
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    file_size: file.size,
    ...(file.fileName ? { file_name: file.fileName } : {}),
    ...(file.mimeType ? { mime_type: file.mimeType } : {}),
  };
  const message = { ...baseMessage(user, messageId), document, ...(caption ? { caption } : {}) };
  return { message: message as Update["message"] };
}

export interface PhotoSizes {
  readonly thumbnail: StoredFile;
  readonly full: StoredFile;
  readonly width: number;
  readonly height: number;
}

export function photoMessage(user: FakeUser, messageId: number, sizes: PhotoSizes, caption?: string): UpdateBody {
  const scale = 90 / Math.max(sizes.width, sizes.height);
  const photo = [
    {
      file_id: sizes.thumbnail.fileId,
      file_unique_id: sizes.thumbnail.fileUniqueId,
      file_size: sizes.thumbnail.size,
      width: Math.round(sizes.width * scale),
      height: Math.round(sizes.height * scale),
    },
    {
      file_id: sizes.full.fileId,
      file_unique_id: sizes.full.fileUniqueId,
      file_size: sizes.full.size,
      width: sizes.width,
      height: sizes.height,
    },
  ];
  const message = { ...baseMessage(user, messageId), photo, ...(caption ? { caption } : {}) };
  return { message: message as Update["message"] };
}

export function callbackQuery(user: FakeUser, id: string, message: Message, data: string): UpdateBody {
  const query = {
    id,
    from: telegramUser(user),
    message,
    chat_instance: `ci${Math.abs(message.chat.id)}`,
    data,
  };
  return { callback_query: query as CallbackQuery };
}

export function myChatMember(user: FakeUser, bot: UserFromGetMe, from: "member" | "kicked", to: "member" | "kicked"): UpdateBody {
  const botUser: User = { id: bot.id, is_bot: true, first_name: bot.first_name, username: bot.username };
  const member = (status: "member" | "kicked") =>
    status === "kicked" ? { user: botUser, status, until_date: 0 } : { user: botUser, status };
  const update = {
    chat: privateChatOf(user),
    from: telegramUser(user),
    date: nowSeconds(),
    old_chat_member: member(from),
    new_chat_member: member(to),
  };
  return { my_chat_member: update as ChatMemberUpdated };
}

/** The update type: the single key besides update_id. */
export function updateTypeOf(update: Update | UpdateBody): string {
  for (const key of Object.keys(update)) if (key !== "update_id") return key;
  return "unknown";
}
