/**
 * The Telegram channel: a grammY bot that turns updates into neutral inputs for the conversation and sends
 * its replies back. Every callback query is answered, a redelivered update is handled once, and a person who
 * blocks the bot is marked unreachable. Replies are retried after a 429's retry_after (auto-retry).
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, GrammyError, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Input, Reply, Sender, TurnOptions } from "../../core/types.js";
import type { Logger } from "../../logger.js";
import { sendReplies, sendRepliesTracked } from "./render.js";
import { inputOf, originOf, senderOf } from "./to-input.js";

export interface TelegramChannelDeps {
  token: string;
  apiRoot: string;
  logger: Logger;
  /** One turn; with the update id, which the conversation records with the turn (a redelivery is skipped there). */
  handle: (sender: Sender, input: Input, options?: TurnOptions) => Promise<Reply[]>;
  /** True the first time an update id is seen (false: a redelivery to skip), for updates that are not turns. */
  firstDelivery: (updateId: number) => Promise<boolean>;
  markUnreachable: (externalId: string) => Promise<void>;
  /** Called when an update has been fully handled (replies sent); tests and benchmarks wait on it. */
  onUpdateHandled?: (updateId: number) => void;
  /** Known bot identity, so no getMe call is needed (tests, benchmarks). */
  botInfo?: UserFromGetMe;
  /** How long an answer may take before the person sees "typing…" (default 700 ms). */
  typingAfterMs?: number;
}

/** Telegram shows a chat action for about 5 seconds: a slow answer renews it. */
const CHAT_ACTION_RENEW_MS = 4_500;

/** Chats remembered with their last keyboard (a typed answer may close it); oldest forgotten first. */
const KEYBOARDS_REMEMBERED = 50_000;

export function createTelegramBot(deps: TelegramChannelDeps): Bot {
  const keyboards = new Map<string, number>();
  const bot = new Bot(deps.token, { client: { apiRoot: deps.apiRoot }, ...(deps.botInfo ? { botInfo: deps.botInfo } : {}) });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));

  bot.use(async (ctx, next) => {
    try {
      // Messages and buttons are turns: their update id is checked and recorded with the turn's own writes.
      const turn = ctx.message !== undefined || ctx.callbackQuery?.data !== undefined;
      if (!turn && !(await deps.firstDelivery(ctx.update.update_id))) {
        deps.logger.debug({ updateId: ctx.update.update_id }, "duplicate update skipped");
        return;
      }
      await next();
    } finally {
      deps.onUpdateHandled?.(ctx.update.update_id);
    }
  });

  bot.on("my_chat_member", async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "kicked" || status === "left") await deps.markUnreachable(String(ctx.myChatMember.from.id));
  });

  bot.on(["message", "callback_query:data"], async (ctx) => handleUpdate(ctx, deps, keyboards));
  bot.on("callback_query", (ctx) => ctx.answerCallbackQuery());

  bot.catch((error) => {
    deps.logger.error({ err: error.error, updateId: error.ctx.update.update_id }, "telegram update failed");
  });
  return bot;
}

async function handleUpdate(ctx: Context, deps: TelegramChannelDeps, keyboards: Map<string, number>): Promise<void> {
  const sender = senderOf(ctx);
  const typed = inputOf(ctx);
  const chatKey = sender?.chatRef ?? sender?.externalId ?? "";
  const lastKeyboard = keyboards.get(chatKey);
  // A typed answer carries the chat's last keyboard, so a reply may close it (the question was answered).
  const input = typed && (typed.type === "text" || typed.type === "file") && lastKeyboard !== undefined ? { ...typed, origin: String(lastKeyboard) } : typed;
  const answer = ctx.callbackQuery ? ctx.answerCallbackQuery().catch((error) => deps.logger.warn({ err: error }, "answerCallbackQuery failed")) : undefined;
  if (!sender || !input) {
    await answer;
    return;
  }
  const chatId = sender.chatRef ?? sender.externalId;
  const chatAction = (action: "typing" | "upload_document") =>
    ctx.api.sendChatAction(chatId, action).catch((error: unknown) => deps.logger.debug({ method: "sendChatAction", description: (error as { description?: string }).description }, "telegram: chat action refused"));
  // An answer that takes long (an import, an export, a file) shows "typing…" while it is prepared.
  let renew: NodeJS.Timeout | undefined;
  const typing = setTimeout(() => {
    void chatAction("typing");
    renew = setInterval(() => void chatAction("typing"), CHAT_ACTION_RENEW_MS);
  }, deps.typingAfterMs ?? 700);
  let replies: Reply[];
  try {
    replies = await deps.handle(sender, input, { updateId: ctx.update.update_id, notify: async (early) => void (await sendReplies(ctx.api, chatId, early, undefined, deps.logger)) });
  } finally {
    clearTimeout(typing);
    clearInterval(renew);
  }
  await answer;
  try {
    if (replies.some((reply) => reply.type === "file" || reply.type === "storedFile")) await chatAction("upload_document");
    const origin = originOf(ctx) ?? (input.type !== "command" && input.origin ? { messageId: Number(input.origin) } : undefined);
    const sent = await sendRepliesTracked(ctx.api, chatId, replies, origin, deps.logger);
    if (sent.lastWithButtons !== undefined) {
      keyboards.delete(chatKey);
      if (keyboards.size >= KEYBOARDS_REMEMBERED) keyboards.delete(keyboards.keys().next().value as string);
      keyboards.set(chatKey, sent.lastWithButtons);
    } else if (sent.originClosed && origin?.messageId === lastKeyboard) {
      keyboards.delete(chatKey);
    }
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 403) {
      await deps.markUnreachable(sender.externalId);
      return;
    }
    throw error;
  }
}
