/**
 * Neutral replies → Telegram messages: inline keyboards for buttons, texts in parse_mode HTML (escaped, the title
 * in bold), texts over 4,096 characters split at line breaks (buttons on the last part), files as documents (pictures as photos),
 * files Telegram already holds sent again by file_id. A reply that replaces the pressed message edits it
 * (editMessageText); a closed origin loses its keyboard (editMessageReplyMarkup), or gets the recorded answer
 * written under its text. An edit Telegram refuses (message too old or deleted) becomes a new message;
 * "message is not modified" counts as done.
 */
import { GrammyError, InlineKeyboard, InputFile, type Api } from "grammy";
import type { MessageEntity } from "grammy/types";
import type { Button, Reply } from "../../core/types.js";
import { splitText } from "../../core/split-text.js";
import type { Logger } from "../../logger.js";
import { PARSE_MODE, telegramHtml } from "./html.js";
import { isPhotoFileName } from "./to-input.js";

export const TELEGRAM_TEXT_LIMIT = 4096;
export const TELEGRAM_CAPTION_LIMIT = 1024;
/** sendPhoto takes photos up to 10 MB; anything larger goes as a document. */
const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

function isSendablePhoto(reply: Extract<Reply, { type: "file" }>): boolean {
  return (reply.mimeType === "image/png" || reply.mimeType === "image/jpeg") && reply.content.byteLength <= PHOTO_MAX_BYTES;
}

function fitCaption(caption: string): string {
  return caption.length <= TELEGRAM_CAPTION_LIMIT ? caption : `${caption.slice(0, TELEGRAM_CAPTION_LIMIT - 1)}…`;
}

/** The message a pressed button was on, as the callback query carried it. */
export interface TelegramOrigin {
  messageId: number;
  /** Its text and entities, so a note can be added under it without losing its formatting. */
  text?: string;
  entities?: MessageEntity[];
}

const EMPTY_KEYBOARD = { inline_keyboard: [] };

export function keyboardOf(buttons: Button[][] | undefined): InlineKeyboard | undefined {
  if (!buttons || buttons.length === 0) return undefined;
  const keyboard = new InlineKeyboard();
  buttons.forEach((row, index) => {
    if (index > 0) keyboard.row();
    for (const button of row) {
      if (button.url) keyboard.url(button.label, button.url);
      else keyboard.text(button.label, button.data ?? "noop");
    }
  });
  return keyboard;
}

export function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 400 && /message is not modified/i.test(error.description);
}

/** 400s of an edit that a new message can stand in for; anything else (403, 429, 5xx) is not ours to hide. */
function editRefused(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 400;
}

/** Sends replies in order; returns the message ids sent or edited, and the last one sent with buttons. */
export async function sendReplies(api: Api, chatId: string | number, replies: Reply[], origin?: TelegramOrigin, logger?: Logger): Promise<number[]> {
  return (await sendRepliesTracked(api, chatId, replies, origin, logger)).ids;
}

export async function sendRepliesTracked(
  api: Api,
  chatId: string | number,
  replies: Reply[],
  origin?: TelegramOrigin,
  logger?: Logger,
): Promise<{ ids: number[]; lastWithButtons?: number; originClosed: boolean }> {
  const ids: number[] = [];
  let lastWithButtons: number | undefined;
  let originClosed = false;
  let originUsed = false;
  const edit = async (work: () => Promise<unknown>): Promise<boolean> => {
    try {
      await work();
      return true;
    } catch (error) {
      if (isNotModified(error)) return true;
      if (!editRefused(error)) throw error;
      logger?.debug({ description: (error as GrammyError).description }, "telegram edit refused; sending a new message");
      return false;
    }
  };

  for (const reply of replies) {
    if (reply.type === "closeOrigin") {
      if (origin && !originUsed) {
        originUsed = true;
        const original = origin.text;
        const noted = reply.note && original !== undefined;
        const done = noted
          ? await edit(() => api.editMessageText(chatId, origin.messageId, `${original}\n\n${reply.note}`, { ...(origin.entities ? { entities: origin.entities } : {}), reply_markup: EMPTY_KEYBOARD, link_preview_options: { is_disabled: true } }))
          : await edit(() => api.editMessageReplyMarkup(chatId, origin.messageId, { reply_markup: EMPTY_KEYBOARD }));
        originClosed = done;
        if (done && (noted || !reply.note)) {
          ids.push(origin.messageId);
          continue;
        }
      }
      if (reply.note) ids.push((await api.sendMessage(chatId, telegramHtml(reply.note), { parse_mode: PARSE_MODE, link_preview_options: { is_disabled: true } })).message_id);
      continue;
    }
    if (reply.type === "file") {
      const file = new InputFile(reply.content, reply.fileName);
      const options = reply.caption ? { caption: fitCaption(reply.caption) } : {};
      // A chart (PNG) is shown as a photo, readable in the chat without opening a file.
      const message = isSendablePhoto(reply) ? await api.sendPhoto(chatId, file, options) : await api.sendDocument(chatId, file, options);
      ids.push(message.message_id);
      continue;
    }
    if (reply.type === "diskFile") {
      // grammY streams a path from disk: a large export is never read whole into memory.
      const message = await api.sendDocument(chatId, new InputFile(reply.path, reply.fileName), reply.caption ? { caption: reply.caption } : {});
      ids.push(message.message_id);
      continue;
    }
    if (reply.type === "storedFile") {
      const options = reply.caption ? { caption: reply.caption } : {};
      const message = isPhotoFileName(reply.fileName, reply.mimeType) ? await api.sendPhoto(chatId, reply.fileRef, options) : await api.sendDocument(chatId, reply.fileRef, options);
      ids.push(message.message_id);
      continue;
    }
    const parts = splitText(reply.text, TELEGRAM_TEXT_LIMIT - (reply.title ? reply.title.length + 1 : 0));
    for (const [index, part] of parts.entries()) {
      const keyboard = index === parts.length - 1 ? keyboardOf(reply.buttons) : undefined;
      const html = telegramHtml(part, index === 0 ? reply.title : undefined);
      const options = { parse_mode: PARSE_MODE, link_preview_options: { is_disabled: true } };
      if (reply.replacesOrigin && origin && !originUsed && parts.length === 1) {
        originUsed = true;
        const done = await edit(() => api.editMessageText(chatId, origin.messageId, html, { ...options, reply_markup: keyboard ?? EMPTY_KEYBOARD }));
        if (done) {
          ids.push(origin.messageId);
          if (keyboard) lastWithButtons = origin.messageId;
          continue;
        }
      }
      const message = await api.sendMessage(chatId, html, keyboard ? { ...options, reply_markup: keyboard } : options);
      ids.push(message.message_id);
      if (keyboard) lastWithButtons = message.message_id;
    }
  }
  return { ids, ...(lastWithButtons !== undefined ? { lastWithButtons } : {}), originClosed };
}
