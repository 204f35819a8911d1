/**
 * Text message methods: sendMessage, editMessageText, editMessageReplyMarkup
 * and deleteMessage, with Telegram's errors for missing messages and for
 * edits that change nothing.
 */
import type { Message } from "grammy/types";
import { badRequest } from "../api-error.js";
import { optJson, optString, requireChatId, requireMessageId, type Params } from "../params.js";
import type { BotMessage } from "../types.js";
import { nowSeconds } from "../update-factory.js";
import { readableText, validateText } from "../validation.js";
import type { MethodHandler, BotApiState } from "./context.js";
import { botMessage, readMarkup, readParseMode, targetChat, type Markup } from "./message-shape.js";

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

export const sendMessage: MethodHandler = (state, { params }) => {
  const chatId = targetChat(state, params);
  const parseMode = readParseMode(params);
  const { text, entities } = readableText(validateText(optString(params, "text"), parseMode), parseMode);
  const markup = readMarkup(params);
  const messageId = state.chats.nextMessageId(chatId);
  const message = botMessage(state, chatId, messageId, { text, ...(entities ? { entities } : {}) }, markup);
  state.chats.addBotMessage(messageId, { chatId, kind: "text", text, parseMode, ...markup, file: undefined, message });
  return message;
};

export const editMessageText: MethodHandler = (state, { params }) => {
  const current = messageToEdit(state, params);
  if (current.kind !== "text") throw badRequest("there is no text in the message to edit");
  const parseMode = readParseMode(params);
  const { text, entities } = readableText(validateText(optString(params, "text"), parseMode), parseMode);
  const markup = readMarkup(params);
  if (text === current.text && sameMarkup(current, markup)) throw badRequest(NOT_MODIFIED);
  const given = parseMode ? entities : (optJson(params, "entities") as typeof entities);
  return applyEdit(state, current, { text, entities: given }, { text, parseMode, ...markup });
};

export const editMessageReplyMarkup: MethodHandler = (state, { params }) => {
  const current = messageToEdit(state, params);
  const markup = readMarkup(params);
  if (sameMarkup(current, markup)) throw badRequest(NOT_MODIFIED);
  return applyEdit(state, current, {}, markup);
};

export const deleteMessage: MethodHandler = (state, { params }) => {
  const chatId = requireChatId(params);
  const messageId = requireMessageId(params);
  const existing = state.chats.botMessage(chatId, messageId);
  if (existing && !existing.deleted) {
    state.chats.deleteBotMessage(chatId, messageId);
    return true;
  }
  throw badRequest("message to delete not found");
};

function messageToEdit(state: BotApiState, params: Params): BotMessage {
  if (params["inline_message_id"] !== undefined) throw badRequest("inline messages are not supported by the fake");
  const chatId = requireChatId(params);
  const messageId = requireMessageId(params);
  const current = state.chats.botMessage(chatId, messageId);
  if (!current || current.deleted) throw badRequest("message to edit not found");
  return current;
}

function sameMarkup(current: BotMessage, next: Markup): boolean {
  return JSON.stringify(current.inlineKeyboard) === JSON.stringify(next.inlineKeyboard);
}

function applyEdit(
  state: BotApiState,
  current: BotMessage,
  content: Record<string, unknown>,
  changes: Partial<Pick<BotMessage, "text" | "parseMode" | "replyMarkup" | "inlineKeyboard">> & Markup,
): Message {
  const { reply_markup: _old, ...rest } = current.message as unknown as Record<string, unknown>;
  const base = botMessage(state, current.chatId, current.messageId, { ...rest, ...content }, changes);
  const message = { ...base, date: current.message.date, edit_date: nowSeconds() } as Message;
  state.chats.editBotMessage(current.chatId, current.messageId, { ...changes, message });
  return message;
}
