/**
 * Bot-level methods: getMe, getChat, answerCallbackQuery, sendChatAction and
 * the command menu (setMyCommands, getMyCommands, deleteMyCommands).
 */
import type { BotCommand } from "grammy/types";
import { badRequest } from "../api-error.js";
import { chatIdOf, optBool, optJson, optString, type Params } from "../params.js";
import type { MethodHandler } from "./context.js";
import { targetChat } from "./message-shape.js";

const COMMAND = /^[a-z0-9_]{1,32}$/;

export const getMe: MethodHandler = (state) => state.botInfo;

export const getChat: MethodHandler = (state, { params }) => {
  const chatId = chatIdOf(params);
  const chat = chatId === undefined ? undefined : state.chats.chatOf(chatId);
  if (!chat || !state.chats.isKnown(chat.id)) throw badRequest("chat not found");
  return { ...chat, accent_color_id: 0, max_reaction_count: 11 };
};

export const answerCallbackQuery: MethodHandler = (state, { params }) => {
  state.callbacks.answer({
    callbackQueryId: optString(params, "callback_query_id") ?? "",
    text: optString(params, "text"),
    showAlert: optBool(params, "show_alert"),
    url: optString(params, "url"),
  });
  return true;
};

export const sendChatAction: MethodHandler = (state, { params }) => {
  targetChat(state, params);
  return true;
};

export const setMyCommands: MethodHandler = (state, { params }) => {
  const commands = optJson(params, "commands");
  if (!Array.isArray(commands)) throw badRequest("can't parse commands JSON object");
  if (commands.length > 100) throw badRequest("too many commands");
  for (const entry of commands as Array<Partial<BotCommand>>) {
    if (typeof entry.command !== "string" || !COMMAND.test(entry.command)) throw badRequest("BOT_COMMAND_INVALID");
    const description = entry.description ?? "";
    if (description.length < 1 || description.length > 256) throw badRequest("command description is empty or too long");
  }
  state.commands.set(commandsKey(params), commands as BotCommand[]);
  return true;
};

export const getMyCommands: MethodHandler = (state, { params }) => state.commands.get(commandsKey(params)) ?? [];

export const deleteMyCommands: MethodHandler = (state, { params }) => {
  state.commands.delete(commandsKey(params));
  return true;
};

/** Commands are stored per scope type (and chat) and language code. */
export function commandsKey(params: Params): string {
  const scope = (optJson(params, "scope") ?? { type: "default" }) as { type?: string; chat_id?: unknown; user_id?: unknown };
  const where = [scope.type ?? "default", scope.chat_id, scope.user_id].filter((part) => part !== undefined).join(":");
  return `${where}|${optString(params, "language_code") ?? ""}`;
}
