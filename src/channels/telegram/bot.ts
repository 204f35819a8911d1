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
import { sendReplies } from "./render.js";
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
}

export function createTelegramBot(deps: TelegramChannelDeps): Bot {
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

  bot.on(["message", "callback_query:data"], async (ctx) => handleUpdate(ctx, deps));
  bot.on("callback_query", (ctx) => ctx.answerCallbackQuery());

  bot.catch((error) => {
    deps.logger.error({ err: error.error, updateId: error.ctx.update.update_id }, "telegram update failed");
  });
  return bot;
}

async function handleUpdate(ctx: Context, deps: TelegramChannelDeps): Promise<void> {
  const sender = senderOf(ctx);
  const input = inputOf(ctx);
  const answer = ctx.callbackQuery ? ctx.answerCallbackQuery().catch((error) => deps.logger.warn({ err: error }, "answerCallbackQuery failed")) : undefined;
  if (!sender || !input) {
    await answer;
    return;
  }
  const chatId = sender.chatRef ?? sender.externalId;
  const replies = await deps.handle(sender, input, { updateId: ctx.update.update_id, notify: async (early) => void (await sendReplies(ctx.api, chatId, early, undefined, deps.logger)) });
  await answer;
  try {
    await sendReplies(ctx.api, chatId, replies, originOf(ctx), deps.logger);
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 403) {
      await deps.markUnreachable(sender.externalId);
      return;
    }
    throw error;
  }
}
