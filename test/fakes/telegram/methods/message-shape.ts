/**
 * Shared pieces for methods that create or change bot messages: resolving the
 * target chat, building the `Message` object returned to the bot, and reading
 * text/markup parameters with Telegram's validations.
 */
import type { InlineKeyboardButton, Message } from "grammy/types";
import { badRequest } from "../api-error.js";
import { optJson, optString, requireChatId, type Params } from "../params.js";
import { nowSeconds } from "../update-factory.js";
import { validateReplyMarkup } from "../validation.js";
import type { BotApiState } from "./context.js";

export function targetChat(state: BotApiState, params: Params): number {
  const chatId = requireChatId(params);
  if (state.requireKnownChat() && !state.chats.isKnown(chatId)) throw badRequest("chat not found");
  state.chats.ensure(chatId);
  return chatId;
}

export interface Markup {
  readonly replyMarkup: unknown;
  readonly inlineKeyboard: InlineKeyboardButton[][];
}

export function readMarkup(params: Params): Markup {
  const replyMarkup = optJson(params, "reply_markup");
  return { replyMarkup, inlineKeyboard: validateReplyMarkup(replyMarkup) };
}

export function readParseMode(params: Params): string | undefined {
  return optString(params, "parse_mode");
}

/** The Message the Bot API returns for a bot message; only inline keyboards are echoed back. */
export function botMessage(
  state: BotApiState,
  chatId: number,
  messageId: number,
  content: Record<string, unknown>,
  markup: Markup,
): Message {
  const { botInfo } = state;
  const message: Record<string, unknown> = {
    message_id: messageId,
    from: { id: botInfo.id, is_bot: true, first_name: botInfo.first_name, username: botInfo.username },
    chat: state.chats.chatOf(chatId),
    date: nowSeconds(),
    ...content,
  };
  if (markup.inlineKeyboard.length > 0) message["reply_markup"] = { inline_keyboard: markup.inlineKeyboard };
  return message as unknown as Message;
}
