/**
 * Neutral replies → Telegram messages: inline keyboards for buttons, texts over 4,096 characters split at line
 * breaks (buttons on the last part), files as documents, files Telegram already holds sent again by file_id.
 */
import { InlineKeyboard, InputFile, type Api } from "grammy";
import type { Button, Reply } from "../../core/types.js";
import { splitText } from "../../core/split-text.js";
import { isPhotoFileName } from "./to-input.js";

export const TELEGRAM_TEXT_LIMIT = 4096;

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

/** Sends replies in order; returns the message ids sent. */
export async function sendReplies(api: Api, chatId: string | number, replies: Reply[]): Promise<number[]> {
  const ids: number[] = [];
  for (const reply of replies) {
    if (reply.type === "file") {
      const message = await api.sendDocument(chatId, new InputFile(reply.content, reply.fileName), reply.caption ? { caption: reply.caption } : {});
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
    const parts = splitText(reply.text, TELEGRAM_TEXT_LIMIT);
    for (const [index, part] of parts.entries()) {
      const keyboard = index === parts.length - 1 ? keyboardOf(reply.buttons) : undefined;
      const message = await api.sendMessage(chatId, part, keyboard ? { reply_markup: keyboard, link_preview_options: { is_disabled: true } } : { link_preview_options: { is_disabled: true } });
      ids.push(message.message_id);
    }
  }
  return ids;
}
