/** A Telegram update → the neutral Sender and Input (or null when it is not something a person said). */
import type { Context } from "grammy";
import type { Input, Sender } from "../../core/types.js";
import type { TelegramOrigin } from "./render.js";

export function senderOf(ctx: Context): Sender | null {
  const user = ctx.from;
  const chat = ctx.chat;
  if (!user || user.is_bot) return null;
  if (chat && chat.type !== "private") return null;
  return {
    channel: "telegram",
    externalId: String(user.id),
    chatRef: String(chat?.id ?? user.id),
    displayName: [user.first_name, user.last_name].filter(Boolean).join(" ") || undefined,
    languageCode: user.language_code,
  };
}

export function inputOf(ctx: Context): Input | null {
  const message = ctx.message;
  if (ctx.callbackQuery) {
    const data = ctx.callbackQuery.data;
    const origin = ctx.callbackQuery.message?.message_id;
    return data ? { type: "button", data, ...(origin !== undefined ? { origin: String(origin) } : {}) } : null;
  }
  if (!message) return null;
  if (message.text !== undefined) {
    const command = /^\/([a-zA-Z0-9_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/.exec(message.text.trim());
    if (command) return { type: "command", command: (command[1] as string).toLowerCase(), args: (command[2] ?? "").trim() };
    return { type: "text", text: message.text };
  }
  if (message.document) {
    const document = message.document;
    return {
      type: "file",
      file: {
        fileRef: document.file_id,
        fileName: document.file_name ?? "documento",
        mimeType: document.mime_type ?? "application/octet-stream",
        sizeBytes: document.file_size ?? 0,
      },
      caption: message.caption,
    };
  }
  if (message.photo && message.photo.length > 0) {
    const largest = message.photo[message.photo.length - 1];
    if (!largest) return null;
    return {
      type: "file",
      file: { fileRef: largest.file_id, fileName: photoFileName(message.message_id), mimeType: "image/jpeg", sizeBytes: largest.file_size ?? 0 },
      caption: message.caption,
    };
  }
  return null;
}

/** Photos have no file name: they are kept as "foto-<message id>.jpg", which also tells them apart from documents. */
export function photoFileName(messageId: number): string {
  return `foto-${messageId}.jpg`;
}

/** A Telegram file_id of a photo can only be sent again as a photo, and a document's only as a document. */
export function isPhotoFileName(fileName: string, mimeType: string): boolean {
  return mimeType === "image/jpeg" && /^foto-\d+\.jpg$/.test(fileName);
}

/** The message a pressed button was on (an inaccessible old message has no text: only its id). */
export function originOf(ctx: Context): TelegramOrigin | undefined {
  const message = ctx.callbackQuery?.message;
  if (!message) return undefined;
  const text = "text" in message ? message.text : undefined;
  const entities = "entities" in message ? message.entities : undefined;
  return { messageId: message.message_id, ...(text !== undefined ? { text } : {}), ...(entities ? { entities } : {}) };
}
