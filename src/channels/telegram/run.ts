/**
 * Runs the Telegram bot: long polling by default (grammY runner, concurrent across people, in order per
 * person thanks to the conversation's lock), or a webhook on an HTTP server that also answers /healthz.
 */
import { createServer, type Server } from "node:http";
import { run, type RunnerHandle } from "@grammyjs/runner";
import { webhookCallback, type Bot } from "grammy";
import type { Logger } from "../../logger.js";

export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;

export interface TelegramRunOptions {
  webhookUrl?: string;
  webhookSecret?: string;
  host: string;
  port: number;
  logger: Logger;
  health: () => Promise<{ ok: boolean; [key: string]: unknown }>;
}

export interface RunningTelegram {
  stop(): Promise<void>;
  /** The HTTP server's port in webhook mode (useful with port 0). */
  port?: number;
}

export async function runTelegram(bot: Bot, options: TelegramRunOptions): Promise<RunningTelegram> {
  await bot.init();
  if (!options.webhookUrl) {
    // An emulator without deleteWebhook has no webhook to remove either: polling goes on.
    await bot.api.deleteWebhook().catch((error: unknown) => options.logger.warn({ method: "deleteWebhook", description: (error as { description?: string }).description }, "telegram: a Bot API method failed; the bot goes on without it"));
    const runner: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
    options.logger.info({ bot: bot.botInfo.username }, "telegram: long polling");
    return { stop: async () => { if (runner.isRunning()) await runner.stop(); } };
  }

  const path = new URL(options.webhookUrl).pathname || "/";
  const handleWebhook = webhookCallback(bot, "http", { secretToken: options.webhookSecret, onTimeout: "return", timeoutMilliseconds: 9_000 });
  const server: Server = createServer((request, response) => {
    if (request.method === "GET" && request.url === "/healthz") {
      void options.health().then(
        (health) => {
          response.writeHead(health.ok ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify(health));
        },
        () => response.writeHead(503).end(),
      );
      return;
    }
    if (request.method === "POST" && request.url === path) {
      handleWebhook(request, response).catch((error: unknown) => {
        options.logger.error({ err: error }, "webhook request failed");
        if (!response.headersSent) response.writeHead(500).end();
      });
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  await bot.api.setWebhook(options.webhookUrl, { secret_token: options.webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
  options.logger.info({ port, path }, "telegram: webhook");
  return {
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
