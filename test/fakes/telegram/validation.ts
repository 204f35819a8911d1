/**
 * The Telegram validations that matter for the bot: text presence and
 * length (4096 chars after entity parsing), caption length (1024), and inline
 * keyboards (every callback_data 1-64 bytes). HTML markup is stripped before
 * measuring, as Telegram measures the visible text; Markdown is measured raw
 * (slightly stricter than Telegram). HTML must be Telegram's (see html.ts).
 */
import type { InlineKeyboardButton } from "grammy/types";
import { badRequest } from "./api-error.js";
import { checkTelegramHtml } from "./html.js";

export const MAX_TEXT_LENGTH = 4096;
export const MAX_CAPTION_LENGTH = 1024;
export const MAX_CALLBACK_DATA_BYTES = 64;

export function visibleLength(text: string, parseMode: string | undefined): number {
  if (parseMode?.toLowerCase() !== "html") return text.length;
  return text
    .replace(/<[^>]*>/g, "")
    .replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/gi, "_").length;
}

/** The text as the person reads it, with its entities, for parse_mode HTML; the text itself otherwise. */
export function readableText(text: string, parseMode: string | undefined): { text: string; entities?: Array<{ type: string; offset: number; length: number }> } {
  if (parseMode?.toLowerCase() !== "html") return { text };
  const parsed = checkTelegramHtml(text);
  return parsed.entities.length > 0 ? parsed : { text: parsed.text };
}

export function validateText(text: string | undefined, parseMode: string | undefined): string {
  if (text === undefined || text.trim() === "") throw badRequest("message text is empty");
  if (parseMode?.toLowerCase() === "html") checkTelegramHtml(text);
  if (visibleLength(text, parseMode) > MAX_TEXT_LENGTH) throw badRequest("message is too long");
  return text;
}

export function validateCaption(caption: string | undefined, parseMode: string | undefined): void {
  if (caption !== undefined && parseMode?.toLowerCase() === "html") checkTelegramHtml(caption);
  if (caption !== undefined && visibleLength(caption, parseMode) > MAX_CAPTION_LENGTH) {
    throw badRequest("message caption is too long");
  }
}

/** Returns the inline keyboard rows (empty for other or no markup). */
export function validateReplyMarkup(markup: unknown): InlineKeyboardButton[][] {
  if (markup === undefined || markup === null) return [];
  if (typeof markup !== "object") throw badRequest("can't parse reply keyboard markup JSON object");
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
  for (const row of rows) {
    if (!Array.isArray(row)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
    for (const button of row as unknown[]) validateButton(button);
  }
  return rows as InlineKeyboardButton[][];
}

function validateButton(button: unknown): void {
  if (button === null || typeof button !== "object") throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  const { text, callback_data: data } = button as { text?: unknown; callback_data?: unknown };
  if (typeof text !== "string") throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
  if (data === undefined) return;
  if (typeof data !== "string") throw badRequest('can\'t parse inline keyboard button: Field "callback_data" must be of type String');
  const bytes = Buffer.byteLength(data, "utf8");
  if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw badRequest("BUTTON_DATA_INVALID");
}
