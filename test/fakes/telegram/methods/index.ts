/**
 * The method table of the fake Bot API. Telegram method names are
 * case-insensitive, so lookups go through the lower-cased name and return the
 * canonical spelling used in recorded calls.
 */
import type { MethodHandler } from "./context.js";
import { answerCallbackQuery, deleteMyCommands, getChat, getMe, getMyCommands, sendChatAction, setMyCommands } from "./bot.js";
import { getFile, sendDocument, sendPhoto } from "./media.js";
import { deleteMessage, editMessageReplyMarkup, editMessageText, sendMessage } from "./messages.js";
import { deleteWebhook, getUpdates, getWebhookInfo, setWebhook } from "./updates.js";

export type { BotApiState, CallInput, MethodHandler } from "./context.js";

const HANDLERS: Record<string, MethodHandler> = {
  getMe,
  getUpdates,
  setWebhook,
  deleteWebhook,
  getWebhookInfo,
  sendMessage,
  editMessageText,
  editMessageReplyMarkup,
  deleteMessage,
  answerCallbackQuery,
  sendDocument,
  sendPhoto,
  getFile,
  setMyCommands,
  getMyCommands,
  deleteMyCommands,
  getChat,
  sendChatAction,
};

const BY_LOWER_NAME = new Map(Object.entries(HANDLERS).map(([name, handler]) => [name.toLowerCase(), { name, handler }]));

export function findMethod(name: string): { name: string; handler: MethodHandler } | undefined {
  return BY_LOWER_NAME.get(name.toLowerCase());
}
