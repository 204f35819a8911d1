/** A grammY API transformer that answers every call locally, as Telegram would, without any network. */
import type { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";

export const BENCH_BOT_INFO: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: "Pasco Educa Bot",
  username: "pasco_educa_bench_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export function stubTelegramApi(bot: Bot): { calls: () => number } {
  let calls = 0;
  let messageId = 0;
  bot.api.config.use(async (_prev, method, payload) => {
    calls += 1;
    const chatId = (payload as { chat_id?: number }).chat_id ?? 0;
    const result =
      method === "sendMessage" || method === "sendDocument" || method === "editMessageText"
        ? { message_id: ++messageId, date: 0, chat: { id: chatId, type: "private", first_name: "x" }, text: (payload as { text?: string }).text ?? "" }
        : true;
    return { ok: true, result } as never;
  });
  return { calls: () => calls };
}

let updateId = 0;
export function textUpdate(userId: number, text: string) {
  const entities = text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: text.split(" ")[0]!.length }] : undefined;
  return {
    update_id: ++updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private" as const, first_name: "Docente" },
      from: { id: userId, is_bot: false, first_name: "Docente", language_code: "es" },
      text,
      ...(entities ? { entities } : {}),
    },
  };
}

export function callbackUpdate(userId: number, data: string) {
  return {
    update_id: ++updateId,
    callback_query: {
      id: String(updateId),
      chat_instance: "bench",
      from: { id: userId, is_bot: false, first_name: "Docente", language_code: "es" },
      message: { message_id: 1, date: 0, chat: { id: userId, type: "private" as const, first_name: "Docente" }, text: "…" },
      data,
    },
  };
}
